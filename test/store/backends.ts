/**
 * The two stores a test runs against: SQLite in memory, and PostgreSQL in a test database of its own (skipped with the
 * reason when PostgreSQL cannot be reached). Each PostgreSQL store opened is closed and its database dropped by `drops`.
 */
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable } from '../services.ts';

/** What both stores take from a test: the clock and the session time to live. */
export interface BackendOptions {
  now?: () => Date;
  sessionTtlDays?: number;
}

export interface StoreBackend {
  name: string;
  /** Why PostgreSQL is skipped, when it is. */
  skip?: string;
  open(options?: BackendOptions): Promise<Store>;
}

/** SQLite and PostgreSQL (its databases named after `label`), their clean-up in `drops`. */
export async function storeBackends(label: string, drops: (() => Promise<void>)[]): Promise<StoreBackend[]> {
  const pgSkip = await postgresUnavailable();
  return [
    { name: 'SQLite', open: async (options = {}) => openStore(':memory:', options) },
    {
      name: 'PostgreSQL',
      ...(pgSkip ? { skip: pgSkip } : {}),
      open: async (options = {}) => {
        const database = await createTestDatabase(label);
        const store = await openPostgresStore(database.url, options);
        drops.push(async () => {
          await store.close();
          await database.drop();
        });
        return store;
      },
    },
  ];
}
