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
import type { Logger } from '../log.ts';

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

/** What the log says of a limiter's failure: a code (ioredis gives none: then the error's name) and a short message, never a stack. */
function failureFields(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: typeof code === 'string' || typeof code === 'number' ? String(code) : error instanceof Error ? error.name : typeof error,
    message: message.slice(0, 160),
  };
}

export interface LimiterOutage {
  /** A hit failed (its store unreachable): the request goes on; logged only at the loss and as a reminder. */
  failed(log: Logger, error: unknown): void;
  /** A hit was answered: one line if the store was lost until now. */
  answered(log: Logger): void;
}

/**
 * The log of the limiters' store going away and coming back, shared by every budget of a server: `rate_limit_unavailable`
 * once when it is lost (code and message, no stack), `rate_limit_still_unavailable` at most every `reminderMs` while it
 * stays away, `rate_limit_back` when a hit is answered again; each with the checks skipped since the loss (a count only:
 * never the key, an address or a session).
 */
export function limiterOutage(reminderMs: number, now: () => number = Date.now): LimiterOutage {
  let lostAt: number | undefined;
  let lastLineAt = 0;
  let skipped = 0;
  return {
    failed(log, error) {
      const time = now();
      skipped += 1;
      if (lostAt === undefined) {
        lostAt = lastLineAt = time;
        log.warn('rate_limit_unavailable', { ...failureFields(error), reminderSeconds: Math.round(reminderMs / 1000) });
      } else if (time - lastLineAt >= reminderMs) {
        lastLineAt = time;
        log.warn('rate_limit_still_unavailable', { ...failureFields(error), downSeconds: Math.round((time - lostAt) / 1000), skippedChecks: skipped });
      }
    },
    answered(log) {
      if (lostAt === undefined) return;
      log.info('rate_limit_back', { downSeconds: Math.round((now() - lostAt) / 1000), skippedChecks: skipped });
      lostAt = undefined;
      skipped = 0;
    },
  };
}

/** The default factory: every budget in memory. */
export const memoryRateLimiters: RateLimiterFactory = (budget) => createMemoryRateLimiter(budget.perMinute);
