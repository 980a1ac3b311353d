/**
 * Round 23 (soak): an instance whose event loop is busy longer than REDIS_DEFAULTS.commandTimeoutMs (three instances and
 * thirty residents on two cores) while Redis's answer waits in its socket is not a Redis that does not answer: the
 * command gets its answer, the breaker stays closed. Was: ioredis's timer ran before the socket was read, "Command timed
 * out", the breaker opened, drafts and claims went to this instance's memory only, and the next message at another
 * instance told a resident giving consent ("dong y") that their check was lost (test/e2e/soak-round23-soak.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS, type SharedState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const unavailable = await redisUnavailable();

/** Keeps this process's event loop busy for `ms` (a long reply being built, JSON of a big page…). */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Busy on purpose.
  }
}

describe.skipIf(unavailable !== undefined)(titled('a busy instance and a Redis that answered in time', unavailable), () => {
  const redis = testRedisPrefix('soak23');
  const events: string[] = [];
  const write = (event: string) => void events.push(event);
  const logger: Logger = { debug: write, info: write, warn: write, error: write, child: () => logger };
  let store: Store;
  let shared: SharedState;

  beforeAll(async () => {
    store = openStore(':memory:');
    shared = await openRedisState(TEST_REDIS_URL, redis.prefix, logger, { hashKey: store.hashKey, staleDrafts: store });
  });
  afterAll(async () => {
    await shared?.close();
    store?.close();
    await redis.clear();
  });

  it('a draft read while the event loop is busy past the wait: read from Redis, the breaker stays closed', async () => {
    const draft = { interview: { position: 1, area: 'rural', members: 4, answers: {} } };
    await shared.drafts.set('web:soak-busy-aaaaaaaaaaaaaaaa', draft);
    for (let round = 0; round < 3; round += 1) {
      const read = shared.drafts.get('web:soak-busy-aaaaaaaaaaaaaaaa');
      busy(REDIS_DEFAULTS.commandTimeoutMs + 300);
      expect(await read).toEqual(draft);
    }
    expect(events).not.toContain('redis_breaker_open');
    expect(events).not.toContain('redis_fallback');
  });
});
