/**
 * The Zalo adapter proper: a validated update goes to the chat core, its replies go back as
 * plain texts, in order. Updates of one chat (and of one user, whose session they share) are
 * handled one after another; different chats run concurrently. Errors stay per update: the user
 * gets a polite message, the log gets the error with the update id and no personal data.
 */
import { shouldRedeliver, type AnswerKeeping } from '../../chat/ports.ts';
import type { ChatCore, Reply } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import type { Outbox, OutboxItem, RefusedUpdates } from '../../store/types.ts';
import type { SentAnswers } from '../outbox.ts';
import type { SharedCounters } from '../../store/redis.ts';
import { USER_LIMIT_TEXT, userLimit, type LimitedChannel, type RateLimit } from '../user-limit.ts';
import type { ZaloApi } from './api.ts';
import { renderForZalo } from './render.ts';
import { DEFAULT_RETRY, isRetryable, pause, retryDelay, type RetryOptions } from './retry.ts';
import type { WaitingUpdate, ZaloInbox } from './inbox.ts';
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
  /** Aborted when the channel stops: an update still being retried is given up (logged), kept in `inbox` if any. */
  stopping?: AbortSignal;
  /** Polling: where an update waiting for the database is kept until handled, so a stop does not lose it. */
  inbox?: ZaloInbox;
  /**
   * With it, each answer is kept in the outbox by the write that marks its update answered, and removed once Zalo
   * took it (`sent`): a process killed in between, or Zalo refusing it meanwhile, does not lose it
   * (src/channels/outbox.ts sends it; `sendKept` here).
   */
  outbox?: Pick<Outbox, 'outboxPut' | 'outboxRest'>;
  sent?: SentAnswers;
  /** Each user's budget (src/channels/user-limit.ts: USER_RATE_LIMIT, as Telegram's). */
  rateLimit?: RateLimit;
  /** Where the per-user limit counts (several instances: Redis); default this process's memory. */
  rateCounters?: (windowMs: number, channel: LimitedChannel) => SharedCounters;
  /** Without rateCounters: where the updates refused by the per-user limit are kept (the store), UserLimitOptions.refusals. */
  refusals?: RefusedUpdates;
  /** The one clock (the app's: its store's), for what the per-user limit remembers in this process's memory. */
  now: () => Date;
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
  /** Handles the updates an earlier run kept in the inbox (they wait for the database again if need be). */
  resume(updates: WaitingUpdate[]): void;
  /** Updates queued or being handled. */
  readonly pending: number;
  /** Updates waiting for the database (polling): fetching more would only add to them. */
  readonly waiting: number;
  /** Resolves when no update waits for the database. */
  noneWaiting(): Promise<void>;
  /** Resolves when every queued update has been handled. */
  idle(): Promise<void>;
  /** Sends an answer taken from the outbox (resolves to its number of messages); rejects when Zalo refused it for good. */
  sendKept(item: OutboxItem): Promise<number>;
}

