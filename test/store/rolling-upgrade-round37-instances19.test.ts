/**
 * Round 37 (instances19): a rolling upgrade, a server of round 32 beside new ones on one PostgreSQL and one Redis. A resident
 * told their household in a group chat at the old server O (without consent: a draft in Redis); "/xoadulieu" reached new server B
 * while B was cut off from Redis. Was: O, reading the group chat's draft from Redis, asked the marks by the conversation's hash
 * alone, found none (the erasure's mark is `user:<hash>`, which round 32 does not know) and gave the erased household back,
 * until a new server met the mark (README "Nhiều máy chủ"). Round 36's fix (a mark per conversation, kept 6 hours) was
 * reverted: it held the resident's hash after the erasure. Now the erasure leaves an unsettled erasure of a random id and a time,
 * and O's query of the marks fails while one is: O reads no draft (unreadable), the household is never read back; a new server
 * with Redis deletes the drafts and ends it within seconds, and O goes on (a check begun there after is kept). A group draft the
 * database has no `draft_checks` row for (past 6 hours) is covered alike.
 *
 * The old server: no build of round 32 runs here (an older commit built in CI is not allowed); its part in this is its SQL, so
 * O is a server of today whose marks are read by round 32's statements, word for word (src/store/postgres.ts at 33f1b856),
 * against the same database, and which never asks the `user:` marks, as round 32 did not.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DRAFT_UNREADABLE, groupSessionKey } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { erasureMark, openRedisState, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import type { StaleDraftMarks } from '../../src/store/types.ts';
import { until } from '../e2e/process.ts';
import { postgresTables } from '../privacy/table-dump.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { checkDraft as draft, partitionedPair } from './partition.ts';

const missing = (await postgresUnavailable()) ?? (await redisUnavailable());
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

/** Round 32's marks (src/store/postgres.ts at 33f1b856): its statements on `stale_drafts`, the `user:` marks never asked. */
function roundThirtyTwoMarks(url: string, now: () => Date): StaleDraftMarks & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    now,
    markDraftStale: async (hash, at) =>
      void (await pool.query(
        `INSERT INTO stale_drafts (draft, marked_at) VALUES ($1, $2)
         ON CONFLICT (draft) DO UPDATE SET marked_at = greatest(stale_drafts.marked_at, excluded.marked_at)`,
        [hash, at],
      )),
    staleDrafts: async ({ hash, limit }) =>
      hash?.startsWith(erasureMark(''))
        ? []
        : (
            await pool.query<{ hash: string; at: string }>('SELECT draft AS hash, marked_at AS at FROM stale_drafts WHERE $1::text IS NULL OR draft = $1 ORDER BY marked_at LIMIT $2', [
              hash ?? null,
              limit,
            ])
          ).rows.map((row) => ({ hash: row.hash, at: Number(row.at) })),
    staleDraftCleared: async (hash, at) => void (await pool.query('DELETE FROM stale_drafts WHERE draft = $1 AND marked_at <= $2', [hash, at])),
    close: () => pool.end(),
  };
}

/** Old server O (Redis directly), new server B (behind a proxy the test cuts), one database; startC: a new server C with Redis. */
async function upgrade(label: string) {
  const database = await createTestDatabase(label);
  drops.push(database.drop);
  const keys = testRedisPrefix(label);
  drops.push(keys.clear);
  const store = await openPostgresStore(database.url);
  drops.push(() => store.close());
  const old = roundThirtyTwoMarks(database.url, () => store.now());
  drops.push(() => old.close());
  const pair = await partitionedPair(keys.prefix, store.hashKey, { a: old, b: store });
  drops.push(pair.close);
  const startC = async () => {
    const c = await openRedisState(TEST_REDIS_URL, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    drops.push(() => c.close());
    return c;
  };
  const unsettled = async () => (await store.unsettledErasures!()).length;
  return { store, old: pair.a, b: pair.b, proxy: pair.proxy, startC, unsettled, tables: () => postgresTables(database.url) };
}

/** What a new server takes at most to end an unsettled erasure: its sweep, the grace, a margin. */
const SETTLED_WITHIN = REDIS_DEFAULTS.erasureSweepMs + REDIS_DEFAULTS.erasureSettleGraceMs + 10_000;

describe.skipIf(missing !== undefined)(titled('a rolling upgrade: round 32 beside round 37, an erasure made without Redis (round 37, instances19)', missing), () => {
  it('"nha tui 5 nguoi" o 2 nhom tai may cu (1 nhom het dong draft_checks); /xoadulieu o B (mat Redis): may cu khong doc lai; C xoa xong, may cu chay tiep', async () => {
    const { store, old, b, proxy, startC, unsettled, tables } = await upgrade('upgrade_r37i19');
    const user = 'telegram:703719001';
    const marked = groupSessionKey(user, 'nhom-ap-3');
    // Its draft_checks row gone (past 6 hours, or never written): no mark of round 36 named it.
    const unmarked = groupSessionKey(user, 'nhom-xa-tan-phu');
    const told = draft(2, { electricity: 'co', water_source: 'ko' });
    await old.chatLock.run(marked, async () => {
      await old.drafts.set(marked, told);
      await store.markCheck(marked, 4);
    });
    await old.chatLock.run(unmarked, () => old.drafts.set(unmarked, told));
    expect(await old.drafts.get(marked)).toEqual(told);
    expect(await old.drafts.get(unmarked)).toEqual(told);

    await proxy.cut();
    await store.deleteUser(user);
    expect(await b.drafts.deleteUser(user)).toBeUndefined();

    // The old server reads neither household back: its marks cannot be read while the erasure is unsettled.
    for (const group of [marked, unmarked, marked]) expect(await old.drafts.get(group)).toBe(DRAFT_UNREADABLE);
    expect(await unsettled()).toBe(1);

    // A new server with Redis deletes both drafts and ends the erasure; then the old server reads nothing, as it should.
    const c = await startC();
    await until('the erasure settled by C', async () => (await unsettled()) === 0, SETTLED_WITHIN);
    expect(await old.drafts.get(marked)).toBeUndefined();
    expect(await old.drafts.get(unmarked)).toBeUndefined();
    expect(await c.drafts.get(unmarked)).toBeUndefined();

    // The old server goes on: a check the resident begins there now is kept.
    const again = draft(1, { electricity: 'co' });
    await old.chatLock.run(unmarked, () => old.drafts.set(unmarked, again));
    expect(await old.drafts.get(unmarked)).toEqual(again);

    // Nothing of the unsettled erasure names the resident: no row holds a group chat's hash, nor (round 38) the user's: the
    // erasure's own mark (`user:`) went with it (was kept until RETENTION.draftIdleHours).
    const rows = await tables();
    for (const group of [marked, unmarked]) expect(rows.includes(store.hashKey(group)), 'a group chat\'s hash in a row').toBe(false);
    expect(rows.includes(store.hashKey(user)), "the user's hash in a row").toBe(false);
    expect(rows).toMatch(/erasures_unsettled: \[\]/);
  });

  it('no erasure pending: the old server reads and marks as before (a resident\'s "Không lưu" check in a group at O kept)', async () => {
    const { old, unsettled } = await upgrade('upgrade_r37i19b');
    const group = groupSessionKey('zalo:703719002', 'nhom-ap-5');
    const told = draft(3, { electricity: 'co' });
    await old.chatLock.run(group, () => old.drafts.set(group, told));
    expect(await old.drafts.get(group)).toEqual(told);
    expect(await unsettled()).toBe(0);
  });
});
