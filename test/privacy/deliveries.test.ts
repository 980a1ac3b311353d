/**
 * A platform's delivery is answered once: the same Telegram update_id posted twice to the webhook,
 * and a Zalo message id delivered again after a restart (same DATABASE_PATH), get one answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeZalo, type FakeZalo } from '../channels/zalo/fake-zalo-server.ts';
import { freePort } from '../channels/zalo/harness.ts';
import { BotApiEmulator, webhookTextUpdate as telegramUpdate } from '../channels/telegram/emulator.ts';
import { startTestService, tempDatabasePath, type TestService } from '../server/harness.ts';

const TELEGRAM_TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';
const TELEGRAM_SECRET = 'telegram-webhook-secret';
const ZALO_TOKEN = '1459232241454765289:zaloTestTokenForTheLocalFake';
const ZALO_SECRET = 'zalo-webhook-secret';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});


function zaloUpdate(messageId: string, userId: string, text: string) {
  return {
    event_name: 'message.text.received',
    message: { message_id: messageId, from: { id: userId, name: 'Lan' }, chat: { id: userId, chat_type: 'PRIVATE' }, date: Date.now(), text },
  };
}

/** A server in webhook mode for one channel on `databasePath`, closed after the test; call again to restart it. */
async function startOn(databasePath: string, channel: 'TELEGRAM' | 'ZALO', apiRoot: string): Promise<TestService> {
  const port = await freePort();
  const lower = channel.toLowerCase();
  const server = await startTestService(
    {
      PORT: String(port),
      [`${channel}_BOT_TOKEN`]: channel === 'TELEGRAM' ? TELEGRAM_TOKEN : ZALO_TOKEN,
      [`${channel}_API_ROOT`]: apiRoot,
      [`${channel}_WEBHOOK_URL`]: `http://127.0.0.1:${port}/${lower}/webhook`,
      [`${channel}_WEBHOOK_SECRET`]: channel === 'TELEGRAM' ? TELEGRAM_SECRET : ZALO_SECRET,
    },
    { databasePath },
  );
  cleanups.push(() => server.close());
  return server;
}

describe('Telegram', () => {
  it('answers the same update_id posted twice only once, also after a restart', async () => {
    const telegram = await BotApiEmulator.start({ token: TELEGRAM_TOKEN });
    cleanups.push(() => telegram.close());
    const database = tempDatabasePath();
    cleanups.push(() => database.remove());
    const start = () => startOn(database.databasePath, 'TELEGRAM', telegram.apiRoot);
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': TELEGRAM_SECRET };
    const update = telegramUpdate(880_001, 7001, 'ho can ngheo duoc ho tro gi');

    let server = await start();
    expect((await server.postJson('/telegram/webhook', update, headers)).status).toBe(200);
    await telegram.waitFor(() => telegram.messagesTo(7001)[0]);
    const answered = telegram.messagesTo(7001).length;
    expect((await server.postJson('/telegram/webhook', update, headers)).status).toBe(200);
    const first = server;
    await telegram.waitFor(() => first.logLines.join('').includes('delivery_duplicate'));
    expect(telegram.messagesTo(7001)).toHaveLength(answered);

    await server.close();
    server = await start();
    expect((await server.postJson('/telegram/webhook', update, headers)).status).toBe(200);
    // A new update from the same person is answered as usual.
    expect((await server.postJson('/telegram/webhook', telegramUpdate(880_002, 7001, '/chuan'), headers)).status).toBe(200);
    await telegram.waitFor(() => telegram.messagesTo(7001).find((message) => message.text.includes('1.500.000')));
    expect(telegram.messagesTo(7001).filter((message) => message.text.includes('Hỗ trợ cho hộ cận nghèo'))).toHaveLength(1);
    expect(server.logLines.join('')).toContain('delivery_duplicate');
  });
});

describe('Zalo', () => {
  it('does not answer a message id again after a restart on the same database', async () => {
    const zalo: FakeZalo = await startFakeZalo({ token: ZALO_TOKEN });
    cleanups.push(() => zalo.close());
    const database = tempDatabasePath();
    cleanups.push(() => database.remove());
    const start = () => startOn(database.databasePath, 'ZALO', zalo.apiRoot);
    const headers = { 'X-Bot-Api-Secret-Token': ZALO_SECRET };
    const update = zaloUpdate('zmsg-42', 'u-4242', '/chuan');

    let server = await start();
    expect((await server.postJson('/zalo/webhook', update, headers)).status).toBe(200);
    await zalo.waitFor('answer', () => zalo.sentTo('u-4242').length > 0);
    // Closing finishes the reply in flight, so every part of the answer is counted, however slow the machine.
    await server.close();
    const answered = zalo.sentTo('u-4242').length;

    server = await start();
    const restarted = server;
    expect((await server.postJson('/zalo/webhook', update, headers)).status).toBe(200);
    // The second server says it has this message already; had it answered again, that answer would come first.
    await zalo.waitFor('the duplicate seen', () => restarted.logLines.join('').includes('delivery_duplicate'));
    expect(zalo.sentTo('u-4242')).toHaveLength(answered);
  });
});
