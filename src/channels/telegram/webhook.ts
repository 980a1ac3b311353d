import type { IncomingMessage, ServerResponse } from 'node:http';
import { BotError, webhookCallback, type Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../log.ts';
import { DeliveryInProgressError, shouldRedeliver } from '../../chat/ports.ts';
import { redeliverLater, HttpError, internalError, methodNotAllowed, readBody, refuseUnread, storeUnavailable, webhookSecretRefused } from '../../server/http.ts';
import { secretsMatch } from '../../server/security.ts';

/** Telegram sends one update per delivery; anything this large is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export type NodeRequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

function parseUpdate(body: string): Update | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return Number.isInteger((value as { update_id?: unknown }).update_id) ? (value as Update) : undefined;
  } catch {
    return undefined;
  }
}

function respond(response: ServerResponse, status: number, body = '', contentType = 'text/plain; charset=utf-8'): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'Content-Type': contentType }).end(body);
}

const NOT_AN_UPDATE = 'Nội dung không phải một bản tin (update) Telegram hợp lệ.';

/**
 * A node:http handler for `POST /telegram/webhook`. It reads the raw request body itself (mount it
 * before any body parser). A missing or wrong `X-Telegram-Bot-Api-Secret-Token` → 401 and nothing
 * is read or processed; a body that is not an update → 400. After 10 s the delivery is
 * acknowledged while the update finishes, so Telegram does not send it again.
 */
export function telegramWebhookHandler<C extends Context>(bot: Bot<C>, secret: string, logger: Logger): NodeRequestHandler {
  const handleUpdate = webhookCallback(bot, 'callback', {
    secretToken: secret,
    onTimeout: 'return',
    timeoutMilliseconds: 10_000,
  });

  return async (request, response) => {
    try {
      if (request.method !== 'POST') return refuseUnread(request, response, methodNotAllowed(request.method, ['POST']));
      const header = request.headers[SECRET_HEADER];
      const given = Array.isArray(header) ? header[0] : header;
      if (!secretsMatch(given, secret)) {
        logger.warn('telegram.webhook_unauthorized', { secretPresent: given !== undefined });
        return refuseUnread(request, response, webhookSecretRefused());
      }
      const update = parseUpdate((await readBody(request, MAX_BODY_BYTES)).toString('utf8'));
      if (!update) {
        logger.warn('telegram.webhook_malformed');
        return refuseUnread(request, response, new HttpError(400, NOT_AN_UPDATE, 'body'));
      }
      await handleUpdate(update, (json: string) => respond(response, 200, json, 'application/json'), given);
      respond(response, 200);
    } catch (error) {
      if (error instanceof HttpError) return refuseUnread(request, response, error);
      // The database is away: Telegram retries the delivery later, and it is answered then, once.
      // Or the update is being handled elsewhere under a lease: it is answered once, when done there or the lease ran out.
      if (error instanceof BotError && shouldRedeliver(error.error)) {
        logger.warn('telegram.webhook_redeliver', { updateId: (error.ctx.update as Update).update_id, reason: (error.error as Error).name });
        return refuseUnread(request, response, error.error instanceof DeliveryInProgressError ? redeliverLater() : storeUnavailable());
      }
      logger.error('telegram.webhook_failed', { error });
      refuseUnread(request, response, internalError());
    }
  };
}
