import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../chat/types.ts';

/** Telegram refuses a whole message whose keyboard has empty callback data or data longer than this. */
export const CALLBACK_DATA_LIMIT_BYTES = 64;

export class InvalidCallbackDataError extends Error {
  constructor(byteLength: number) {
    // The action itself is not put in the message: it may carry a user's choice.
    super(`Button action is ${byteLength} bytes; Telegram needs 1 to ${CALLBACK_DATA_LIMIT_BYTES}.`);
    this.name = 'InvalidCallbackDataError';
  }
}

/** The deep link that opens a shared answer in a private chat with the bot. */
export function shareLink(botUsername: string, shareToken: string): string {
  return `https://t.me/${botUsername}?start=${encodeURIComponent(shareToken)}`;
}

/**
 * Reply buttons (and the share link) → an inline keyboard, or undefined when there is none.
 * An empty or over-long action is a bug in the core, so it throws rather than sending a broken keyboard.
 */
export function inlineKeyboardFor(reply: Reply, botUsername: string): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = (reply.buttons ?? [])
    .filter((row) => row.length > 0)
    .map((row) =>
      row.map((button) => {
        const byteLength = Buffer.byteLength(button.action, 'utf8');
        if (byteLength > CALLBACK_DATA_LIMIT_BYTES || byteLength === 0) throw new InvalidCallbackDataError(byteLength);
        return { text: button.label, callback_data: button.action };
      }),
    );
  if (reply.shareToken) {
    rows.push([{ text: '🔗 Liên kết chia sẻ', url: shareLink(botUsername, reply.shareToken) }]);
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}
