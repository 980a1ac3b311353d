/**
 * Replies → the texts sent to Zalo: plain text only (no parse_mode; the platform's markdown is not
 * worth the escaping risk), buttons as numbered choices, each text within sendMessage's limit.
 */
import { splitText, toPlainText } from '../../chat/render.ts';
import type { Reply } from '../../chat/types.ts';
import { ZALO_MAX_TEXT_LENGTH } from './api.ts';

export function renderForZalo(replies: readonly Reply[], shareLink?: (token: string) => string): string[] {
  return replies.flatMap((reply) =>
    splitText(toPlainText(reply, { numberedChoices: true, ...(shareLink ? { shareLink } : {}) }), ZALO_MAX_TEXT_LENGTH),
  );
}
