/**
 * The PostgreSQL set-up of the tests that move the process's clock (vi.setSystemTime) and check what the store stamps by the
 * database server's clock (privacy-round18-clock, stale-marks-round19-privacy): a test database migrated by a first instance
 * with the true clock, and a client of its own that reads that server's clock.
 */
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase } from '../services.ts';

export interface ClockDatabase {
  url: string;
  /** A client of the test's own (not a store's): rows written and read past the store. */
  client: pg.Client;
  /** The database server's clock now, ms since the epoch (clock_timestamp: not the transaction's start). */
  dbNow(): Promise<number>;
}

/**
 * A new test database named after `label`, migrated with the true clock; its clean-up goes in `drops` (the client ends
 * before the database drops, whatever order the list is run in from the front).
 */
export async function clockDatabase(label: string, drops: (() => Promise<void>)[]): Promise<ClockDatabase> {
  const created = await createTestDatabase(label);
  drops.push(created.drop);
  await (await openPostgresStore(created.url)).close();
  const client = new pg.Client({ connectionString: created.url });
  await client.connect();
  drops.unshift(() => client.end());
  const dbNow = async () => Number((await client.query<{ ms: string }>('SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS ms')).rows[0]!.ms);
  return { url: created.url, client, dbNow };
}
