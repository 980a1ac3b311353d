/**
 * The Zalo adapter proper: a validated update goes to the chat core, its replies go back as
 * plain texts, in order. Updates of one chat (and of one user, whose session they share) are
 * handled one after another; different chats run concurrently. Errors stay per update: the user
 * gets a polite message, the log gets the error with the update id and no personal data.
 */
import { shouldRedeliver } from '../../chat/ports.ts';
import type { ChatCore, Reply } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import type { ZaloApi } from './api.ts';
import { renderForZalo } from './render.ts';
import { backoffDelay, DEFAULT_RETRY, isRetryable, pause, type RetryOptions } from './retry.ts';
import { routeUpdate } from './updates.ts';

export const ZALO_ERROR_TEXT =
  'Xin lỗi bạn, hệ thống đang gặp sự cố nên chưa trả lời được tin nhắn này. Bạn vui lòng thử lại sau ít phút.';

/** Re-delivered webhook updates are recognised by message id among this many recent ones. */
const REMEMBERED_MESSAGE_IDS = 1000;

/** A reply is tried this many times (on network errors, 429 and 5xx) before it is given up. */
const SEND_ATTEMPTS = 4;

export interface ZaloBotDeps {
  api: ZaloApi;
  core: ChatCore;
  logger: Logger;
  retry?: RetryOptions;
  /** Builds a link from a share token (the web page of a shared answer), when the server has one. */
  shareLink?: (token: string) => string;
  /**
   * An update the core could not handle now (the database unreachable, or handled elsewhere under a
   * lease) is never apologised for: 'platform' (webhook) gives it back for the platform to send again
   * (503); 'retry' (polling: the platform already forgot it) tries it again here with back-off.
   */
  redeliver?: 'platform' | 'retry';
  /** Aborted when the channel stops: an update still being retried is given up (logged). */
  stopping?: AbortSignal;
}

/** What became of an update: handled (its replies are on their way) or to be delivered again. */
export type UpdateOutcome = 'handled' | 'redeliver';

export interface ZaloBot {
  /**
   * Validates and queues one raw update. Resolves once the core has handled it (its replies then go
   * out) or could not yet ('redeliver', with redeliver 'platform'). Never rejects.
   */
  handleUpdate(raw: unknown): Promise<UpdateOutcome>;
  /** Names the bot answers to in groups ("@name"), from getMe. */
  setBotNames(names: string[]): void;
  /** Updates queued or being handled. */
  readonly pending: number;
  /** Resolves when every queued update has been handled. */
  idle(): Promise<void>;
}

export function createZaloBot(deps: ZaloBotDeps): ZaloBot {
  const { api, core, logger } = deps;
  const retry = deps.retry ?? DEFAULT_RETRY;
  const queue = new KeyedQueue();
  const recentMessageIds = new Set<string>();
  let botNames: string[] = [];

  async function send(chatId: string, text: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await api.sendMessage({ chat_id: chatId, text });
        return;
      } catch (error) {
        if (attempt >= SEND_ATTEMPTS || !isRetryable(error)) throw error;
        await pause(backoffDelay(retry, attempt));
      }
    }
  }

  /** The core's replies as texts; undefined when the update must be delivered again. */
  async function repliesOf(handle: () => Promise<Reply[]>, log: Logger): Promise<string[] | undefined> {
    for (let failures = 1; ; failures += 1) {
      try {
        return renderForZalo(await handle(), deps.shareLink);
      } catch (error) {
        if (!shouldRedeliver(error)) {
          log.error('zalo.update_failed', { error });
          return [ZALO_ERROR_TEXT];
        }
        const reason = (error as Error).name;
        if (deps.redeliver !== 'retry') {
          log.warn('zalo.update_redeliver', { reason });
          return undefined;
        }
        const retryInMs = backoffDelay(retry, failures);
        log.warn('zalo.update_retry', { reason, failures, retryInMs });
        if (!(await pause(retryInMs, deps.stopping))) {
          log.error('zalo.update_unhandled_at_stop', { reason });
          return undefined;
        }
      }
    }
  }

  async function answer(chatId: string, log: Logger, handle: () => Promise<Reply[]>, outcome: (value: UpdateOutcome) => void): Promise<void> {
    api.sendChatAction({ chat_id: chatId, action: 'typing' }).catch((error: unknown) => {
      log.debug('zalo.typing_failed', { error });
    });
    const texts = await repliesOf(handle, log);
    outcome(texts ? 'handled' : 'redeliver');
    if (!texts) return;
    try {
      for (const text of texts) await send(chatId, text);
      log.info('zalo.replied', { messages: texts.length });
    } catch (error) {
      // The rest of this answer would read out of context without the part that failed.
      log.error('zalo.send_failed', { error });
    }
  }

  return {
    async handleUpdate(raw) {
      const routed = routeUpdate(raw, botNames);
      if (routed.kind === 'invalid') {
        logger.warn('zalo.update_invalid', { problem: routed.problem });
        return 'handled';
      }
      const log = logger.child({ updateId: routed.messageId });
      if (recentMessageIds.has(routed.messageId)) {
        log.info('zalo.update_duplicate');
        return 'handled';
      }
      remember(recentMessageIds, routed.messageId);
      if (routed.kind === 'ignored') {
        log.debug('zalo.update_ignored', { reason: routed.reason });
        return 'handled';
      }
      const { chatId, message } = routed;
      log.info('zalo.update', { group: message.isGroup === true, unsupported: message.unsupported === true });
      return new Promise<UpdateOutcome>((resolve) => {
        const outcome = (value: UpdateOutcome) => {
          // Not answered: the platform's next delivery of it must not pass for a duplicate.
          if (value === 'redeliver') recentMessageIds.delete(routed.messageId);
          resolve(value);
        };
        queue.run([`chat:${chatId}`, `user:${message.userId}`], () =>
          answer(chatId, log, () => core.handle({ ...message, traceId: routed.messageId, deliveryId: routed.messageId }), outcome).finally(() =>
            resolve('handled'),
          ),
        );
      });
    },
    setBotNames(names) {
      botNames = names.filter((name) => name.trim() !== '');
    },
    get pending() {
      return queue.size;
    },
    idle: () => queue.idle(),
  };
}

function remember(ids: Set<string>, id: string): void {
  ids.add(id);
  if (ids.size > REMEMBERED_MESSAGE_IDS) {
    const oldest = ids.values().next().value;
    if (oldest !== undefined) ids.delete(oldest);
  }
}

/**
 * Runs tasks so that two tasks sharing a key never overlap and run in arrival order; tasks with
 * no key in common run concurrently.
 */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  get size(): number {
    return this.running.size;
  }

  run(keys: string[], task: () => Promise<void>): void {
    const before = keys.flatMap((key) => this.tails.get(key) ?? []);
    const done = Promise.all(before)
      .then(task)
      .catch(() => {
        // Tasks report their own errors; a failure must not block the keys' later tasks.
      });
    for (const key of keys) this.tails.set(key, done);
    this.running.add(done);
    void done.finally(() => {
      this.running.delete(done);
      for (const key of keys) if (this.tails.get(key) === done) this.tails.delete(key);
    });
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}
