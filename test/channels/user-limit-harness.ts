/**
 * What the per-user limit suites (user-limit-round22/23/24) share: the limit of one instance, recording whom it told to slow
 * down, and two instances' shared state in Redis under the suite's own key prefix, closed after the suite.
 */
import { afterAll } from 'vitest';
import { userLimit, type LimitedChannel, type RateLimit } from '../../src/channels/user-limit.ts';
import { silentLogger } from '../../src/log.ts';
import { openRedisState, type SharedState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { RefusedUpdates } from '../../src/store/types.ts';
import { testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

export interface Update {
  id: string;
  user: string;
}

/** A resident's budget: 3 messages in 10 seconds. */
export const BUDGET: RateLimit = { updates: 3, windowMs: 10_000 };

export interface LimitedOptions {
  channel?: LimitedChannel;
  rateLimit?: RateLimit;
  counters?: SharedState['counters'];
  /** The store the refusals are kept in without Redis (none: this process's memory only). */
  refusals?: RefusedUpdates;
  now?: () => Date;
}

/** One instance's limit; `told`: the deliveries whose sender was told to slow down. */
export function limited(options: LimitedOptions = {}) {
  const told: string[] = [];
  const allowed = userLimit<Update>({
    channel: options.channel ?? 'telegram',
    logger: silentLogger,
    rateLimit: options.rateLimit ?? BUDGET,
    ...(options.counters ? { counters: options.counters } : {}),
    ...(options.refusals ? { refusals: options.refusals } : {}),
    userOf: (update) => update.user,
    deliveryOf: (update) => update.id,
    kindOf: () => 'message',
    tell: async (update) => void told.push(update.id),
    now: options.now ?? (() => new Date()),
  });
  return { allowed, told };
}

/** Called in a describe: opens two instances' states on Redis (keys under `label`), all closed and cleared after the suite. */
export function twoRedisInstances(label: string): () => Promise<SharedState[]> {
  const keys = testRedisPrefix(label);
  const store = openStore(':memory:');
  const states: SharedState[] = [];
  afterAll(async () => {
    for (const state of states) await state.close();
    await store.close();
    await keys.clear();
  });
  return async () => {
    for (let index = 0; index < 2; index += 1) {
      states.push(await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: (key) => store.hashKey(key), staleDrafts: store }));
    }
    return states.slice(-2);
  };
}
