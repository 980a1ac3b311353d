import { createHash } from 'node:crypto';
import { Bot, GrammyError, HttpError, type Api, type BotError, type Context } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { sequentialize } from '@grammyjs/runner';
import { shouldRedeliver, type AnswerKeeping } from '../../chat/ports.ts';
import type { ChatCore, IncomingMessage, InlineAnswer, Reply } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import { renderSpans } from './html.ts';
import { incomingFromCallback, incomingFromMessage, type BotIdentity } from './incoming.ts';
import { inlineKeyboardFor } from './keyboard.ts';
import {
  delivery,
  DeliveryAbandoned,
  pacing,
  realClock,
  TELEGRAM_DELIVERY,
  TELEGRAM_PACING,
  type Clock,
  type DeliveryLimits,
  type PacingLimits,
} from './pacing.ts';
import type { SharedCounters } from '../../store/redis.ts';
import { USER_LIMIT_TEXT, userLimit, type LimitedChannel, type RateLimit } from '../user-limit.ts';
import type { Outbox, RefusedUpdates } from '../../store/types.ts';
import type { PollingOffsets } from './offsets.ts';
import type { SentAnswers } from '../outbox.ts';
import type { PendingUpdates } from './pending.ts';

/**
 * The Telegram adapter: updates → ChatCore → Reply → Bot API calls. It holds no conversation
 * state of its own; the core loads and saves each user's session in the store.
 */

export const TELEGRAM_TEXTS = {
  failed: 'Xin lỗi, trợ lý đang gặp sự cố khi xử lý yêu cầu của bạn. Bạn vui lòng thử lại sau ít phút.',
  rateLimited: USER_LIMIT_TEXT,
  buttonNeedsPrivateChat: 'Bạn hãy mở trò chuyện riêng với trợ lý để dùng nút này.',
} as const;

/** Telegram's limit on inline results in one answer. */
const INLINE_RESULT_LIMIT = 50;
/** Answers that take longer than this show "typing…" first. */
const TYPING_DELAY_MS = 700;

/** The update as the core will see it, decided once before rate limiting and ordering. */
export type TelegramContext = Context & {
  incoming?: IncomingMessage;
  /** Set when nothing was answered and Telegram should deliver the update again later. */
  redeliver?: boolean;
};

export interface TelegramBotOptions {
  token: string;
  /** Another Bot API server (a local one, or an emulator in tests). */
  apiRoot?: string;
  core: ChatCore;
  logger: Logger;
  rateLimit?: RateLimit;
  pacing?: PacingLimits;
  delivery?: DeliveryLimits;
  /** Time for pacing and delivery waits (tests run it faster). */
  clock?: Clock;
  /** Counts updates being handled, so a shutdown waits for them; its signal ends delivery waits. */
  pending?: PendingUpdates;
  /** Keeps answers Telegram would not take before a stop (or within its wait), for the next start. */
  outbox?: Pick<Outbox, 'outboxPut' | 'outboxRest'>;
  /**
   * With it, each answer is kept in the outbox by the write that marks its update answered, and removed
   * through it once sent: a process killed (SIGKILL) before Telegram took it sends it at the next start.
   */
  sent?: SentAnswers;
  /** Where the per-user limit counts (several instances: Redis); default this process's memory. */
  rateCounters?: (windowMs: number, channel: LimitedChannel) => SharedCounters;
  /** Without rateCounters: where the updates refused by the per-user limit are kept (the store), UserLimitOptions.refusals. */
  refusals?: RefusedUpdates;
  /** The one clock (the app's: its store's), for what the per-user limit remembers in this process's memory. */
  now: () => Date;
  /**
   * An update the core could not handle now (the database unreachable, or the update handled elsewhere
   * under a lease) is delivered again instead of apologised for, and then answered once: in webhook mode
   * ('webhook') the delivery fails with 503 so Telegram sends it again; in polling mode the offsets
   * tracker keeps it unconfirmed and fetches it again.
   */
  redeliver?: 'webhook' | PollingOffsets;
}

