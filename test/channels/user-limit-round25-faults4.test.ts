/**
 * Without Redis, a Telegram/Zalo message refused by the per-user limit is remembered in the store (SQLite, PostgreSQL) for
 * the platforms' redelivery window (REDELIVERY_MS), by a keyed hash of its id only: delivered again after a restart, or to
 * another instance on the same PostgreSQL, it is refused again and its sender not told again. Was: remembered in the
 * process's memory only, so a restart (or another instance) counted it as new in an empty window and answered it, after
 * the resident had been told to slow down.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RateLimit } from '../../src/channels/user-limit.ts';
import { REDELIVERY_MS } from '../../src/privacy/retention.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { storeBackends } from '../store/backends.ts';
import { titled } from '../services.ts';
import { limited } from './user-limit-harness.ts';

const WINDOW: RateLimit = { updates: 1, windowMs: 300 };
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});
const backends = await storeBackends('r25_refused', drops);

describe('round 25 faults4: a refused message delivered again after a restart (SQLite file, no Redis)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'r25-refused-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('"ho ngheo dc gi" gui lien tuc bi tu choi, may chu khoi dong lai, Telegram gui lai: van bi tu choi, ko nhac lai', async () => {
    const file = join(folder, 'bot.db');
    const user = 'co-ba-soc-trang';
    const before = openStore(file);
    const first = limited({ rateLimit: WINDOW, refusals: before, now: () => before.now() });
    expect(await first.allowed({ id: '7001', user })).toBe(true);
    expect(await first.allowed({ id: '7002', user })).toBe(false);
    expect(first.told).toEqual(['7002']);
    await before.close();
    // Started again on the same file: 7002 delivered again (its 200 was lost) is refused, and she is not told again.
    const after = openStore(file);
    const second = limited({ rateLimit: WINDOW, refusals: after, now: () => after.now() });
    expect(await second.allowed({ id: '7002', user })).toBe(false);
    expect(second.told).toEqual([]);
    // Her next message is counted in a new window, and answered.
    expect(await second.allowed({ id: '7003', user })).toBe(true);
    await after.close();
    // Kept by a keyed hash of its id only: no id, no user, no text.
    const kept = new Database(file, { readonly: true });
    const rows = kept.prepare('SELECT * FROM refused_updates').all() as Record<string, unknown>[];
    kept.close();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['id', 'refused_at']);
    expect(String(rows[0]!.id)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`round 25 faults4: refusals kept in ${backend.name}`, backend.skip), () => {
    it('another instance on the same store refuses it again within 24 hours, counts it as new after', async () => {
      let ahead = 0;
      const clock = () => new Date(Date.now() + ahead);
      const store = await backend.open({ now: clock });
      const user = `chu-sau-${Math.floor(Math.random() * 1e6)}`;
      const a = limited({ rateLimit: WINDOW, refusals: store, now: clock });
      const b = limited({ rateLimit: WINDOW, refusals: store, now: clock });
      expect(await a.allowed({ id: '8001', user })).toBe(true);
      expect(await a.allowed({ id: '8002', user })).toBe(false);
      expect(await b.allowed({ id: '8002', user })).toBe(false);
      ahead = REDELIVERY_MS - 60_000;
      expect(await b.allowed({ id: '8002', user })).toBe(false);
      expect([...a.told, ...b.told]).toEqual(['8002']);
      // Past the redelivery window the mark is gone (Telegram no longer redelivers it): a new instance counts it.
      ahead = REDELIVERY_MS + 60_000;
      const c = limited({ rateLimit: WINDOW, refusals: store, now: clock });
      expect(await c.allowed({ id: '8002', user })).toBe(true);
      if (backend.name === 'SQLite') await store.close();
    });
  });
}
