import type { CallbackQuery, Message } from 'grammy/types';
import type { IncomingMessage } from '../../chat/types.ts';
import { escapeRegExp } from '../../text/regexp.ts';

/**
 * Telegram messages and button presses → the core's IncomingMessage, or undefined when the bot
 * must stay silent (group chatter not addressed to it, service messages, other bots, channels).
 */

export interface BotIdentity {
  id: number;
  username: string;
}

/** Message kinds a person sends that the assistant cannot read; anything else (joins, pins…) is ignored. */
const UNSUPPORTED_CONTENT = [
  'sticker',
  'photo',
  'voice',
  'video',
  'video_note',
  'audio',
  'document',
  'animation',
  'location',
  'venue',
  'contact',
  'poll',
  'dice',
  'game',
  'story',
  'paid_media',
] as const;

const COMMAND_PATTERN = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?=\s|$)/;


function mentionPattern(username: string): RegExp {
  return new RegExp(`(^|[^\\w@])@${escapeRegExp(username)}(?!\\w)`, 'gi');
}

function isGroupChat(type: string): boolean {
  return type === 'group' || type === 'supergroup';
}

interface Addressing {
  /** The text with "@bot" removed from commands and mentions. */
  text: string;
  /** The text is a command for this bot, or mentions it. */
  addressed: boolean;
}

/** Reads "/cmd@bot …" and "@bot …"; a command meant for another bot is never ours. */
function readAddressing(rawText: string, bot: BotIdentity): Addressing | undefined {
  const command = COMMAND_PATTERN.exec(rawText);
  if (command) {
    const target = command[2];
    if (target && target.toLowerCase() !== bot.username.toLowerCase()) return undefined;
    return { text: `/${command[1]}${rawText.slice(command[0].length)}`.trim(), addressed: true };
  }
  const withoutMention = rawText.replace(mentionPattern(bot.username), '$1');
  return { text: withoutMention.trim(), addressed: withoutMention !== rawText };
}

export function incomingFromMessage(message: Message, bot: BotIdentity): IncomingMessage | undefined {
  const chatType = message.chat?.type;
  const from = message.from;
  if (!from || from.is_bot || !chatType || chatType === 'channel') return undefined;
  const isGroup = isGroupChat(chatType);
  if (!isGroup && chatType !== 'private') return undefined;

  const isReplyToBot = message.reply_to_message?.from?.id === bot.id;
  const base: IncomingMessage = { channel: 'telegram', userId: String(from.id), isGroup, ...(isGroup ? { chatId: String(message.chat.id) } : {}) };

  if (typeof message.text === 'string') {
    const addressing = readAddressing(message.text, bot);
    if (!addressing) return undefined;
    if (isGroup && !addressing.addressed && !isReplyToBot) return undefined;
    return { ...base, text: addressing.text };
  }

  if (UNSUPPORTED_CONTENT.some((kind) => message[kind] !== undefined)) {
    const captionAddressesBot =
      typeof message.caption === 'string' && (readAddressing(message.caption, bot)?.addressed ?? false);
    if (isGroup && !isReplyToBot && !captionAddressesBot) return undefined;
    return { ...base, unsupported: true };
  }
  return undefined;
}

/** A pressed button. Presses on inline-mode messages have no chat to answer in: undefined. */
export function incomingFromCallback(query: CallbackQuery): IncomingMessage | undefined {
  const chat = query.message?.chat;
  if (typeof query.data !== 'string' || query.data === '' || !chat?.type || chat.type === 'channel') return undefined;
  const isGroup = isGroupChat(chat.type);
  return { channel: 'telegram', userId: String(query.from.id), action: query.data, isGroup, ...(isGroup ? { chatId: String(chat.id) } : {}) };
}
