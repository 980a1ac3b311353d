/**
 * Round 31 (faults10): a Redis delivery claim keeps its last holder, as the chat lock does since round 31 (instances12). A
 * stalled instance whose claim ran out no longer takes it back (held()) nor marks it answered (finish) once another instance
 * took the redelivery and gave it back unanswered (released: its turn failed, the platform sends the message again). Was:
 * HOLD_SCRIPT took the free claim again and FINISH_SCRIPT marked it answered, so the stalled instance answered a message
 * released for its redelivery, and the redelivery was dropped as answered. Real Redis (skipped with the reason when absent).
 */
import { describe, expect, it } from 'vitest';
import { DeliveryClaimLostError, type DeliveryClaim } from '../../src/chat/ports.ts';
import { redisUnavailable, titled } from '../services.ts';
import { redisClaimsPair } from './redis-claims.ts';

const redisMissing = await redisUnavailable();

describe.skipIf(redisMissing !== undefined)(titled('Redis delivery claims: a stalled holder does not take back a claim released elsewhere', redisMissing), () => {
  it('tin nhắn "nha tui co 5 nguoi" : A stalls, B takes the redelivery and releases it; A is not held, cannot finish; the next redelivery is handled', async () => {
    const { store, keys, sharedA, sharedB, direct, close } = await redisClaimsPair('claimholder');
    const claimKey = `${keys.prefix}delivery:zalo:${store.hashKey('zalo:msg-310001')}`;
    try {
      const claimA = (await sharedA.deliveryClaims(store).claim('zalo', 'msg-310001')) as DeliveryClaim;
      expect(typeof claimA).toBe('object');
      // A's event loop blocked past the lease: its claim's key expired.
      await direct.del(claimKey);
      const claimB = (await sharedB.deliveryClaims(store).claim('zalo', 'msg-310001')) as DeliveryClaim;
      expect(typeof claimB).toBe('object');
      // B's turn failed (the database away): it gives the claim back for the platform's redelivery.
      await claimB.release();
      expect(await direct.exists(claimKey)).toBe(0);
      // A wakes: not its claim any more (was: taken again, A answered), and nothing marked answered.
      expect(await claimA.held()).toBe(false);
      await expect(claimA.finish()).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await direct.get(claimKey)).toBeNull();
      // The redelivery is handled (was: 'done', dropped: A's finish had marked it answered).
      const claimC = (await sharedB.deliveryClaims(store).claim('zalo', 'msg-310001')) as DeliveryClaim;
      expect(typeof claimC).toBe('object');
      await claimC.finish();
      expect(await sharedA.deliveryClaims(store).claim('zalo', 'msg-310001')).toBe('done');
    } finally {
      await close();
    }
  });

  it('a claim that only ran out (no one took it), or whose keys Redis lost (restarted empty), is still its holder\'s', async () => {
    const { store, keys, sharedA: shared, direct, close } = await redisClaimsPair('claimholder2');
    try {
      const ran = (await shared.deliveryClaims(store).claim('telegram', '310002')) as DeliveryClaim;
      await direct.del(`${keys.prefix}delivery:telegram:${store.hashKey('telegram:310002')}`);
      expect(await ran.held()).toBe(true);
      await ran.finish();
      expect(await shared.deliveryClaims(store).claim('telegram', '310002')).toBe('done');
      const lost = (await shared.deliveryClaims(store).claim('telegram', '310003')) as DeliveryClaim;
      for (const key of await direct.keys(`${keys.prefix}delivery*`)) if (key.includes(store.hashKey('telegram:310003'))) await direct.del(key);
      expect(await lost.held()).toBe(true);
      await lost.finish();
      expect(await shared.deliveryClaims(store).claim('telegram', '310003')).toBe('done');
    } finally {
      await close();
    }
  });
});
