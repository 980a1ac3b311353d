/**
 * Round 21 (privacy): one clock. The chat core stamped what it keeps in a session (when consent was given, when a household
 * was told) and read "today" by the instance's own clock, while the store stamps rows and cuts retention by the database
 * server's (PostgreSQL, round 18): on an instance 2 hours ahead, a resident's consent was dated 2 hours in the future. The
 * core now runs on the store's clock. The process's clock is moved with vi.useFakeTimers (Date only).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
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

describe.skipIf(skip !== undefined)(titled("the chat's clock is the store's (PostgreSQL)", skip), () => {
  it("a resident's consent on an instance 2 h ahead is dated by the database's time", async () => {
    const created = await clockDatabase('clock21', drops);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * HOUR_MS });
    const app = await createApp({ databasePath: join(tmpdir(), 'unused-clock21.db'), databaseUrl: created.url });
    try {
      await app.core.handle({ channel: 'zalo', userId: '84777', text: '/kiemtra' });
      await app.core.handle({ channel: 'zalo', userId: '84777', text: 'co' });
    } finally {
      await app.close();
    }
    const { rows } = await created.client.query<{ value: { consentAt?: string } }>('SELECT value FROM sessions');
    expect(rows).toHaveLength(1);
    const consentAt = Date.parse(rows[0]!.value.consentAt!);
    expect(Math.abs(consentAt - (await created.dbNow()))).toBeLessThan(60_000);
  });
});
