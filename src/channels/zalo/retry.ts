/**
 * Back-off shared by the Zalo channel's outgoing calls: waits double after each failure up to a
 * ceiling, and every wait ends at once when the channel stops.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../log.ts';
import { backoffDelay, PLATFORM_BACKOFF } from '../backoff.ts';
import { ZaloApiError, ZaloNetworkError } from './api.ts';

export interface RetryOptions {
  /** First wait after a failure; doubles on each further failure up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { initialDelayMs: PLATFORM_BACKOFF.firstMs, maxDelayMs: PLATFORM_BACKOFF.maxMs };

/** Worth trying again: the platform was unreachable, rate-limited or failing; not a refused request. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ZaloNetworkError || (error instanceof ZaloApiError && error.retryable);
}

/** The wait after the `failures`-th failure in a row. */
export const retryDelay = (retry: RetryOptions, failures: number): number => backoffDelay(retry.initialDelayMs, retry.maxDelayMs, failures);

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
  const retryInMs = retryDelay(context.retry, failures);
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
