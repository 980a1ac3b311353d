/**
 * Round 32 (instances13): drafts of two instances on one Redis, left from round 31.
 * 1. A copy never read from Redis (B cut off before the resident's first answer there) and the same resident's erasure.
 *    One made at A BEFORE B's check began ("xoa het" in the morning, a new check in the afternoon at B) no longer throws
 *    B's new answers away (was: any erasure of theirs in the last 6 hours refused the copy); one made AFTER it still does;
 *    another resident's erasure never did (checked: the erasure is kept per user).
 * 2. A round-30 instance's draft (a version without a token) deleted: at B (Redis away there, the deletion written back),
 *    or at the round-30 instance while B holds a copy: the household does not come back.
 * 3. Quick answers of one resident alternating between two instances within one chat lock period: no answer lost.
 */
import { describe, expect, it } from 'vitest';
import { groupSessionKey } from '../../src/chat/ports.ts';
import { DRAFT_IDLE_MS } from '../../src/chat/session.ts';
import { silentLogger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { redisUnavailable, TEST_REDIS_URL, titled } from '../services.ts';
import { redisDraftsSuite } from './drafts-suite.ts';
import { checkDraft as draft, partitionedPair } from './partition.ts';

const missing = await redisUnavailable();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(missing !== undefined)(titled('drafts of two instances on one Redis (round 32)', missing), () => {
  const { store, keys, direct, draftIn, pass } = redisDraftsSuite('drafts-r32');
  const pair = () => partitionedPair(keys.prefix, store.hashKey, { a: store, b: store });
  /** What a round-30 instance leaves as the draft's version: its mark alone, no token, with the draft's full time to live. */
  const round30Version = (key: string) => direct.set(`${keys.prefix}draftv:${store.hashKey(key)}`, '0', 'PX', DRAFT_IDLE_MS);

  it('sang go /xoadulieu o A; chieu kiem tra moi o B luc B mat Redis: cau tra loi moi cua B duoc giu (was: bi tu choi vi lan xoa buoi sang)', async () => {
    const { a, b, proxy, written, close } = await pair();
    const userKey = 'zalo:u-chi-Muoi-Bac-Lieu';
    const groupKey = groupSessionKey(userKey, 'nhom-ap-4');
    try {
      await a.drafts.set(userKey, draft(3, { health_insurance: 'no' }));
      // "xoa het du lieu cua tui" at A (Redis there), then the new check begins at B, cut off from Redis before its first read.
      expect(await a.drafts.deleteUser(userKey)).toBe(1);
      // The afternoon: past the clocks' allowance (REDIS_DEFAULTS.staleMarkSkewMs) on the store's clock.
      pass(REDIS_DEFAULTS.staleMarkSkewMs + 150);
      await proxy.cut();
      for (const key of [userKey, groupKey]) {
        await b.chatLock.run(key, async () => {
          await b.drafts.get(key);
          await b.drafts.set(key, draft(1, { electricity: 'yes' }));
        });
      }
      await proxy.restore();
      await written;
      expect(await a.drafts.get(userKey)).toEqual(draft(1, { electricity: 'yes' }));
      expect(await a.drafts.get(groupKey)).toEqual(draft(1, { electricity: 'yes' }));
    } finally {
      await close();
    }
  });

  it('B mat Redis, "nha tui 4 nguoi" o B; sau do go /xoadulieu o A: ban sao cua B khong quay lai; nguoi khac xoa thi khong anh huong', async () => {
    const { a, b, proxy, written, close } = await pair();
    const userKey = 'telegram:700332001';
    const other = 'telegram:700332002';
    try {
      await proxy.cut();
      for (const key of [userKey, other]) {
        await b.chatLock.run(key, async () => {
          await b.drafts.get(key);
          await b.drafts.set(key, draft(1, { electricity: 'no' }));
        });
      }
      pass(REDIS_DEFAULTS.staleMarkSkewMs + 150);
      // Erased at A after B's copy began: the copy goes. Another resident's erasure at A leaves `other`'s copy alone.
      expect(await a.drafts.deleteUser(userKey)).toBe(0);
      expect(await a.drafts.deleteUser('telegram:700332999')).toBe(0);
      await proxy.restore();
      await written;
      expect(await draftIn(userKey)).toBeNull();
      expect(await a.drafts.get(userKey)).toBeUndefined();
      expect(await a.drafts.get(other)).toEqual(draft(1, { electricity: 'no' }));
    } finally {
      await close();
    }
  });

  it('ban nhap cua may ban 30 (khong token): "thoi khoi kiem tra" o B luc B mat Redis; B noi lai: ban nhap bi xoa that', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'zalo:u-co-Tam-Ben-Tre';
    try {
      await a.drafts.set(key, draft(3, { health_insurance: 'no' }));
      await round30Version(key);
      await b.chatLock.run(key, async () => {
        expect(await b.drafts.get(key)).toEqual(draft(3, { health_insurance: 'no' }));
      });
      await proxy.cut();
      await b.chatLock.run(key, () => b.drafts.delete(key));
      expect(await b.drafts.get(key)).toBeUndefined();
      await proxy.restore();
      await written;
      expect(await draftIn(key)).toBeNull();
      expect(await a.drafts.get(key)).toBeUndefined();
      expect(await b.drafts.get(key)).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('ban nhap cua may ban 30: may ban 30 xoa no trong luc B giu ban sao: ban sao cua B khong dua ho gia dinh tro lai', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'zalo:u-anh-Sau-Hau-Giang';
    try {
      await a.drafts.set(key, draft(3, { health_insurance: 'no' }));
      await round30Version(key);
      expect(await b.drafts.get(key)).toEqual(draft(3, { health_insurance: 'no' }));
      await proxy.cut();
      await b.drafts.set(key, draft(4, { health_insurance: 'no', water_source: 'no' }));
      // At the round-30 instance the resident cancels the check: the draft deleted, the version its mark again, time to live full.
      // Real time in Redis, not the store's clock: a round-30 version is told by its time to live, which the reset below makes
      // longer than B's read of it less the time passed here (more than REDIS_DEFAULTS.untokenedVersionSlackMs, 5 ms).
      await sleep(200);
      await direct.del(`${keys.prefix}draft:${store.hashKey(key)}`);
      await round30Version(key);
      await proxy.restore();
      await written;
      expect(await draftIn(key)).toBeNull();
      expect(await a.drafts.get(key)).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('12 cau tra loi nhanh xen ke o A va B trong mot thoi han khoa: khong mat cau nao', async () => {
    const a = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const b = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const key = 'zalo:u-chi-Nam-An-Giang';
    type Draft = ReturnType<typeof draft>;
    try {
      await a.drafts.set(key, draft(0, {}));
      const turns = Array.from({ length: 12 }, (_, index) =>
        (index % 2 === 0 ? a : b).chatLock.run(key, async () => {
          const read = (await (index % 2 === 0 ? a : b).drafts.get(key)) as Draft;
          const answers = { ...read.interview.answers, [`q${read.interview.position + 1}`]: index % 3 === 0 ? 'ko' : 'co' };
          await (index % 2 === 0 ? a : b).drafts.set(key, draft(read.interview.position + 1, answers));
        }),
      );
      await Promise.all(turns);
      const last = (await b.drafts.get(key)) as Draft;
      expect(last.interview.position).toBe(12);
      expect(Object.keys(last.interview.answers)).toHaveLength(12);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
