/**
 * Round 38 (instances20): "/xoadulieu" made while Redis was away left `user:<keyed hash of the user>` in the database for 6 hours
 * (RETENTION.draftIdleHours): a hash of the resident kept after they asked to be erased, so that a server D cut off from Redis
 * holding a copy of their draft made before the erasure would find it when back. Now the erasure's mark goes once a server with
 * Redis (C) has deleted the drafts it names and waited out the grace (a few seconds); D's copy is noted by a random id, which
 * the settlement leaves the erasure's time alone: D, back after that, writes nothing of the erased household, and another
 * resident's copy at D is written back as before. Real PostgreSQL (one database, three stores) and Redis (B and D behind proxies
 * the test cuts and restores).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { groupSessionKey } from '../../src/chat/ports.ts';
import { erasureMark, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { until } from '../e2e/process.ts';
import { postgresTables } from '../privacy/table-dump.ts';
import { postgresUnavailable, redisUnavailable, titled } from '../services.ts';
import { checkDraft as draft, erasureServers } from './partition.ts';

const missing = (await postgresUnavailable()) ?? (await redisUnavailable());
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

/** What a server with Redis takes at most to settle an erasure: its sweep, the grace, a margin. */
const SETTLED_WITHIN = REDIS_DEFAULTS.erasureSweepMs + REDIS_DEFAULTS.erasureSettleGraceMs + 10_000;

async function servers(label: string) {
  const { d, b, startC, marks, url } = await erasureServers(label, drops);
  const userMarks = async (user: string) => (await marks.staleDrafts({ hash: erasureMark(marks.hashKey(user)), limit: 1 })).length;
  return { d, b, startC: async () => (await startC()).c, marks, userMarks, tables: () => postgresTables(url) };
}

describe.skipIf(missing !== undefined)(titled('an erasure without Redis leaves no hash of the user once settled (round 38, instances20)', missing), () => {
  for (const where of ['nhom', 'rieng'] as const) {
    it(`"tui o ap 4, nha 5 nguoi" (${where}) o D; D va B mat Redis; B /xoadulieu; C xoa xong, dau user: mat; D noi lai: khong ghi lai, ban cua nguoi khac thi ghi`, async () => {
      const { d, b, startC, marks, userMarks, tables } = await servers(`settled38${where}`);
      const user = `zalo:u-chi-Nam-ap-4-${where}`;
      const key = where === 'nhom' ? groupSessionKey(user, 'nhom-ap-4') : user;
      const other = 'zalo:u-anh-Sau-ap-1';
      await d.state.drafts.set(key, draft(1, {}));
      await d.state.drafts.set(other, draft(1, {}));
      expect(await d.state.drafts.get(key)).toEqual(draft(1, {}));
      await d.proxy.cut();
      // D, cut off, takes one more answer of each: copies in its memory, older than the erasure below.
      await d.state.drafts.set(key, draft(2, { electricity: 'co' }));
      await d.state.drafts.set(other, draft(2, { electricity: 'ko' }));
      await b.proxy.cut();
      await b.state.chatLock.run(user, async () => {
        await b.state.drafts.erase(user);
        expect(await b.state.drafts.deleteUser(user)).toBeUndefined();
      });
      expect(await userMarks(user)).toBe(1);

      // C (Redis there) deletes what the erasure names and, past the grace, the erasure's mark: no row holds the user's hash.
      const c = await startC();
      await until('the erasure settled by C', async () => (await userMarks(user)) === 0, SETTLED_WITHIN);
      // B's own marks of the private chat (the user's hash) go too once B is back.
      await b.proxy.restore();
      await b.written;
      const rows = await tables();
      expect(rows.includes(marks.hashKey(user)), "the user's hash in a row").toBe(false);
      if (where === 'nhom') expect(rows.includes(marks.hashKey(key)), "the group chat's hash in a row").toBe(false);

      // D back after that: nothing of the erased household is written or read; the other resident's copy is written back.
      await d.proxy.restore();
      await d.written;
      expect(await c.drafts.get(key)).toBeUndefined();
      expect(await d.state.drafts.get(key)).toBeUndefined();
      expect(await c.drafts.get(other)).toEqual(draft(2, { electricity: 'ko' }));
      expect(await tables()).toMatch(/draft_copies: \[\]/);
    }, 60_000);
  }
});
