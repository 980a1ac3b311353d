/**
 * Round 19 (privacy): a draft write Redis did not take (it was away) is marked stale in the database, which every instance
 * reads. The mark must carry the store's clock (PostgreSQL: the database server's, as every row since round 18), not the
 * marking instance's: an instance 2 hours ahead stamped its mark 2 hours in the future, so it outlived the draft it names
 * (RETENTION.draftIdleHours) by 2 hours and a later change by a right-clocked instance looked older than it. The process's
 * clock is moved with vi.setSystemTime (Date only: timers and sockets run as usual); Redis is a port nothing listens on.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { DAY_MS } from '../../src/store/shared.ts';
import { closedPort, postgresUnavailable, titled } from '../services.ts';
import { clockDatabase } from './clock-database.ts';

const skip = await postgresUnavailable();
const HOUR_MS = DAY_MS / 24;
const drops: (() => Promise<void>)[] = [];
afterEach(() => vi.useRealTimers());
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe.skipIf(skip !== undefined)(titled('stale-draft marks by the store clock (PostgreSQL)', skip), () => {
  it("a resident's 'khong luu' draft erased on an instance 2 h ahead while Redis is away is marked at the database's time", async () => {
    const created = await clockDatabase('marks19', drops);
    const { dbNow } = created;

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * HOUR_MS });
    const ahead = await openPostgresStore(created.url);
    const shared = await openRedisState(`redis://127.0.0.1:${await closedPort()}`, 'tro-ly-marks19:', silentLogger, { hashKey: ahead.hashKey, staleDrafts: ahead });
    try {
      const key = 'zalo:u-chi-Hai-ap-3';
      await shared.drafts.set(key, { interview: { awaitingConsent: false, position: 2, area: 'rural', members: 4, answers: {} } });
      await shared.drafts.delete(key);
      const [mark] = await ahead.staleDrafts({ hash: ahead.hashKey(key), limit: 1 });
      expect(mark).toBeDefined();
      expect(Math.abs(mark!.at - (await dbNow()))).toBeLessThan(60_000);
    } finally {
      await shared.close();
      await ahead.close();
    }
  });
});