export function createZaloBot(deps: ZaloBotDeps): ZaloBot {
  const { api, core, logger } = deps;
  const retry = deps.retry ?? DEFAULT_RETRY;
  const queue = new KeyedQueue();
  const recentMessageIds = new Set<string>();
  let botNames: string[] = [];
  // Over the budget: told once, then dropped (answered 200: the platform must not send them again).
  const allowed = userLimit<WaitingUpdate>({
    channel: 'zalo',
    logger,
    ...(deps.rateLimit ? { rateLimit: deps.rateLimit } : {}),
    ...(deps.rateCounters ? { counters: deps.rateCounters } : {}),
    ...(deps.refusals ? { refusals: deps.refusals } : {}),
    userOf: (update) => update.message.userId,
    deliveryOf: (update) => update.messageId,
    kindOf: (update) => (update.message.isGroup ? 'group_message' : 'message'),
    tell: (update) => send(update.chatId, USER_LIMIT_TEXT),
    now: deps.now,
  });

  async function send(chatId: string, text: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await api.sendMessage({ chat_id: chatId, text });
        return;
      } catch (error) {
        if (attempt >= SEND_ATTEMPTS || !isRetryable(error)) throw error;
        await pause(retryDelay(retry, attempt));
      }
    }
  }

  /**
   * Sends an answer's texts in order. `keptAs`: the outbox item holding it until sent; after each text but the last, the
   * item is left holding the rest, so a crash mid-answer resends from the first unsent text. Zalo not taking one (network,
   * 5xx, 429, after the retries): it and the rest go back to the outbox as a new item, sent at a later look by any
   * instance ('kept'); refused for good (a bad chat id) or without an outbox: rejects.
   */
  async function sendTexts(chatId: string, texts: string[], keptAs: number | undefined, log: Logger): Promise<'sent' | 'kept'> {
    for (const [index, text] of texts.entries()) {
      try {
        await send(chatId, text);
        if (keptAs !== undefined && deps.outbox && index < texts.length - 1) {
          // Not kept: a crash before the next write resends this text once more.
          await deps.outbox.outboxRest(keptAs, JSON.stringify(texts.slice(index + 1))).catch((error: unknown) => log.warn('zalo.outbox_rest_failed', { error }));
        }
      } catch (error) {
        if (!deps.outbox || !isRetryable(error)) throw error;
        try {
          await deps.outbox.outboxPut({ channel: 'zalo', recipient: chatId, messages: JSON.stringify(texts.slice(index)), ...(keptAs !== undefined ? { continues: keptAs } : {}) });
        } catch (keepError) {
          log.warn('zalo.outbox_put_failed', { error: keepError });
          throw error;
        }
        log.warn('zalo.reply_kept', { messages: texts.length - index, error });
        return 'kept';
      }
    }
    return 'sent';
  }

  let waiting = 0;
  let noneWaiting: { promise: Promise<void>; resolve: () => void } | undefined;

  /**
   * The core's replies as texts; undefined when the update must be delivered again. Polling retries it here,
   * kept in the inbox meanwhile (Zalo forgot it): a stop leaves it there for the next start.
   */
  async function repliesOf(update: WaitingUpdate, handle: () => Promise<Reply[]>, log: Logger): Promise<string[] | undefined> {
    let waited = false;
    try {
      for (let failures = 1; ; failures += 1) {
        try {
          const texts = renderForZalo(await handle(), deps.shareLink);
          deps.inbox?.drop(update.messageId);
          return texts;
        } catch (error) {
          if (!shouldRedeliver(error)) {
            log.error('zalo.update_failed', { error });
            deps.inbox?.drop(update.messageId);
            return [ZALO_ERROR_TEXT];
          }
          const reason = (error as Error).name;
          if (deps.redeliver !== 'retry') {
            log.warn('zalo.update_redeliver', { reason });
            return undefined;
          }
          if (!waited) {
            waited = true;
            waiting += 1;
            deps.inbox?.keep(update);
          }
          const retryInMs = retryDelay(retry, failures);
          log.warn('zalo.update_retry', { reason, failures, retryInMs });
          if (!(await pause(retryInMs, deps.stopping))) {
            if (deps.inbox) log.warn('zalo.update_kept_for_next_start', { reason });
            else log.error('zalo.update_unhandled_at_stop', { reason });
            return undefined;
          }
        }
      }
    } finally {
      if (waited && --waiting === 0) {
        noneWaiting?.resolve();
        noneWaiting = undefined;
      }
    }
  }

  async function answer(update: WaitingUpdate, log: Logger, outcome: (value: UpdateOutcome) => void): Promise<void> {
    const { chatId, messageId, message } = update;
    api.sendChatAction({ chat_id: chatId, action: 'typing' }).catch((error: unknown) => {
      log.debug('zalo.typing_failed', { error });
    });
    // The answer as the core's finish keeps it in the outbox (with `sent`): rendered once, sent below.
    let rendered: string[] | undefined;
    let kept: number | undefined;
    const sent = deps.sent;
    const keeping: AnswerKeeping | undefined = sent && {
      render: (replies) => {
        rendered = renderForZalo(replies, deps.shareLink);
        return rendered.length === 0 ? undefined : { recipient: chatId, messages: JSON.stringify(rendered), leaseMs: sent.leaseMs };
      },
      kept: (id) => {
        kept = id;
        sent.hold(id);
      },
    };
    const texts = await repliesOf(update, () => core.handle({ ...message, traceId: messageId, deliveryId: messageId }, keeping), log);
    outcome(texts ? 'handled' : 'redeliver');
    if (!texts) return;
    try {
      if ((await sendTexts(chatId, rendered ?? texts, kept, log)) === 'sent') log.info('zalo.replied', { messages: texts.length });
    } catch (error) {
      // The rest of this answer would read out of context without the part that failed.
      log.error('zalo.send_failed', { error });
      // Zalo still refusing and its rest not handed back (the database away too): the kept answer is the only copy,
      // sent by the next look of any instance once its lease runs out.
      if (kept !== undefined && isRetryable(error)) {
        sent!.release(kept);
        return;
      }
    }
    // Sent, handed back as a new item, or refused for good: the kept answer goes.
    if (kept !== undefined) sent!.add(kept);
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
      const { chatId, message, messageId } = routed;
      log.info('zalo.update', { group: message.isGroup === true, unsupported: message.unsupported === true });
      if (!(await allowed({ chatId, messageId, message }))) return 'handled';
      return dispatch({ chatId, messageId, message }, log);
    },
    resume(updates) {
      for (const update of updates) {
        remember(recentMessageIds, update.messageId);
        void dispatch(update, logger.child({ updateId: update.messageId }));
      }
      if (updates.length > 0) logger.info('zalo.inbox_resumed', { updates: updates.length });
    },
    setBotNames(names) {
      botNames = names.filter((name) => name.trim() !== '');
    },
    get pending() {
      return queue.size;
    },
    get waiting() {
      return waiting;
    },
    noneWaiting() {
      if (waiting === 0) return Promise.resolve();
      if (!noneWaiting) {
        let resolve!: () => void;
        const promise = new Promise<void>((done) => (resolve = done));
        noneWaiting = { promise, resolve };
      }
      return noneWaiting.promise;
    },
    idle: () => queue.idle(),
    sendKept: async (item) => {
      const texts = JSON.parse(item.messages) as string[];
      await sendTexts(item.recipient, texts, item.id, logger);
      return texts.length;
    },
  };

  /** Queues the update behind its chat's and user's earlier ones; resolves once the core handled it (or could not yet). */
  function dispatch(update: WaitingUpdate, log: Logger): Promise<UpdateOutcome> {
    return new Promise<UpdateOutcome>((resolve) => {
      const outcome = (value: UpdateOutcome) => {
        // Not answered: the platform's next delivery of it must not pass for a duplicate.
        if (value === 'redeliver') recentMessageIds.delete(update.messageId);
        resolve(value);
      };
      queue.run([`chat:${update.chatId}`, `user:${update.message.userId}`], () => answer(update, log, outcome).finally(() => resolve('handled')));
    });
  }
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
