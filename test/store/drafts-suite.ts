/**
 * What the Redis drafts suites start from, inside their describe: a SQLite store (the stale-draft marks, the keyed hash), a
 * Redis key prefix of their own (`label`), a plain client on the same Redis (checked at beforeAll), all closed and the keys
 * removed at afterAll; `draftIn(key)` is the sealed draft Redis holds for a conversation (null: none). The store's clock (the
 * one every instance's marks and drafts are stamped by) is the system's plus what `pass(ms)` moved it on: a test steps past
 * REDIS_DEFAULTS.staleMarkSkewMs, or orders two changes, without waiting (was: sleep(400), sleep(50)).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import { testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

export function redisDraftsSuite(label: string) {
  let ahead = 0;
  const store = openStore(':memory:', { now: () => new Date(Date.now() + ahead) });
  /** The store's clock moves on by `ms` at once. */
  const pass = (ms: number) => {
    ahead += ms;
  };
  const keys = testRedisPrefix(label);
  const direct = new Redis(TEST_REDIS_URL);
  beforeAll(() => direct.ping());
  afterAll(async () => {
    await keys.clear();
    direct.disconnect();
    await store.close();
  });
  const draftIn = (key: string) => direct.get(`${keys.prefix}draft:${store.hashKey(key)}`);
  return { store, keys, direct, draftIn, pass };
}
