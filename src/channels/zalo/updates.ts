/**
 * Zalo updates → the chat core's IncomingMessage. Every update is validated with zod; anything
 * that does not match is reported as `invalid` (logged and skipped by the caller, never thrown).
 *
 * Groups: a Zalo update carries no mention entities and no "reply to" link, so "addressed to the
 * bot" can only be read from the text. A group message is handled when it is a command (starts
 * with "/") or names the bot with "@<name>" (its account or display name from getMe); the mention
 * is removed before the core sees the text. Everything else said in a group is ignored unread, as
 * are pictures and stickers there (they cannot be addressed).
 */
import * as z from 'zod';
import type { IncomingMessage } from '../../chat/types.ts';
import { escapeRegExp } from '../../text/regexp.ts';

const ZaloIdSchema = z.union([z.string().min(1), z.number()]).transform(String);

export const ZaloUpdateSchema = z.object({
  event_name: z.string().min(1),
  message: z.object({
    message_id: ZaloIdSchema,
    from: z.object({ id: ZaloIdSchema }),
    chat: z.object({ id: ZaloIdSchema, chat_type: z.enum(['PRIVATE', 'GROUP']) }),
    /** Milliseconds since the epoch. */
    date: z.number(),
    text: z.string().optional(),
  }),
});
export type ZaloUpdate = z.infer<typeof ZaloUpdateSchema>;

export const TEXT_EVENT = 'message.text.received';

export type RoutedUpdate =
  | { kind: 'message'; chatId: string; messageId: string; message: IncomingMessage }
  | { kind: 'ignored'; messageId: string; reason: 'not-a-message' | 'empty-text' | 'group-not-addressed' }
  | { kind: 'invalid'; problem: string };

/**
 * Webhook deliveries may come bare (`{event_name, message}`) or wrapped like a getUpdates answer
 * (`{ok, result: {…}}`); both are accepted.
 */
export function unwrapDelivery(body: unknown): unknown {
  if (body && typeof body === 'object' && 'result' in body && !('event_name' in body)) {
    return (body as { result: unknown }).result;
  }
  return body;
}

export function routeUpdate(raw: unknown, botNames: readonly string[]): RoutedUpdate {
  const parsed = ZaloUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    // Field paths only: the values may be personal.
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', problem: issue ? `${issue.path.join('.') || 'update'}: ${issue.code}` : 'update' };
  }
  const { event_name: event, message } = parsed.data;
  const messageId = message.message_id;
  const isGroup = message.chat.chat_type === 'GROUP';
  if (!event.startsWith('message.')) return { kind: 'ignored', messageId, reason: 'not-a-message' };

  const base = { channel: 'zalo' as const, userId: message.from.id, ...(isGroup ? { isGroup: true, chatId: message.chat.id } : {}) };
  if (event !== TEXT_EVENT) {
    // Pictures, stickers and anything newer than this code: the core answers politely in private.
    if (isGroup) return { kind: 'ignored', messageId, reason: 'group-not-addressed' };
    return { kind: 'message', chatId: message.chat.id, messageId, message: { ...base, unsupported: true } };
  }

  let text = (message.text ?? '').trim();
  if (isGroup) {
    const addressed = stripMention(text, botNames);
    if (addressed === undefined) return { kind: 'ignored', messageId, reason: 'group-not-addressed' };
    text = addressed;
  }
  if (text === '') return { kind: 'ignored', messageId, reason: 'empty-text' };
  return { kind: 'message', chatId: message.chat.id, messageId, message: { ...base, text } };
}

/** The text addressed to the bot with its mention removed, or undefined when not addressed. */
function stripMention(text: string, botNames: readonly string[]): string | undefined {
  if (text.startsWith('/')) return text;
  const normalized = text.normalize('NFC');
  for (const name of botNames) {
    const trimmed = name.normalize('NFC').trim();
    if (trimmed === '') continue;
    // "@Bot" must not match inside "@Botanic": the name ends at a space, punctuation or the end.
    const mention = new RegExp(`@${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}_])`, 'iu');
    if (!mention.test(normalized)) continue;
    return normalized.replace(mention, ' ').replace(/\s+/g, ' ').replace(/^[\s,:]+/, '').trim();
  }
  return undefined;
}

