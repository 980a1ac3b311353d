/**
 * Sends the answers kept in the outbox (src/store/types.ts: Outbox): those Telegram would not take
 * before a stop (an answer still in its retry loop when the shutdown grace ran out) or within its wait.
 * At start and then every few seconds, an instance takes the items one by one under a lease (another instance
 * skips them meanwhile; one whose taker died comes again after the lease) and sends them in order,
 * renewing the lease while it sends (SentAnswers' heartbeat): the lease is short, an answer held by a dead instance waits about a minute,
 * through the same pacing and retries as any answer. A part still refused goes back as a new item.
 */
import type { Api } from 'grammy';
import type { Logger } from '../../log.ts';
import type { Outbox } from '../../store/types.ts';
import { sendMessages, type OutgoingMessage } from './adapter.ts';
import { TELEGRAM_DELIVERY } from './pacing.ts';
import type { PendingUpdates } from './pending.ts';

export const TELEGRAM_OUTBOX = {
  /** How often the outbox is looked at (ms). */
  intervalMs: 5_000,
  /**
   * An item taken (or kept while its answer is sent) is left alone by others this long from its last renewal (ms):
   * how long an answer held by an instance that died waits for another. Renewed while it is sent, however long
   * Telegram makes it wait (up to TELEGRAM_DELIVERY.messageDeadlineMs).
   */
  leaseMs: 60_000,
  /** How often the leases of the answers this process still sends are renewed (ms): two renewals may fail before the lease ends. */
  renewMs: 20_000,
  /**
   * Answers kept while sent are removed together at most this long after the first was sent (ms): one write for
   * all the answers sent meanwhile instead of one more per answer. A process killed (SIGKILL) sooner after a
   * send sends that answer again at the next start.
   */
  sentFlushMs: 200,
} as const;

/**
 * Answers kept in the outbox by their delivery's finish (src/chat/ports.ts: KeptAnswer) or taken from it while
 * this process sends them: held (`hold`), their lease renewed every TELEGRAM_OUTBOX.renewMs until removed.
 * Once sent (or handed back as a new item) each is removed, with the others sent meanwhile, by one write at most
 * TELEGRAM_OUTBOX.sentFlushMs later, and at stop. Until then a killed process's next start (SQLite), or another
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
    private readonly flushMs: number = TELEGRAM_OUTBOX.sentFlushMs,
  ) {}

  /** How long a kept answer is left to this process from its last renewal (KeptAnswer.leaseMs). */
  readonly leaseMs = TELEGRAM_OUTBOX.leaseMs;

  /** This process sends the kept answer `id`: its lease is renewed until it is removed (`add`) or released. */
  hold(id: number): void {
    this.held.add(id);
    this.heartbeat ??= setInterval(() => void this.renew(), TELEGRAM_OUTBOX.renewMs).unref();
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
      this.logger.warn('telegram.outbox_lease_not_renewed', { answers: ids.length, error });
    }
  }

  /** At stop, after the last flush: the answers still held (not sent) are left to others at once. */
  async stop(): Promise<void> {
    const ids = [...this.held];
    for (const id of ids) this.release(id);
    if (ids.length > 0) await this.outbox.outboxRenew(ids, 0).catch((error: unknown) => this.logger.warn('telegram.outbox_lease_not_renewed', { answers: ids.length, error }));
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
      this.logger.warn('telegram.outbox_sent_not_removed', { answers: ids.length, error });
      for (const id of ids) this.ids.add(id);
      this.later(TELEGRAM_OUTBOX.intervalMs);
    }
  }
}

export interface OutboxSender {
  /** Stops looking; a send in progress is waited for by the channel's drain (it is tracked as an update). */
  stop(): void;
}

export function startOutboxSender(deps: {
  api: Api;
  outbox: Outbox;
  /** Holds (renews the lease of) the item being sent. */
  leases: SentAnswers;
  pending: PendingUpdates;
  logger: Logger;
  intervalMs?: number;
}): OutboxSender {
  const { api, outbox, leases, pending, logger } = deps;
  let busy = false;
  let stopped = false;

  const sendOne = async (item: { id: number; recipient: string; messages: string }) => {
    leases.hold(item.id);
    try {
      const messages = JSON.parse(item.messages) as OutgoingMessage[];
      // A part refused again is kept as a new item before this one goes.
      await sendMessages(api, Number(item.recipient), messages, { outbox, logger, keptAs: item.id });
      logger.info('telegram.outbox_sent', { messages: messages.length });
    } catch (error) {
      // Refused for good (the person blocked the bot, the chat is gone), or unreadable: nothing more to do.
      logger.warn('telegram.outbox_dropped', { error });
    }
    try {
      await outbox.outboxDone(item.id);
    } finally {
      leases.release(item.id);
    }
  };

  const flush = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      // One at a time, so a stop leaves nothing taken: a send cut short keeps its rest as a new item.
      while (!stopped && !pending.stopping.aborted) {
        const [item] = await outbox.outboxTake('telegram', 1, TELEGRAM_OUTBOX.leaseMs);
        if (!item) break;
        await sendOne(item);
      }
    } catch (error) {
      // The database is away: the items stay for the next look.
      logger.warn('telegram.outbox_unavailable', { error });
    } finally {
      busy = false;
    }
  };

  const look = () => void pending.track(flush());
  look();
  const timer = setInterval(look, deps.intervalMs ?? TELEGRAM_OUTBOX.intervalMs);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