/**
 * Telegram would not take the answer in time (still rate-limited or failing at the deadline, or
 * the channel stopped): an apology would meet the same refusal, and is not what the user is owed.
 */
function undelivered(error: unknown): boolean {
  return (
    error instanceof DeliveryAbandoned ||
    error instanceof HttpError ||
    (error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500))
  );
}

function updateType(update: object): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';
}

function identityOf(bot: Bot<TelegramContext>): BotIdentity {
  return { id: bot.botInfo.id, username: bot.botInfo.username };
}

/** Inline result ids must be 1–64 bytes; long core ids are replaced by a stable digest. */
function inlineResultId(id: string): string {
  return Buffer.byteLength(id, 'utf8') <= 64 && id !== '' ? id : createHash('sha256').update(id).digest('hex');
}

function inlineArticle(answer: InlineAnswer, botUsername: string): InlineQueryResultArticle | undefined {
  // A card is one message: its first part. Cards are short; the citation comes with the quote.
  const [messageText] = renderSpans(answer.reply.spans);
  if (!messageText) return undefined;
  // Inline messages have no chat for callback buttons to answer in: only the share link is kept.
  const keyboard = inlineKeyboardFor({ spans: [], shareToken: answer.reply.shareToken }, botUsername);
  return {
    type: 'article',
    id: inlineResultId(answer.id),
    title: answer.title,
    description: answer.description,
    input_message_content: { message_text: messageText, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    ...(keyboard ? { reply_markup: keyboard } : {}),
  };
}

/** One sendMessage call of an answer, as the outbox keeps it. */
export interface OutgoingMessage {
  text: string;
  other: Parameters<Api['sendMessage']>[2];
}

/** The answer's messages in order; a reply cut into several messages carries its buttons on the last one. */
function outgoingMessages(replies: Reply[], botUsername: string, options: { replyToMessageId?: number; logger: Logger }): OutgoingMessage[] {
  const outgoing: OutgoingMessage[] = [];
  let replyTo = options.replyToMessageId;
  for (const reply of replies) {
    const messages = renderSpans(reply.spans);
    const keyboard = inlineKeyboardFor(reply, botUsername);
    if (messages.length === 0) {
      options.logger.warn('telegram.empty_reply', { buttons: keyboard ? keyboard.inline_keyboard.length : 0 });
      continue;
    }
    for (const [index, text] of messages.entries()) {
      const isLast = index === messages.length - 1;
      outgoing.push({
        text,
        other: {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(isLast && keyboard ? { reply_markup: keyboard } : {}),
          ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        },
      });
      replyTo = undefined;
    }
  }
  return outgoing;
}

/**
 * Sends an answer's messages in order. When Telegram would not take one in time (still refusing at the
 * deadline, or the channel stopping), it and the rest go to the outbox, to be sent at the next start or
 * by another instance; without an outbox (or if keeping fails) the error goes on (logged as undelivered).
 * `keptAs`: the outbox item holding this answer until it is sent; after each message but the last, the item is
 * left holding the rest, so a crash mid-answer resends from the first unsent message, not from the start.
 */
export async function sendMessages(
  api: Api,
  chatId: number,
  messages: OutgoingMessage[],
  options: { outbox?: Pick<Outbox, 'outboxPut' | 'outboxRest'>; logger: Logger; keptAs?: number },
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    try {
      await api.sendMessage(chatId, message.text, message.other);
      if (options.keptAs !== undefined && options.outbox && index < messages.length - 1) {
        // Not kept: a crash before the next write resends this message once more, as before.
        await options.outbox.outboxRest(options.keptAs, JSON.stringify(messages.slice(index + 1))).catch((error: unknown) => options.logger.warn('telegram.outbox_rest_failed', { error }));
      }
    } catch (error) {
      if (!options.outbox || !undelivered(error)) throw error;
      const remaining = messages.slice(index);
      try {
        await options.outbox.outboxPut({
          channel: 'telegram',
          recipient: String(chatId),
          messages: JSON.stringify(remaining),
          ...(options.keptAs !== undefined ? { continues: options.keptAs } : {}),
        });
      } catch (keepError) {
        options.logger.warn('telegram.outbox_put_failed', { error: keepError });
        throw error;
      }
      options.logger.warn('telegram.reply_kept', { messages: remaining.length, error });
      return;
    }
  }
}

