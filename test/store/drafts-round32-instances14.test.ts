/**
 * Round 32 (instances14): a deletion B made while it could not reach Redis, written back when it can, goes only over what B
 * saw. The resident cancels the check at B ("thoi khoi kiem tra", B cut off from Redis: the deletion marked in the database),
 * the next message reaches A, which finds B's mark (the old draft deleted, the mark cleared) and begins the check again.
 * When B reaches Redis again, A's new draft stays (was: B deleted whatever Redis held, A's new answers lost). A deletion over
 * the draft B saw, or over one written before it (no one settled B's mark), still deletes it.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_LOST } from '../../src/chat/ports.ts';
import { REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { redisUnavailable, titled } from '../services.ts';
import { redisDraftsSuite } from './drafts-suite.ts';
import { checkDraft as draft, partitionedPair } from './partition.ts';

const missing = await redisUnavailable();

describe.skipIf(missing !== undefined)(titled('a deletion written back after a Redis outage (round 32, instances14)', missing), () => {
  const { store, keys, draftIn, pass } = redisDraftsSuite('drafts-r32i14');
  // One database for both instances: A sees (and clears) the mark B left.
  const pair = () => partitionedPair(keys.prefix, store.hashKey, { a: store, b: store });

  it('"thoi khoi kiem tra" o B luc B mat Redis; tin sau toi A, A kiem tra lai tu dau; B noi lai: ban nhap moi cua A van con', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'zalo:u-chi-Hai-Soc-Trang';
    try {
      await b.chatLock.run(key, async () => {
        await b.drafts.get(key);
        await b.drafts.set(key, draft(3, { health_insurance: 'ko' }));
      });
      await proxy.cut();
      await b.chatLock.run(key, async () => {
        // The turn cannot read the draft (Redis away), the resident's "thoi" cancels the check all the same.
        await b.drafts.get(key);
        await b.drafts.delete(key);
      });
      // Past the clocks' allowance (REDIS_DEFAULTS.staleMarkSkewMs) on the store's clock: A's next answers are plainly later than B's deletion.
      pass(REDIS_DEFAULTS.staleMarkSkewMs + 150);
      // "kiem tra lai ho tui" at A: B's mark settles the old draft (deleted, mark cleared), the check begins again.
      const again = draft(1, { electricity: 'co' });
      await a.chatLock.run(key, async () => {
        expect(await a.drafts.get(key)).toBe(DRAFT_LOST);
        await a.drafts.set(key, again);
      });
      expect(await store.staleDrafts({ hash: store.hashKey(key), limit: 1 })).toEqual([]);
      await proxy.restore();
      await written;
      expect(await draftIn(key)).not.toBeNull();
      expect(await a.drafts.get(key)).toEqual(again);
      expect(await b.drafts.get(key)).toEqual(again);
    } finally {
      await close();
    }
  });

  it('"thoi khoi kiem tra" o B luc B mat Redis, khong ai doc ban nhap: B noi lai, ban nhap cu bi xoa that', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'telegram:700332141';
    try {
      await b.drafts.set(key, draft(4, { water_source: 'ko' }));
      await proxy.cut();
      await b.chatLock.run(key, () => b.drafts.delete(key));
      await proxy.restore();
      await written;
      expect(await draftIn(key)).toBeNull();
      expect(await a.drafts.get(key)).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('A ghi ban nhap truoc khi B xoa (B mat Redis, chua ai doc dau xoa cua B): B noi lai, ban nhap do van bi xoa', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'zalo:u-anh-Ba-Tra-Vinh';
    try {
      await b.drafts.set(key, draft(2, { electricity: 'co' }));
      await proxy.cut();
      // A takes the next answer while B is cut off (B does not see it), then B's late turn cancels the check.
      await a.drafts.set(key, draft(3, { electricity: 'co', water_source: 'ko' }));
      pass(REDIS_DEFAULTS.staleMarkSkewMs + 150);
      await b.chatLock.run(key, () => b.drafts.delete(key));
      await proxy.restore();
      await written;
      expect(await draftIn(key)).toBeNull();
    } finally {
      await close();
    }
  });
});
