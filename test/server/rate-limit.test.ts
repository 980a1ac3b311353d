import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { sendJson } from '../../src/server/http.ts';
import { createMemoryRateLimiter } from '../../src/server/rate-limit.ts';
import { createHttpServer } from '../../src/server/server.ts';

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

describe('a rate limiter behind the port that fails', () => {
  it('lets the request through and logs a warning (the API does not go down with the store)', async () => {
    const logLines: string[] = [];
    const http = createHttpServer({
      routes: [{ method: 'GET', path: '/x', rateLimited: true, handle: ({ response }) => sendJson(response, 200, { ok: true }) }],
      logger: createLogger({ level: 'debug', write: (line) => logLines.push(line) }),
      rateLimitPerMinute: 1,
      rateLimiters: () => ({ hit: () => Promise.reject(new Error('store unreachable')) }),
    });
    const address = await http.listen(0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${address.port}/x`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      expect(logLines.filter((line) => line.includes('"rate_limit_unavailable"'))).toHaveLength(2);
    } finally {
      await http.close();
    }
  });
});
