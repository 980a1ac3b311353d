/**
 * Round 30 (mend30c): the draft's writes in Redis around the chat lock and a partition. A turn whose chat lock simply ran
 * out (no one took it) still writes its draft (was: refused as if another instance held it: the resident's answer dropped);
 * an erasure's delete is not fenced by the lock (was: refused half-way); a newer copy written back after a partition is not
 * dropped because another instance READ the older draft meanwhile (was: a read renewed the draft's time to live, taken for
 * a newer write); the lock's renewal runs at REDIS_DEFAULTS.chatLockRenewFraction of its time (was: a third, hard-coded).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { silentLogger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import type { StaleDraftMarks } from '../../src/store/types.ts';
import { redisUnavailable, TEST_REDIS_URL, titled } from '../services.ts';
import { redisDraftsSuite } from './drafts-suite.ts';
import { partitionedPair } from './partition.ts';

const missing = await redisUnavailable();

describe.skipIf(missing !== undefined)(titled('draft writes around the chat lock and a partition (mend30c)', missing), () => {
  const { store, keys, direct } = redisDraftsSuite('drafts-mend30c');
  const ttl = REDIS_DEFAULTS.chatLockTtlMs;
  const fraction = REDIS_DEFAULTS.chatLockRenewFraction;
  afterEach(() => {
    (REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = ttl;
    (REDIS_DEFAULTS as { chatLockRenewFraction: number }).chatLockRenewFraction = fraction;
  });
  const open = (url = TEST_REDIS_URL, logger: Logger = silentLogger, staleDrafts: StaleDraftMarks = store) =>
    openRedisState(url, keys.prefix, logger, { hashKey: store.hashKey, staleDrafts });
  const lockKey = (key: string) => `${keys.prefix}lock:chat:${store.hashKey(key)}`;
  const draft = (position: number, answers: Record<string, string>) => ({
    v: 3,
    interview: { awaitingConsent: false, position, area: 'rural', members: 4, income: { amount: 4_500_000, perPerson: false }, answers },
    step: position + 2,
  });

  it('"ko" o Cau 5, khoa chat het han ma khong ai lay: cau tra loi van duoc luu (was: bi tu choi, mat)', async () => {
    const a = await open();
    const key = 'zalo:u-co-Nam-Long-An';
    try {
      const answered = draft(5, { health_insurance: 'no' });
      await a.chatLock.run(key, async () => {
        // The loop blocked past the lock's time; no other instance took it.
        await direct.del(lockKey(key));
        await a.drafts.set(key, answered);
        // The lock is this turn's again: another instance's message waits for it.
        expect(await direct.exists(lockKey(key))).toBe(1);
      });
      expect(await a.drafts.get(key)).toEqual(answered);
      expect(await direct.exists(lockKey(key))).toBe(0);
    } finally {
      await a.close();
    }
  });

  it('"xoa du lieu cua tui" ma khoa chat da sang may B: ban nhap van bi xoa (was: bi tu choi giua chung)', async () => {
    const a = await open();
    const b = await open();
    const key = 'telegram:700330033';
    try {
      await a.drafts.set(key, draft(4, { water_source: 'yes' }));
      await a.chatLock.run(key, async () => {
        await direct.del(lockKey(key));
        let bHolds!: () => void;
        const held = new Promise<void>((resolve) => (bHolds = resolve));
        let release!: () => void;
        const done = new Promise<void>((resolve) => (release = resolve));
        const atB = b.chatLock.run(key, async () => {
          bHolds();
          await done;
        });
        await held;
        await a.drafts.erase(key);
        release();
        await atB;
      });
      expect(await direct.get(`${keys.prefix}draft:${store.hashKey(key)}`)).toBeNull();
      expect(await b.drafts.get(key)).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('"ko" o may B luc B mat ca Redis lan CSDL, may A chi doc ban cu: khi B noi lai ban moi cua B duoc ghi (was: bo, vi A doc lam gia han ban cu)', async () => {
    // B's database is away as well: its mark is not written, so A cannot know its copy is older.
    const noMarks: StaleDraftMarks = {
      now: () => store.now(),
      markDraftStale: () => Promise.reject(new Error('connect ECONNREFUSED')),
      staleDrafts: (options) => store.staleDrafts(options),
      staleDraftCleared: (hash, at) => store.staleDraftCleared(hash, at),
    };
    const { a, b, proxy, written, close } = await partitionedPair(keys.prefix, store.hashKey, { a: store, b: noMarks });
    const key = 'zalo:u-anh-Sau-Kien-Giang';
    try {
      const older = draft(3, { electricity: 'yes' });
      await b.drafts.set(key, older);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await proxy.cut();
      const newer = draft(4, { electricity: 'yes', sanitation: 'no' });
      await b.drafts.set(key, newer);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // A reads the draft Redis holds (a look at the conversation): the older one, its time to live renewed.
      expect(await a.drafts.get(key)).toEqual(older);
      await proxy.restore();
      await written;
      expect(await a.drafts.get(key)).toEqual(newer);
      expect(await b.drafts.get(key)).toEqual(newer);
    } finally {
      await close();
    }
  });

  it('khoa chat gia han theo REDIS_DEFAULTS.chatLockRenewFraction (was: co dinh 1/3 thoi han)', async () => {
    const a = await open();
    const key = 'web:Tab-chi-Ut-Dong-Thap';
    (REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = 1000;
    (REDIS_DEFAULTS as { chatLockRenewFraction: number }).chatLockRenewFraction = 0.75;
    try {
      let lowest = Infinity;
      await a.chatLock.run(key, async () => {
        const until = Date.now() + 2000;
        while (Date.now() < until) {
          const left = await direct.pttl(lockKey(key));
          if (left > 0) lowest = Math.min(lowest, left);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Renewed all along: still this turn's.
        expect(await direct.pttl(lockKey(key))).toBeGreaterThan(0);
      });
      // Renewed every 750 ms: the lock came down to about 250 ms left (a third: never below about 667 ms).
      expect(lowest).toBeLessThan(450);
    } finally {
      await a.close();
    }
  });
});
