/**
 * Round 18 (privacy): several instances share one PostgreSQL; one instance's clock may be ahead of or behind the others'.
 * Retention must not depend on it: an instance whose clock is 2 hours ahead must not purge an answer waiting 23 h 30 (the
 * outbox keeps 24 h) nor a report 89 days 22 h old (90 days), and one 2 hours behind must not keep an answer waiting 24 h 30,
 * nor stamp its own rows 2 hours in the past. The database server's clock is the one clock (STORE_DEFAULTS.clockCheckMs).
 * The process's clock is moved with vi.setSystemTime (Date only: timers and sockets run as usual).
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { DAY_MS } from '../../src/store/shared.ts';
import { postgresUnavailable, titled } from '../services.ts';
import { clockDatabase } from './clock-database.ts';

const skip = await postgresUnavailable();
const HOUR_MS = DAY_MS / 24;
const drops: (() => Promise<void>)[] = [];
afterEach(() => vi.useRealTimers());
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function database() {
  const { url, client, dbNow } = await clockDatabase('clock18', drops);
  const waiting = async (text: string, ageMs: number) =>
    client.query("INSERT INTO outbox (channel, recipient, messages, created_at, lease_until) VALUES ('telegram', '777', $1, $2, 0)", [JSON.stringify([{ text }]), (await dbNow()) - ageMs]);
  const report = async (comment: string, ageMs: number) =>
    client.query("INSERT INTO reports (comment, subject, created_at) VALUES ($1, 'p1', $2)", [comment, new Date((await dbNow()) - ageMs).toISOString()]);
  const texts = async () => [
    ...(await client.query<{ messages: string }>('SELECT messages FROM outbox ORDER BY id')).rows.map((row) => row.messages),
    ...(await client.query<{ comment: string }>('SELECT comment FROM reports ORDER BY id')).rows.map((row) => row.comment),
  ].join(' ');
  return { url, client, dbNow, waiting, report, texts };
}

describe.skipIf(skip !== undefined)(titled('retention by one clock across instances (PostgreSQL)', skip), () => {
  it("an instance whose clock is 2 h ahead keeps an answer 23 h 30 old and a report 89 days 22 h old, and stamps its rows by the database's time", async () => {
    const db = await database();
    await db.waiting('tra loi cho hang 23g30', 23.5 * HOUR_MS);
    await db.waiting('tra loi cho hang 24g30', 24.5 * HOUR_MS);
    await db.report('bao sai 89 ngay 22 gio', 90 * DAY_MS - 2 * HOUR_MS + 5 * 60_000);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * HOUR_MS });
    const ahead = await openPostgresStore(db.url);
    try {
      const kept = await db.texts();
      expect(kept).toContain('tra loi cho hang 23g30');
      expect(kept).toContain('bao sai 89 ngay 22 gio');
      expect(kept).not.toContain('tra loi cho hang 24g30');
      await ahead.outboxPut({ channel: 'telegram', recipient: '778', messages: '["moi"]' });
      const stamped = Number((await db.client.query<{ created_at: string }>("SELECT created_at::text FROM outbox WHERE recipient = '778'")).rows[0]!.created_at);
      expect(Math.abs(stamped - (await db.dbNow()))).toBeLessThan(60_000);
    } finally {
      await ahead.close();
    }
  });

  it('an instance whose clock is 2 h behind does not keep an answer 24 h 30 old', async () => {
    const db = await database();
    await db.waiting('tra loi cho hang 24g30 may cham', 24.5 * HOUR_MS);
    await db.waiting('tra loi cho hang 1g', HOUR_MS);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 2 * HOUR_MS });
    const behind = await openPostgresStore(db.url);
    try {
      const kept = await db.texts();
      expect(kept).not.toContain('tra loi cho hang 24g30 may cham');
      expect(kept).toContain('tra loi cho hang 1g');
    } finally {
      await behind.close();
    }
  });
});
