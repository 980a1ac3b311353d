/**
 * Drafts of residents who chose "Không lưu" while Redis is away, at two instances sharing one database (its stale-draft
 * marks): a copy an instance kept in memory is never read after another instance changed that draft later (erased it:
 * /xoadulieu), and the conversation is told once that its check was lost (DRAFT_LOST), not given the erased household
 * back. Needs no Redis: the URL points at a port nothing listens on.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_LOST, DRAFT_UNREADABLE } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { closedPort } from '../services.ts';

describe('drafts while Redis is away, two instances', () => {
  it('tui chon ko luu, xoa du lieu o may B: may A ko doc lai ban cu, noi ro phan kiem tra da mat mot lan', async () => {
    // A clock moving a second per reading: each change is later than the one before, as in real use.
    let tick = Date.parse('2026-12-04T08:00:00Z');
    const store = openStore(':memory:', { now: () => new Date((tick += 1000)) });
    const url = `redis://127.0.0.1:${await closedPort()}`;
    const open = () => openRedisState(url, 'tro-ly-away:', silentLogger, { hashKey: (key) => store.hashKey(key), staleDrafts: store });
    const [a, b] = [await open(), await open()];
    try {
      const key = 'zalo:u-chi-Nam-Soc-Trang';
      const draft = { interview: { awaitingConsent: false, position: 3, area: 'rural', members: 5, answers: {} } };
      await a.drafts.set(key, draft);
      expect(await a.drafts.get(key)).toEqual(draft);
      // At B, nothing held and Redis away: a check may have been lost; said once.
      expect(await b.drafts.get(key)).toBe(DRAFT_LOST);
      expect(await b.drafts.get(key)).toBeUndefined();
      // The resident erases their data at B (/xoadulieu): A's older copy is never read again.
      await b.drafts.deleteUser('zalo:u-chi-Nam-Soc-Trang');
      expect(await a.drafts.get(key)).toBe(DRAFT_LOST);
      expect(await a.drafts.get(key)).toBeUndefined();
      // Someone A never heard of, Redis away: unknown, said once for the outage.
      expect(await a.drafts.get('web:tab-moi-xxxxxxxxxxxxxxxxx')).toBe(DRAFT_UNREADABLE);
      expect(await a.drafts.get('web:tab-moi-xxxxxxxxxxxxxxxxx')).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
      await store.close();
    }
  });

  it('may B chay cham hon nua giay: xoa du lieu o B van thang ban nhap cu o A', async () => {
    const store = openStore(':memory:');
    const url = `redis://127.0.0.1:${await closedPort()}`;
    const open = (behindMs: number) =>
      openRedisState(url, 'tro-ly-away:', silentLogger, {
        hashKey: (key) => store.hashKey(key),
        staleDrafts: {
          // Each instance corrects its clock by its own measure of the database's: B's is half a second behind.
          now: () => new Date(store.now().getTime() - behindMs),
          markDraftStale: (hash, at) => store.markDraftStale(hash, at),
          staleDrafts: (options) => store.staleDrafts(options),
          staleDraftCleared: (hash, at) => store.staleDraftCleared(hash, at),
        },
      });
    const [a, b] = [await open(0), await open(500)];
    try {
      const key = 'telegram:5550001';
      await a.drafts.set(key, { interview: { awaitingConsent: false, position: 4, area: 'urban', members: 2, answers: {} } });
      await b.drafts.deleteUser('telegram:5550001');
      expect(await a.drafts.get(key)).toBe(DRAFT_LOST);
    } finally {
      await a.close();
      await b.close();
      await store.close();
    }
  });
});
