/**
 * Replies → the texts sent to Zalo: plain text only (no parse_mode; the platform's markdown is not
 * worth the escaping risk), the turn's offered buttons as numbered choices, each text within sendMessage's limit.
 */
import { splitText, turnToPlainText } from '../../chat/render.ts';
import type { Reply } from '../../chat/types.ts';
import { ZALO_MAX_TEXT_LENGTH } from './api.ts';

export function renderForZalo(replies: readonly Reply[], shareLink?: (token: string) => string): string[] {
  return turnToPlainText(replies, { numberedChoices: true, ...(shareLink ? { shareLink } : {}) }).flatMap((text) => splitText(text, ZALO_MAX_TEXT_LENGTH));
}
