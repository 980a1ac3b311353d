/**
 * Webhook deliveries (`POST /zalo/webhook`), as a node:http handler the server mounts. A delivery
 * counts only when its `X-Bot-Api-Secret-Token` header equals the secret (compared in constant
 * time); otherwise 401 and the body is not even read. Accepted deliveries are queued and answered
 * 200 at once, so the platform never re-sends because the core was slow.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../log.ts';
import { HttpError, methodNotAllowed, readJson, sendError, sendJson, webhookSecretRefused } from '../../server/http.ts';
import { secretsMatch } from '../../server/security.ts';
import type { ZaloBot } from './bot.ts';
import { unwrapDelivery } from './updates.ts';

export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';

export type WebhookHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface ZaloWebhookDeps {
  bot: ZaloBot;
  logger: Logger;
  /** False once the channel is stopping: deliveries are refused (503) so the platform re-sends later. */
  accepting?: () => boolean;
}

export function zaloWebhookHandler(deps: ZaloWebhookDeps, secret: string): WebhookHandler {
  return async (request, response) => {
    if (request.method !== 'POST') {
      request.resume();
      sendError(response, methodNotAllowed(request.method, ['POST']));
      return;
    }
    const given = request.headers[ZALO_SECRET_HEADER];
    if (typeof given !== 'string' || !secretsMatch(given, secret)) {
      request.resume();
      deps.logger.warn('zalo.webhook_refused', { reason: given === undefined ? 'missing-secret' : 'wrong-secret' });
      sendError(response, webhookSecretRefused());
      return;
    }
    if (deps.accepting && !deps.accepting()) {
      request.resume();
      sendError(response, new HttpError(503, 'Dịch vụ đang dừng, vui lòng gửi lại sau.', undefined, { 'Retry-After': '5' }));
      return;
    }
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (error) {
      const httpError = error instanceof HttpError ? error : new HttpError(400, 'Không đọc được nội dung yêu cầu.');
      deps.logger.warn('zalo.webhook_bad_body', { status: httpError.status });
      if (!request.readableEnded) request.resume();
      sendError(response, httpError);
      return;
    }
    // A valid JSON delivery that is not a usable update is logged by the bot and still acknowledged:
    // refusing it would only make the platform send it again.
    deps.bot.handleUpdate(unwrapDelivery(body));
    sendJson(response, 200, { ok: true });
  };
}
