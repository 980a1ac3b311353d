/**
 * The web channel: the page at `/` and `POST /api/chat`, a thin adapter that turns a browser
 * message into an IncomingMessage for the chat core and returns its replies as JSON. The browser
 * keys its session with a random id it keeps in localStorage; the core stores it as `web:<id>`.
 *
 * A message sent with its id (`messageId`, optional: a request without it is handled as before) is handled once: the page
 * sends the same request again when its answer did not come (a cheap phone's connection dropped), and that retry is never
 * answered as a second message (an interview's answer taken twice, a question counted twice). Its delivery is claimed as a
 * platform's update is (ChatStore.claimDelivery, by a keyed hash of the session and the id: PostgreSQL with several
 * instances), so a retry reaching another instance is not handled again either; a retry while the first is still being
 * answered gets 503 with Retry-After (WEB_RETRY); one reaching the instance that answered gets the same answer again, kept
 * in its memory WEB_RETRY.keptMs.
 */
import * as z from 'zod';
import { DeliveryInProgressError } from '../../chat/ports.ts';
import type { ChatCore, Reply } from '../../chat/types.ts';
import { HttpError, parseWith, readJson, refuseTooLong, sendJson } from '../../server/http.ts';
import type { Route } from '../../server/server.ts';
import { forgetOlder } from '../marks.ts';
import { buildWebPage } from './page.ts';


const ChatRequestSchema = z
  .object({
    sessionId: z
      .string({ error: 'Thiếu mã phiên (sessionId).' })
      .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'Mã phiên (sessionId) phải gồm 16–64 ký tự chữ, số, "-" hoặc "_".' }),
    // Its length is checked after (refuseTooLong): the one limit, notice and log line of every way in.
    text: z.string({ error: 'Tin nhắn (text) phải là một chuỗi.' }).optional(),
    action: z
      .string({ error: 'Lựa chọn (action) phải là một chuỗi.' })
      .max(64, { error: 'Lựa chọn (action) không hợp lệ.' })
      .optional(),
    // The `asks` of the question the page showed when the text was typed (IncomingMessage.answering).
    // The page's id of the user's bubble (IncomingMessage.messageId), so "Xóa tin này" can delete what it left; with a
    // text or an action, what a retry of the same request is known by (handled once).
    messageId: z.string({ error: 'Mã tin nhắn (messageId) phải là một chuỗi.' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'Mã tin nhắn (messageId) không hợp lệ.' }).optional(),
    answering: z.string({ error: 'Câu hỏi đang trả lời (answering) phải là một chuỗi.' }).max(64, { error: 'Câu hỏi đang trả lời (answering) không hợp lệ.' }).optional(),
  }, { error: 'Nội dung yêu cầu phải là một đối tượng JSON có sessionId và text hoặc action.' })
  .refine((body) => (body.text === undefined) !== (body.action === undefined), {
    error: 'Cần đúng một trong hai: tin nhắn (text) hoặc lựa chọn (action).',
    path: ['text'],
  });

/** A retried POST /api/chat (the same `messageId`): how long its answer stays for it, how many, and the wait while it is answered. */
export const WEB_RETRY = {
  keptMs: 5 * 60 * 1000,
  kept: 2000,
  inProgressRetryAfterSeconds: 1,
} as const;

export interface WebRoutesOptions {
  /** The store's keyed hash (Store.hashKey): a message's delivery is claimed by it, never by the raw session id. */
  hashKey?: (key: string) => string;
  now?: () => number;
}

export function webRoutes(core: ChatCore, options: WebRoutesOptions = {}): Route[] {
  const page = buildWebPage();
  const now = options.now ?? Date.now;
  /** Answers of messages sent with an id, by their delivery id, oldest first: a retry reaching this instance gets the same. */
  const answered = new Map<string, { replies: Reply[]; at: number }>();
  const recall = (deliveryId: string): Reply[] | undefined => {
    forgetOlder(answered, now(), WEB_RETRY.keptMs, WEB_RETRY.kept, ({ at }) => at);
    return answered.get(deliveryId)?.replies;
  };
  return [
    {
      method: 'GET',
      path: '/',
      rateLimited: false,
      handle: ({ response }) => {
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': Buffer.byteLength(page.html),
          'Content-Security-Policy': page.contentSecurityPolicy,
          'Cache-Control': 'no-cache',
        });
        response.end(page.html);
      },
    },
    {
      method: 'POST',
      path: '/api/chat',
      rateLimited: true,
      perSession: true,
      handle: async ({ request, response, requestId, limitSession, log }) => {
        const body = parseWith(ChatRequestSchema, await readJson(request));
        refuseTooLong(body.text, 'text', log, 'web');
        await limitSession(body.sessionId);
        const deliveryId = body.messageId !== undefined && options.hashKey ? options.hashKey(`web:${body.sessionId}\u0000${body.messageId}`) : undefined;
        const again = deliveryId === undefined ? undefined : recall(deliveryId);
        if (again) {
          log.info('web.retry_answered_again', {});
          return sendJson(response, 200, { replies: again });
        }
        let replies: Reply[];
        try {
          replies = await core.handle({
            channel: 'web',
            userId: body.sessionId,
            traceId: requestId,
            ...(deliveryId !== undefined ? { deliveryId } : {}),
            ...(body.text !== undefined
              ? { text: body.text, ...(body.answering !== undefined ? { answering: body.answering } : {}), ...(body.messageId !== undefined ? { messageId: body.messageId } : {}) }
              : { action: body.action }),
          });
        } catch (error) {
          if (!(error instanceof DeliveryInProgressError)) throw error;
          throw new HttpError(503, 'Tin nhắn này đang được trả lời. Bạn chờ một chút, trang sẽ tự nhận câu trả lời.', undefined, {
            'Retry-After': String(WEB_RETRY.inProgressRetryAfterSeconds),
          });
        }
        if (deliveryId !== undefined) answered.set(deliveryId, { replies, at: now() });
        sendJson(response, 200, { replies });
      },
    },
  ];
}
