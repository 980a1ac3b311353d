import type { Transformer } from 'grammy';

/**
 * Spaces outgoing messages so the bot stays under Telegram's limits (about 30 messages a second
 * overall, about 1 a second per chat, about 20 a minute per group) instead of collecting 429s.
 * Short bursts pass at once (a reply cut into a few messages); only floods wait.
 * Auto-retry stays behind it for the 429s that still happen.
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
  sleep(milliseconds: number): Promise<void>;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
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
