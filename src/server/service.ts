/**
 * Everything `npm start` runs, as one function tests can call too: the app on DATABASE_PATH, the
 * messaging channels whose tokens are set, and the one HTTP server carrying the web chat, the
 * JSON API, admin stats and the webhook endpoints. `close()` shuts down in the order that loses
 * nothing: stop accepting and finish in-flight requests, stop the channels (they finish the
 * updates they hold), then close the database.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApp, type App } from '../app.ts';
import { webRoutes } from '../channels/web/routes.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { RateLimit } from '../channels/user-limit.ts';
import { adminRoutes } from './admin.ts';
import { apiRoutes } from './api.ts';
import { removeUploadLeftovers } from '../batch/output.ts';
import { STORE_DEFAULTS } from '../store/shared.ts';
import { declaresTooLarge, payloadTooLarge } from './http.ts';
import { createHttpServer, type Route } from './server.ts';

export type WebhookHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

interface Channel {
  name: string;
  webhookHandler?: WebhookHandler;
  stop(): Promise<void>;
}

export interface Service {
  app: App;
  /** The address the server listens on, e.g. http://127.0.0.1:8080/ */
  url: string;
  close(): Promise<void>;
}

/**
 * A webhook endpoint: the channel's handler checks the secret header itself (timing-safe) and
 * reads the body; the server refuses oversized deliveries before they reach it.
 */
function webhookRoute(path: string, handler: WebhookHandler): Route {
  return {
    method: 'POST',
    path,
    rateLimited: false,
    handle: async ({ request, response }) => {
      if (declaresTooLarge(request)) throw payloadTooLarge();
      await handler(request, response);
    },
  };
}

/** The link a shared answer opens: the web chat with `?share=<token>` (PUBLIC_URL when known). */
export function webShareLink(baseUrl: string): (token: string) => string {
  return (token) => new URL(`/?share=${encodeURIComponent(token)}`, baseUrl).toString();
}

/** What tests may loosen; production uses the defaults. */
export interface ServiceTuning {
  /** Each chat user's budget on Telegram and Zalo (default USER_RATE_LIMIT): a test typing a whole interview at once. */
  userRateLimit?: RateLimit;
}

/** Channels are imported only when configured: grammY alone costs a noticeable part of start-up. */
async function startChannels(config: Config, app: App, logger: Logger, tuning: ServiceTuning): Promise<Channel[]> {
  const channels: Channel[] = [];
  const rateLimit = tuning.userRateLimit ? { rateLimit: tuning.userRateLimit } : {};
  if (config.TELEGRAM_BOT_TOKEN) {
    const { startTelegram } = await import('../channels/telegram/index.ts');
    const telegram = await startTelegram(config, app, logger, rateLimit);
    channels.push({ name: 'telegram', webhookHandler: telegram.webhookHandler, stop: () => telegram.stop() });
  }
  if (config.ZALO_BOT_TOKEN) {
    const { startZalo } = await import('../channels/zalo/index.ts');
    const zalo = await startZalo(config, app, logger, {
      ...rateLimit,
      ...(config.PUBLIC_URL ? { shareLink: webShareLink(config.PUBLIC_URL) } : {}),
      // Beside the SQLite file (its folder is this instance's), also when the sessions are in PostgreSQL.
      inboxPath: `${config.DATABASE_PATH}.zalo-inbox.json`,
    });
    channels.push({ name: 'zalo', webhookHandler: zalo.webhookHandler, stop: () => zalo.stop() });
  }
  return channels;
}

export async function startService(config: Config, logger: Logger, tuning: ServiceTuning = {}): Promise<Service> {
  const app = await createApp({
    databasePath: config.DATABASE_PATH,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL, scrubHours: config.ERASURE_SCRUB_HOURS } : {}),
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL, redisKeyPrefix: config.REDIS_KEY_PREFIX } : {}),
    logger,
  });
  // A list an instance killed mid-check (POST /api/batch) left in the temporary folder, households' rows in it: at start,
  // and every hour like the database's retention purge (a folder too old whatever pid its name has).
  const removeLeftLists = () => {
    try {
      const removed = removeUploadLeftovers();
      if (removed > 0) logger.warn('batch_leftovers_removed', { folders: removed });
    } catch (error) {
      logger.warn('batch_leftovers_not_removed', { error });
    }
  };
  removeLeftLists();
  const leftListsTimer = setInterval(removeLeftLists, STORE_DEFAULTS.purgeIntervalMs).unref();
  let channels: Channel[] = [];
  try {
    channels = await startChannels(config, app, logger, tuning);
    const routes: Route[] = [
      ...apiRoutes(app),
      ...webRoutes(app.core, { store: app.store }),
      ...adminRoutes(app.store, config.ADMIN_TOKEN),
    ];
    for (const channel of channels) {
      if (channel.webhookHandler) routes.push(webhookRoute(`/${channel.name}/webhook`, channel.webhookHandler));
    }
    const http = createHttpServer({
      routes,
      logger,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
      trustProxy: config.TRUST_PROXY,
      ...(app.shared ? { rateLimiters: app.shared.rateLimiters } : {}),
      corsOrigin: config.CORS_ORIGIN,
    });
    const address = await http.listen(config.PORT, config.HOST);
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      app,
      url: `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}/`,
      close: async () => {
        clearInterval(leftListsTimer);
        await http.close();
        // One channel failing to stop must not keep the database from closing.
        const stopped = await Promise.allSettled(channels.map((channel) => channel.stop()));
        stopped.forEach((outcome, index) => {
          if (outcome.status === 'rejected') logger.error('channel_stop_failed', { channel: channels[index]!.name, error: outcome.reason });
        });
        await app.close();
      },
    };
  } catch (error) {
    // A start that fails half-way (port taken, channel refused) must not leave the database open.
    clearInterval(leftListsTimer);
    await Promise.allSettled(channels.map((channel) => channel.stop()));
    await app.close();
    throw error;
  }
}
