/**
 * Instances on one machine share its clock with the PostgreSQL server. An instance whose look at the server's clock was
 * slow (a loaded machine: the answer came 10 s after the question) used to add half that wait to its clock: the
 * answer it kept for a resident was stamped 5 s in the future and its lease ran 5 s late by everyone else's clock (the
 * few tens of ms of an ordinary slow look are enough for outbox-lease.e2e's checks against the test's clock to fail).
 * The server's reading within the round trip means the clocks agree: nothing is added. A clock really off (2 h, see
 * privacy-round18-clock) is still corrected.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { postgresUnavailable, titled } from '../services.ts';
import { clockDatabase } from './clock-database.ts';

const skip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe.skipIf(skip !== undefined)(titled('one clock on one machine (PostgreSQL)', skip), () => {
  it('an answer kept for "ho ngheo dc ho tro j ko" after a slow first look at the clock is stamped now, its lease 10 s from now', async () => {
    const database = await clockDatabase('clock27', drops);
    // The first reading (before the clock query) is 10 s old when the query returns: the look took 10 s.
    let first = true;
    const systemClock = () => {
      const now = Date.now();
      if (!first) return now;
      first = false;
      return now - 10_000;
    };
    const store = await openPostgresStore(database.url, { systemClock });
    try {
      const before = Date.now();
      const id = await store.finishDelivery('telegram', '7001', { recipient: '8801', messages: '[{"text":"Hộ nghèo được hỗ trợ…"}]', leaseMs: 10_000, ownerKey: 'telegram:8801' });
      const after = Date.now();
      const { rows } = await database.client.query<{ created_at: string; lease_until: string }>('SELECT created_at, lease_until FROM outbox WHERE id = $1', [id]);
      const row = rows[0]!;
      expect(Number(row.created_at)).toBeGreaterThanOrEqual(before);
      expect(Number(row.created_at)).toBeLessThanOrEqual(after);
      expect(Number(row.lease_until) - Number(row.created_at)).toBe(10_000);
      // Another instance (its clock read without delay) takes it only once the lease ran out by the one clock.
      const other = await openPostgresStore(database.url);
      try {
        expect(await other.outboxTake('telegram', 1, 10_000)).toEqual([]);
      } finally {
        await other.close();
      }
    } finally {
      await store.close();
    }
  });
});
