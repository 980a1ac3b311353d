/**
 * Round 30 (mend30d): a resident's "ho ngheo dc vay von ko" on Zalo was answered, but PostgreSQL timed out writing that it
 * was (57014) and kept doing so for half a minute. The write-back waits 5 s, 10 s, 20 s, 30 s while the claim's lease is
 * 15 s: was the claim no longer renewed from the failed write, so Zalo's redelivery reaching another instance after 15 s
 * was claimed there and the resident got the answer twice. Now the claim is renewed until its late finish is written.
 * Also: a write-back round that throws (here its logger) no longer stalls the loop for good.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS, StoreUnavailableError, storeDeliveryClaims, type DeliveryClaim, type DeliveryStore } from '../../src/chat/ports.ts';
import { createLogger, type Logger } from '../../src/log.ts';

/** A store whose finish times out while `slow`; renewals still get through. Records when each renewal came. */
function slowFinishStore() {
  const state = { slow: false, renewedAt: [] as number[], finished: new Map<string, string | undefined>() };
  const store: DeliveryStore = {
    claimDelivery: async (_channel, id) => (state.finished.has(id) ? 'done' : 'claimed'),
    finishDelivery: async (_channel, id, _keep, token) => {
      if (state.slow) throw Object.assign(new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL quá thời gian chờ.'), { code: '57014' });
      state.finished.set(id, token);
      return undefined;
    },
    releaseDelivery: async () => undefined,
    renewDelivery: async () => {
      state.renewedAt.push(Date.now());
      return true;
    },
  };
  return { store, state };
}

const quiet = createLogger({ level: 'error', write: () => {} });

describe('round 30 mend30d: the claim of an answer whose finish is written late', () => {
  afterEach(() => vi.useRealTimers());

  it('"ho ngheo dc vay von ko" answered, its finish timing out for 40 s: the claim is renewed within every lease until it is written', async () => {
    vi.useFakeTimers();
    const { store, state } = slowFinishStore();
    const claims = storeDeliveryClaims(store, () => new Date(), quiet);
    const claim = (await claims.claim('zalo', 'msg-r30-vayvon-hai-lan')) as DeliveryClaim;
    state.slow = true;
    const failedAt = Date.now();
    await expect(claim.finish({ recipient: 'zalo-user', messages: '[{"text":"ho ngheo dc vay von ko"}]', leaseMs: 60_000, replay: true })).rejects.toBeInstanceOf(StoreUnavailableError);
    await vi.advanceTimersByTimeAsync(40_000);
    // Was: no renewal after the failed finish, the lease over at 15 s while the write-back waited 5 + 10 + 20 s.
    const after = state.renewedAt.filter((at) => at > failedAt);
    expect(after.length).toBeGreaterThan(0);
    const times = [failedAt, ...after, failedAt + 40_000];
    for (let n = 1; n < times.length; n += 1) expect(times[n]! - times[n - 1]!).toBeLessThan(DELIVERY_DEFAULTS.leaseMs);
    // Meanwhile a redelivery here waits.
    expect(await claims.claim('zalo', 'msg-r30-vayvon-hai-lan')).toBe('in-progress');
    // Written at last: the renewals stop, no timer is left.
    state.slow = false;
    await vi.advanceTimersByTimeAsync(DELIVERY_DEFAULTS.lateRetryMaxMs + DELIVERY_DEFAULTS.renewMs);
    expect(state.finished.get('msg-r30-vayvon-hai-lan')).toEqual(expect.any(String));
    const renewals = state.renewedAt.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.renewedAt.length).toBe(renewals);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('"nha tui 4 nguoi" answered, its finish timing out, then the instance stops: close() ends the renewals too', async () => {
    vi.useFakeTimers();
    const { store, state } = slowFinishStore();
    const claims = storeDeliveryClaims(store, () => new Date(), quiet);
    const claim = (await claims.claim('zalo', 'msg-r30-4-nguoi-dung')) as DeliveryClaim;
    state.slow = true;
    await expect(claim.finish()).rejects.toBeInstanceOf(StoreUnavailableError);
    await vi.advanceTimersByTimeAsync(12_000);
    claims.close?.();
    const renewals = state.renewedAt.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.renewedAt.length).toBe(renewals);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a write-back round that throws (its logger failing) is tried again, not stalled for good', async () => {
    vi.useFakeTimers();
    const { store, state } = slowFinishStore();
    const lines: string[] = [];
    const base = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    let throwOnce = true;
    const logger: Logger = {
      ...base,
      warn: (event, fields) => {
        if (event === 'delivery_finish_failed' && throwOnce) {
          throwOnce = false;
          throw new Error('log sink closed');
        }
        base.warn(event, fields);
      },
    };
    const claims = storeDeliveryClaims(store, () => new Date(), logger);
    const claim = (await claims.claim('telegram', '990001')) as DeliveryClaim;
    state.slow = true;
    await expect(claim.finish({ recipient: 'tg-user', messages: '[{"text":"tui muon ra khoi ho ngheo"}]', leaseMs: 60_000, replay: true })).rejects.toBeInstanceOf(StoreUnavailableError);
    // The first late try fails and its log line throws.
    await vi.advanceTimersByTimeAsync(DELIVERY_DEFAULTS.renewMs + 1);
    expect(throwOnce).toBe(false);
    state.slow = false;
    await vi.advanceTimersByTimeAsync(2 * DELIVERY_DEFAULTS.lateRetryMaxMs);
    // Was: never written (the round's promise never settled its `running`), a redelivery 'in-progress' for ever.
    expect(state.finished.has('990001')).toBe(true);
    expect(await claims.claim('telegram', '990001')).toBe('done');
    expect(lines.join('\n')).toContain('delivery_late_finish_round_failed');
    expect(lines.join('\n')).not.toContain('ra khoi');
  });
});
