/**
 * Telegram's sender of the answers kept in the outbox (src/channels/outbox.ts): each item is the answer's
 * sendMessage calls, sent through the same pacing and retries as any answer; a part still refused goes back as a new item.
 */
import type { Api } from 'grammy';
import type { Logger } from '../../log.ts';
import type { Outbox } from '../../store/types.ts';
import { watchOutbox, type OutboxSender, type SentAnswers } from '../outbox.ts';
import { sendMessages, type OutgoingMessage } from './adapter.ts';
import type { PendingUpdates } from './pending.ts';

export function startOutboxSender(deps: {
  api: Api;
  outbox: Outbox;
  /** Holds (renews the lease of) the item being sent. */
  leases: SentAnswers;
  pending: PendingUpdates;
  logger: Logger;
  intervalMs?: number;
}): OutboxSender {
  const { api, outbox, pending, logger } = deps;
  return watchOutbox({
    channel: 'telegram',
    outbox,
    leases: deps.leases,
    logger,
    stopping: pending.stopping,
    track: (work) => void pending.track(work),
    ...(deps.intervalMs !== undefined ? { intervalMs: deps.intervalMs } : {}),
    send: async (item) => {
      const messages = JSON.parse(item.messages) as OutgoingMessage[];
      // A part refused again is kept as a new item before this one goes.
      await sendMessages(api, Number(item.recipient), messages, { outbox, logger, keptAs: item.id });
      return messages.length;
    },
  });
}
