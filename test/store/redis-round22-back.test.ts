/**
 * A Redis killed (SIGKILL) and started again at once, before the client's first reconnect attempt is refused: the
 * instance's log still says the connection was lost (`redis_unavailable`) and that Redis is used again (`redis_back`),
 * which operators and the two-instance fault test (test/e2e/faults-round21-instances.test.ts) wait for. Was: a killed
 * Redis ends its connections without an error, only a refused reconnect was logged, so a quick restart left no
 * `redis_back` (the CI failure of 04/12/2026: /healthz said Redis reachable, the log never said it was back).
 */
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { ownRedisUnavailable, startOwnRedis } from '../e2e/own-services.ts';
import { titled } from '../services.ts';

const unavailable = ownRedisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('a Redis of its own killed and started again at once', unavailable), () => {
  it('logs redis_unavailable when the connection ends and redis_back when the client is ready again', async () => {
    const events: string[] = [];
    const note = (event: string) => void events.push(event);
    const logger: Logger = { debug: note, info: note, warn: note, error: note, child: () => logger };
    const redis = await startOwnRedis();
    const store = openStore(':memory:');
    const shared = await openRedisState(redis.url, 'tro-ly-back:', logger, { hashKey: store.hashKey, staleDrafts: store });
    try {
      expect(await shared.ping()).toBe(true);
      await redis.kill();
      await redis.start();
      const deadline = Date.now() + 20_000;
      while (!(await shared.ping())) {
        if (Date.now() > deadline) throw new Error('Redis not reachable again within 20 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(events).toContain('redis_unavailable');
      expect(events.indexOf('redis_back')).toBeGreaterThan(events.indexOf('redis_unavailable'));
    } finally {
      await shared.close();
      await store.close();
      await redis.kill();
    }
    expect(events.filter((event) => event === 'redis_unavailable')).toHaveLength(1);
  }, 60_000);
});
