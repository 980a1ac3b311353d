/**
 * Two instances' shared state on one Redis, instance B (or both: outagePair) reaching it through a TCP proxy the test cuts and
 * restores (a partition seen by B only, or an outage, the shared Redis left running for other tests). `written` resolves once B, after a
 * restore, wrote back all it held in memory meanwhile (`redis_drafts_synced` with `left: 0`). Each instance's stale-draft marks are its own (a clock off, a database away).
 */
import { expect } from 'vitest';
import { DRAFT_LOST } from '../../src/chat/ports.ts';
import type { Logger } from '../../src/log.ts';
import { silentLogger } from '../../src/log.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openRedisState } from '../../src/store/redis.ts';
import type { StaleDraftMarks } from '../../src/store/types.ts';
import { createTestDatabase, startTcpProxy, testRedisPrefix, TEST_REDIS_URL } from '../services.ts';

/** A resident's check drafted up to Câu `position` with these answers (the draft's format v3). */
export const checkDraft = (position: number, answers: Record<string, string>) => ({
  v: 3,
  interview: { awaitingConsent: false, position, area: 'rural', members: 4, income: { amount: 5_000_000, perPerson: false }, answers },
  step: position + 2,
});

/**
 * One instance's shared state reaching Redis through its own proxy the test cuts and restores; `written` resolves once, after
 * the proxy's first restore, it wrote back all it held in memory meanwhile: the `redis_drafts_synced` that leaves nothing
 * (`left: 0`). Was: the first `redis_drafts_synced` of any kind, also one at start (a mark found) or one of a write-back that
 * failed partway (`left` > 0, the rest written at the next connection), so a test read Redis before the copies were there.
 */
export async function behindProxy(prefix: string, hashKey: (key: string) => string, marks: StaleDraftMarks) {
  const target = new URL(TEST_REDIS_URL);
  const cutOff = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  let restored = false;
  const proxy: typeof cutOff = {
    get port() {
      return cutOff.port;
    },
    url: cutOff.url,
    cut: cutOff.cut,
    close: cutOff.close,
    restore: () => {
      restored = true;
      return cutOff.restore();
    },
  };
  let synced!: () => void;
  const written = new Promise<void>((resolve) => (synced = resolve));
  const note = (event: string, fields?: Record<string, unknown>) => {
    if (event === 'redis_drafts_synced' && restored && fields?.left === 0) synced();
  };
  const logger: Logger = { debug: note, info: note, warn: note, error: note, child: () => logger };
  const state = await openRedisState(proxy.url(TEST_REDIS_URL), prefix, logger, { hashKey, staleDrafts: marks });
  const close = async () => {
    await state.close();
    await proxy.close();
  };
  return { state, proxy, written, close };
}

export async function partitionedPair(prefix: string, hashKey: (key: string) => string, marks: { a: StaleDraftMarks; b: StaleDraftMarks }) {
  const a = await openRedisState(TEST_REDIS_URL, prefix, silentLogger, { hashKey, staleDrafts: marks.a });
  const b = await behindProxy(prefix, hashKey, marks.b);
  const close = async () => {
    await a.close();
    await b.close();
  };
  return { a, b: b.state, proxy: b.proxy, written: b.written, close };
}

/**
 * Two instances on one database (`marks`) that both lose Redis (an outage, each through its own proxy), so the test restores
 * them, and they write back, in the order it chooses.
 */
export async function outagePair(prefix: string, hashKey: (key: string) => string, marks: StaleDraftMarks) {
  const a = await behindProxy(prefix, hashKey, marks);
  const b = await behindProxy(prefix, hashKey, marks);
  const close = async () => {
    await a.close();
    await b.close();
  };
  return { a, b, close };
}

/**
 * The resident begins again at A while B holds a newer copy without Redis: B answers "ko" at Câu 5 (`held`, kept in B's memory,
 * marked in the database), the next message reaches A, which says the check was interrupted and begins it again. When B
 * reaches Redis again, A's new draft must stay (B's older copy not written over it).
 */
export async function beganAgainAtA(pair: Awaited<ReturnType<typeof partitionedPair>>, key: string, before: object, held: object) {
  const { a, b, proxy, written } = pair;
  await b.drafts.set(key, before);
  await proxy.cut();
  await b.drafts.set(key, held);
  expect(await a.drafts.get(key)).toBe(DRAFT_LOST);
  const again = checkDraft(0, {});
  await a.drafts.set(key, again);
  await proxy.restore();
  await written;
  expect(await a.drafts.get(key)).toEqual(again);
  expect(await b.drafts.get(key)).toEqual(again);
}

/** Servers B and D (each behind its own proxy, one PostgreSQL store) and C (Redis directly, a store of its own), one database. */
export async function erasureServers(label: string, drops: (() => Promise<void>)[]) {
  const database = await createTestDatabase(label);
  drops.push(database.drop);
  const keys = testRedisPrefix(label);
  drops.push(keys.clear);
  const marks = await openPostgresStore(database.url);
  const ofC = await openPostgresStore(database.url);
  drops.push(() => marks.close(), () => ofC.close());
  const { a: d, b, close } = await outagePair(keys.prefix, marks.hashKey, marks);
  drops.push(close);
  /** Server C starting: it settles the marks it finds (`synced` once it deleted what they name). */
  const startC = async () => {
    let done!: () => void;
    const synced = new Promise<void>((resolve) => (done = resolve));
    const note = (event: string) => event === 'redis_drafts_synced' && done();
    const logger: Logger = { ...silentLogger, info: note, child: () => logger };
    const c = await openRedisState(TEST_REDIS_URL, keys.prefix, logger, { hashKey: ofC.hashKey, staleDrafts: ofC });
    drops.push(() => c.close());
    return { c, synced };
  };
  return { d, b, startC, marks, url: database.url };
}
