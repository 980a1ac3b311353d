/**
 * The answers a channel (Telegram, Zalo) sends after the core returned them, kept in the outbox (src/store/types.ts:
 * Outbox) by the write that marks their delivery answered, and those the platform would not take before a stop or
 * within its wait. At start and then every few seconds, an instance takes the items one by one under a lease (another
 * instance skips them meanwhile; one whose taker died comes again after the lease) and sends them in order, renewing
 * the lease while it sends (SentAnswers' heartbeat): the lease is short, an answer held by a dead instance waits about
 * a minute. How an item is sent is the channel's (`watchOutbox`'s `send`).
 */
import type { Logger } from '../log.ts';
import { outageLog } from '../outage.ts';
import type { Outbox, OutboxItem } from '../store/types.ts';

export const OUTBOX = {
  /** How often the outbox is looked at (ms). */
  intervalMs: 5_000,
  /**
   * An item taken (or kept while its answer is sent) is left alone by others this long from its last renewal (ms):
   * how long an answer held by an instance that died waits for another. Renewed while it is sent, however long
   * the platform makes it wait (Telegram: up to TELEGRAM_DELIVERY.messageDeadlineMs).
   */
  leaseMs: 60_000,
  /**
   * How many times a lease is renewed within its length while its answer is still sent: two renewals may fail before the
   * lease ends (every 20 s with the default lease).
   */
  renewalsPerLease: 3,
  /**
   * Answers kept while sent are removed together at most this long after the first was sent (ms): one write for
   * all the answers sent meanwhile instead of one more per answer. A process killed (SIGKILL) sooner after a
   * send sends that answer again at the next start.
   */
  sentFlushMs: 200,
  /**
   * While the database stays away, `<channel>.outbox_still_unavailable` at most this often (ms): the loss
   * (`<channel>.outbox_unavailable`) and the return (`<channel>.outbox_back`) are one line each (src/outage.ts).
   */
  unavailableReminderMs: 60_000,
} as const;

/** The lease set by OUTBOX_LEASE_SECONDS (the default OUTBOX.leaseMs when unset). */
export function outboxLease(config: { OUTBOX_LEASE_SECONDS?: number }): { leaseMs?: number } {
  return config.OUTBOX_LEASE_SECONDS === undefined ? {} : { leaseMs: config.OUTBOX_LEASE_SECONDS * 1000 };
}

/**
 * Answers kept in the outbox by their delivery's finish (src/chat/ports.ts: KeptAnswer) or taken from it while
 * this process sends them: held (`hold`), their lease renewed OUTBOX.renewalsPerLease times a lease until removed.
 * Once sent (or handed back as a new item) each is removed, with the others sent meanwhile, by one write at most
 * OUTBOX.sentFlushMs later, and at stop. Until then a killed process's next start (SQLite), or another
 * instance once the last renewed lease ran out (PostgreSQL), sends what was not.
 */
