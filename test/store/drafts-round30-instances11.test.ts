/**
 * Round 30 (instances11): two instances write the same conversation's draft around a Redis outage that only one of them saw
 * (its connection cut: a partition). Instance B keeps the resident's answers in memory (Redis away there, a mark in the
 * database); the resident goes on at instance A, which Redis never left: told the check was interrupted, they begin again
 * there, or erase everything (/xoadulieu). Was: B, reconnected, waited half a second past its own mark and then wrote its
 * older copy over A's newer draft (the check begun again lost), or brought back the household erased at A. Now B's copy
 * carries the mark it supersedes (its version) and is written back only if Redis holds nothing written since: no wait, no
 * lost write, no erased household back.
 */
import { describe, expect, it } from 'vitest';
import { redisUnavailable, titled } from '../services.ts';
import { redisDraftsSuite } from './drafts-suite.ts';
import { beganAgainAtA, checkDraft as draft, partitionedPair } from './partition.ts';

const missing = await redisUnavailable();

describe.skipIf(missing !== undefined)(titled('a copy written back after a partition, the same chat written at the other instance meanwhile', missing), () => {
  const { store, keys, direct } = redisDraftsSuite('drafts-r30');

  /** A at Redis directly; B through a proxy the test cuts; B's log says when its copies were written back. */
  const pair = () => partitionedPair(keys.prefix, store.hashKey, { a: store, b: store });

  it('"ko" o may B luc B mat Redis, nguoi dan lam lai o may A: ban nhap moi o A con nguyen khi B noi lai (was: B ghi de ban cu)', async () => {
    const opened = await pair();
    const { close } = opened;
    const key = 'zalo:u-chi-Hai-Soc-Trang';
    try {
      // The copy in Redis is older than B's mark: the resident is told at A and begins again there.
      await beganAgainAtA(opened, key, draft(3, { health_insurance: 'no' }), draft(4, { health_insurance: 'no', housing_quality: 'no' }));
      expect(await store.staleDrafts({ limit: 10 })).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"xoa du lieu cua tui" o may A trong luc B con giu ban nhap: B noi lai khong dua ho da xoa tro lai', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'telegram:700330011';
    try {
      await b.drafts.set(key, draft(3, { water_source: 'yes' }));
      await proxy.cut();
      await b.drafts.set(key, draft(4, { water_source: 'yes', sanitation: 'no' }));
      // /xoadulieu at A, which Redis never left.
      expect(await a.drafts.deleteUser(key)).toBe(1);
      await proxy.restore();
      await written;
      expect(await direct.get(`${keys.prefix}draft:${store.hashKey(key)}`)).toBeNull();
      expect(await a.drafts.get(key)).toBeUndefined();
      expect(await b.drafts.get(key)).toBeUndefined();
    } finally {
      await close();
    }
  });

  it('B alone wrote meanwhile: its copy is written back at once, and another instance settling B\'s mark keeps it', async () => {
    const { a, b, proxy, written, close } = await pair();
    const key = 'web:Tab-co-Ba-Ca-Mau-0912';
    try {
      await b.drafts.set(key, draft(2, {}));
      await proxy.cut();
      const newer = draft(3, { electricity: 'yes' });
      await b.drafts.set(key, newer);
      const [mark] = await store.staleDrafts({ hash: store.hashKey(key), limit: 1 });
      expect(mark).toBeDefined();
      await proxy.restore();
      await written;
      // What A would do with the mark listed before B cleared it (Redis back at both): B's copy is not the older draft.
      await store.markDraftStale(mark!.hash, mark!.at);
      expect(await a.drafts.get(key)).toEqual(newer);
      expect(await b.drafts.get(key)).toEqual(newer);
    } finally {
      await close();
    }
  });
});
