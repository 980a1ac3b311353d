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
  /** An item taken is left alone by others this long: longer than any answer's wait for Telegram (ms). */
  leaseMs: TELEGRAM_DELIVERY.messageDeadlineMs + 60_000,
} as const;

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
      await sendMessages(api, Number(item.recipient), messages, { outbox, logger });
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
