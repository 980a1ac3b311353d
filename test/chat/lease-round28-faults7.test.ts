/**
 * A delivery claim is renewed while its delivery is handled (heartbeat, round 28), so its lease can be short
 * (DELIVERY_DEFAULTS.leaseMs, 15 s: a dead holder's work is taken over within it) and a handling longer than the lease
 * (a slow write, a chat lock waited for) keeps it. Was: a 60 s lease never renewed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS, storeDeliveryClaims, type DeliveryClaim, type DeliveryLease } from '../../src/chat/ports.ts';
import { createLogger } from '../../src/log.ts';

afterEach(() => vi.useRealTimers());

function renewingStore(held = () => true) {
  const renewals: DeliveryLease[] = [];
  let finishing: (() => void) | undefined;
  const store = {
    claimDelivery: async () => 'claimed' as const,
    // A slow finish (a table locked): it ends when the test says.
    finishDelivery: () => new Promise<undefined>((resolve) => (finishing = () => resolve(undefined))),
    releaseDelivery: async () => undefined,
    renewDelivery: async (_channel: string, _id: string, lease: DeliveryLease) => {
      renewals.push(lease);
      return held();
    },
  };
  return { store, renewals, finish: () => finishing?.() };
}

describe('a delivery claim renewed while handled', () => {
  it('is renewed every renewMs while handled, through a slow finish, and no more once finished', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const { store, renewals, finish } = renewingStore();
    const claim = (await storeDeliveryClaims(store, () => new Date(), createLogger({ level: 'debug', write: (line) => lines.push(line) })).claim('telegram', '7001')) as DeliveryClaim;
    expect(DELIVERY_DEFAULTS.leaseMs).toBeLessThanOrEqual(15_000);
    expect(DELIVERY_DEFAULTS.renewMs * 3).toBeLessThanOrEqual(DELIVERY_DEFAULTS.leaseMs);
    // Handled for four leases: renewed all along, each lease a full one from the renewal.
    await vi.advanceTimersByTimeAsync(4 * DELIVERY_DEFAULTS.leaseMs);
    expect(renewals.length).toBe((4 * DELIVERY_DEFAULTS.leaseMs) / DELIVERY_DEFAULTS.renewMs);
    expect(renewals.at(-1)!.untilMs - Date.now()).toBe(DELIVERY_DEFAULTS.leaseMs);
    const finished = claim.finish();
    await vi.advanceTimersByTimeAsync(DELIVERY_DEFAULTS.leaseMs);
    const whileFinishing = renewals.length;
    expect(whileFinishing).toBeGreaterThan((4 * DELIVERY_DEFAULTS.leaseMs) / DELIVERY_DEFAULTS.renewMs);
    finish();
    await finished;
    await vi.advanceTimersByTimeAsync(4 * DELIVERY_DEFAULTS.leaseMs);
    expect(renewals.length).toBe(whileFinishing);
    expect(lines.filter((line) => line.includes('delivery_lease_not_renewed'))).toEqual([]);
  });

  it('a claim taken over meanwhile (renewal refused) is said once in the log; a released claim is no longer renewed', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const { store, renewals } = renewingStore(() => false);
    const claims = storeDeliveryClaims(store, () => new Date(), createLogger({ level: 'debug', write: (line) => lines.push(line) }));
    const claim = (await claims.claim('zalo', 'm-1')) as DeliveryClaim;
    await vi.advanceTimersByTimeAsync(3 * DELIVERY_DEFAULTS.renewMs);
    expect(lines.filter((line) => line.includes('delivery_lease_not_renewed'))).toHaveLength(1);
    await claim.release();
    const renewed = renewals.length;
    await vi.advanceTimersByTimeAsync(3 * DELIVERY_DEFAULTS.renewMs);
    expect(renewals.length).toBe(renewed);
  });
});
