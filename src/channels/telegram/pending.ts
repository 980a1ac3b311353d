/**
 * The updates the bot is handling, so a shutdown lets them finish (an answer waiting for
 * Telegram's `retry_after` included) for a bounded grace period instead of dropping them.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** After the grace, abandoned waits end at once; this bounds how long their updates take to unwind. */
const UNWIND_MS = 2_000;

export class PendingUpdates {
  private readonly running = new Set<Promise<unknown>>();
  private readonly controller = new AbortController();
  /** Aborted when the grace is over: delivery stops waiting to retry. */
  readonly stopping: AbortSignal = this.controller.signal;

  get size(): number {
    return this.running.size;
  }

  /** Runs one update's handling, counted until it settles (its outcome is passed on unchanged). */
  async track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    try {
      return await work;
    } finally {
      this.running.delete(work);
    }
  }

  /**
   * Waits until no update is running, at most `graceMs`; then aborts the waits of those left and
   * gives them a moment to unwind. Resolves with how many were still running at the end of the grace.
   */
  async drain(graceMs: number): Promise<{ unfinished: number }> {
    const timer = new AbortController();
    const graceOver = sleep(graceMs, true, { signal: timer.signal }).catch(() => false);
    const allSettled = async () => {
      while (this.running.size > 0) await Promise.allSettled([...this.running]);
      return false;
    };
    const timedOut = await Promise.race([allSettled(), graceOver]);
    timer.abort();
    if (!timedOut) return { unfinished: 0 };
    const unfinished = this.running.size;
    this.controller.abort();
    await Promise.race([Promise.allSettled([...this.running]), sleep(UNWIND_MS)]);
    return { unfinished };
  }
}
