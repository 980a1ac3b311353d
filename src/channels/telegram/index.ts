/**
 * Telegram channel (grammY), a thin adapter over the chat core.
 *
 * Usage from the main server:
 *
 *   const telegram = config.TELEGRAM_BOT_TOKEN ? await startTelegram(config, app, logger) : undefined;
 *   // Webhook mode (TELEGRAM_WEBHOOK_URL set): mount the handler on the raw, unparsed request.
 *   if (telegram?.webhookHandler && method === 'POST' && path === '/telegram/webhook') {
 *     await telegram.webhookHandler(request, response);
 *   }
 *   // On shutdown:
 *   await telegram?.stop();
 *
 * Polling mode (default) runs @grammyjs/runner with updates ordered per chat and per user;
 * webhook mode registers TELEGRAM_WEBHOOK_URL with TELEGRAM_WEBHOOK_SECRET and refuses any
 * delivery without that secret. TELEGRAM_API_ROOT points the bot at another Bot API server.
 */
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { ChatCore } from '../../chat/types.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { SharedState } from '../../store/redis.ts';
import type { Outbox, RefusedUpdates, StaleDraftMarks } from '../../store/types.ts';
import { createTelegramBot, type TelegramContext } from './adapter.ts';
import type { RateLimit } from '../user-limit.ts';
import { realClock, TELEGRAM_DELIVERY, type Clock, type DeliveryLimits, type PacingLimits } from './pacing.ts';
import { PollingOffsets } from './offsets.ts';
import { SentAnswers, type OutboxSender } from '../outbox.ts';
import { startOutboxSender } from './outbox.ts';
import { outboxLease } from '../outbox.ts';
import { PendingUpdates } from './pending.ts';
import { telegramWebhookHandler, type NodeRequestHandler } from './webhook.ts';

export { createTelegramBot, type TelegramContext } from './adapter.ts';
export { telegramWebhookHandler, type NodeRequestHandler } from './webhook.ts';

/** The only update kinds the bot acts on; Telegram then does not even send the others. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

export interface TelegramChannel {
  bot: Bot<TelegramContext>;
  mode: 'polling' | 'webhook';
  /** Set in webhook mode: the handler for `POST /telegram/webhook`. */
  webhookHandler?: NodeRequestHandler;
  stop(): Promise<void>;
}

export type TelegramConfig = Pick<
  Config,
  'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'TELEGRAM_WEBHOOK_URL' | 'TELEGRAM_WEBHOOK_SECRET'
> &
  Partial<Pick<Config, 'OUTBOX_LEASE_SECONDS'>>;

/** Limits that tests and benchmarks may loosen; production uses the defaults. */
export interface TelegramTuning {
  rateLimit?: RateLimit;
  pacing?: PacingLimits;
  delivery?: DeliveryLimits;
  clock?: Clock;
}

export class TelegramStartError extends Error {}

