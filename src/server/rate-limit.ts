/**
 * The rate-limit port and its in-memory implementation.
 *
 * The port is one async call, so a limit shared by several instances (Redis) fits behind it:
 *
 *   const limiter = factory({ name: 'address', perMinute: 60 });
 *   const { allowed, retryAfterSeconds } = await limiter.hit('203.0.113.7');
 *
 * Contract for every implementation: each `hit` counts one request for `key` against a budget of
 * `perMinute` requests a minute (a burst of up to `perMinute`, then on average one every
 * 60/perMinute seconds). When refused, `retryAfterSeconds` is the whole number of seconds (≥ 1)
 * until a request for that key would be allowed; it becomes the `Retry-After` header and the
 * wait told in the 429 message. When allowed it is 0. `name` tells the budgets apart, so a shared
 * store can prefix its keys with it. A limiter that throws (store unreachable) is logged by the
 * server and the request goes on: a broken limiter must not take the API down.
 */
import { outageLog, type OutageLog } from '../outage.ts';

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

export interface RateBudget {
  /** Which budget: 'address', 'chat-address', 'session'. */
  name: string;
  perMinute: number;
}

export type RateLimiterFactory = (budget: RateBudget) => RateLimiter;

/** Buckets untouched this long are full again, so forgetting them changes nothing. */
const FORGET_AFTER_MS = 60_000;
/** Sweep forgotten buckets at most this often, on the request path (no timer to clean up). */
const SWEEP_INTERVAL_MS = 60_000;

/** Token bucket per key, in this process's memory: right for one instance. */
export function createMemoryRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
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

  const take = (key: string): RateDecision => {
    const time = now();
    sweep(time);
    const bucket = buckets.get(key) ?? { tokens: perMinute, updatedAt: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.updatedAt) * refillPerMs);
    bucket.updatedAt = time;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  };

  return { hit: async (key) => take(key) };
}

export type LimiterOutage = OutageLog;

/**
 * The log of the limiters' store going away and coming back, shared by every budget of a server (src/outage.ts):
 * `rate_limit_unavailable` once when it is lost, `rate_limit_still_unavailable` at most every `reminderMs` while it
 * stays away, `rate_limit_back` when a hit is answered again; each with the checks skipped since the loss.
 */
export function limiterOutage(reminderMs: number, now: () => number = Date.now): LimiterOutage {
  return outageLog({ lost: 'rate_limit_unavailable', still: 'rate_limit_still_unavailable', back: 'rate_limit_back', counted: 'skippedChecks' }, reminderMs, now);
}

/** The default factory: every budget in memory. */
export const memoryRateLimiters: RateLimiterFactory = (budget) => createMemoryRateLimiter(budget.perMinute);
