/**
 * The delivery claim port says why there is no claim (issues 10, 12): a store that cannot write the
 * claim but is there (SQLite degraded) gives Unclaimed — answer without a claim —, an unreachable one
 * (PostgreSQL down) rejects with StoreUnavailableError — nothing answered, the platform redelivers.
 */
import { describe, expect, it, vi } from 'vitest';
import { DELIVERY_DEFAULTS, isUnclaimed, storeDeliveryClaims, StoreUnavailableError, type ChatStore, type DeliveryClaim } from '../../src/chat/ports.ts';
import { createLogger, silentLogger } from '../../src/log.ts';

type ClaimStore = Pick<ChatStore, 'claimDelivery' | 'finishDelivery' | 'releaseDelivery' | 'renewDelivery'>;
const now = () => new Date();
function captured() {
  const lines: string[] = [];
  const events = (name: string) => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((record) => record.event === name);
  return { logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }), events };
}
const failingWith = (error: Error): ClaimStore => ({
  claimDelivery: () => Promise.reject(error),
  finishDelivery: () => Promise.resolve(undefined),
  releaseDelivery: () => Promise.resolve(),
  renewDelivery: () => Promise.resolve(true),
});

describe('storeDeliveryClaims', () => {
  it('a claim the store cannot write (disk full) is Unclaimed, carrying the reason', async () => {
    const full = new Error('SQLITE_FULL: database or disk is full');
    const outcome = await storeDeliveryClaims(failingWith(full), now, silentLogger).claim('telegram', '42');
    expect(isUnclaimed(outcome)).toBe(true);
    expect(outcome).toMatchObject({ unclaimed: 'store-degraded', error: full });
  });

  it('a delivery answered without a claim is held in memory: a redelivery is not answered twice, and the store gets its finish once it writes again', async () => {
    const full = new Error('SQLITE_FULL: database or disk is full');
    let writable = false;
    const finished: string[] = [];
    const claims = storeDeliveryClaims({
      claimDelivery: async (_channel, id) => {
        if (!writable) throw full;
        return finished.includes(id) ? 'done' : 'claimed';
      },
      finishDelivery: async (_channel, id) => {
        if (!writable) throw full;
        finished.push(id);
        return undefined;
      },
      releaseDelivery: async () => undefined,
      renewDelivery: async () => true,
    }, now, silentLogger);
    const first = await claims.claim('telegram', '7');
    expect(isUnclaimed(first)).toBe(true);
    // Redelivered while it is handled: later; once answered: dropped; another delivery is answered.
    expect(await claims.claim('telegram', '7')).toBe('in-progress');
    await (first as DeliveryClaim).finish();
    expect(await claims.claim('telegram', '7')).toBe('done');
    expect(await claims.claim('zalo', '7')).toMatchObject({ unclaimed: 'store-degraded' });
    // A release (nothing answered) lets the redelivery be handled.
    const given = await claims.claim('telegram', '8');
    await (given as DeliveryClaim).release();
    expect(isUnclaimed(await claims.claim('telegram', '8'))).toBe(true);
    // The store writes again: the next claim writes the finishes it missed, so they survive a restart too.
    writable = true;
    expect(typeof (await claims.claim('telegram', '9'))).toBe('object');
    await vi.waitFor(() => expect(finished).toEqual(['7']));
    expect(await storeDeliveryClaims({ claimDelivery: async (_channel, id) => (finished.includes(id) ? 'done' : 'claimed'), finishDelivery: async () => undefined, releaseDelivery: async () => undefined, renewDelivery: async () => true }, now, silentLogger).claim('telegram', '7')).toBe('done');
  });

  it('an unreachable store rejects, so the update is delivered again later', async () => {
    const away = new StoreUnavailableError('Cơ sở dữ liệu PostgreSQL tạm thời không kết nối được.');
    await expect(storeDeliveryClaims(failingWith(away), now, silentLogger).claim('zalo', 'm1')).rejects.toBe(away);
  });

  it('a claim written is a claim; finished or held elsewhere are said as such', async () => {
    const states = ['claimed', 'done', 'in-progress'] as const;
    const outcomes = await Promise.all(
      states.map((state) =>
        storeDeliveryClaims({ claimDelivery: async () => state, finishDelivery: async () => undefined, releaseDelivery: async () => undefined, renewDelivery: async () => true }, now, silentLogger).claim('telegram', '1'),
      ),
    );
    expect(typeof outcomes[0]).toBe('object');
    expect(isUnclaimed(outcomes[0]!)).toBe(false);
    expect(outcomes.slice(1)).toEqual(['done', 'in-progress']);
  });

  it('once the store writes again, the held finishes are written once, in the background of the claims, and a failure is logged', async () => {
    let writable = false;
    const full = new Error('SQLITE_FULL: database or disk is full');
    const writes: string[] = [];
    let letWrite = () => {};
    const log = captured();
    const claims = storeDeliveryClaims(
      {
        claimDelivery: async () => {
          if (!writable) throw full;
          return 'claimed';
        },
        finishDelivery: async (_channel, id) => {
          if (!writable) throw full;
          writes.push(id);
          if (id === '2') throw new Error('SQLITE_BUSY: database is locked');
          await new Promise<void>((resolve) => (letWrite = resolve));
          return undefined;
        },
        releaseDelivery: async () => undefined,
        renewDelivery: async () => true,
      },
      now,
      log.logger,
    );
    for (const id of ['1', '2', '3']) await ((await claims.claim('telegram', id)) as DeliveryClaim).finish();
    writable = true;
    // Two claims at once, the first write held: both are answered without waiting for it, and it is started once.
    const [a, b] = await Promise.all([claims.claim('zalo', 'a'), claims.claim('zalo', 'b')]);
    expect(typeof a).toBe('object');
    expect(typeof b).toBe('object');
    expect(writes).toEqual(['1']);
    letWrite();
    await vi.waitFor(() => expect(log.events('delivery_finish_failed')).toHaveLength(1));
    expect(writes).toEqual(['1', '2']);
    expect(log.events('delivery_finish_failed')[0]).toMatchObject({ channel: 'telegram', id: '2', waiting: 2 });
    // The next claim tries again from where it stopped.
    await claims.claim('zalo', 'c');
    await vi.waitFor(() => expect(writes).toEqual(['1', '2', '2']));
  });

  it('forgetting a held delivery at the limit is logged (its id, how many are held)', async () => {
    const log = captured();
    const claims = storeDeliveryClaims(failingWith(new Error('SQLITE_FULL: database or disk is full')), now, log.logger);
    for (let id = 0; id <= DELIVERY_DEFAULTS.unclaimedRemembered; id += 1) await claims.claim('telegram', String(id));
    expect(log.events('delivery_unclaimed_forgotten')).toEqual([
      expect.objectContaining({ channel: 'telegram', id: '0', done: false, held: DELIVERY_DEFAULTS.unclaimedRemembered }),
    ]);
  });
});
