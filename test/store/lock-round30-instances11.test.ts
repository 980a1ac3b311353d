/**
 * Round 30 (instances11): the Redis chat lock (one conversation's messages one at a time across instances) is renewed while
 * its turn runs, however long: a slow PostgreSQL made a turn outlast the lock's 15 s, and another instance then answered the
 * same conversation at the same time (two "Câu 5/15", one answer overwriting the other). Renewal stops at the release. A turn
 * whose lock went to another instance anyway (its event loop blocked past the lock's time, no renewal ran) writes no draft
 * over that instance's: the draft's write is fenced by the lock's token. Two instances' shared state on one Redis, the lock's
 * time shortened to 600 ms so a turn "longer than the lock" takes under two seconds.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryClaimLostError } from '../../src/chat/ports.ts';
import type { Logger } from '../../src/log.ts';
import { openRedisState, REDIS_DEFAULTS, type SharedState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { redisUnavailable, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';

const missing = await redisUnavailable();
// Long enough for a renewal (every third of it) to run on a loaded machine, short enough for a turn "longer than the lock".
const LOCK_MS = 600;

/** A promise with its resolver. */
function signal() {
  let done!: () => void;
  const reached = new Promise<void>((resolve) => (done = resolve));
  return { reached, done };
}

describe.skipIf(missing !== undefined)(titled('the Redis chat lock renewed while its turn runs, two instances', missing), () => {
  const store = openStore(':memory:');
  const keys = testRedisPrefix('lock-r30');
  const direct = new Redis(TEST_REDIS_URL);
  const ttl = REDIS_DEFAULTS.chatLockTtlMs;
  const events: string[] = [];
  const logger: Logger = { debug: () => undefined, info: () => undefined, warn: (event) => void events.push(event), error: () => undefined, child: () => logger };
  let a: SharedState;
  let b: SharedState;
  beforeAll(async () => {
    a = await openRedisState(TEST_REDIS_URL, keys.prefix, logger, { hashKey: store.hashKey, staleDrafts: store });
    b = await openRedisState(TEST_REDIS_URL, keys.prefix, logger, { hashKey: store.hashKey, staleDrafts: store });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await keys.clear();
    direct.disconnect();
    await store.close();
  });
  beforeEach(() => {
    (REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = LOCK_MS;
    events.length = 0;
  });
  afterEach(() => void ((REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = ttl));

  it('"khong" o may A, PostgreSQL cham hon thoi han khoa: tin sau o may B doi A xong (was: B tra loi cung luc)', async () => {
    const key = 'zalo:u-chu-Bay-Tra-Vinh';
    const order: string[] = [];
    const aHolds = signal();
    const atA = a.chatLock.run(key, async () => {
      order.push('A starts');
      aHolds.done();
      // The turn's save waits on a slow database: three times the lock's time.
      await new Promise((resolve) => setTimeout(resolve, 3 * LOCK_MS));
      order.push('A ends');
    });
    await aHolds.reached;
    const startedAt = Date.now();
    const atB = b.chatLock.run(key, async () => void order.push('B starts'));
    await Promise.all([atA, atB]);
    expect(order).toEqual(['A starts', 'A ends', 'B starts']);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2 * LOCK_MS);
    // Released at the end: no renewal after it (one would find the lock gone and say it was lost).
    expect(await direct.exists(`${keys.prefix}lock:chat:${store.hashKey(key)}`)).toBe(0);
    const c = signal();
    await b.chatLock.run(key, async () => {
      setTimeout(c.done, LOCK_MS);
      await c.reached;
    });
    expect(events).not.toContain('chat_lock_lost');
  });

  it('A blocked past the lock, B took it and saved its draft: A\'s draft write is refused, B\'s stays', async () => {
    const key = 'telegram:700330022';
    const bDraft = { v: 3, interview: { awaitingConsent: false, position: 5, area: 'urban', answers: {}, reviewed: false }, step: 7 };
    const aHolds = signal();
    const aGoesOn = signal();
    const atA = a.chatLock.run(key, async () => {
      aHolds.done();
      await aGoesOn.reached;
      await a.drafts.set(key, { v: 3, interview: { awaitingConsent: false, position: 4, area: 'urban', answers: {}, reviewed: false }, step: 6 });
    });
    await aHolds.reached;
    // A's event loop blocked: its lock ran out unrenewed (seen from Redis: gone), and B's message took it.
    await direct.del(`${keys.prefix}lock:chat:${store.hashKey(key)}`);
    await b.chatLock.run(key, async () => {
      await b.drafts.set(key, bDraft);
      aGoesOn.done();
      await expect(atA).rejects.toBeInstanceOf(DeliveryClaimLostError);
    });
    expect(await b.drafts.get(key)).toEqual(bDraft);
    expect(await a.drafts.get(key)).toEqual(bDraft);
  });
});
