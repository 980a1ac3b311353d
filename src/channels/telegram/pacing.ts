import { setTimeout as sleep } from 'node:timers/promises';
import { HttpError, type Transformer } from 'grammy';
import { backoffDelay, PLATFORM_BACKOFF } from '../backoff.ts';

/**
 * Pacing and delivery of outgoing calls.
 *
 * Pacing spaces outgoing messages so the bot stays under Telegram's limits (about 30 messages a second
 * overall, about 1 a second per chat, about 20 a minute per group) instead of collecting 429s.
 * Short bursts pass at once (a reply cut into a few messages); only floods wait.
 *
 * Delivery (behind pacing) keeps an answer Telegram refuses for now: a 429 is retried after its
 * `retry_after`, however long, and a 5xx or a network error after a back-off (1 s, doubling, at
 * most 30 s), until the call's deadline (an answer: 15 minutes; other calls: 1 minute) or until
 * the channel's shutdown grace runs out. Only then does the call fail, with Telegram's last error.
 */
export interface PacingLimits {
  overallPerSecond: number;
  privateChatPerSecond: number;
  groupPerMinute: number;
  /** Messages that may go to one chat at once before the per-chat rate applies. */
  chatBurst: number;
}

export const TELEGRAM_PACING: PacingLimits = {
  overallPerSecond: 30,
  privateChatPerSecond: 1,
  groupPerMinute: 20,
  chatBurst: 3,
};

/** Methods that post a message into a chat (what Telegram's flood limits count). */
const MESSAGE_METHODS = new Set([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendAudio',
  'sendVoice',
  'sendVideo',
  'sendAnimation',
  'sendSticker',
  'sendLocation',
  'sendContact',
  'sendPoll',
  'sendMediaGroup',
  'copyMessage',
  'forwardMessage',
]);

/** Buckets of chats idle long enough to be full again are forgotten past this many chats. */
const MAX_TRACKED_CHATS = 10_000;

/** A token bucket that hands out reservations: how long to wait before the reserved send. */
class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perMillisecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMillisecond);
    this.updatedAt = now;
  }

  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : -this.tokens / this.perMillisecond;
  }

  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
}

export interface Clock {
  now(): number;
  /** Waits; rejects at once when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: async (milliseconds, signal) => {
    await sleep(milliseconds, undefined, signal ? { signal } : {});
  },
};

export function pacing(limits: PacingLimits = TELEGRAM_PACING, clock: Clock = realClock): Transformer {
  const overall = new TokenBucket(limits.overallPerSecond, limits.overallPerSecond / 1000, clock.now());
  const chats = new Map<string, TokenBucket>();

  const bucketFor = (chatId: string, now: number): TokenBucket => {
    let bucket = chats.get(chatId);
    if (!bucket) {
      if (chats.size >= MAX_TRACKED_CHATS) {
        for (const [id, idle] of chats) if (idle.isFull(now)) chats.delete(id);
      }
      // Private chats have positive ids; groups and channels negative ones.
      const perMillisecond = chatId.startsWith('-')
        ? limits.groupPerMinute / 60_000
        : limits.privateChatPerSecond / 1000;
      bucket = new TokenBucket(limits.chatBurst, perMillisecond, now);
      chats.set(chatId, bucket);
    }
    return bucket;
  };

  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (MESSAGE_METHODS.has(method) && (typeof chatId === 'number' || typeof chatId === 'string')) {
      const now = clock.now();
      const wait = Math.max(overall.reserve(now), bucketFor(String(chatId), now).reserve(now));
      if (wait > 0) await clock.sleep(wait);
    }
    return prev(method, payload, signal);
  };
}

export interface DeliveryLimits {
  /** An answer (a message into a chat) still refused after this long is given up. */
  messageDeadlineMs: number;
  /** Other calls (button spinners, inline answers, set-up) are only useful for a moment. */
  otherDeadlineMs: number;
  /** First wait after a 5xx or a network error; doubles after each further one up to `maxBackoffMs`. */
  firstBackoffMs: number;
  maxBackoffMs: number;
  /** At shutdown, updates still being handled (an answer waiting to be retried) get this long to finish. */
  shutdownGraceMs: number;
}

export const TELEGRAM_DELIVERY: DeliveryLimits = {
  messageDeadlineMs: 15 * 60_000,
  otherDeadlineMs: 60_000,
  firstBackoffMs: PLATFORM_BACKOFF.firstMs,
  maxBackoffMs: PLATFORM_BACKOFF.maxMs,
  shutdownGraceMs: 15_000,
};

/** A call abandoned because the channel stopped while it waited to be retried. */
export class DeliveryAbandoned extends Error {
  constructor(readonly method: string) {
    super(`Telegram ${method} abandoned at shutdown while waiting to be retried`);
    this.name = 'DeliveryAbandoned';
  }
}

/**
 * Retries what Telegram refuses for now (429, 5xx, network) within the call's deadline; `stopping`
 * aborts the waits when the shutdown grace is over. getUpdates is left to the runner's own retries.
 */
export function delivery(limits: DeliveryLimits = TELEGRAM_DELIVERY, clock: Clock = realClock, stopping?: AbortSignal): Transformer {
  return async (prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal);
    const deadline = clock.now() + (MESSAGE_METHODS.has(method) ? limits.messageDeadlineMs : limits.otherDeadlineMs);
    let failures = 0;
    const nextBackoff = () => backoffDelay(limits.firstBackoffMs, limits.maxBackoffMs, (failures += 1));
    for (;;) {
      let wait: number;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok) return result;
        const retryAfter = result.parameters?.retry_after;
        if (typeof retryAfter === 'number') wait = retryAfter * 1000;
        else if (result.error_code >= 500) wait = nextBackoff();
        else return result;
        if (clock.now() + wait > deadline || stopping?.aborted) return result;
      } catch (error) {
        // Only a failure to reach Telegram is retried; an abort by the caller is not.
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        wait = nextBackoff();
        if (clock.now() + wait > deadline || stopping?.aborted) throw error;
      }
      try {
        await clock.sleep(wait, stopping);
      } catch {
        throw new DeliveryAbandoned(method);
      }
    }
  };
}
