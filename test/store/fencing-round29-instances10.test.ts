/**
 * Round 29 (instances10): a delivery's "answered" write is fenced by its claim's token. A claim whose lease ran out and was
 * taken over by another instance (Zalo/Telegram sent the message again) can no longer mark the delivery answered, keep its
 * answer in the outbox, or renew itself: the new holder's answer is the one. Was: the finish was written for whichever
 * instance came last, and its answer kept (Telegram's outbox) beside the new holder's, so the resident got both.
 * SQLite, PostgreSQL (skipped with the reason when absent) and the Redis claims in front of SQLite.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY_DEFAULTS, DeliveryClaimLostError, storeDeliveryClaims, type DeliveryClaim } from '../../src/chat/ports.ts';
import { silentLogger } from '../../src/log.ts';
import { redisUnavailable, titled } from '../services.ts';
import { storeBackends } from './backends.ts';
import { redisClaimsPair } from './redis-claims.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const answer = (text: string) => ({ recipient: 'chat-r29-fence', messages: JSON.stringify([{ text }]), leaseMs: 60_000 });

for (const backend of await storeBackends('fencing', drops)) {
  describe.skipIf(backend.skip !== undefined)(titled(`${backend.name}: the answered write only for the claim's holder`, backend.skip), () => {
    it('A\'s claim ran out and B took the redelivery: A cannot renew, finish or keep its answer; B\'s finish stands', async () => {
      let clock = Date.parse('2026-12-05T02:00:00Z');
      const now = () => new Date(clock);
      const store = await backend.open({ now });
      const lease = (token: string) => ({ token, untilMs: clock + DELIVERY_DEFAULTS.leaseMs });
      expect(await store.claimDelivery('telegram', '990001', lease('a'))).toBe('claimed');
      clock += DELIVERY_DEFAULTS.leaseMs + 1;
      expect(await store.claimDelivery('telegram', '990001', lease('b'))).toBe('claimed');
      expect(await store.renewDelivery('telegram', '990001', lease('a'))).toBe(false);
      await expect(store.finishDelivery('telegram', '990001', answer('Câu 5/15 (A)'), 'a')).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await store.finishDelivery('telegram', '990001', answer('Câu 5/15 (B)'), 'b')).toBeTypeOf('number');
      // Finished by B: A, late, still marks nothing (with or without an answer to keep).
      await expect(store.finishDelivery('telegram', '990001', undefined, 'a')).rejects.toBeInstanceOf(DeliveryClaimLostError);
      // Past the time the answer is left to its channel: what an outbox taker (a restarted instance) would send.
      clock += 60_001;
      const kept = await store.outboxTake('telegram', 10, 60_000);
      expect(kept.map((item) => item.messages)).toEqual([JSON.stringify([{ text: 'Câu 5/15 (B)' }])]);
      expect(await store.claimDelivery('telegram', '990001', lease('c'))).toBe('done');
      // The holder's own finish, its lease run out but not taken over: still its own (written).
      expect(await store.claimDelivery('zalo', 'msg-990002', lease('a'))).toBe('claimed');
      clock += DELIVERY_DEFAULTS.leaseMs + 1;
      await store.finishDelivery('zalo', 'msg-990002', undefined, 'a');
      expect(await store.claimDelivery('zalo', 'msg-990002', lease('b'))).toBe('done');
    });

    it('through storeDeliveryClaims: held() is false once taken over, and finish rejects as lost (not held as answered here)', async () => {
      let clock = Date.parse('2026-12-05T03:00:00Z');
      const now = () => new Date(clock);
      const store = await backend.open({ now });
      const a = storeDeliveryClaims(store, now, silentLogger);
      const b = storeDeliveryClaims(store, now, silentLogger);
      const claimA = (await a.claim('zalo', 'msg-990003')) as DeliveryClaim;
      expect(await claimA.held()).toBe(true);
      clock += DELIVERY_DEFAULTS.leaseMs + 1;
      const claimB = (await b.claim('zalo', 'msg-990003')) as DeliveryClaim;
      expect(typeof claimB).toBe('object');
      expect(await claimA.held()).toBe(false);
      await expect(claimA.finish()).rejects.toBeInstanceOf(DeliveryClaimLostError);
      // A does not hold it as answered: B's claim is the one, still being handled.
      expect(await a.claim('zalo', 'msg-990003')).toBe('in-progress');
      await claimB.finish();
      expect(await a.claim('zalo', 'msg-990003')).toBe('done');
    });
  });
}

const redisMissing = await redisUnavailable();

describe.skipIf(redisMissing !== undefined)(titled('Redis claims (SQLite behind): the answered mark only for the claim\'s holder', redisMissing), () => {
  it('A\'s claim key expired, B claimed: A is not held, its finish is lost; B finishes; a new claim finds it done', async () => {
    const { store, keys, sharedA, sharedB, direct, close } = await redisClaimsPair('fencing');
    try {
      const claimA = (await sharedA.deliveryClaims(store).claim('telegram', '990004')) as DeliveryClaim;
      expect(typeof claimA).toBe('object');
      expect(await claimA.held()).toBe(true);
      // A's event loop blocked past the lease: its claim's key expired in Redis.
      const [claimKey] = await direct.keys(`${keys.prefix}delivery:telegram:*`);
      expect(claimKey).toBeDefined();
      await direct.del(claimKey!);
      const claimB = (await sharedB.deliveryClaims(store).claim('telegram', '990004')) as DeliveryClaim;
      expect(typeof claimB).toBe('object');
      expect(await claimA.held()).toBe(false);
      await expect(claimA.finish()).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await sharedA.deliveryClaims(store).claim('telegram', '990004')).toBe('in-progress');
      await claimB.finish();
      await expect(claimA.finish()).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await sharedA.deliveryClaims(store).claim('telegram', '990004')).toBe('done');
    } finally {
      await close();
    }
  });
});
