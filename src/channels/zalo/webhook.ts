/**
 * Webhook deliveries (`POST /zalo/webhook`), as a node:http handler the server mounts. A delivery
 * counts only when its `X-Bot-Api-Secret-Token` header equals the secret (compared in constant
 * time); otherwise 401 and the body is not even read. An accepted delivery is answered 200 once the
 * core has handled it (at most 10 s: the platform never re-sends because the core was slow), or 503
 * when it could not be handled now, so the platform sends it again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../log.ts';
import { HttpError, methodNotAllowed, readJson, redeliverLater, refuseUnread, sendError, sendJson, webhookSecretRefused } from '../../server/http.ts';
import { secretsMatch } from '../../server/security.ts';
import type { ZaloBot } from './bot.ts';
import { pause } from './retry.ts';
import { unwrapDelivery } from './updates.ts';

export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';
/** A delivery still being handled after this long is acknowledged anyway (the platform must not resend it). */
const ACK_AFTER_MS = 10_000;

export type WebhookHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface ZaloWebhookDeps {
  bot: ZaloBot;
  logger: Logger;
  /** False once the channel is stopping: deliveries are refused (503) so the platform re-sends later. */
  accepting?: () => boolean;
}

export function zaloWebhookHandler(deps: ZaloWebhookDeps, secret: string): WebhookHandler {
  return async (request, response) => {
    if (request.method !== 'POST') return refuseUnread(request, response, methodNotAllowed(request.method, ['POST']));
    const given = request.headers[ZALO_SECRET_HEADER];
    if (typeof given !== 'string' || !secretsMatch(given, secret)) {
      deps.logger.warn('zalo.webhook_refused', { reason: given === undefined ? 'missing-secret' : 'wrong-secret' });
      return refuseUnread(request, response, webhookSecretRefused());
    }
    if (deps.accepting && !deps.accepting()) {
      return refuseUnread(request, response, new HttpError(503, 'Dịch vụ đang dừng, vui lòng gửi lại sau.', undefined, { 'Retry-After': '5' }));
    }
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (error) {
      const httpError = error instanceof HttpError ? error : new HttpError(400, 'Không đọc được nội dung yêu cầu.');
      deps.logger.warn('zalo.webhook_bad_body', { status: httpError.status });
      return refuseUnread(request, response, httpError);
    }
    // A valid JSON delivery that is not a usable update is logged by the bot and still acknowledged:
    // refusing it would only make the platform send it again. One the core could not handle now (the
    // database away, or handled elsewhere) gets 503 so the platform sends it again; a slow one is
    // acknowledged after a while and finishes on its own.
    const patience = new AbortController();
    const handled = deps.bot.handleUpdate(unwrapDelivery(body)).finally(() => patience.abort());
    const outcome = await Promise.race([handled, pause(ACK_AFTER_MS, patience.signal).then((waited) => (waited ? ('slow' as const) : handled))]);
    if (outcome === 'redeliver') {
      sendError(response, redeliverLater());
      return;
    }
    sendJson(response, 200, { ok: true });
  };
}