/** Runs `work`; if it is still running after a moment, shows "typing…" in the chat. */
async function withTyping<T>(ctx: Context, work: () => Promise<T>): Promise<T> {
  const chatId = ctx.chat?.id;
  const timer =
    chatId === undefined
      ? undefined
      : setTimeout(() => {
          ctx.api.sendChatAction(chatId, 'typing').catch(() => {
            // Only a courtesy: a failed typing indicator must not disturb the answer.
          });
        }, TYPING_DELAY_MS);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}

export function createTelegramBot(options: TelegramBotOptions): Bot<TelegramContext> {
  const { core, logger } = options;
  const bot = new Bot<TelegramContext>(options.token, {
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
  });
  const clock = options.clock ?? realClock;
  bot.api.config.use(delivery(options.delivery ?? TELEGRAM_DELIVERY, clock, options.pending?.stopping));
  bot.api.config.use(pacing(options.pacing ?? TELEGRAM_PACING, clock));
  // First of all: every update is counted while it runs, so a shutdown can wait for it.
  const pending = options.pending;
  const polling = options.redeliver === 'webhook' ? undefined : options.redeliver;
  bot.use(async (ctx, next) => {
    try {
      await (pending ? pending.track(next()) : next());
    } finally {
      polling?.settled(ctx.update.update_id, ctx.redeliver === true);
    }
  });

  const recover = async (botError: BotError<TelegramContext>) => {
    const { ctx } = botError;
    if (undelivered(botError.error)) {
      logger.warn('telegram.reply_undelivered', {
        updateId: ctx.update.update_id,
        updateType: updateType(ctx.update),
        error: botError.error,
      });
      return;
    }
    if (options.redeliver && shouldRedeliver(botError.error)) {
      // A webhook's refusal is logged by the webhook (telegram.webhook_redeliver).
      if (options.redeliver === 'webhook') throw botError.error;
      logger.warn('telegram.update_redeliver', { updateId: ctx.update.update_id, reason: (botError.error as Error).name });
      ctx.redeliver = true;
      return;
    }
    // Only the kind of update and the error: never the user's text or answers.
    logger.error('telegram.update_failed', {
      updateId: ctx.update.update_id,
      updateType: updateType(ctx.update),
      error: botError.error,
    });
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      // Only where the bot was addressed: a failure must not make it speak up in a group uninvited.
      if (ctx.chat && ctx.incoming) await ctx.api.sendMessage(ctx.chat.id, TELEGRAM_TEXTS.failed);
    } catch (error) {
      logger.warn('telegram.apology_failed', { error });
    }
  };
  // Errors are recovered inside the update, so in webhook mode too the delivery ends normally
  // (Telegram would otherwise send the failing update again and again). bot.catch is the last
  // guard: without it the runner would stop on an error.
  bot.catch(recover);
  const updates = bot.errorBoundary(recover);

  // First decide whether the update is for us at all, so group chatter never counts against anyone.
  updates.use(async (ctx, next) => {
    if (ctx.inlineQuery) return next();
    if (ctx.message) ctx.incoming = incomingFromMessage(ctx.message, identityOf(bot));
    else if (ctx.callbackQuery) {
      ctx.incoming = incomingFromCallback(ctx.callbackQuery);
      if (!ctx.incoming) {
        await ctx.answerCallbackQuery({ text: TELEGRAM_TEXTS.buttonNeedsPrivateChat });
        return;
      }
    }
    // Edited messages, channel posts, membership changes, service messages…: deliberately ignored.
    if (ctx.incoming) await next();
  });

  // Inline queries arrive as the user types; Telegram already debounces them, so they are not counted.
  const allowed = userLimit<TelegramContext>({
    channel: 'telegram',
    logger,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.rateCounters ? { counters: options.rateCounters } : {}),
    ...(options.refusals ? { refusals: options.refusals } : {}),
    userOf: (ctx) => (ctx.from ? String(ctx.from.id) : undefined),
    deliveryOf: (ctx) => String(ctx.update.update_id),
    kindOf: (ctx) => updateType(ctx.update),
    tell: async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: TELEGRAM_TEXTS.rateLimited });
      else if (ctx.chat) await ctx.reply(TELEGRAM_TEXTS.rateLimited);
    },
    now: options.now,
  });
  updates.filter(
    (ctx) => !ctx.inlineQuery,
    async (ctx, next) => {
      if (await allowed(ctx)) await next();
    },
  );
  // One chat's (and one user's) updates run in order, so the core's session writes never race.
  updates.use(
    sequentialize<TelegramContext>((ctx) => {
      const keys: string[] = [];
      if (ctx.chat) keys.push(`chat:${ctx.chat.id}`);
      if (ctx.from) keys.push(`user:${ctx.from.id}`);
      return keys;
    }),
  );

  updates.on('inline_query', async (ctx) => {
    const answers = core.inlineAnswers(ctx.inlineQuery.query, INLINE_RESULT_LIMIT);
    const results = answers
      .slice(0, INLINE_RESULT_LIMIT)
      .map((answer) => inlineArticle(answer, bot.botInfo.username))
      .filter((result) => result !== undefined);
    await ctx.answerInlineQuery(results, { cache_time: 300 });
  });

  updates.use(async (ctx) => {
    const { incoming, chat } = ctx;
    if (!incoming || !chat) return;
    // A pressed button: stop its spinner at once; the answer follows as a message.
    // Only a courtesy: a redelivered press finds its query answered already (400), which must not cost the answer.
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch((error: unknown) => logger.debug('telegram.callback_answer_failed', { error }));
    const updateId = String(ctx.update.update_id);
    const render = (replies: Reply[]) =>
      outgoingMessages(replies, bot.botInfo.username, { logger, replyToMessageId: incoming.isGroup ? ctx.message?.message_id : undefined });
    // The answer as the core's finish keeps it in the outbox (with `sent`): rendered once, sent below.
    let rendered: OutgoingMessage[] | undefined;
    let kept: number | undefined;
    const sent = options.sent;
    const keeping: AnswerKeeping | undefined = sent && {
      render: (replies) => {
        rendered = render(replies);
        return rendered.length === 0 ? undefined : { recipient: String(chat.id), messages: JSON.stringify(rendered), leaseMs: sent.leaseMs };
      },
      kept: (id) => {
        kept = id;
        sent.hold(id);
      },
    };
    const replies = await withTyping(ctx, () => core.handle({ ...incoming, traceId: updateId, deliveryId: updateId }, keeping));
    // Answered (its claim is done): the offset may pass it now. Its sending can wait long for Telegram
    // (a 429) and must not hold back the updates behind it; a stop keeps what is unsent in the outbox.
    polling?.settled(ctx.update.update_id, false);
    const messages = rendered ?? render(replies);
    try {
      await sendMessages(ctx.api, chat.id, messages, { logger, ...(options.outbox ? { outbox: options.outbox } : {}), ...(kept !== undefined ? { keptAs: kept } : {}) });
    } catch (error) {
      // Not taken and not handed back as a new item: the kept answer is its only copy, sent at the next start;
      // refused for good (a blocked bot, a bad request): there is nothing left to send.
      if (kept !== undefined && !undelivered(error)) sent!.add(kept);
      throw error;
    }
    if (kept !== undefined) sent!.add(kept);
  });

  return bot;
}
