/**
 * What the Redis drafts suites start from, inside their describe: a SQLite store (the stale-draft marks, the keyed hash), a
 * Redis key prefix of their own (`label`), a plain client on the same Redis (checked at beforeAll), all closed and the keys
 * removed at afterAll; `draftIn(key)` is the sealed draft Redis holds for a conversation (null: none). The store's clock (the
 * one every instance's marks and drafts are stamped by) is the system's plus what `pass(ms)` moved it on: a test steps past
 * REDIS_DEFAULTS.staleMarkSkewMs, or orders two changes, without waiting (was: sleep(400), sleep(50)); with `realTime: false`, the pass(ms) alone.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import { testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

export function redisDraftsSuite(label: string, options: { realTime?: boolean } = {}) {
  let ahead = 0;
  /**
   * `realTime: false`: the store's clock leaves real time out: it stands at the suite's start, moved on by pass(ms) and by 1 ms
   * at each reading (every stamp later than the one before), so a gap a test measures on it is what it passed, whatever the
   * machine's load (round 42: "within 250 ms" measured real time as well, and a slow run went past it).
   */
  const start = Date.now();
  let readings = 0;
  const clock = options.realTime === false ? () => new Date(start + ahead + (readings += 1)) : () => new Date(Date.now() + ahead);
  const store = openStore(':memory:', { now: clock });
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
