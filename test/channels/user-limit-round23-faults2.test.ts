/**
 * The per-user limit of Telegram and Zalo (src/channels/user-limit.ts) decides an update once: one refused (over the
 * budget) and delivered again (its 200 lost: the instance killed, the connection cut; or sent to another instance) is
 * refused again, not counted again, not told again. Was: let through on redelivery (round 22 counted it once but took
 * every redelivery for one let through). What it remembers in memory runs on the app's one clock (was Date.now()).
 */
import { describe, expect, it } from 'vitest';
import { REFUSED_REMEMBERED_MS, type RateLimit } from '../../src/channels/user-limit.ts';
import { redisUnavailable, titled } from '../services.ts';
import { limited as limitedOn, twoRedisInstances, type LimitedOptions, type Update } from './user-limit-harness.ts';

const limited = (options: LimitedOptions = {}) => limitedOn({ channel: 'zalo', ...options });

/** Four messages of a resident (budget 3), the refused fourth delivered again twice, an allowed one again, then a fifth. */
async function refusedThenRedelivered(instances: ((update: Update) => Promise<boolean>)[]): Promise<boolean[]> {
  const user = `tui-${Math.floor(Math.random() * 1e6)}`;
  const ids = ['601', '602', '603', '604', '604', '604', '602', '605'];
  const decisions: boolean[] = [];
  for (const [turn, id] of ids.entries()) decisions.push(await instances[turn % instances.length]!({ id, user }));
  return decisions;
}

describe('per-user limit: a refused update delivered again', () => {
  it('tin bi tu choi vi gui nhanh qua, gui lai van bi tu choi, ko dem lai, ko nhac lai (bo nho)', async () => {
    const { allowed, told } = limited();
    expect(await refusedThenRedelivered([allowed])).toEqual([true, true, true, false, false, false, true, false]);
    expect(told).toEqual(['604']);
  });

  it('remembers on the app clock: a frozen clock keeps the refusal past the real window; the clock past the redelivery window forgets it', async () => {
    let clock = new Date('2026-12-04T03:00:00Z');
    const short: RateLimit = { updates: 1, windowMs: 50 };
    const { allowed } = limited({ rateLimit: short, now: () => clock });
    const user = 'hok-can-luu';
    expect(await allowed({ id: '701', user })).toBe(true);
    expect(await allowed({ id: '702', user })).toBe(false);
    // Real time past the window, the app's clock not: still the same delivery, still refused.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await allowed({ id: '702', user })).toBe(false);
    // The app's clock past the platforms' redelivery window (round 24; was past the limit's window): forgotten, counted as new.
    clock = new Date(clock.getTime() + REFUSED_REMEMBERED_MS + 1000);
    expect(await allowed({ id: '702', user })).toBe(true);
  });
});

const unavailable = await redisUnavailable();

describe.skipIf(unavailable !== undefined)(titled('per-user limit in Redis, a refused update delivered again to the other instance', unavailable), () => {
  const openTwo = twoRedisInstances('user-limit-round23');

  it('tin gui lai toi may khac van bi tu choi (Redis dung chung), nhac mot lan', async () => {
    const [a, b] = (await openTwo()).map((state) => limited({ counters: (windowMs, channel) => state.counters(windowMs, channel) }));
    expect(await refusedThenRedelivered([a!.allowed, b!.allowed])).toEqual([true, true, true, false, false, false, true, false]);
    expect([...a!.told, ...b!.told]).toEqual(['604']);
  });
});
