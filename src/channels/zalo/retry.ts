/**
 * Back-off shared by the Zalo channel's outgoing calls: waits double after each failure up to a
 * ceiling, and every wait ends at once when the channel stops.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../log.ts';
import { ZaloApiError, ZaloNetworkError } from './api.ts';

export interface RetryOptions {
  /** First wait after a failure; doubles on each further failure up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { initialDelayMs: 1000, maxDelayMs: 30_000 };

/** Worth trying again: the platform was unreachable, rate-limited or failing; not a refused request. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ZaloNetworkError || (error instanceof ZaloApiError && error.retryable);
}

export function backoffDelay(retry: RetryOptions, failures: number): number {
  return Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** Math.max(0, failures - 1));
}

/** Waits `ms`; false when the signal aborted the wait. */
export async function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
    return true;
  } catch {
    return false;
  }
}

/** Logs the failure and waits the back-off for it; false once stopped. */
export async function backOffAfter(
  step: string,
  failures: number,
  error: unknown,
  context: { retry: RetryOptions; logger: Logger; signal: AbortSignal },
): Promise<boolean> {
  if (context.signal.aborted) return false;
  const retryInMs = backoffDelay(context.retry, failures);
  context.logger.warn('zalo.call_failed', { step, failures, retryInMs, error });
  return pause(retryInMs, context.signal);
}

/**
 * Runs a setup step (getMe, setWebhook…) until it succeeds, whatever the error: a wrong token is
 * logged on every try and fixed by an operator, without taking the rest of the server down.
 */
export async function retryUntilDone(
  step: string,
  task: (signal: AbortSignal) => Promise<void>,
  context: { retry: RetryOptions; logger: Logger; signal: AbortSignal },
): Promise<boolean> {
  for (let failures = 1; ; failures += 1) {
    try {
      await task(context.signal);
      return true;
    } catch (error) {
      if (!(await backOffAfter(step, failures, error, context))) return false;
    }
  }
}
