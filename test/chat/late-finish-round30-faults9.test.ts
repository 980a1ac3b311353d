/**
 * Round 30 (faults9): PostgreSQL restarting while a Zalo broadcast's replies go out ("ho ngheo dc vay von ko", "nha tui 4
 * nguoi thu nhap 5 trieu la ho gi" from hundreds of residents at once). Every answer went out, but the write marking it
 * answered (its finish) did not get through. Was: one 5-s timer to write the finish again and one renewal timer per such
 * message (up to 10.000 messages × 2 queries every 5 s against a database just back, the timers never cleared when the
 * process stopped). Now one write-back per process: one timer, one write at a time, at most lateFinishBatch a round, a
 * growing wait while the database stays away (capped), stopped by close(); every finish is written once it is back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS, StoreUnavailableError, storeDeliveryClaims, type DeliveryClaim, type DeliveryStore } from '../../src/chat/ports.ts';
import { createLogger } from '../../src/log.ts';

const MESSAGES = 200;

/** A store whose database can go away; counts its queries and how many run at once. */
function flakyStore() {
  const state = { away: false, queries: 0, running: 0, mostAtOnce: 0, finished: new Map<string, string | undefined>() };
  const query = async <T>(work: () => T): Promise<T> => {
    state.queries += 1;
    state.running += 1;
    state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
    try {
      await Promise.resolve();
      if (state.away) throw new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL tạm thời không kết nối được.');
      return work();
    } finally {
      state.running -= 1;
    }
  };
  const store: DeliveryStore = {
    claimDelivery: (_channel, id) => query(() => (state.finished.has(id) ? 'done' : 'claimed')),
    finishDelivery: (_channel, id, _keep, token) => query(() => void state.finished.set(id, token)),
    releaseDelivery: () => query(() => undefined),
    renewDelivery: () => query(() => true),
  };
  return { store, state };
}

describe('round 30 faults9: the finishes PostgreSQL did not take, written again by one loop', () => {
  afterEach(() => vi.useRealTimers());

  it('200 Zalo answers whose finish failed: one timer, a few queries while the database is away, all finished once it is back', async () => {
    vi.useFakeTimers();
    const { store, state } = flakyStore();
    const lines: string[] = [];
    const claims = storeDeliveryClaims(store, () => new Date(), createLogger({ level: 'debug', write: (line) => lines.push(line) }));
    const held: DeliveryClaim[] = [];
    for (let n = 0; n < MESSAGES; n += 1) held.push((await claims.claim('zalo', `msg-r30-vayvon-${n}`)) as DeliveryClaim);
    state.away = true;
    for (const claim of held) {
      await expect(claim.finish({ recipient: 'zalo-user', messages: '[{"text":"ho ngheo dc vay von ko"}]', leaseMs: 60_000, replay: true })).rejects.toBeInstanceOf(StoreUnavailableError);
    }
    // Was: 400 timers (a retry and a renewal per message). Now the write-back and one renewal of all their claims (mend30d).
    expect(vi.getTimerCount()).toBeLessThanOrEqual(2);
    const before = state.queries;
    // A minute with the database away: was 200 × 2 queries every 5 s (4.800). Now a few finish tries, and one renewal try
    // every 5 s (a renewal round stops at its first failure).
    await vi.advanceTimersByTimeAsync(60_000);
    const whileAway = state.queries - before;
    expect(whileAway).toBeGreaterThan(0);
    expect(whileAway).toBeLessThanOrEqual(6 + 60_000 / DELIVERY_DEFAULTS.renewMs);
    // A redelivery meanwhile waits: the answer went out, its finish is not written yet.
    expect(await claims.claim('zalo', 'msg-r30-vayvon-7')).toBe('in-progress');
    // The database is back: every finish is written within the longest wait, one at a time, fenced by its own claim.
    state.away = false;
    await vi.advanceTimersByTimeAsync(DELIVERY_DEFAULTS.lateRetryMaxMs + 1000);
    expect(state.finished.size).toBe(MESSAGES);
    expect([...state.finished.values()].every((token) => typeof token === 'string')).toBe(true);
    expect(state.mostAtOnce).toBe(1);
    expect(await claims.claim('zalo', 'msg-r30-vayvon-7')).toBe('done');
    expect(vi.getTimerCount()).toBe(0);
    // Logged with ids and reasons, never what the resident typed, and not once per message and try.
    const failed = lines.filter((line) => line.includes('delivery_finish_failed'));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThanOrEqual(6);
    expect(lines.join('\n')).not.toContain('vay von');
  });

  it('"nha tui 4 nguoi" answered as the database went, then the instance stops: close() clears the timer, nothing more is queried', async () => {
    vi.useFakeTimers();
    const { store, state } = flakyStore();
    const claims = storeDeliveryClaims(store, () => new Date(), createLogger({ level: 'error', write: () => {} }));
    const claim = (await claims.claim('zalo', 'msg-r30-4-nguoi')) as DeliveryClaim;
    state.away = true;
    await expect(claim.finish()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(vi.getTimerCount()).toBe(2);
    claims.close?.();
    expect(vi.getTimerCount()).toBe(0);
    const before = state.queries;
    state.away = false;
    await vi.advanceTimersByTimeAsync(5 * DELIVERY_DEFAULTS.lateRetryMaxMs);
    expect(state.queries).toBe(before);
  });

  it('the database back after a long outage: the wait between tries stays capped, and a round writes at most lateFinishBatch', async () => {
    vi.useFakeTimers();
    const { store, state } = flakyStore();
    const claims = storeDeliveryClaims(store, () => new Date(), createLogger({ level: 'error', write: () => {} }));
    const held: DeliveryClaim[] = [];
    for (let n = 0; n < MESSAGES; n += 1) held.push((await claims.claim('telegram', String(880_000 + n))) as DeliveryClaim);
    state.away = true;
    for (const claim of held) await claim.finish().catch(() => undefined);
    // Ten minutes away: the wait grew to its cap, no further.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    state.away = false;
    // The next try comes within the capped wait (was: every 5 s for each message, 2 queries each).
    const waitsAway = vi.getTimerCount();
    expect(waitsAway).toBe(2);
    // Renewals (every renewMs) come first; then the write-back's round.
    for (let tick = 0; tick < 40 && state.finished.size === 0; tick += 1) await vi.advanceTimersToNextTimerAsync();
    // The round's writes settle (no timer is run meanwhile).
    for (let step = 0; step < 5_000; step += 1) await Promise.resolve();
    // That round wrote its batch (the next one may just have begun), not all 200 at once; the rest follow round after round.
    expect(state.finished.size).toBeGreaterThanOrEqual(DELIVERY_DEFAULTS.lateFinishBatch);
    expect(state.finished.size).toBeLessThanOrEqual(DELIVERY_DEFAULTS.lateFinishBatch + 1);
    await vi.runAllTimersAsync();
    expect(state.finished.size).toBe(MESSAGES);
    expect(state.mostAtOnce).toBe(1);
  });
});
