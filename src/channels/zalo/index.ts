/**
 * The Zalo channel (Zalo Bot Platform). `startZalo` picks the mode from the configuration:
 * webhook when ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET are set (the server mounts
 * `webhookHandler` at POST /zalo/webhook), long polling otherwise. It returns at once: the
 * platform calls (getMe, deleteWebhook / setWebhook) run in the background and are retried with
 * back-off, so an unreachable platform or a wrong token is logged and never stops the server.
 */
import type { UserForgetter } from '../../chat/ports.ts';
import type { ChatCore } from '../../chat/types.ts';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { SharedState } from '../../store/redis.ts';
import type { RateLimit } from '../user-limit.ts';
import type { Outbox, RefusedUpdates, StaleDraftMarks } from '../../store/types.ts';
import { outboxLease, SentAnswers, watchOutbox } from '../outbox.ts';
import { createZaloApi, type ZaloApi } from './api.ts';
import { createZaloBot, type ZaloBot } from './bot.ts';
import { claimInbox } from './inbox.ts';
import { DEFAULT_POLL_TIMEOUT_SECONDS, startPolling } from './polling.ts';
import { DEFAULT_RETRY, retryUntilDone, type RetryOptions } from './retry.ts';
import { zaloWebhookHandler, type WebhookHandler } from './webhook.ts';

export { zaloWebhookHandler, type WebhookHandler } from './webhook.ts';

export interface ZaloChannel {
  mode: 'polling' | 'webhook';
  /** Webhook mode only: the handler for POST /zalo/webhook. */
  webhookHandler?: WebhookHandler;
  /** Stops polling (or refuses further deliveries) and waits for updates being handled. */
  stop(): Promise<void>;
}

export interface ZaloOptions {
  retry?: RetryOptions;
  pollTimeoutSeconds?: number;
  shareLink?: (token: string) => string;
  fetch?: typeof fetch;
  /** Polling: the file keeping updates that wait for the database across a stop (inbox.ts); none: kept in memory only. */
  inboxPath?: string;
  /** Each user's budget (default USER_RATE_LIMIT); tests and benchmarks may loosen it. */
  rateLimit?: RateLimit;
}

type ZaloConfig = Pick<Config, 'ZALO_BOT_TOKEN' | 'ZALO_API_ROOT' | 'ZALO_WEBHOOK_URL' | 'ZALO_WEBHOOK_SECRET'> & Partial<Pick<Config, 'OUTBOX_LEASE_SECONDS'>>;

export async function startZalo(
  config: ZaloConfig,
  /**
   * `store`: the outbox keeping each answer until Zalo took it (none: an answer Zalo does not take is lost, logged);
   * `shared`: Redis, where each user's messages are counted for every instance (none: in this process's memory).
   */
  app: { core: ChatCore; forgetters?: Set<UserForgetter>; store?: Outbox & Pick<StaleDraftMarks, 'now'> & RefusedUpdates; shared?: Pick<SharedState, 'counters'> },
  logger: Logger,
  options: ZaloOptions = {},
): Promise<ZaloChannel> {
  if (!config.ZALO_BOT_TOKEN) throw new Error('ZALO_BOT_TOKEN chưa được đặt: không thể chạy kênh Zalo.');
  const log = logger.child({ channel: 'zalo' });
  const retry = options.retry ?? DEFAULT_RETRY;
  const api = createZaloApi({
    token: config.ZALO_BOT_TOKEN,
    ...(config.ZALO_API_ROOT ? { apiRoot: config.ZALO_API_ROOT } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const webhook = Boolean(config.ZALO_WEBHOOK_URL && config.ZALO_WEBHOOK_SECRET);
  // Ends the in-place retries of updates polling took that the database could not take yet.
  const stopping = new AbortController();
  const inbox = !webhook && options.inboxPath ? claimInbox(options.inboxPath, log) : undefined;
  const sent = app.store ? new SentAnswers(app.store, log, 'zalo', outboxLease(config)) : undefined;
  const bot = createZaloBot({
    api,
    core: app.core,
    logger: log,
    retry,
    redeliver: webhook ? 'platform' : 'retry',
    stopping: stopping.signal,
    ...(options.shareLink ? { shareLink: options.shareLink } : {}),
    ...(inbox ? { inbox } : {}),
    ...(app.shared ? { rateCounters: app.shared.counters } : app.store ? { refusals: app.store } : {}),
    // The app's one clock, its store's; a channel run without a store (a test's echo core) has only the system's.
    now: () => (app.store ? app.store.now() : new Date()),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(app.store && sent ? { outbox: app.store, sent } : {}),
  });
  // Answers kept in the outbox: Zalo did not take them, or the instance sending them died (after its lease).
  const outbox = app.store && sent ? watchOutbox({ channel: 'zalo', outbox: app.store, leases: sent, send: bot.sendKept, logger: log, stopping: stopping.signal }) : undefined;
  /** After the updates being handled: the kept answers sent meanwhile are removed, those not sent left to others at once. */
  const stopOutbox = async () => {
    await outbox?.stop();
    await sent?.flush();
    await sent?.stop();
  };

  if (webhook) {
    return startWebhookMode(api, bot, log, retry, { url: config.ZALO_WEBHOOK_URL!, secret: config.ZALO_WEBHOOK_SECRET! }, async () => {
      stopping.abort();
      await stopOutbox();
    });
  }
  // Updates a stop left waiting for the database come first (already read: group mentions are removed).
  const forget = inbox && ((userKey: string) => inbox.forget(userKey));
  if (forget) app.forgetters?.add(forget);
  if (inbox) bot.resume(inbox.kept());
  const polling = startPolling({
    api,
    bot,
    logger: log,
    retry,
    timeoutSeconds: options.pollTimeoutSeconds ?? DEFAULT_POLL_TIMEOUT_SECONDS,
    // getUpdates does not work while a webhook is set, so a webhook left from an earlier run goes first.
    prepare: async (signal) => {
      await learnBotNames(api, bot, signal);
      await api.deleteWebhook(signal);
    },
  });
  return {
    mode: 'polling',
    stop: async () => {
      stopping.abort();
      await polling.stop();
      await stopOutbox();
      if (forget) app.forgetters?.delete(forget);
      inbox?.close();
    },
  };
}

function startWebhookMode(
  api: ZaloApi,
  bot: ZaloBot,
  logger: Logger,
  retry: RetryOptions,
  webhook: { url: string; secret: string },
  /** Ends the outbox's work, once the deliveries being handled are done. */
  stopOutbox: () => Promise<void>,
): ZaloChannel {
  const controller = new AbortController();
  const context = { retry, logger, signal: controller.signal };
  const setup = retryUntilDone(
    'setWebhook',
    async (signal) => {
      await learnBotNames(api, bot, signal);
      await api.setWebhook({ url: webhook.url, secret_token: webhook.secret }, signal);
      logger.info('zalo.webhook_set');
    },
    context,
  );
  return {
    mode: 'webhook',
    webhookHandler: zaloWebhookHandler({ bot, logger, accepting: () => !controller.signal.aborted }, webhook.secret),
    async stop() {
      // The webhook stays registered: the next start (or another instance) receives the deliveries.
      controller.abort();
      await setup;
      await bot.idle();
      await stopOutbox();
      logger.info('zalo.webhook_stopped');
    },
  };
}

async function learnBotNames(api: ZaloApi, bot: ZaloBot, signal: AbortSignal): Promise<void> {
  const me = await api.getMe(signal);
  bot.setBotNames([me.account_name, me.display_name].filter((name): name is string => Boolean(name)));
}
