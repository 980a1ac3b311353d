/**
 * Round 36 (instances18): the 250 ms bound (REDIS_DEFAULTS.staleMarkSkewMs) at its edge, on the store's one clock (injected).
 * Instance B, cut off from Redis, cancelled a resident's check at T (its mark); A's turn then saved "ko" at T + 249, T + 250 or
 * T + 251 ms. Within the bound (≤ 250 ms) the draft counts as older than B's change: deleted, the resident told once that the
 * check was interrupted; past it (251 ms) A's answer is the later change and stays. Was: the draft's age read from Redis's time
 * to live while the mark's was the store's clock, so the time a turn took in Redis (set, then the next read) moved the edge: a
 * draft written 251 ms after the mark was deleted as well.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_LOST } from '../../src/chat/ports.ts';
import { openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { silentLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { redisUnavailable, testRedisPrefix, titled, TEST_REDIS_URL } from '../services.ts';
import { checkDraft as draft } from './partition.ts';
import { afterAll } from 'vitest';

const missing = await redisUnavailable();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(missing !== undefined)(titled('the stale-mark bound at 249/250/251 ms on the store clock (round 36, instances18)', missing), () => {
  let clock = Date.parse('2026-12-06T03:00:00.000Z');
  const store = openStore(':memory:', { now: () => new Date(clock) });
  const keys = testRedisPrefix('skew-r36i18');
  afterAll(async () => {
    await keys.clear();
    await store.close();
  });

  /** B's mark at T; A saves "ko" (Câu 3) `gap` ms later on the store's clock; what A's next turn reads. */
  const readAfter = async (key: string, gap: number) => {
    const a = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    try {
      const marked = clock;
      await store.markDraftStale(store.hashKey(key), marked);
      clock = marked + gap;
      await a.drafts.set(key, draft(3, { electricity: 'co', water_source: 'ko', health_insurance: 'ko' }));
      // Real time passes in Redis before the next message (the store's clock, corrected, says nothing of it).
      await sleep(20);
      return await a.drafts.get(key);
    } finally {
      clock += 60_000;
      await a.close();
    }
  };

  it('"ko" luu 249 ms sau khi B huy kiem tra: tinh la cu hon, bao gian doan', async () => {
    expect(await readAfter('zalo:u-chi-Nam-Soc-Trang-249', REDIS_DEFAULTS.staleMarkSkewMs - 1)).toBe(DRAFT_LOST);
  });

  it('"ko" luu dung 250 ms sau: van trong gioi han, bao gian doan', async () => {
    expect(await readAfter('zalo:u-chi-Nam-Soc-Trang-250', REDIS_DEFAULTS.staleMarkSkewMs)).toBe(DRAFT_LOST);
  });

  it('"ko" luu 251 ms sau: qua gioi han, cau tra loi cua A duoc giu', async () => {
    expect(await readAfter('zalo:u-chi-Nam-Soc-Trang-251', REDIS_DEFAULTS.staleMarkSkewMs + 1)).toEqual(
      draft(3, { electricity: 'co', water_source: 'ko', health_insurance: 'ko' }),
    );
  });
});
