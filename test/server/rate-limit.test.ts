import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../src/log.ts';
import { sendJson } from '../../src/server/http.ts';
import { createMemoryRateLimiter, type RateLimiterFactory } from '../../src/server/rate-limit.ts';
import { createHttpServer } from '../../src/server/server.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

describe('createMemoryRateLimiter (the rate-limit port, token bucket per key)', () => {
  it('allows a burst of perMinute requests, then refuses with the seconds until the next one', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter(6, () => now);
    for (let i = 0; i < 6; i += 1) expect(await limiter.hit('10.0.0.1')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    // 6 per minute: one new request every 10 s.
    expect(await limiter.hit('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 4_000;
    expect(await limiter.hit('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now = 10_000;
    expect(await limiter.hit('10.0.0.1')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('keeps keys apart', async () => {
    const limiter = createMemoryRateLimiter(1, () => 0);
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect((await limiter.hit('a')).allowed).toBe(false);
    expect((await limiter.hit('b')).allowed).toBe(true);
  });

  it('never refills above the burst size, however long a key stays away', async () => {
    let now = 0;
    const limiter = createMemoryRateLimiter(2, () => now);
    await limiter.hit('a');
    now = 3_600_000;
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect((await limiter.hit('a')).allowed).toBe(false);
  });
});

/** A server whose one route is limited per address and per session (as /api/chat), its log lines as parsed JSON. */
async function limitedServer(rateLimiters: RateLimiterFactory) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const http = createHttpServer({
    routes: [
      {
        method: 'GET',
        path: '/x',
        rateLimited: true,
        perSession: true,
        handle: async ({ response, limitSession }) => {
          await limitSession('phien-cua-ba-nam-0912345678');
          sendJson(response, 200, { ok: true });
        },
      },
    ],
    logger: createLogger({
      level: 'debug',
      write: (line) => {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    }),
    rateLimitPerMinute: 1000,
    rateLimiters,
  });
  const address = await http.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/x`;
  const events = (name: string) => lines.filter((line) => line.event === name);
  return { http, url, lines, raw, events };
}

describe('a rate limiter behind the port that fails', () => {
  it('lets every request through; the loss is one line with its code and no stack, not one or two per request; its return one line', async () => {
    let failing = true;
    const server = await limitedServer(() => ({
      hit: () => (failing ? Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })) : Promise.resolve({ allowed: true, retryAfterSeconds: 0 })),
    }));
    try {
      // 20 requests, each checked twice (address and session): 40 lines with a stack each on the old code.
      for (let i = 0; i < 20; i += 1) expect((await fetch(server.url)).status).toBe(200);
      const lost = server.events('rate_limit_unavailable');
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatchObject({ level: 'warn', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:6379' });
      expect(server.events('rate_limit_still_unavailable')).toHaveLength(0);
      expect(server.raw.join('\n')).not.toMatch(/stack|at .*\.ts:\d+|0912345678|phien-cua/);

      failing = false;
      for (let i = 0; i < 5; i += 1) expect((await fetch(server.url)).status).toBe(200);
      const back = server.events('rate_limit_back');
      expect(back).toHaveLength(1);
      expect(back[0]).toMatchObject({ level: 'info', skippedChecks: 40 });
      expect(server.events('rate_limit_unavailable')).toHaveLength(1);
    } finally {
      await server.http.close();
    }
  });
});

const redisUnreachable = await redisUnavailable();
describe.skipIf(redisUnreachable !== undefined)(titled('Redis cut behind a proxy (the shared Redis is never stopped)', redisUnreachable), () => {
  it('20 requests while it is away: 20 answers, one line; Redis back: one line', async () => {
    const target = new URL(TEST_REDIS_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const keys = testRedisPrefix('rate-outage');
    const shared = await openRedisState(proxy.url(TEST_REDIS_URL), keys.prefix, silentLogger, {
      hashKey: (key) => `h-${key.length}`,
      // No draft is written here.
      staleDrafts: { now: () => new Date(), markDraftStale: async () => {}, staleDrafts: async () => [], staleDraftCleared: async () => {} },
    });
    const server = await limitedServer(shared.rateLimiters);
    try {
      expect((await fetch(server.url)).status).toBe(200);
      expect(server.events('rate_limit_unavailable')).toHaveLength(0);
      await proxy.cut();
      for (let i = 0; i < 20; i += 1) expect((await fetch(server.url)).status).toBe(200);
      expect(server.events('rate_limit_unavailable')).toHaveLength(1);
      expect(server.raw.join('\n')).not.toContain('stack');

      await proxy.restore();
      const deadline = Date.now() + 20_000;
      while (!(await shared.ping()) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect((await fetch(server.url)).status).toBe(200);
      expect(server.events('rate_limit_back')).toHaveLength(1);
      expect(server.events('rate_limit_unavailable')).toHaveLength(1);
    } finally {
      await server.http.close();
      await shared.close();
      await proxy.close();
      await keys.clear();
    }
  }, 30_000);
});
