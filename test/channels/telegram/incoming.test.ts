import { describe, expect, it } from 'vitest';
import type { CallbackQuery, Message } from 'grammy/types';
import { incomingFromCallback, incomingFromMessage } from '../../../src/channels/telegram/incoming.ts';

const bot = { id: 42, username: 'TroLyBot' };
const person = { id: 1001, is_bot: false, first_name: 'Lan' };
const privateChat = { id: 1001, type: 'private' as const, first_name: 'Lan' };
const group = { id: -5005, type: 'supergroup' as const, title: 'Cán bộ xã' };

/** Updates as they arrive over the wire: loose JSON, not necessarily complete. */
function message(fields: Record<string, unknown>): Message {
  return { message_id: 1, date: 0, chat: privateChat, from: person, ...fields } as Message;
}

describe('incomingFromMessage', () => {
  it('passes every private text, commands and deep links as typed', () => {
    expect(incomingFromMessage(message({ text: 'ho ngheo la gi' }), bot)).toEqual({
      channel: 'telegram',
      userId: '1001',
      isGroup: false,
      text: 'ho ngheo la gi',
    });
    expect(incomingFromMessage(message({ text: '/start sAbc' }), bot)?.text).toBe('/start sAbc');
    expect(incomingFromMessage(message({ text: '/kiemtra@TroLyBot nt 1.4tr' }), bot)?.text).toBe('/kiemtra nt 1.4tr');
  });

  it('in groups reacts only to commands, mentions and replies to the bot, without the mention', () => {
    const inGroup = (fields: Record<string, unknown>) => incomingFromMessage(message({ chat: group, ...fields }), bot);
    expect(inGroup({ text: 'hôm nay họp lúc mấy giờ?' })).toBeUndefined();
    expect(inGroup({ text: 'email: lan@TroLyBotx.vn' })).toBeUndefined();
    expect(inGroup({ text: '@trolybot hộ cận nghèo được hỗ trợ gì?' })).toEqual({
      channel: 'telegram',
      userId: '1001',
      isGroup: true,
      chatId: '-5005',
      text: 'hộ cận nghèo được hỗ trợ gì?',
    });
    expect(inGroup({ text: 'cho hỏi @TroLyBot, bhyt thế nào' })?.text).toBe('cho hỏi , bhyt thế nào');
    expect(inGroup({ text: '/chuan' })?.text).toBe('/chuan');
    expect(inGroup({ text: '/chuan@TroLyBot 2027' })?.text).toBe('/chuan 2027');
    expect(inGroup({ text: '/chuan@OtherBot' })).toBeUndefined();
    const replyToBot = { message_id: 9, date: 0, chat: group, from: { id: 42, is_bot: true, first_name: 'Bot' } };
    expect(inGroup({ text: 'còn hộ nghèo?', reply_to_message: replyToBot })?.text).toBe(
      'còn hộ nghèo?',
    );
  });

  it('marks stickers, photos and voice as unsupported, and ignores service messages', () => {
    expect(incomingFromMessage(message({ sticker: { file_id: 's' } }), bot)).toEqual({
      channel: 'telegram',
      userId: '1001',
      isGroup: false,
      unsupported: true,
    });
    expect(incomingFromMessage(message({ photo: [] }), bot)?.unsupported).toBe(true);
    expect(incomingFromMessage(message({ voice: { file_id: 'v' } }), bot)?.unsupported).toBe(true);
    expect(incomingFromMessage(message({ pinned_message: {} }), bot)).toBeUndefined();
    // In a group, a photo is ours only when its caption addresses the bot.
    expect(incomingFromMessage(message({ chat: group, photo: [] }), bot)).toBeUndefined();
    expect(incomingFromMessage(message({ chat: group, photo: [], caption: '@TroLyBot xem giúp' }), bot)?.unsupported).toBe(true);
  });

  it('ignores other bots, channels and messages without a sender or chat', () => {
    expect(incomingFromMessage(message({ text: 'hi', from: { id: 5, is_bot: true, first_name: 'X' } }), bot)).toBeUndefined();
    expect(incomingFromMessage(message({ text: 'hi', chat: { id: -100, type: 'channel', title: 'c' } }), bot)).toBeUndefined();
    expect(incomingFromMessage(message({ text: 'hi', from: undefined }), bot)).toBeUndefined();
    expect(incomingFromMessage({ message_id: 1, text: 'hi' } as unknown as Message, bot)).toBeUndefined();
  });
});

describe('incomingFromCallback', () => {
  const query = (fields: Partial<CallbackQuery>): CallbackQuery =>
    ({ id: 'q1', from: person, chat_instance: 'c', ...fields }) as CallbackQuery;
  const pressedIn = (chat: typeof privateChat | typeof group) =>
    ({ message_id: 3, date: 0, chat }) as CallbackQuery['message'];

  it('turns a press into an action from that user', () => {
    expect(incomingFromCallback(query({ data: 'ck:area:nt', message: pressedIn(privateChat) }))).toEqual({
      channel: 'telegram',
      userId: '1001',
      action: 'ck:area:nt',
      isGroup: false,
    });
    expect(incomingFromCallback(query({ data: 'menu:ask', message: pressedIn(group) }))).toMatchObject({ isGroup: true, chatId: '-5005' });
  });

  it('has nothing to do for presses without data or without a chat (inline messages)', () => {
    expect(incomingFromCallback(query({ message: pressedIn(privateChat) }))).toBeUndefined();
    expect(incomingFromCallback(query({ data: 'menu:ask', inline_message_id: 'im' }))).toBeUndefined();
  });
});
