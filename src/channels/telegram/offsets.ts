/**
 * Long polling without losing an update the bot could not handle yet (the database away, or the
 * update being handled elsewhere under a lease). Telegram forgets every update below the `offset` of
 * a getUpdates call, and the runner asks for the next batch while the last one is still being handled,
 * so on its own it would confirm such an update before knowing it failed. This tracker sits on the
 * getUpdates call: the offset never passes an update not yet answered here or that must come again
 * (an answer waiting to be sent does not hold it: a stop keeps what is unsent in the outbox),
 * updates Telegram sends again are not dispatched twice while they run or once they finished, and an
 * update to redeliver is fetched again after a back-off (the outage gets time to end).
 */
import type { Transformer } from 'grammy';
import { backoffDelay, PLATFORM_BACKOFF } from '../backoff.ts';
import type { Clock } from './pacing.ts';

export const TELEGRAM_REDELIVERY = {
  /** First wait before fetching an update to redeliver; doubles while it keeps failing, up to the max. */
  firstBackoffMs: PLATFORM_BACKOFF.firstMs,
  maxBackoffMs: PLATFORM_BACKOFF.maxMs,
  /**
   * A batch that only repeats updates still running here is asked for again once one of them settles,
   * or after this long (a message sent while another is handled then waits for that one, not a second).
   */
  repeatPauseMs: 1_000,
} as const;

type State = 'running' | 'finished' | 'again';

export class PollingOffsets {
  private readonly states = new Map<number, State>();
  /** The highest update id Telegram has sent. */
  private highest: number | undefined;
  private failures = 0;
  /** Ends a repeat pause: called when an update settles. */
  private wake: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly limits: typeof TELEGRAM_REDELIVERY = TELEGRAM_REDELIVERY,
  ) {}

  /** An update's handling ended: done, or (`again`) to be fetched again later. */
  settled(updateId: number, again: boolean): void {
    if (!this.states.has(updateId)) return;
    this.states.set(updateId, again ? 'again' : 'finished');
    if (!again) this.failures = 0;
    this.wake?.();
  }

  /** The lowest update not finished here (running or to redeliver): getUpdates must not confirm it. */
  floor(): number | undefined {
    let lowest: number | undefined;
    for (const [id, state] of this.states) if (state !== 'finished' && (lowest === undefined || id < lowest)) lowest = id;
    return lowest;
  }

  /** The offset that confirms every update handled here and none that is not (undefined: none fetched yet). */
  offset(): number | undefined {
    return this.floor() ?? (this.highest === undefined ? undefined : this.highest + 1);
  }

  /** Waits repeatPauseMs, or less: until an update settles or the channel stops. */
  private async repeatPause(stopping?: AbortSignal): Promise<void> {
    const ended = new AbortController();
    const end = () => ended.abort();
    if (stopping?.aborted) return;
    stopping?.addEventListener('abort', end, { once: true });
    this.wake = end;
    try {
      await this.clock.sleep(this.limits.repeatPauseMs, ended.signal).catch(() => undefined);
    } finally {
      if (this.wake === end) this.wake = undefined;
      stopping?.removeEventListener('abort', end);
    }
  }

  /** The getUpdates transformer; `stopping` ends a back-off wait at shutdown. */
  transformer(stopping?: AbortSignal): Transformer {
    return async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      // Ours, not the runner's: it knows only the batches it was given, not what finished or failed.
      const offset = this.offset() ?? (payload as { offset?: number }).offset;
      const response = await prev(method, { ...payload, ...(offset === undefined ? {} : { offset }) } as typeof payload, signal);
      if (!response.ok) return response;
      // Below the offset Telegram has forgotten them: so can we.
      if (offset !== undefined) for (const id of this.states.keys()) if (id < offset) this.states.delete(id);
      const updates = response.result as unknown as { update_id: number }[];
      // An update coming again after it could not be handled: give the outage time to end first.
      if (updates.some((update) => this.states.get(update.update_id) === 'again')) {
        this.failures += 1;
        const wait = backoffDelay(this.limits.firstBackoffMs, this.limits.maxBackoffMs, this.failures);
        await this.clock.sleep(wait, stopping).catch(() => undefined);
      }
      for (const update of updates) this.highest = Math.max(this.highest ?? update.update_id, update.update_id);
      const fresh = updates.filter((update) => {
        const state = this.states.get(update.update_id);
        if (state === 'running' || state === 'finished') return false;
        this.states.set(update.update_id, 'running');
        return true;
      });
      if (fresh.length === 0 && updates.length > 0) await this.repeatPause(stopping);
      return { ...response, result: fresh as unknown as typeof response.result };
    };
  }
}
