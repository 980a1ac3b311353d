/**
 * Round 29 (faults8): an instance slower than PostgreSQL's statement timeout at the end of a turn. Its answer went out,
 * but the write marking the Zalo message answered (its finish) waited on a locked row past the statement timeout and was
 * cancelled (SQLSTATE 57014). The claim's renewal stopped with it, so once the lease ran out (15 s) the platform's
 * redelivery was claimed at another instance and the resident answered a second time; the finish was written only at
 * this instance's next claim of anything. Now the claim stays renewed and the finish is written again until the store
 * takes it: the redelivery, at either instance, is dropped as answered. Real PostgreSQL, two instances' claims, the
 * statement timeout shortened to 1 s for the test (10 s in use), the lease's 15 s passed on the store's clock.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_DEFAULTS, StoreUnavailableError, storeDeliveryClaims, type DeliveryClaim } from '../../src/chat/ports.ts';
import { createLogger } from '../../src/log.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres.ts';
import { STORE_DEFAULTS } from '../../src/store/shared.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)(titled('a finish cancelled by the statement timeout keeps its claim (PostgreSQL)', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let clock = Date.parse('2026-12-05T09:00:00Z');
  const now = () => new Date(clock);
  const stores: PostgresStore[] = [];
  const lines: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('slow_finish');
    const limits = STORE_DEFAULTS as { pgStatementTimeoutMs: number };
    const inUse = limits.pgStatementTimeoutMs;
    limits.pgStatementTimeoutMs = 1000;
    try {
      stores.push(await openPostgresStore(database.url, { now }), await openPostgresStore(database.url, { now, migrate: false }));
    } finally {
      limits.pgStatementTimeoutMs = inUse;
    }
  }, 30_000);
  afterAll(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  it('"4" answered at A, its finish cancelled after the statement timeout: Zalo sending it again past the lease is not answered again at B', async () => {
    const [storeA, storeB] = stores as [PostgresStore, PostgresStore];
    const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    const a = storeDeliveryClaims(storeA, now, logger);
    const b = storeDeliveryClaims(storeB, now, logger);
    const claim = (await a.claim('zalo', 'msg-r29-slow-4')) as DeliveryClaim;
    expect(typeof claim).toBe('object');
    // Another transaction holds the claim's row (a long write, a table rewritten): A's finish waits past the timeout.
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query("SELECT 1 FROM deliveries WHERE channel = 'zalo' AND id = 'msg-r29-slow-4' FOR UPDATE");
      const failed = await claim.finish().catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(StoreUnavailableError);
      expect(((failed as StoreUnavailableError).cause as { code?: string }).code).toBe('57014');
    } finally {
      await locker.query('COMMIT');
      await locker.end();
    }
    // Two thirds of a lease pass, A keeps working (a renewal and the finish written again are due within renewMs).
    clock += (2 * DELIVERY_DEFAULTS.leaseMs) / 3;
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_DEFAULTS.renewMs + 500));
    // Past the first lease: Zalo's redelivery reaches B, then A. Answered once, at A: dropped at both.
    clock += (2 * DELIVERY_DEFAULTS.leaseMs) / 3;
    expect(await b.claim('zalo', 'msg-r29-slow-4')).toBe('done');
    expect(await a.claim('zalo', 'msg-r29-slow-4')).toBe('done');
  }, 15_000);
});