export class SentAnswers {
  private readonly ids = new Set<number>();
  private readonly held = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: Pick<Outbox, 'outboxDone' | 'outboxRenew'>,
    private readonly logger: Logger,
    /** The channel whose answers these are: its log events are `<channel>.outbox_…`. */
    private readonly channel: 'telegram' | 'zalo',
    options: {
      /** How long a kept answer is left to this process from its last renewal (OUTBOX_LEASE_SECONDS; OUTBOX.leaseMs). */
      leaseMs?: number;
      flushMs?: number;
    } = {},
  ) {
    this.leaseMs = options.leaseMs ?? OUTBOX.leaseMs;
    this.flushMs = options.flushMs ?? OUTBOX.sentFlushMs;
  }

  /** How long a kept answer (or an item taken from the outbox) is left to this process from its last renewal (KeptAnswer.leaseMs). */
  readonly leaseMs: number;
  private readonly flushMs: number;

  /** This process sends the kept answer `id`: its lease is renewed until it is removed (`add`) or released. */
  hold(id: number): void {
    this.held.add(id);
    this.heartbeat ??= setInterval(() => void this.renew(), this.leaseMs / OUTBOX.renewalsPerLease).unref();
  }

  /** The answer `id` was removed by its sender: no longer renewed. */
  release(id: number): void {
    this.held.delete(id);
    if (this.held.size > 0) return;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** The answer `id` was sent: removed at the next flush, renewed until then. */
  add(id: number): void {
    this.ids.add(id);
    this.later(this.flushMs);
  }

  private async renew(): Promise<void> {
    const ids = [...this.held];
    try {
      await this.outbox.outboxRenew(ids, this.leaseMs);
    } catch (error) {
      // The database is away: the next beat tries again; past the lease another instance may send these answers.
      this.logger.warn(`${this.channel}.outbox_lease_not_renewed`, { answers: ids.length, error });
    }
  }

  /** At stop, after the last flush: the answers still held (not sent) are left to others at once. */
  async stop(): Promise<void> {
    const ids = [...this.held];
    for (const id of ids) this.release(id);
    if (ids.length > 0) await this.outbox.outboxRenew(ids, 0).catch((error: unknown) => this.logger.warn(`${this.channel}.outbox_lease_not_renewed`, { answers: ids.length, error }));
  }

  private later(ms: number): void {
    this.timer ??= setTimeout(() => void this.flush(), ms).unref();
  }

  /** Removes the answers sent so far; on failure they wait for the next look (and are sent again after a kill). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.ids.size === 0) return;
    const ids = [...this.ids];
    this.ids.clear();
    try {
      await this.outbox.outboxDone(...ids);
      for (const id of ids) this.release(id);
    } catch (error) {
      this.logger.warn(`${this.channel}.outbox_sent_not_removed`, { answers: ids.length, error });
      for (const id of ids) this.ids.add(id);
      this.later(OUTBOX.intervalMs);
    }
  }
}

export interface OutboxSender {
  /** Stops looking; resolves once a send in progress ended (Telegram's drain waits for it as an update). */
  stop(): Promise<void>;
}

/**
 * Looks at `channel`'s outbox at once and every OUTBOX.intervalMs: takes the items one at a time under a lease, sends
 * each (`send`, resolving to how many messages went; rejecting when the platform refused it for good or it is
 * unreadable: dropped, logged), then removes it. The database away: the items stay for the next look (logged once when
 * it goes, then at most every OUTBOX.unavailableReminderMs, and once when it is back).
 */
export function watchOutbox(deps: {
  channel: 'telegram' | 'zalo';
  outbox: Pick<Outbox, 'outboxTake' | 'outboxDone'>;
  /** Holds (renews the lease of) the item being sent. */
  leases: SentAnswers;
  send(item: OutboxItem): Promise<number>;
  logger: Logger;
  /** Aborted when the channel stops: no further item is taken. */
  stopping?: AbortSignal;
  /** Each look, to the channel's tracker of work a stop waits for. */
  track?: (work: Promise<void>) => void;
  intervalMs?: number;
  /** The clock of the outage's reminders (tests). */
  now?: () => number;
}): OutboxSender {
  const { channel, outbox, leases, logger } = deps;
  const outage = outageLog(
    { lost: `${channel}.outbox_unavailable`, still: `${channel}.outbox_still_unavailable`, back: `${channel}.outbox_back`, counted: 'failedLooks' },
    OUTBOX.unavailableReminderMs,
    deps.now,
  );
  let busy: Promise<void> | undefined;
  let stopped = false;

  const sendOne = async (item: OutboxItem) => {
    leases.hold(item.id);
    try {
      const messages = await deps.send(item);
      logger.info(`${channel}.outbox_sent`, { messages });
    } catch (error) {
      // Refused for good (the person blocked the bot, the chat is gone), or unreadable: nothing more to do.
      logger.warn(`${channel}.outbox_dropped`, { error });
    }
    try {
      await outbox.outboxDone(item.id);
    } finally {
      leases.release(item.id);
    }
  };

  const flush = async () => {
    try {
      // One at a time, so a stop leaves nothing taken: a send cut short keeps its rest as a new item.
      while (!stopped && !deps.stopping?.aborted) {
        const [item] = await outbox.outboxTake(channel, 1, leases.leaseMs);
        outage.answered(logger);
        if (!item) break;
        await sendOne(item);
      }
    } catch (error) {
      // The database is away: the items stay for the next look; logged at the loss, as a reminder and at the return.
      outage.failed(logger, error);
    } finally {
      busy = undefined;
    }
  };

  const look = () => {
    if (busy || stopped) return;
    busy = flush();
    deps.track?.(busy);
  };
  look();
  const timer = setInterval(look, deps.intervalMs ?? OUTBOX.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await busy;
    },
  };
}
