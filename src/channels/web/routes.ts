/**
 * The web channel: the page at `/` and `POST /api/chat`, a thin adapter that turns a browser
 * message into an IncomingMessage for the chat core and returns its replies as JSON. The browser
 * keys its session with a random id it keeps in localStorage; the core stores it as `web:<id>`.
 */
import * as z from 'zod';
import type { ChatCore } from '../../chat/types.ts';
import { parseWith, readJson, refuseTooLong, sendJson } from '../../server/http.ts';
import type { Route } from '../../server/server.ts';
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
    // The page's id of the user's bubble (IncomingMessage.messageId), so "Xóa tin này" can delete what it left.
    messageId: z.string({ error: 'Mã tin nhắn (messageId) phải là một chuỗi.' }).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'Mã tin nhắn (messageId) không hợp lệ.' }).optional(),
    answering: z.string({ error: 'Câu hỏi đang trả lời (answering) phải là một chuỗi.' }).max(64, { error: 'Câu hỏi đang trả lời (answering) không hợp lệ.' }).optional(),
  }, { error: 'Nội dung yêu cầu phải là một đối tượng JSON có sessionId và text hoặc action.' })
  .refine((body) => (body.text === undefined) !== (body.action === undefined), {
    error: 'Cần đúng một trong hai: tin nhắn (text) hoặc lựa chọn (action).',
    path: ['text'],
  });

export function webRoutes(core: ChatCore): Route[] {
  const page = buildWebPage();
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
        const replies = await core.handle({
          channel: 'web',
          userId: body.sessionId,
          traceId: requestId,
          ...(body.text !== undefined
            ? { text: body.text, ...(body.answering !== undefined ? { answering: body.answering } : {}), ...(body.messageId !== undefined ? { messageId: body.messageId } : {}) }
            : { action: body.action }),
        });
        sendJson(response, 200, { replies });
      },
    },
  ];
}
