/**
 * The back-off after a platform failure, one for every channel (Telegram's retried calls and redelivered
 * updates, Zalo's calls and retried updates): a first wait, doubled after each further failure in a row, up
 * to a ceiling.
 */
export const PLATFORM_BACKOFF = {
  firstMs: 1_000,
  maxMs: 30_000,
} as const;

/** The wait after the `failures`-th failure in a row (1: the first wait). */
export function backoffDelay(firstMs: number, maxMs: number, failures: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, failures - 1));
}
