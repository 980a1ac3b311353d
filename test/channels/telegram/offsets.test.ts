/**
 * The polling offsets tracker on its own: getUpdates never confirms an update still being handled or
 * to be redelivered, never dispatches one twice while it runs or after it finished, and fetches one
 * to redeliver again after a back-off.
 */
import { describe, expect, it } from 'vitest';
import { PollingOffsets, TELEGRAM_REDELIVERY } from '../../../src/channels/telegram/offsets.ts';
import type { Clock } from '../../../src/channels/telegram/pacing.ts';

/** A fake Telegram queue: getUpdates from `offset` forgets what is below it, as Telegram does. */
function fakeTelegram(ids: number[]) {
  let queue = [...ids];
  const offsets: (number | undefined)[] = [];
  const prev = async (_method: string, payload: { offset?: number }) => {
    offsets.push(payload.offset);
    if (payload.offset !== undefined) queue = queue.filter((id) => id >= payload.offset!);
    return { ok: true as const, result: queue.map((update_id) => ({ update_id })) };
  };
  return { prev, offsets, add: (id: number) => queue.push(id) };
}

const clock = (): Clock & { waits: number[] } => {
  const waits: number[] = [];
  return { waits, now: () => 0, sleep: async (ms) => void waits.push(ms) };
};

describe('PollingOffsets', () => {
  it('holds the offset at an update not yet answered or to be redelivered, and passes it once answered', async () => {
    const time = clock();
    const offsets = new PollingOffsets(time);
    const telegram = fakeTelegram([5, 6, 7]);
    // The runner's own offset (0) is not trusted: ours is.
    const getUpdates = offsets.transformer() as unknown as (prev: typeof telegram.prev, method: string, payload: object) => Promise<{ result: { update_id: number }[] }>;
    const ids = async () => (await getUpdates(telegram.prev, 'getUpdates', { offset: 0 })).result.map((update) => update.update_id);
    expect(await ids()).toEqual([5, 6, 7]);
    // 5 answered (its sending may still wait for Telegram), 6 still in the core, 7 could not be handled.
    offsets.settled(5, false);
    offsets.settled(7, true);
    expect(offsets.offset()).toBe(6);
    // Telegram sends 6 and 7 again: 6 is running here (not dispatched twice), 7 comes again after a back-off.
    expect(await ids()).toEqual([7]);
    expect(telegram.offsets.at(-1)).toBe(6);
    expect(time.waits).toContain(TELEGRAM_REDELIVERY.firstBackoffMs);
    offsets.settled(6, false);
    offsets.settled(7, false);
    telegram.add(8);
    expect(await ids()).toEqual([8]);
    expect(telegram.offsets.at(-1)).toBe(8);
    offsets.settled(8, false);
    expect(offsets.offset()).toBe(9);
  });

  it('a batch repeating only a running update is asked for again as soon as that update settles, not after the full pause', async () => {
    // A clock whose sleep ends only when aborted: before, the pause always ran its full second.
    const slept: number[] = [];
    const stuck: Clock = { now: () => 0, sleep: (ms, signal) => new Promise((_resolve, reject) => { slept.push(ms); signal?.addEventListener('abort', () => reject(new Error('woken'))); }) };
    const offsets = new PollingOffsets(stuck);
    const telegram = fakeTelegram([9]);
    const getUpdates = offsets.transformer() as unknown as (prev: typeof telegram.prev, method: string, payload: object) => Promise<{ result: { update_id: number }[] }>;
    expect((await getUpdates(telegram.prev, 'getUpdates', {})).result).toEqual([{ update_id: 9 }]);
    // 9 is still being handled: Telegram hands it back, nothing fresh, the tracker pauses…
    const again = getUpdates(telegram.prev, 'getUpdates', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(slept).toEqual([TELEGRAM_REDELIVERY.repeatPauseMs]);
    // …until 9 is answered.
    offsets.settled(9, false);
    const result = await Promise.race([again, new Promise((resolve) => setTimeout(() => resolve('still paused'), 500))]);
    expect(result).toEqual({ ok: true, result: [] });
    expect(offsets.offset()).toBe(10);
  });
});
