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
 * answered gets 503 with Retry-After (WEB_RETRY). Its answer is kept with the claim's finish, in the same write (the store's
 * outbox, REPLAY_CHANNEL: with PostgreSQL every instance reads it), so a retry reaching any instance once the first was
 * answered gets the same answer again, WEB_RETRY.keptMs; never an instance that finds the message answered and has nothing
 * to show. The answer may hold what the person told (household figures said back): it is sealed (src/privacy/seal.ts) under
 * the session id and the message id, which the store never holds, and goes with the user's erasure (its owner).
 */
import * as z from 'zod';
import { DeliveryInProgressError } from '../../chat/ports.ts';
import type { AnswerKeeping } from '../../chat/ports.ts';
import type { ChatCore, Reply } from '../../chat/types.ts';
import { HttpError, parseWith, readJson, refuseTooLong, sendJson } from '../../server/http.ts';
import type { Route } from '../../server/server.ts';
import type { Logger } from '../../log.ts';
import { sealWith } from '../../privacy/seal.ts';
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

/** A retried POST /api/chat (the same `messageId`): how long its answer stays for it, and the wait while it is answered. */
export const WEB_RETRY = {
  keptMs: 5 * 60 * 1000,
  inProgressRetryAfterSeconds: 1,
  /** Said (503) when the message's claim went to another instance before this one could answer it, and its answer is not kept yet. */
  claimLostMessage:
    'Tin nhắn này vừa được chuyển cho máy chủ khác của trợ lý trả lời nên câu trả lời chưa đến được đây. Bạn vui lòng gửi lại tin nhắn sau vài giây (bấm "Gửi lại"): trợ lý chỉ trả lời một lần, không trả lời trùng.',
  /**
   * Said (503) to a message sent without its id when another message of the same chat was being answered at another instance
   * (the chat lock went there while this one worked): nothing of it was saved, the sender sends it again.
   */
  chatBusyMessage: 'Trợ lý đang trả lời một tin nhắn khác của bạn ở máy chủ khác nên tin này chưa được xử lý (chưa lưu gì). Bạn vui lòng gửi lại tin nhắn sau vài giây.',
} as const;

export interface WebRoutesOptions {
  /**
   * The store's keyed hash (Store.hashKey) and its kept answers (Store.outboxReplay): a message's delivery is claimed by the
   * hash, never by the raw session id, and a retry's answer read back by it.
   */
  store?: { hashKey(key: string): string; outboxReplay(recipient: string): Promise<string | undefined> };
}

export function webRoutes(core: ChatCore, options: WebRoutesOptions = {}): Route[] {
  const page = buildWebPage();
  const { store } = options;
  const sealed = store && sealWith((key) => store.hashKey(key), 'web-answer-seal:');
  /**
   * The answer of a message sent with an id, kept with its finish for a retry of it (sealed under its raw ids); `lost` is
   * told when the message's claim went to another instance meanwhile (AnswerKeeping.lost).
   */
  const keeping = (deliveryId: string, raw: string, lost: () => void): AnswerKeeping => ({
    render: (replies) => (replies.length === 0 || !sealed ? undefined : { recipient: deliveryId, messages: sealed.seal(raw, JSON.stringify(replies)), leaseMs: WEB_RETRY.keptMs, replay: true }),
    kept: () => undefined,
    lost,
  });
  /** The answer kept for a message answered before (at any instance), or none (not kept, past WEB_RETRY.keptMs). */
  const replay = async (deliveryId: string, raw: string, log: Logger): Promise<Reply[] | undefined> => {
    try {
      const value = await store?.outboxReplay(deliveryId);
      const text = value === undefined ? undefined : sealed?.open(raw, value);
      return text === undefined ? undefined : (JSON.parse(text) as Reply[]);
    } catch (error) {
      // The store cannot be read now (degraded: the message was claimed in memory): answered with nothing, as before.
      log.warn('web.retry_answer_unread', { error });
      return undefined;
    }
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
        const raw = body.messageId === undefined ? undefined : `web:${body.sessionId}\u0000${body.messageId}`;
        const deliveryId = raw !== undefined && store ? store.hashKey(raw) : undefined;
        let replies: Reply[];
        let claimLost = false;
        try {
          replies = await core.handle(
            {
              channel: 'web',
              userId: body.sessionId,
              traceId: requestId,
              ...(deliveryId !== undefined ? { deliveryId } : {}),
              ...(body.text !== undefined
                ? { text: body.text, ...(body.answering !== undefined ? { answering: body.answering } : {}), ...(body.messageId !== undefined ? { messageId: body.messageId } : {}) }
                : { action: body.action }),
            },
            deliveryId !== undefined && raw !== undefined ? keeping(deliveryId, raw, () => (claimLost = true)) : undefined,
          );
        } catch (error) {
          if (!(error instanceof DeliveryInProgressError)) throw error;
          // Without its id the message has no claim: not answered because another message of this chat was being answered at
          // another instance (its chat lock), nothing saved; only the sender can send it again (was: 200 with no reply).
          const resend = deliveryId === undefined;
          throw new HttpError(503, resend ? WEB_RETRY.chatBusyMessage : 'Tin nhắn này đang được trả lời. Bạn chờ một chút, trang sẽ tự nhận câu trả lời.', undefined, {
            'Retry-After': String(WEB_RETRY.inProgressRetryAfterSeconds),
          });
        }
        // Nothing answered: the message was answered before (the core answers every message it handles), here or elsewhere;
        // or its claim went to another instance while this one worked (the page's retry reached it past the lease).
        const again = replies.length === 0 && deliveryId !== undefined && raw !== undefined ? await replay(deliveryId, raw, log) : undefined;
        if (claimLost) {
          // Was: 200 with no reply at all, the resident left without an answer. The other instance's answer when it is kept
          // already; else 503 with a resend notice (the page sends the same message again by itself, then offers "Gửi lại"),
          // answered once wherever it lands.
          log.warn('web.claim_lost', { answered: again !== undefined });
          if (!again) throw new HttpError(503, WEB_RETRY.claimLostMessage, undefined, { 'Retry-After': String(WEB_RETRY.inProgressRetryAfterSeconds) });
        }
        if (again) {
          log.info('web.retry_answered_again', {});
          replies = again;
        }
        sendJson(response, 200, { replies });
      },
    },
  ];
}
