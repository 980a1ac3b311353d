import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/rate-limit.ts';

describe('createRateLimiter (token bucket per client)', () => {
  it('allows a burst of perMinute requests, then refuses with the seconds until the next one', () => {
    let now = 0;
    const limiter = createRateLimiter(6, () => now);
    for (let i = 0; i < 6; i += 1) expect(limiter.take('10.0.0.1')).toEqual({ allowed: true });
    // 6 per minute: one new request every 10 s.
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 4_000;
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now = 10_000;
    expect(limiter.take('10.0.0.1')).toEqual({ allowed: true });
  });

  it('keeps clients apart', () => {
    const limiter = createRateLimiter(1, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('never refills above the burst size, however long a client stays away', () => {
    let now = 0;
    const limiter = createRateLimiter(2, () => now);
    limiter.take('a');
    now = 3_600_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});
