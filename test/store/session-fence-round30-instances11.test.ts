/**
 * Round 30 (instances11): a session's write is fenced by the delivery's claim in the same statement (SQLite, PostgreSQL:
 * a conditional write, the claim's row locked). Instance A's claim ran out between its last renewal (DeliveryClaim.held)
 * and its save, and instance B took Zalo's redelivery and saved the resident's next step: A's write (or deletion) is
 * refused, B's session stays. Was: A's session written over B's (the resident's answer at B lost).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY_DEFAULTS, DeliveryClaimLostError } from '../../src/chat/ports.ts';
import { titled } from '../services.ts';
import { storeBackends } from './backends.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

for (const backend of await storeBackends('sessionfence', drops)) {
  describe.skipIf(backend.skip !== undefined)(titled(`${backend.name}: a session written only while the delivery's claim is the writer's`, backend.skip), () => {
    it('A\'s claim taken over by B: A\'s write and deletion are refused, B\'s session stays; a claim run out but not taken is still its own', async () => {
      let clock = Date.parse('2026-12-05T04:00:00Z');
      const now = () => new Date(clock);
      const store = await backend.open({ now });
      const key = 'zalo:u-anh-Tu-Kien-Giang';
      const lease = (token: string) => ({ token, untilMs: clock + DELIVERY_DEFAULTS.leaseMs });
      const fence = (token: string) => ({ channel: 'zalo', id: 'msg-r30-1', token });
      expect(await store.claimDelivery('zalo', 'msg-r30-1', lease('a'))).toBe('claimed');
      // A held it a moment ago, then stalled past the lease; Zalo sent "khong" again, B claimed it and saved Câu 5.
      clock += DELIVERY_DEFAULTS.leaseMs + 1;
      await store.writeSession(key, { v: 3, step: 'at-5-by-A' }, { claim: fence('a') });
      expect(await store.claimDelivery('zalo', 'msg-r30-1', lease('b'))).toBe('claimed');
      await store.writeSession(key, { v: 3, step: 'at-5-by-B' }, { claim: fence('b') });
      await expect(store.writeSession(key, { v: 3, step: 'at-5-by-A-late' }, { claim: fence('a') })).rejects.toBeInstanceOf(DeliveryClaimLostError);
      await expect(store.deleteSession(key, { claim: fence('a') })).rejects.toBeInstanceOf(DeliveryClaimLostError);
      expect(await store.readSession(key)).toEqual({ v: 3, step: 'at-5-by-B' });
      // Finished by B: no write under its claim any more either; without a claim (web, a command) as before.
      await store.finishDelivery('zalo', 'msg-r30-1', undefined, 'b');
      await expect(store.writeSession(key, { v: 3, step: 'after' }, { claim: fence('b') })).rejects.toBeInstanceOf(DeliveryClaimLostError);
      await store.writeSession(key, { v: 3, step: 'unclaimed' });
      expect(await store.readSession(key)).toEqual({ v: 3, step: 'unclaimed' });
      await store.deleteSession(key, { erasing: true });
      expect(await store.readSession(key)).toBeUndefined();
    });
  });
}
