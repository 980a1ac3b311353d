/**
 * Round 30 (faults9): Redis claims in front of the store (SQLite, PostgreSQL). A Telegram message ("ho ngheo dc vay von ko")
 * whose first instance A stalled past its claim: Telegram sent it again, B claimed it in Redis, answered and marked it answered
 * (its answer kept in the outbox). A wakes up and marks it answered too. Redis fenced A only when it could be asked and still
 * held B's mark: when Redis was away at that moment, or had restarted empty (the README's advice: a Redis that writes nothing
 * to disk), the store's "answered" write was made whatever it held, and A's answer kept beside B's (the resident got both).
 * Now the store's write is fenced too: not over a finished delivery, nor over another claim whose lease runs.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY_DEFAULTS, DeliveryClaimLostError, type DeliveryClaim } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { openRedisState } from '../../src/store/redis.ts';
import type { Store } from '../../src/store/types.ts';
import { redisUnavailable, startTcpProxy, testRedisPrefix, TEST_REDIS_URL, titled } from '../services.ts';
import { storeBackends } from './backends.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const redisMissing = await redisUnavailable();
const answer = (text: string) => ({ recipient: 'chat-r30-redis-finish', messages: JSON.stringify([{ text }]), leaseMs: 60_000 });

for (const backend of await storeBackends('redis_finish30', drops)) {
  const missing = redisMissing ?? backend.skip;
  describe.skipIf(missing !== undefined)(titled(`Redis claims in front of ${backend.name}: a stale holder marks nothing in the store`, missing), () => {
    /** Two instances' Redis claims on one store; A's Redis through a proxy the test can cut. */
    async function twoInstances(label: string) {
      let clock = Date.now();
      const now = () => new Date(clock);
      const store: Store = await backend.open({ now });
      const keys = testRedisPrefix(label);
      const target = new URL(TEST_REDIS_URL);
      const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
      const open = (url: string) => openRedisState(url, keys.prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
      const [sharedA, sharedB] = [await open(proxy.url(TEST_REDIS_URL)), await open(TEST_REDIS_URL)];
      const direct = new Redis(TEST_REDIS_URL);
      const close = async () => {
        await sharedA.close();
        await sharedB.close();
        await proxy.close();
        direct.disconnect();
        await keys.clear();
        if (backend.name === 'SQLite') await store.close();
      };
      /** What an outbox taker (a restarted instance) would send, past the time the answers are left to their channel. */
      const kept = async () => {
        clock += 60_001;
        return (await store.outboxTake('telegram', 10, 60_000)).map((item) => item.messages);
      };
      return { store, keys, proxy, direct, a: sharedA.deliveryClaims(store), b: sharedB.deliveryClaims(store), kept, close };
    }

    it('"ho ngheo dc vay von ko": A stalled, B answered it again; Redis restarted empty; A\'s finish is lost, only B\'s answer kept', async () => {
      const { keys, direct, a, b, kept, close } = await twoInstances('finish30_empty');
      try {
        const claimA = (await a.claim('telegram', '930001')) as DeliveryClaim;
        expect(typeof claimA).toBe('object');
        // A's event loop blocked past the lease: its key expired; Telegram's redelivery reaches B.
        await keys.clear();
        const claimB = (await b.claim('telegram', '930001')) as DeliveryClaim;
        expect(typeof claimB).toBe('object');
        expect(await claimB.finish(answer('Hộ nghèo được vay vốn (B)'))).toBeTypeOf('number');
        // Redis restarts with nothing (no disk): B's mark is gone from it, only the store has it.
        await keys.clear();
        expect(await direct.keys(`${keys.prefix}*`)).toEqual([]);
        // Was: written, A's answer kept and sent beside B's.
        await expect(claimA.finish(answer('Hộ nghèo được vay vốn (A)'))).rejects.toBeInstanceOf(DeliveryClaimLostError);
        expect(await kept()).toEqual([JSON.stringify([{ text: 'Hộ nghèo được vay vốn (B)' }])]);
      } finally {
        await close();
      }
    }, 30_000);

    it('"nha tui 4 nguoi la ho gi": B answered it while A\'s Redis was cut; A\'s finish (Redis away) is lost, B\'s answer stands', async () => {
      const { proxy, keys, a, b, kept, close } = await twoInstances('finish30_cut');
      try {
        const claimA = (await a.claim('telegram', '930002')) as DeliveryClaim;
        expect(typeof claimA).toBe('object');
        await keys.clear();
        const claimB = (await b.claim('telegram', '930002')) as DeliveryClaim;
        expect(await claimB.finish(answer('Câu 2/15 (B)'))).toBeTypeOf('number');
        // A wakes up with its Redis connection gone: its finish cannot be fenced there.
        await proxy.cut();
        await expect(claimA.finish(answer('Câu 2/15 (A)'))).rejects.toBeInstanceOf(DeliveryClaimLostError);
        expect(await kept()).toEqual([JSON.stringify([{ text: 'Câu 2/15 (B)' }])]);
      } finally {
        await close();
      }
    }, 30_000);

    it('a claim B took in the store while Redis was away for it: A (its Redis claim) does not finish over it; B does', async () => {
      const { store, a, kept, close } = await twoInstances('finish30_store');
      try {
        const claimA = (await a.claim('telegram', '930003')) as DeliveryClaim;
        // B, without Redis, claimed Telegram's redelivery in the store (its fallback) and is answering it.
        expect(await store.claimDelivery('telegram', '930003', { token: 'b-in-store', untilMs: Date.now() + 60 * DELIVERY_DEFAULTS.leaseMs })).toBe('claimed');
        await expect(claimA.finish(answer('Câu 3/15 (A)'))).rejects.toBeInstanceOf(DeliveryClaimLostError);
        expect(await store.finishDelivery('telegram', '930003', answer('Câu 3/15 (B)'), 'b-in-store')).toBeTypeOf('number');
        expect(await kept()).toEqual([JSON.stringify([{ text: 'Câu 3/15 (B)' }])]);
      } finally {
        await close();
      }
    }, 30_000);

    it('the usual case is one write, as before: a fresh message, and one whose store claim ran out, are finished and kept', async () => {
      const { store, a, kept, close } = await twoInstances('finish30_usual');
      try {
        const fresh = (await a.claim('telegram', '930004')) as DeliveryClaim;
        expect(await fresh.finish(answer('Chuẩn nghèo 2026 (A)'))).toBeTypeOf('number');
        // A store claim left by an instance killed mid-answer (its lease run out): the Redis holder finishes over it.
        expect(await store.claimDelivery('telegram', '930005', { token: 'dead', untilMs: store.now().getTime() - 1 })).toBe('claimed');
        const late = (await a.claim('telegram', '930005')) as DeliveryClaim;
        expect(await late.finish(answer('Hồ sơ nộp ở UBND cấp xã (A)'))).toBeTypeOf('number');
        expect((await kept()).sort()).toEqual([JSON.stringify([{ text: 'Chuẩn nghèo 2026 (A)' }]), JSON.stringify([{ text: 'Hồ sơ nộp ở UBND cấp xã (A)' }])].sort());
        expect(await store.claimDelivery('telegram', '930004', { token: 'c', untilMs: Date.now() + DELIVERY_DEFAULTS.leaseMs })).toBe('done');
      } finally {
        await close();
      }
    }, 30_000);
  });
}
