/**
 * The adapter's own mechanics (ordering, concurrency, splitting, retries, failures), driven over
 * HTTP through polling with a scripted core whose timing and failures the test controls. The
 * real chat core is driven in the end-to-end tests.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatCore, IncomingMessage, Reply } from '../../../src/chat/types.ts';
import { ZALO_ERROR_TEXT } from '../../../src/channels/zalo/bot.ts';
import type { ZaloChannel } from '../../../src/channels/zalo/index.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './fake-zalo-server.ts';
import { captureLog, startZaloAgainst, TOKEN } from './harness.ts';

type Script = (message: IncomingMessage) => Promise<Reply[]>;

function scriptedCore(script: Script): ChatCore & { seen: IncomingMessage[] } {
  const seen: IncomingMessage[] = [];
  return {
    seen,
    commands: [],
    inlineAnswers: () => [],
    handle: (message) => {
      seen.push(message);
      return script(message);
    },
  };
}

const say = (text: string, buttons?: string[]): Reply => ({
  spans: [{ text }],
  ...(buttons ? { buttons: [buttons.map((label, index) => ({ label, action: `a${index}` }))] } : {}),
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fake: FakeZalo;
let channel: ZaloChannel | undefined;
afterEach(async () => {
  await channel?.stop();
  channel = undefined;
  await fake.close();
});

describe('Zalo adapter', () => {
  it('renders buttons as numbered choices, plain text only', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    const core = scriptedCore(async () => [say('Khu vực sinh sống của hộ?', ['Nông thôn', 'Thành thị'])]);
    channel = await startZaloAgainst(fake.apiRoot, core, captureLog().logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: '/kiemtra' }));
    await fake.waitFor('the reply', () => fake.sent.length === 1);
    expect(fake.sentTo('u-1')).toEqual(['Khu vực sinh sống của hộ?\n\n1. Nông thôn\n2. Thành thị']);
    expect(fake.callsOf('sendMessage').every((call) => !('parse_mode' in call.body))).toBe(true);
    expect(fake.callsOf('sendChatAction')[0]?.body).toEqual({ chat_id: 'u-1', action: 'typing' });
  });

  it('splits a long reply below 2000 characters at paragraph boundaries, in order', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    const paragraphs = Array.from({ length: 12 }, (_, index) => `Đoạn ${index + 1}. ${'Nội dung chính sách. '.repeat(20).trim()}`);
    const core = scriptedCore(async () => [say(paragraphs.join('\n\n')), say('Hết.')]);
    channel = await startZaloAgainst(fake.apiRoot, core, captureLog().logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'toàn văn' }));
    await fake.waitFor('the last part', () => fake.sentTo('u-1').includes('Hết.'));
    const texts = fake.sentTo('u-1');
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(2000);
    // Every part is whole paragraphs, and together they give the reply back in order.
    expect(texts.slice(0, -1).join('\n\n')).toBe(paragraphs.join('\n\n'));
    expect(texts.at(-1)).toBe('Hết.');
  });

  it('handles one chat in order while other chats go ahead', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    const core = scriptedCore(async (message) => {
      // u-1's first message is held until u-2 has its reply (at most 5 s): were chats handled one after another,
      // u-2's reply could not come first. A fixed delay lost this race on a loaded machine.
      if (message.text === 'chậm') await fake.waitFor('u-2 answered', () => fake.sentTo('u-2').length > 0, 5_000).catch(() => {});
      return [say(`đã nhận: ${message.text ?? ''}`)];
    });
    channel = await startZaloAgainst(fake.apiRoot, core, captureLog().logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'chậm' }));
    fake.pushUpdate(zaloUpdate('u-1', { text: 'nhanh' }));
    fake.pushUpdate(zaloUpdate('u-2', { text: 'khác' }));
    await fake.waitFor('three replies', () => fake.sent.length === 3);
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: chậm', 'đã nhận: nhanh']);
    // u-2 did not wait behind u-1's slow message.
    expect(fake.sent[0]).toEqual({ chat_id: 'u-2', text: 'đã nhận: khác' });
  });

  it('gives the user a polite message and logs the error without the message text when the core fails', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    const log = captureLog();
    const core = scriptedCore(async () => {
      throw new Error('hỏng');
    });
    channel = await startZaloAgainst(fake.apiRoot, core, log.logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'nhà tôi thu nhập 3 triệu' }));
    await fake.waitFor('the apology', () => fake.sent.length === 1);
    expect(fake.sentTo('u-1')).toEqual([ZALO_ERROR_TEXT]);
    expect(log.events('zalo.update_failed')).toHaveLength(1);
    expect(log.lines.join('')).not.toContain('3 triệu');
    expect(log.lines.join('')).not.toContain(TOKEN);
  });

  it('retries a reply the platform failed to take, and sends it once', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    fake.failNext('sendMessage', 'http-500');
    fake.failNext('sendMessage', 'drop');
    const core = scriptedCore(async () => [say('Trả lời')]);
    channel = await startZaloAgainst(fake.apiRoot, core, captureLog().logger);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'hỏi' }));
    await fake.waitFor('the reply', () => fake.sent.length === 1);
    expect(fake.callsOf('sendMessage')).toHaveLength(3);
    expect(fake.sentTo('u-1')).toEqual(['Trả lời']);
  });

  it('skips malformed and repeated updates and keeps going', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    const log = captureLog();
    const core = scriptedCore(async (message) => [say(`đã nhận: ${message.text ?? ''}`)]);
    channel = await startZaloAgainst(fake.apiRoot, core, log.logger);
    const repeated = zaloUpdate('u-1', { text: 'một' });
    for (const junk of [null, 'rác', { event_name: 'message.text.received' }, { message: { chat: {} } }]) fake.pushUpdate(junk);
    fake.pushUpdate(repeated);
    fake.pushUpdate(repeated);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'hai' }));
    await fake.waitFor('two replies', () => fake.sent.length === 2);
    await channel.stop();
    channel = undefined;
    expect(fake.sentTo('u-1')).toEqual(['đã nhận: một', 'đã nhận: hai']);
    expect(log.events('zalo.update_invalid')).toHaveLength(4);
    expect(log.events('zalo.update_duplicate')).toHaveLength(1);
  });

  it('stop() ends a pending long poll promptly and waits for the update being handled', async () => {
    fake = await startFakeZalo({ token: TOKEN });
    let finished = false;
    const core = scriptedCore(async () => {
      await wait(200);
      finished = true;
      return [say('xong')];
    });
    // A poll held open far longer than the test may take: only an abort lets stop() return.
    const running = await startZaloAgainst(fake.apiRoot, core, captureLog().logger, undefined, 300);
    fake.pushUpdate(zaloUpdate('u-1', { text: 'hỏi' }));
    await fake.waitFor('the core to start', () => core.seen.length === 1);
    await running.stop();
    expect(finished).toBe(true);
    expect(fake.sentTo('u-1')).toEqual(['xong']);
    const polls = fake.callsOf('getUpdates').length;
    await wait(100);
    expect(fake.callsOf('getUpdates')).toHaveLength(polls);
  });
});
