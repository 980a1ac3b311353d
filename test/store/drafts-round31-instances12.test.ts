/**
 * Round 31 (instances12): three races between two instances on one Redis, left from round 30's review.
 * 1. A turn stalled past its chat lock (its event loop blocked); another instance took the lock, wrote its draft and released
 *    it. Was: the stalled turn found the lock free, took it again and wrote its older draft over the newer one. Now the lock's
 *    last holder is kept: the stalled turn's write is refused (DeliveryClaimLostError), the newer draft stays.
 * 2. A copy held in memory while Redis was away at one instance is written back when Redis is back. Was: the copy's time came
 *    from that instance's clock and was compared with Redis's TIME, so an instance whose clock ran 3 s ahead wrote its older
 *    copy over the draft another instance wrote since. Now each write carries a new version token: the copy goes back only
 *    over the version that instance saw.
 * 3. A group chat's turn running while the same user erases their data (/xoadulieu at another instance, or the operator's
 *    `privacy erase`). Was: the turn wrote the group's draft after the erasure, the household back in Redis for 6 hours.
 *    Now the user's erasure is kept (a token, 6 hours) and the turn's write after one it did not read is refused.
 */
import { describe, expect, it } from 'vitest';
import { DeliveryClaimLostError, groupSessionKey } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { eraseRedisDraft, openRedisState } from '../../src/store/redis.ts';
import type { StaleDraftMarks } from '../../src/store/types.ts';
import { hold } from '../hold.ts';
import { redisUnavailable, TEST_REDIS_URL, titled } from '../services.ts';
import { redisDraftsSuite } from './drafts-suite.ts';
import { beganAgainAtA, checkDraft as draft, partitionedPair } from './partition.ts';

const missing = await redisUnavailable();

describe.skipIf(missing !== undefined)(titled('drafts and chat locks of two instances on one Redis (round 31)', missing), () => {
  const { store, keys, direct, draftIn } = redisDraftsSuite('drafts-r31');

  it('A ket qua han khoa; B nhan khoa, ghi "Cau 6/15", tra khoa; A tinh day: ban nhap cu cua A bi tu choi (was: A lay lai khoa roi ghi de)', async () => {
    const a = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const b = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const key = 'zalo:u-co-Sau-Vinh-Long';
    try {
      await a.drafts.set(key, draft(3, { health_insurance: 'no' }));
      const stalled = hold();
      const atA = a.chatLock.run(key, async () => {
        await a.drafts.get(key);
        stalled.reach();
        await stalled.gate;
        await a.drafts.set(key, draft(4, { health_insurance: 'no', housing_quality: 'no' }));
      });
      await stalled.reached;
      // A's event loop blocked: its lock ran out unrenewed (gone in Redis).
      expect(await direct.del(`${keys.prefix}lock:chat:${store.hashKey(key)}`)).toBe(1);
      // The resident's next message at B: answered, its draft written, the lock released.
      const newer = draft(4, { health_insurance: 'no', housing_quality: 'yes' });
      await b.chatLock.run(key, async () => {
        await b.drafts.get(key);
        await b.drafts.set(key, newer);
      });
      stalled.open();
      await expect(atA).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await b.drafts.get(key)).toEqual(newer);
      // Nor is the lock left to A: the next message takes it at once.
      expect(await direct.exists(`${keys.prefix}lock:chat:${store.hashKey(key)}`)).toBe(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('B chay nhanh 3 giay, mat Redis luc "ko"; nguoi dan lam lai o A; B noi lai: ban nhap moi o A con nguyen (was: B ghi de vi gio cua B)', async () => {
    // B's correction of the database's clock is 3 s off (its marks and its copies stamped 3 s ahead).
    const ahead: StaleDraftMarks = {
      now: () => new Date(store.now().getTime() + 3000),
      markDraftStale: (hash, at) => store.markDraftStale(hash, at),
      staleDrafts: (options) => store.staleDrafts(options),
      staleDraftCleared: (hash, at) => store.staleDraftCleared(hash, at),
    };
    const opened = await partitionedPair(keys.prefix, store.hashKey, { a: store, b: ahead });
    try {
      await beganAgainAtA(opened, 'telegram:700331207', draft(3, { electricity: 'yes' }), draft(4, { electricity: 'yes', water_source: 'no' }));
    } finally {
      await opened.close();
    }
  });

  it('nhom chat: luot cua A dang chay thi nguoi do go /xoadulieu o B: A khong ghi ban nhap nhom sau khi xoa (was: ho gia dinh quay lai Redis)', async () => {
    const a = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const b = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const userKey = 'telegram:700331208';
    // Her first message in the group ("nha tui 4 nguoi o que thang dc 5 trieu"): the group has no draft yet.
    const groupKey = groupSessionKey(userKey, '-1002003004005');
    try {
      const turn = hold();
      const atA = a.chatLock.run(groupKey, async () => {
        expect(await a.drafts.get(groupKey)).toBeUndefined();
        turn.reach();
        await turn.gate;
        await a.drafts.set(groupKey, draft(1, {}));
      });
      await turn.reached;
      // /xoadulieu in her private chat at B, while A's turn runs.
      await b.chatLock.run(userKey, () => b.drafts.erase(userKey));
      expect(await b.drafts.deleteUser(userKey)).toBe(0);
      turn.open();
      await expect(atA).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await draftIn(groupKey)).toBeNull();
      // Her next message in the group, after the erasure: written as usual.
      await a.chatLock.run(groupKey, async () => {
        expect(await a.drafts.get(groupKey)).toBeUndefined();
        await a.drafts.set(groupKey, draft(0, {}));
      });
      expect(await a.drafts.get(groupKey)).toEqual(draft(0, {}));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('nhom chat da co ban nhap; can bo chay "privacy erase" trong luc luot cua A dang chay: ban nhap nhom khong quay lai', async () => {
    const a = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    const userKey = 'zalo:u-anh-Nam-Ben-Tre';
    const groupKey = groupSessionKey(userKey, 'g-ap-3-xa-An-Hiep');
    try {
      await a.chatLock.run(groupKey, () => a.drafts.set(groupKey, draft(2, { health_insurance: 'yes' })));
      const turn = hold();
      const atA = a.chatLock.run(groupKey, async () => {
        expect(await a.drafts.get(groupKey)).toEqual(draft(2, { health_insurance: 'yes' }));
        turn.reach();
        await turn.gate;
        await a.drafts.set(groupKey, draft(3, { health_insurance: 'yes', housing_quality: 'no' }));
      });
      await turn.reached;
      expect(await eraseRedisDraft(TEST_REDIS_URL, keys.prefix, store.hashKey, userKey, () => store.now())).toBe(1);
      turn.open();
      await expect(atA).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await draftIn(groupKey)).toBeNull();
    } finally {
      await a.close();
    }
  });
});
