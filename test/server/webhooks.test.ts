/**
 * Webhook endpoints over real HTTP: the service starts Telegram and Zalo in webhook mode against
 * the local Bot API fakes of their channels (which deliver updates to the server's webhook URLs
 * with the secret header, as the platforms do); a delivery is processed only when its secret matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeZalo, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
// The Zalo fake delivers to the webhook URL itself, so the server's port must be known first.
import { freePort } from '../channels/zalo/harness.ts';
import { BotApiEmulator } from '../channels/telegram/emulator.ts';
import { startTestService, type TestService } from './harness.ts';

const TELEGRAM_TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';
const TELEGRAM_SECRET = 'telegram-webhook-secret';
const ZALO_TOKEN = '1459232241454765289:zaloTestTokenForTheLocalFake';
const ZALO_SECRET = 'zalo-webhook-secret';

let telegram: BotApiEmulator;
let zalo: FakeZalo;
let server: TestService;

function telegramMessage(chatId: number, text: string) {
  return {
    message: {
      message_id: chatId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' as const, first_name: 'Lan' },
      from: { id: chatId, is_bot: false, first_name: 'Lan' },
      text,
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  };
}

const telegramUpdate = (updateId: number, chatId: number, text: string) => ({ update_id: updateId, ...telegramMessage(chatId, text) });

function zaloUpdate(messageId: string, userId: string, text: string) {
  return {
    event_name: 'message.text.received',
    message: {
      message_id: messageId,
      from: { id: userId, name: 'Lan' },
      chat: { id: userId, chat_type: 'PRIVATE' },
      date: Date.now(),
      text,
    },
  };
}

beforeAll(async () => {
  telegram = await BotApiEmulator.start({ token: TELEGRAM_TOKEN });
  zalo = await startFakeZalo({ token: ZALO_TOKEN });
  const port = await freePort();
  server = await startTestService({
    PORT: String(port),
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    ZALO_BOT_TOKEN: ZALO_TOKEN,
    ZALO_API_ROOT: zalo.apiRoot,
    ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`,
    ZALO_WEBHOOK_SECRET: ZALO_SECRET,
  });
  await zalo.waitFor('setWebhook', () => zalo.webhook !== undefined);
});

afterAll(async () => {
  await server?.close();
  await telegram?.close();
  await zalo?.close();
});

describe('POST /telegram/webhook', () => {
  it('registered the webhook with its secret at start', () => {
    expect(telegram.webhook).toEqual({ url: `${server.url}telegram/webhook`, secret: TELEGRAM_SECRET });
  });

  it('refuses a delivery without the secret or with a wrong one, and processes nothing', async () => {
    const missing = await server.postJson('/telegram/webhook', telegramUpdate(1, 501, '/start'));
    expect(missing.status).toBe(401);
    const wrong = await server.postJson('/telegram/webhook', telegramUpdate(2, 501, '/start'), {
      'X-Telegram-Bot-Api-Secret-Token': `${TELEGRAM_SECRET}x`,
    });
    expect(wrong.status).toBe(401);
    // Give a wrongly accepted update time to be answered before asserting that none was.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(telegram.messagesTo(501)).toEqual([]);
  });

  it('processes a delivery Telegram makes with the right secret: the user gets the welcome', async () => {
    const { webhookStatus } = await telegram.push(telegramMessage(502, '/start'));
    expect(webhookStatus).toBe(200);
    const sent = await telegram.waitFor(() => telegram.messagesTo(502)[0]);
    expect(sent.text).toContain('Trợ lý Giảm nghèo');
  });

  it('never writes the bot token into the log', () => {
    expect(server.logLines.join('')).not.toContain(TELEGRAM_TOKEN.split(':')[1]);
  });
});

describe('POST /zalo/webhook', () => {
  it('refuses a delivery with a wrong or missing secret, and processes nothing', async () => {
    const wrong = await server.postJson('/zalo/webhook', zaloUpdate('m1', 'u-601', 'xin chào'), {
      'X-Bot-Api-Secret-Token': 'not-the-secret',
    });
    expect(wrong.status).toBe(401);
    const missing = await server.postJson('/zalo/webhook', zaloUpdate('m2', 'u-601', 'xin chào'));
    expect(missing.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zalo.sentTo('u-601')).toEqual([]);
  });

  it('refuses an oversized delivery (413) before the channel reads it', async () => {
    const huge = zaloUpdate('m4', 'u-603', 'x'.repeat(70 * 1024));
    const response = await server.postJson('/zalo/webhook', huge, { 'X-Bot-Api-Secret-Token': ZALO_SECRET });
    expect(response.status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zalo.sentTo('u-603')).toEqual([]);
  });

  it('answers a delivery the platform makes with the right secret', async () => {
    zalo.pushUpdate(zaloUpdate('m3', 'u-602', '/start'));
    await zalo.waitFor('reply to u-602', () => zalo.sentTo('u-602').length > 0);
    expect(zalo.deliveries.at(-1)?.status).toBe(200);
    expect(zalo.sentTo('u-602').join('\n')).toContain('Trợ lý Giảm nghèo');
  });
});

describe('webhooks that are not configured', () => {
  it('do not exist (404)', async () => {
    const plain = await startTestService();
    try {
      const response = await plain.postJson('/telegram/webhook', telegramUpdate(9, 503, '/start'), {
        'X-Telegram-Bot-Api-Secret-Token': TELEGRAM_SECRET,
      });
      expect(response.status).toBe(404);
      expect((await plain.postJson('/zalo/webhook', zaloUpdate('m9', 'u-9', 'hi'))).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