export async function startTelegram(
  config: TelegramConfig,
  app: { core: ChatCore; store?: Outbox & Pick<StaleDraftMarks, 'now'> & RefusedUpdates; shared?: Pick<SharedState, 'counters'> },
  logger: Logger,
  tuning: TelegramTuning = {},
): Promise<TelegramChannel> {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new TelegramStartError('TELEGRAM_BOT_TOKEN chưa được đặt.');
  const log = logger.child({ channel: 'telegram' });
  const limits = tuning.delivery ?? TELEGRAM_DELIVERY;
  const pending = new PendingUpdates();
  const webhook = Boolean(config.TELEGRAM_WEBHOOK_URL);
  const offsets = webhook ? undefined : new PollingOffsets(tuning.clock ?? realClock);
  const sent = app.store ? new SentAnswers(app.store, log, 'telegram', outboxLease(config)) : undefined;
  const bot = createTelegramBot({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    core: app.core,
    logger: log,
    rateLimit: tuning.rateLimit,
    pacing: tuning.pacing,
    delivery: limits,
    clock: tuning.clock,
    pending,
    ...(app.shared ? { rateCounters: app.shared.counters } : app.store ? { refusals: app.store } : {}),
    // The app's one clock, its store's; a channel run without a store (a test's echo core) has only the system's.
    now: () => (app.store ? app.store.now() : new Date()),
    ...(app.store ? { outbox: app.store, sent } : {}),
    redeliver: offsets ?? 'webhook',
  });
  /** Lets the updates being handled finish (answers waiting for Telegram included), for a bounded time. */
  let outbox: OutboxSender | undefined;
  const drain = async () => {
    void outbox?.stop();
    if (pending.size > 0) {
      log.info('telegram.draining', { updates: pending.size, graceMs: limits.shutdownGraceMs });
      const { unfinished } = await pending.drain(limits.shutdownGraceMs);
      if (unfinished > 0) log.warn('telegram.drain_incomplete', { unfinished });
    }
    // Before the store closes: the kept answers sent meanwhile are removed.
    await sent?.flush();
    await sent?.stop();
  };

  try {
    await bot.init();
  } catch (error) {
    // The log masks the token; the message says what to check.
    log.error('telegram.get_me_failed', { error });
    throw new TelegramStartError(
      'Không kết nối được Telegram Bot API (getMe thất bại): kiểm tra TELEGRAM_BOT_TOKEN và TELEGRAM_API_ROOT.',
    );
  }

  try {
    await bot.api.setMyCommands(
      app.core.commands.map(({ command, description }) => ({ command: command.replace(/^\//, ''), description })),
    );
  } catch (error) {
    // The bot works without the command menu; say so and carry on.
    log.warn('telegram.set_commands_failed', { error });
  }

  if (config.TELEGRAM_WEBHOOK_URL) {
    const secret = config.TELEGRAM_WEBHOOK_SECRET;
    if (!secret) throw new TelegramStartError('TELEGRAM_WEBHOOK_URL cần có TELEGRAM_WEBHOOK_SECRET.');
    await bot.api.setWebhook(config.TELEGRAM_WEBHOOK_URL, {
      secret_token: secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    if (app.store && sent) outbox = startOutboxSender({ api: bot.api, outbox: app.store, leases: sent, pending, logger: log });
    log.info('telegram.started', { mode: 'webhook', bot: bot.botInfo.username });
    return {
      bot,
      mode: 'webhook',
      webhookHandler: telegramWebhookHandler(bot, secret, log),
      // The webhook stays registered: Telegram keeps updates for the next start instead of losing them.
      stop: drain,
    };
  }

  // A webhook left from an earlier deployment would make every getUpdates call fail.
  await bot.api.deleteWebhook();
  // The runner confirms a batch as soon as it asks for the next one: the tracker keeps the offset below
  // updates still running or to be redelivered, and stop() confirms what was handled, or the next start
  // would handle those updates a second time.
  bot.api.config.use(offsets!.transformer(pending.stopping));
  const runner: RunnerHandle = run(bot, {
    runner: {
      fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: 30 },
      retryInterval: 'exponential',
    },
  });
  // The runner retries failing getUpdates calls for a long time, then gives up: say so loudly.
  runner.task()?.catch((error: unknown) => log.error('telegram.polling_stopped', { error }));
  if (app.store && sent) outbox = startOutboxSender({ api: bot.api, outbox: app.store, leases: sent, pending, logger: log });
  log.info('telegram.started', { mode: 'polling', bot: bot.botInfo.username });
  return {
    bot,
    mode: 'polling',
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
      await drain();
      const offset = offsets!.offset();
      if (offset === undefined) return;
      try {
        await bot.api.raw.getUpdates({ offset, limit: 1, timeout: 0 });
      } catch (error) {
        log.warn('telegram.confirm_updates_failed', { error });
      }
    },
  };
}
