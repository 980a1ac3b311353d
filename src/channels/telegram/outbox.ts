/**
 * Sends the answers kept in the outbox (src/store/types.ts: Outbox): those Telegram would not take
 * before a stop (an answer still in its retry loop when the shutdown grace ran out) or within its wait.
 * At start and then every few seconds, an instance takes the items one by one under a lease (another instance
 * skips them meanwhile; one whose taker died comes again after the lease) and sends them in order,
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
  /** An item taken (or kept while its answer is sent) is left alone by others this long: longer than any answer's wait for Telegram (ms). */
  leaseMs: TELEGRAM_DELIVERY.messageDeadlineMs + 60_000,
  /**
   * Answers kept while sent are removed together at most this long after the first was sent (ms): one write for
   * all the answers sent meanwhile instead of one more per answer. A process killed (SIGKILL) sooner after a
   * send sends that answer again at the next start.
   */
  sentFlushMs: 200,
} as const;

/**
 * Answers kept in the outbox by their delivery's finish (src/chat/ports.ts: KeptAnswer) while this process sends
 * them: once sent (or handed back as a new item) each is removed, with the others sent meanwhile, by one
 * write at most TELEGRAM_OUTBOX.sentFlushMs later, and at stop. Until then a killed process's next start
 * (SQLite), or another instance once the lease ran out (PostgreSQL), sends what was not.
 */
export class SentAnswers {
  private readonly ids = new Set<number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: Pick<Outbox, 'outboxDone'>,
    private readonly logger: Logger,
    private readonly flushMs: number = TELEGRAM_OUTBOX.sentFlushMs,
  ) {}

  /** How long a kept answer is left to this process (KeptAnswer.leaseMs). */
  readonly leaseMs = TELEGRAM_OUTBOX.leaseMs;

  add(id: number): void {
    this.ids.add(id);
    this.later(this.flushMs);
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
  pending: PendingUpdates;
  logger: Logger;
  intervalMs?: number;
}): OutboxSender {
  const { api, outbox, pending, logger } = deps;
  let busy = false;
  let stopped = false;

  const sendOne = async (item: { id: number; recipient: string; messages: string }) => {
    try {
      const messages = JSON.parse(item.messages) as OutgoingMessage[];
      // A part refused again is kept as a new item before this one goes.
      await sendMessages(api, Number(item.recipient), messages, { outbox, logger, keptAs: item.id });
      logger.info('telegram.outbox_sent', { messages: messages.length });
    } catch (error) {
      // Refused for good (the person blocked the bot, the chat is gone), or unreadable: nothing more to do.
      logger.warn('telegram.outbox_dropped', { error });
    }
    await outbox.outboxDone(item.id);
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
