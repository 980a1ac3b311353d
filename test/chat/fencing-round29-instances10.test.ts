/**
 * Round 29 (instances10): two instances on one PostgreSQL (and Redis), a Zalo message whose claim ran out while its first
 * instance still worked (its event loop blocked past the 15-s lease, the Redis chat lock expired with it). Zalo sends the
 * message again, the other instance claims and answers it. Was: the first instance, waking up, saved its session over the
 * new holder's (the resident's next answer lost: the check asked the same question again) and sent its reply too (the
 * resident read "Câu 5/15" twice). Now each claim is fenced by its token: the instance that lost it saves nothing and sends
 * nothing, and says so in the log (`delivery_claim_lost`, no text). The lease passes on the shared clock (the store's), the
 * block is a read or a finish held back by the test.
 */
import { Redis } from 'ioredis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { DELIVERY_DEFAULTS } from '../../src/chat/ports.ts';
import type { IncomingMessage, Reply } from '../../src/chat/types.ts';
import { createLogger } from '../../src/log.ts';
import { REDIS_DEFAULTS } from '../../src/store/redis.ts';
import { toPlainText } from '../../src/chat/render.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, titled } from '../services.ts';
import { hold } from '../hold.ts';

const pgMissing = await postgresUnavailable();
const redisMissing = pgMissing ?? (await redisUnavailable());

const textOf = (replies: Reply[]) => replies.map((reply) => toPlainText(reply, { numberedChoices: false })).join('\n\n');

function suite(withRedis: boolean) {
  const missing = withRedis ? redisMissing : pgMissing;
  const title = `two instances, a claim run out mid-turn: one reply, the holder's session (PostgreSQL${withRedis ? ' + Redis chat lock' : ''})`;
  describe.skipIf(missing !== undefined)(titled(title, missing), () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let redis: ReturnType<typeof testRedisPrefix> | undefined;
    let clock = Date.parse('2026-12-05T02:00:00Z');
    const now = () => new Date(clock);
    const lines: string[] = [];
    let a: App;
    let b: App;
    const lockTtl = REDIS_DEFAULTS.chatLockTtlMs;
    beforeAll(async () => {
      database = await createTestDatabase('fencing');
      redis = withRedis ? testRedisPrefix('fencing') : undefined;
      const open = () =>
        createApp({
          databasePath: join(tmpdir(), 'unused-fencing-round29.db'),
          databaseUrl: database.url,
          now,
          ...(redis ? { redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', redisKeyPrefix: redis.prefix } : {}),
          logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
        });
      a = await open();
      b = await open();
      // The chat lock's TTL (real time, in Redis) runs out with the blocked instance's lease, as 15 s of a blocked loop would.
      (REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = 300;
    }, 30_000);
    afterAll(async () => {
      (REDIS_DEFAULTS as { chatLockTtlMs: number }).chatLockTtlMs = lockTtl;
      await a?.close();
      await b?.close();
      await redis?.clear();
      await database?.drop();
    });
    afterEach(() => (clock += 3_600_000));
    /**
     * A's event loop blocked: its chat lock in Redis ran out unrenewed (round 30: renewed while a turn runs, which a turn
     * waiting here would do; a blocked loop renews nothing), so it is gone from Redis when the redelivery reaches B.
     */
    const lockRanOut = async () => {
      if (!redis) return;
      const direct = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
      try {
        const locks = await direct.keys(`${redis.prefix}lock:chat:*`);
        expect(locks).toHaveLength(1);
        await direct.del(...locks);
      } finally {
        direct.disconnect();
      }
    };

    let user = 0;
    /** A resident who consented to saving, at Câu 4/15 of the check; a message of theirs to either instance. */
    async function atQuestion4() {
      const userId = `zalo-r29-fence-${(user += 1)}`;
      let sent = 0;
      const send = async (app: App, text: string | undefined, deliveryId = `${userId}-m${(sent += 1)}`, action?: string) =>
        textOf(await app.core.handle({ channel: 'zalo', userId, deliveryId, ...(text ? { text } : {}), ...(action ? { action } : {}) } as IncomingMessage));
      await send(a, 'nha tui 4 nguoi o que thang dc 5 trieu');
      const started = await send(a, undefined, undefined, 'consent:yes');
      expect(started).toContain('Câu 4/15');
      return { userId, send };
    }

    it('"khong" (Câu 4) at A, A blocked before saving; Zalo sends it again to B: answered once, "Câu 7/15" after the next answer (was "Câu 5/15" twice, then "Câu 6/15" asked again: an answer lost)', async () => {
      const { userId, send } = await atQuestion4();
      const blocked = hold();
      const read = a.store.readSession;
      a.store.readSession = async (key) => {
        const session = await read(key);
        a.store.readSession = read;
        blocked.reach();
        await blocked.gate;
        return session;
      };
      const atA = send(a, 'khong', `${userId}-khong4`);
      await blocked.reached;
      await lockRanOut();
      // A's event loop blocked past the lease: Zalo, unanswered, sends "khong" again; it reaches B.
      clock += DELIVERY_DEFAULTS.leaseMs + 1000;
      const atB = await send(b, 'khong', `${userId}-khong4`);
      expect(atB).toContain('Câu 5/15');
      // The resident answers Câu 5 at B.
      expect(await send(b, 'khong', `${userId}-khong5`)).toContain('Câu 6/15');
      // A wakes up: no second "Câu 5/15", nothing saved over B's session.
      blocked.open();
      expect(await atA).toBe('');
      expect(lines.filter((line) => line.includes('delivery_claim_lost'))).toHaveLength(1);
      expect(lines.find((line) => line.includes('delivery_claim_lost'))).not.toContain('khong');
      // The check goes on from B's session: Câu 6 answered, Câu 7 asked (was: Câu 6 asked again, the answer lost).
      expect(await send(b, 'khong', `${userId}-khong6`)).toContain('Câu 7/15');
    }, 10_000);

    it('"khong" (Câu 4) at A, A blocked after saving, before marking it answered; Zalo sends it again to B: one "Câu 5/15" (was two)', async () => {
      const { userId, send } = await atQuestion4();
      const blocked = hold();
      const finish = a.store.finishDelivery;
      a.store.finishDelivery = async (...args) => {
        a.store.finishDelivery = finish;
        blocked.reach();
        await blocked.gate;
        return finish(...args);
      };
      const atA = send(a, 'khong', `${userId}-khong4`);
      await blocked.reached;
      clock += DELIVERY_DEFAULTS.leaseMs + 1000;
      // B claims the redelivery and answers it from the turn A saved (nothing read into the next question twice).
      const atB = await send(b, 'khong', `${userId}-khong4`);
      expect(atB).toContain('Câu 5/15');
      blocked.open();
      expect(await atA).toBe('');
      // Answered: a further redelivery is dropped at either instance.
      expect(await send(a, 'khong', `${userId}-khong4`)).toBe('');
      expect(await send(b, 'khong', `${userId}-khong5`)).toContain('Câu 6/15');
    }, 10_000);
  });
}

suite(false);
suite(true);
