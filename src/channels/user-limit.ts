/**
 * The per-user limit of the chat channels (Telegram, Zalo): one budget, one polite message, one log line, counted by
 * @grammyjs/ratelimiter in this process's memory, or in Redis (REDIS_URL: SharedState.counters) so that a user's
 * messages spread over several instances share one budget. The first message over the budget gets USER_LIMIT_TEXT
 * and `<channel>.rate_limited` in the log (the channel and the kind of update only, never the text or the user); the
 * next ones until the window ends are dropped without another word. An update refused is refused again when the platform
 * delivers it again within its redelivery window (REFUSED_REMEMBERED_MS), at any instance: remembered in Redis, or without
 * it in the store (RefusedUpdates: SQLite, PostgreSQL), which outlives a restart, as well as in this process's memory.
 */
import { limit } from '@grammyjs/ratelimiter';
import type { Logger } from '../log.ts';
import { REDELIVERY_MS } from '../privacy/retention.ts';
import { forgetOlder } from './marks.ts';
import type { SharedCounters } from '../store/redis.ts';
import type { RefusedUpdates } from '../store/types.ts';

export interface RateLimit {
  /** Messages one user may send per window before being asked to slow down. */
  updates: number;
  windowMs: number;
}

/** Generous enough for someone tapping through the interview, tight enough to stop a flood (a phone or a script). */
export const USER_RATE_LIMIT: RateLimit = { updates: 12, windowMs: 10_000 };

export const USER_LIMIT_TEXT = 'Bạn đang gửi tin nhắn hơi nhanh. Bạn vui lòng chờ vài giây rồi gửi tiếp nhé.';

export type LimitedChannel = 'telegram' | 'zalo';

export interface UserLimitOptions<T> {
  channel: LimitedChannel;
  logger: Logger;
  rateLimit?: RateLimit;
  /** Where the counts are kept (several instances: Redis); none: this process's memory. */
  counters?: (windowMs: number, channel: LimitedChannel) => SharedCounters;
  /** Without `counters`: the store the refused updates are kept in (none: this process's memory only, a test's echo core). */
  refusals?: RefusedUpdates;
  /** The user an update counts for; undefined: not counted. */
  userOf: (update: T) => string | undefined;
  /**
   * The platform's id of the update (Telegram update_id, Zalo message id): the same update delivered again (after a 503
   * while the database was away, or a timeout) is not counted again within the window.
   */
  deliveryOf: (update: T) => string;
  /** What the log line names of an update (its kind), never its text. */
  kindOf: (update: T) => string;
  /** Tells the user once that they are over the budget (USER_LIMIT_TEXT). */
  tell: (update: T) => Promise<void>;
  /** The one clock (the app's: the store's), by which updates counted in this process's memory are remembered for a window. */
  now: () => Date;
}

/**
 * `allowed(update)`: true when the update is within its user's budget. Over it, the first one is told and logged
 * (a failure to tell is logged, never thrown), and every one is refused.
 */
export function userLimit<T>(options: UserLimitOptions<T>): (update: T) => Promise<boolean> {
  const { channel, logger } = options;
  const rateLimit = options.rateLimit ?? USER_RATE_LIMIT;
  const shared = options.counters?.(rateLimit.windowMs, channel);
  const counted = shared ?? countedInMemory(rateLimit.windowMs, options.now, options.refusals && { channel, refusals: options.refusals, logger });
  // The library's context needs `from`; the update rides beside it.
  const middleware = limit<{ from: undefined; update: T }, SharedCounters>({
    limit: rateLimit.updates,
    timeFrame: rateLimit.windowMs,
    storageClient: shared ?? 'MEMORY_STORE',
    // Each channel's users are counted apart (a Telegram and a Zalo user may have the same number).
    keyPrefix: `${channel}:`,
    keyGenerator: ({ update }) => options.userOf(update),
    onLimitExceeded: async ({ update }) => {
      logger.info(`${channel}.rate_limited`, { updateType: options.kindOf(update), windowSeconds: Math.round(rateLimit.windowMs / 1000) });
      await options.tell(update).catch((error: unknown) => logger.warn(`${channel}.rate_limited_not_told`, { error }));
    },
  });
  return async (update) => {
    const counts = options.userOf(update) !== undefined;
    // Delivered again (its 200 lost: the instance killed, the connection cut; or to another instance): decided as the first
    // time, not counted again, not told again.
    const seen = counts ? await counted.firstCount(options.deliveryOf(update)) : 'new';
    if (seen !== 'new') return seen === 'allowed';
    let allowed = false;
    await middleware({ from: undefined, update }, async () => {
      allowed = true;
    });
    if (counts && !allowed) await counted.refusedCount(options.deliveryOf(update));
    return allowed;
  };
}

/** The updates counted in this process's memory (no Redis): each id remembered for one window, at most this many. */
const COUNTED_REMEMBERED = 10_000;

/**
 * An update refused by the limit is refused again if the platform delivers it again within its redelivery window
 * (RETENTION.redeliveryHours: Telegram keeps an update 24 hours), not only within the limit's window: after it, a redelivery
 * was counted as new in an empty window and answered, after its sender had been told to slow down (round 24).
 */
export const REFUSED_REMEMBERED_MS = REDELIVERY_MS;

function countedInMemory(
  windowMs: number,
  now: () => Date,
  kept?: { channel: LimitedChannel; refusals: RefusedUpdates; logger: Logger },
): Pick<SharedCounters, 'firstCount' | 'refusedCount'> {
  // Each in the order its mark was set, all of one age limit: the oldest are at the front.
  const allowed = new Map<string, number>();
  const refused = new Map<string, number>();
  const forgetOld = (marks: Map<string, number>, time: number, keepMs: number) => forgetOlder(marks, time, keepMs, COUNTED_REMEMBERED, (at) => at);
  /** Refused before, by this process or (the store) before a restart or at another instance; the store failing: memory's word. */
  const refusedInStore = async (delivery: string) =>
    (await kept?.refusals.wasRefused(kept.channel, delivery).catch((error: unknown) => {
      kept.logger.warn(`${kept.channel}.refused_not_read`, { error });
      return false;
    })) === true;
  return {
    firstCount: async (delivery) => {
      const time = now().getTime();
      forgetOld(allowed, time, windowMs);
      forgetOld(refused, time, REFUSED_REMEMBERED_MS);
      if (refused.has(delivery)) return 'refused';
      if (allowed.has(delivery)) return 'allowed';
      if (await refusedInStore(delivery)) return 'refused';
      allowed.set(delivery, time);
      return 'new';
    },
    refusedCount: async (delivery) => {
      allowed.delete(delivery);
      refused.set(delivery, now().getTime());
      await kept?.refusals.markRefused(kept.channel, delivery).catch((error: unknown) => kept.logger.warn(`${kept.channel}.refused_not_kept`, { error }));
    },
  };
}
