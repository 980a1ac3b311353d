/**
 * Per-client rate limit as a token bucket: a client may burst up to `perMinute` requests, then
 * gets one more every 60/perMinute seconds. Kept in memory: one process serves everything.
 */

/** Buckets untouched this long are full again, so forgetting them changes nothing. */
const FORGET_AFTER_MS = 60_000;
/** Sweep forgotten buckets at most this often, on the request path (no timer to clean up). */
const SWEEP_INTERVAL_MS = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(clientKey: string): RateDecision;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; updatedAt: number }>();
  let lastSweep = now();

  const sweep = (time: number) => {
    if (time - lastSweep < SWEEP_INTERVAL_MS) return;
    lastSweep = time;
    for (const [key, bucket] of buckets) {
      if (time - bucket.updatedAt > FORGET_AFTER_MS) buckets.delete(key);
    }
  };

  return {
    take(clientKey) {
      const time = now();
      sweep(time);
      const bucket = buckets.get(clientKey) ?? { tokens: perMinute, updatedAt: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.updatedAt) * refillPerMs);
      bucket.updatedAt = time;
      buckets.set(clientKey, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}
