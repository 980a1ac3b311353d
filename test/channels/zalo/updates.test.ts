import { describe, expect, it } from 'vitest';
import { routeUpdate, unwrapDelivery } from '../../../src/channels/zalo/updates.ts';
import { zaloUpdate } from './fake-zalo-server.ts';

const BOT_NAMES = ['bot.GiamNgheo', 'Trợ lý Giảm nghèo'];

describe('Zalo update routing', () => {
  it('maps a private text message to the core message of that user', () => {
    const routed = routeUpdate(zaloUpdate('u-1', { text: '  hộ cận nghèo được hỗ trợ gì  ' }), BOT_NAMES);
    expect(routed).toMatchObject({
      kind: 'message',
      chatId: 'u-1',
      message: { channel: 'zalo', userId: 'u-1', text: 'hộ cận nghèo được hỗ trợ gì' },
    });
    expect(routed.kind === 'message' && routed.message.isGroup).toBeUndefined();
  });

  it('marks pictures, stickers and unknown message kinds as unsupported in private chats', () => {
    for (const event of ['message.image.received', 'message.sticker.received', 'message.unsupported.received']) {
      expect(routeUpdate(zaloUpdate('u-1', { event }), BOT_NAMES)).toMatchObject({
        kind: 'message',
        message: { channel: 'zalo', userId: 'u-1', unsupported: true },
      });
    }
  });

  it('ignores empty texts and events that are not messages', () => {
    expect(routeUpdate(zaloUpdate('u-1', { text: ' \n ' }), BOT_NAMES)).toMatchObject({ kind: 'ignored', reason: 'empty-text' });
    expect(routeUpdate(zaloUpdate('u-1', { event: 'user.follow' }), BOT_NAMES)).toMatchObject({
      kind: 'ignored',
      reason: 'not-a-message',
    });
  });

  it('in a group, answers only commands and messages that mention the bot, without the mention', () => {
    const group = (text: string) => zaloUpdate('g-1', { text, chatType: 'GROUP', fromId: 'u-7' });
    expect(routeUpdate(group('hôm nay họp lúc mấy giờ'), BOT_NAMES)).toMatchObject({ kind: 'ignored', reason: 'group-not-addressed' });
    expect(routeUpdate(group('/chuan'), BOT_NAMES)).toMatchObject({
      kind: 'message',
      chatId: 'g-1',
      message: { userId: 'u-7', text: '/chuan', isGroup: true, chatId: 'g-1' },
    });
    expect(routeUpdate(group('@Trợ lý Giảm nghèo, chuẩn nghèo nông thôn là bao nhiêu?'), BOT_NAMES)).toMatchObject({
      kind: 'message',
      message: { text: 'chuẩn nghèo nông thôn là bao nhiêu?', isGroup: true },
    });
    expect(routeUpdate(group('hỏi @bot.giamngheo về BHYT'), BOT_NAMES)).toMatchObject({
      kind: 'message',
      message: { text: 'hỏi về BHYT' },
    });
    // A longer name that only starts like the bot's is someone else.
    expect(routeUpdate(group('@bot.GiamNgheo2 chào'), BOT_NAMES)).toMatchObject({ kind: 'ignored' });
    expect(routeUpdate(zaloUpdate('g-1', { event: 'message.sticker.received', chatType: 'GROUP' }), BOT_NAMES)).toMatchObject({
      kind: 'ignored',
    });
  });

  it('reports malformed updates by field path, never by value', () => {
    const update = zaloUpdate('u-1', { text: 'số CCCD 012345678901' });
    const broken = { ...update, message: { ...(update.message as object), chat: { id: 'u-1', chat_type: 'CHANNEL' } } };
    const routed = routeUpdate(broken, BOT_NAMES);
    expect(routed).toMatchObject({ kind: 'invalid' });
    expect(routed.kind === 'invalid' && routed.problem).toContain('message.chat.chat_type');
    expect(JSON.stringify(routed)).not.toContain('012345678901');
    for (const junk of [null, 42, 'text', [], {}, { event_name: 'message.text.received' }, { event_name: 1, message: {} }]) {
      expect(routeUpdate(junk, BOT_NAMES).kind).toBe('invalid');
    }
  });

  it('unwraps deliveries sent in the getUpdates envelope', () => {
    const update = zaloUpdate('u-1', { text: 'chào' });
    expect(unwrapDelivery({ ok: true, result: update })).toBe(update);
    expect(unwrapDelivery(update)).toBe(update);
  });
});
