/**
 * A message refused by the per-user limit of Telegram and Zalo (src/channels/user-limit.ts) and delivered again after the
 * limit's window (its 200 lost: the instance killed, the connection cut; Telegram keeps an update 24 hours) is refused
 * again, in memory and in Redis. Was: remembered as refused for the limit's window only (10 s), then counted as new in an
 * empty window and answered, after its sender had been told to slow down.
 */
import { describe, expect, it } from 'vitest';
import { REFUSED_REMEMBERED_MS, type RateLimit } from '../../src/channels/user-limit.ts';
import { RETENTION } from '../../src/privacy/retention.ts';
import { redisUnavailable, titled } from '../services.ts';
import { limited as limitedOn, twoRedisInstances, type LimitedOptions } from './user-limit-harness.ts';

const limited = (rateLimit: RateLimit, options: LimitedOptions = {}) => limitedOn({ ...options, rateLimit });

describe('per-user limit: a refused message delivered again after the window', () => {
  it('remembers the refusal as long as the platforms redeliver (24 hours), within the claims kept (7 days)', () => {
    expect(REFUSED_REMEMBERED_MS).toBe(24 * 60 * 60 * 1000);
    expect(REFUSED_REMEMBERED_MS).toBeLessThanOrEqual(RETENTION.deliveryDays * 24 * 60 * 60 * 1000);
  });

  it('"cho hoi ho ngheo dc gi" gui nhanh qua bi tu choi, Telegram gui lai sau khi het cua so: van bi tu choi, ko nhac lai (bo nho)', async () => {
    // The app's clock runs with real time (the limit's own window does), pushed ahead below.
    let ahead = 0;
    const { allowed, told } = limited({ updates: 2, windowMs: 300 }, { now: () => new Date(Date.now() + ahead) });
    const user = 'ba-tu-ben-tre';
    expect(await allowed({ id: '901', user })).toBe(true);
    expect(await allowed({ id: '902', user })).toBe(true);
    expect(await allowed({ id: '903', user })).toBe(false);
    // The window over, Telegram delivers 903 again: still refused, not told again.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await allowed({ id: '903', user })).toBe(false);
    // 23 hours later, the same.
    ahead = 23 * 60 * 60 * 1000;
    expect(await allowed({ id: '903', user })).toBe(false);
    expect(told).toEqual(['903']);
    // A new message of hers is counted in a new window, and answered.
    expect(await allowed({ id: '904', user })).toBe(true);
  });
});

const unavailable = await redisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('per-user limit in Redis: a refused message delivered again after the window', unavailable), () => {
  const openTwo = twoRedisInstances('user-limit-round24-faults3');

  it('tin bi tu choi, gui lai toi may khac sau khi het cua so: van bi tu choi, ko nhac lai', async () => {
    const window: RateLimit = { updates: 1, windowMs: 300 };
    const [a, b] = (await openTwo()).map((state) => limited(window, { counters: (windowMs, channel) => state.counters(windowMs, channel) }));
    const user = `chu-nam-${Math.floor(Math.random() * 1e6)}`;
    expect(await a!.allowed({ id: '911', user })).toBe(true);
    expect(await a!.allowed({ id: '912', user })).toBe(false);
    // The window is over: 912 delivered again at the other instance is still refused.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await b!.allowed({ id: '912', user })).toBe(false);
    expect([...a!.told, ...b!.told]).toEqual(['912']);
    expect(await b!.allowed({ id: '913', user })).toBe(true);
  });
});
