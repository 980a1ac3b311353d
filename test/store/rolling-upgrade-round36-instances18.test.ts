/**
 * Round 36 (instances18): a rolling upgrade, servers of round 32 and of round 36 side by side on one PostgreSQL and one Redis.
 * The schema-level equivalent of an older server: its stale-draft marks read by the conversation alone, never the user's
 * erasure (`user:<hash>`, which round 32 does not know). A resident answered a check without consent in a group chat at the
 * old server O; "/xoadulieu" reached new server B while B was cut off from Redis. Was: O, reading the group chat's draft from
 * Redis, found no mark it knows and gave the erased household back (README "Nhiều máy chủ", the limit left in round 34). Now the
 * erasure marks the draft of each check without consent the database knows of the user, by its conversation, as every round
 * since 29 reads: O deletes it unread and tells the resident the check is gone. A check begun at O after the erasure stays.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DRAFT_LOST, groupSessionKey } from '../../src/chat/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { erasureMark, REDIS_DEFAULTS } from '../../src/store/redis.ts';
import type { StaleDraftMarks } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, titled } from '../services.ts';
import { checkDraft as draft, partitionedPair } from './partition.ts';

const missing = (await postgresUnavailable()) ?? (await redisUnavailable());
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Old server O (Redis directly, marks read as round 32 does) and new server B (behind a proxy), one database. */
async function oldAndNew(label: string) {
  const database = await createTestDatabase(label);
  drops.push(database.drop);
  const keys = testRedisPrefix(label);
  drops.push(keys.clear);
  const store = await openPostgresStore(database.url);
  drops.push(() => store.close());
  const roundThirtyTwo: StaleDraftMarks = {
    now: () => store.now(),
    markDraftStale: (hash, at) => store.markDraftStale(hash, at),
    staleDraftCleared: (hash, at) => store.staleDraftCleared(hash, at),
    staleDrafts: async (options) => (options.hash?.startsWith(erasureMark('')) ? [] : store.staleDrafts(options)),
  };
  const pair = await partitionedPair(keys.prefix, store.hashKey, { a: roundThirtyTwo, b: store });
  drops.push(pair.close);
  return { store, old: pair.a, b: pair.b, proxy: pair.proxy };
}

describe.skipIf(missing !== undefined)(titled('a rolling upgrade: round 32 beside round 36, an erasure made without Redis (round 36, instances18)', missing), () => {
  it('"nha tui 5 nguoi" trong nhom ap 3 o may cu; /xoadulieu o B (mat Redis): may cu khong doc lai ho gia dinh da xoa', async () => {
    const { store, old, b, proxy } = await oldAndNew('upgrade_r36i18');
    const user = 'telegram:703618001';
    const group = groupSessionKey(user, 'nhom-ap-3');
    const told = draft(2, { electricity: 'co', water_source: 'ko' });
    await old.chatLock.run(group, async () => {
      await old.drafts.set(group, told);
      await store.markCheck(group, 4);
    });
    expect(await old.drafts.get(group)).toEqual(told);

    await proxy.cut();
    await store.deleteUser(user);
    expect(await b.drafts.deleteUser(user)).toBeUndefined();

    expect(await old.drafts.get(group)).toBe(DRAFT_LOST);
    expect(await old.drafts.get(group)).toBeUndefined();

    // A check begun there after the erasure (past REDIS_DEFAULTS.staleMarkSkewMs) is the resident's new one: kept.
    await sleep(REDIS_DEFAULTS.staleMarkSkewMs + 50);
    const again = draft(1, { electricity: 'co' });
    await old.chatLock.run(group, () => old.drafts.set(group, again));
    expect(await old.drafts.get(group)).toEqual(again);
  });
});
