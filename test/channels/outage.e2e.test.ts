/**
 * A PostgreSQL outage under the channels (issue 12): the real service on a PostgreSQL database of this
 * run reached through a TCP proxy the test cuts and restores (the shared server is never touched),
 * Telegram and Zalo against their local emulators over HTTP. A message arriving during the outage is
 * not apologised for and not lost: long polling keeps it (Telegram: getUpdates never confirms it;
 * Zalo, which forgets what it handed out: the bot retries it) and a webhook answers 503 so the platform
 * sends it again; once the database is back it is answered, once.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../src/channels/telegram/adapter.ts';
import { ZALO_ERROR_TEXT } from '../../src/channels/zalo/bot.ts';
import { startTestService, type TestService } from '../server/harness.ts';
import { createTestDatabase, postgresUnavailable, startTcpProxy, titled } from '../services.ts';
import { BotApiEmulator, queuedTextMessage, webhookTextUpdate } from './telegram/emulator.ts';
import { startFakeZalo, zaloUpdate, type FakeZalo } from './zalo/fake-zalo-server.ts';
import { TOKEN as ZALO_TOKEN } from './zalo/harness.ts';

const unavailable = await postgresUnavailable();
const TELEGRAM_TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';
const TELEGRAM_SECRET = 'telegram-webhook-secret';
const ZALO_SECRET = 'zalo-webhook-secret-outage';
const WELCOME = 'Trợ lý Giảm nghèo';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const events = (service: TestService, name: string) => service.logs().filter((record) => record.event === name);

async function waitUntil(what: string, predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe.skipIf(unavailable !== undefined)(titled('a PostgreSQL outage under the channels', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let telegram: BotApiEmulator;
  let zalo: FakeZalo;
  const services: TestService[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('outage');
    const target = new URL(database.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    telegram = await BotApiEmulator.start({ token: TELEGRAM_TOKEN });
    zalo = await startFakeZalo({ token: ZALO_TOKEN });
  }, 60_000);
  afterAll(async () => {
    for (const service of services) await service.close();
    await telegram?.close();
    await zalo?.close();
    await proxy?.close();
    await database?.drop();
  }, 60_000);

  it('long polling (Telegram, Zalo): no apology, the message is answered once when the database is back', async () => {
    const service = await startTestService({
      DATABASE_URL: proxy.url(database.url),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
    });
    services.push(service);
    await zalo.waitFor('Zalo polling', () => zalo.callsOf('getUpdates').length > 0);
    // Once answered both ways before the outage: the count one /start gives (the welcome may be several messages).
    await telegram.push(queuedTextMessage(8100, '/start'));
    await waitUntil('the Telegram welcome', () => telegram.messagesTo(8100).length > 0);
    zalo.pushUpdate(zaloUpdate('z-8200', { text: '/start' }));
    await waitUntil('the Zalo welcome', () => zalo.sentTo('z-8200').length > 0);
    await sleep(1000);
    const telegramOnce = telegram.messagesTo(8100).length;
    const zaloOnce = zalo.sentTo('z-8200').length;

    await proxy.cut();
    try {
      await telegram.push(queuedTextMessage(8101, '/start'));
      zalo.pushUpdate(zaloUpdate('z-8201', { text: '/start' }));
      await waitUntil('the Telegram update to be kept', () => events(service, 'telegram.update_redeliver').length > 0);
      await waitUntil('the Zalo update to be retried', () => events(service, 'zalo.update_retry').length > 0);
      await sleep(1500);
      expect(telegram.messagesTo(8101)).toEqual([]);
      expect(zalo.sentTo('z-8201')).toEqual([]);
    } finally {
      await proxy.restore();
    }
    await waitUntil('the Telegram answer after the outage', () => telegram.messagesTo(8101).length >= telegramOnce);
    await waitUntil('the Zalo answer after the outage', () => zalo.sentTo('z-8201').length >= zaloOnce);
    await sleep(3000);
    const telegramTexts = telegram.messagesTo(8101).map((message) => message.text);
    expect(telegramTexts).toHaveLength(telegramOnce);
    expect(telegramTexts.join('\n')).toContain(WELCOME);
    expect(telegramTexts).not.toContain(TELEGRAM_TEXTS.failed);
    expect(zalo.sentTo('z-8201')).toHaveLength(zaloOnce);
    expect(zalo.sentTo('z-8201').join('\n')).toContain(WELCOME);
    expect(zalo.sentTo('z-8201')).not.toContain(ZALO_ERROR_TEXT);
    await service.close();
  }, 120_000);

  it('webhooks (Telegram, Zalo): 503 during the outage, the platform’s retry afterwards is answered once', async () => {
    const service = await startTestService({
      DATABASE_URL: proxy.url(database.url),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'http://127.0.0.1:9/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
      ZALO_BOT_TOKEN: ZALO_TOKEN,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_URL: 'http://127.0.0.1:9/zalo/webhook',
      ZALO_WEBHOOK_SECRET: ZALO_SECRET,
    });
    services.push(service);
    const postTelegram = (update: object) =>
      service.postJson('/telegram/webhook', update, { 'X-Telegram-Bot-Api-Secret-Token': TELEGRAM_SECRET }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    const postZalo = (update: object) =>
      service.postJson('/zalo/webhook', update, { 'X-Bot-Api-Secret-Token': ZALO_SECRET }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    const telegramUpdate = webhookTextUpdate(990_001, 8301, '/start');
    const zaloMessage = zaloUpdate('z-8302', { text: '/start' });

    await proxy.cut();
    try {
      expect(await postTelegram(telegramUpdate)).toBe(503);
      expect(await postZalo(zaloMessage)).toBe(503);
    } finally {
      await proxy.restore();
    }
    await sleep(1000);
    expect(telegram.messagesTo(8301)).toEqual([]);
    expect(zalo.sentTo('z-8302')).toEqual([]);
    // The platforms send it again: answered; and again: not answered twice.
    expect(await postTelegram(telegramUpdate)).toBe(200);
    expect(await postZalo(zaloMessage)).toBe(200);
    await waitUntil('both answers', () => telegram.messagesTo(8301).length > 0 && zalo.sentTo('z-8302').length > 0);
    await sleep(1500);
    const telegramCount = telegram.messagesTo(8301).length;
    const zaloCount = zalo.sentTo('z-8302').length;
    expect(await postTelegram(telegramUpdate)).toBe(200);
    expect(await postZalo(zaloMessage)).toBe(200);
    await sleep(1500);
    expect(telegram.messagesTo(8301)).toHaveLength(telegramCount);
    expect(zalo.sentTo('z-8302')).toHaveLength(zaloCount);
    expect(zalo.sentTo('z-8302').join('\n')).toContain(WELCOME);
  }, 120_000);

  it('Zalo polling: messages still waiting for the database at a stop are kept and answered once by the next start', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'zalo-inbox-'));
    const databasePath = join(directory, 'bot.db');
    const inboxFile = `${databasePath}.zalo-inbox.json`;
    const env = { DATABASE_URL: proxy.url(database.url), ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_ROOT: zalo.apiRoot };
    try {
      const polls = zalo.callsOf('getUpdates').length;
      const first = await startTestService(env, { databasePath });
      services.push(first);
      // Polling (the webhook an earlier test left is removed first), so the update is queued, not posted.
      await zalo.waitFor('Zalo polling', () => zalo.callsOf('getUpdates').length > polls);
      zalo.pushUpdate(zaloUpdate('z-8500', { text: '/start' }));
      await waitUntil('the Zalo welcome', () => zalo.sentTo('z-8500').length > 0);
      await sleep(1000);
      const once = zalo.sentTo('z-8500').length;

      await proxy.cut();
      try {
        zalo.pushUpdate(zaloUpdate('z-8501', { text: '/start' }));
        await waitUntil('the first update to wait', () => events(first, 'zalo.update_retry').length > 0);
        zalo.pushUpdate(zaloUpdate('z-8502', { text: '/start' }));
        await waitUntil('the second update to wait', () => new Set(events(first, 'zalo.update_retry').map((event) => event.updateId)).size === 2);
        await waitUntil('polling to pause', () => events(first, 'zalo.polling_paused').length > 0);
        // Not fetched while paused: Zalo keeps it.
        const pausedAt = zalo.callsOf('getUpdates').length;
        zalo.pushUpdate(zaloUpdate('z-8503', { text: '/start' }));
        await sleep(1500);
        expect(zalo.callsOf('getUpdates')).toHaveLength(pausedAt);
        await first.close();
        expect(events(first, 'zalo.update_kept_for_next_start')).toHaveLength(2);
        expect(events(first, 'zalo.update_unhandled_at_stop')).toEqual([]);
        expect(existsSync(inboxFile)).toBe(true);
        // The log names no text: only the update ids and counts.
        expect(first.logLines.filter((line) => line.includes('zalo.')).join('\n')).not.toContain('/start');
      } finally {
        await proxy.restore();
      }
      expect(['z-8501', 'z-8502', 'z-8503'].map((user) => zalo.sentTo(user))).toEqual([[], [], []]);

      const second = await startTestService(env, { databasePath });
      services.push(second);
      await waitUntil('the kept and the unfetched answers', () => ['z-8501', 'z-8502', 'z-8503'].every((user) => zalo.sentTo(user).length >= once));
      await sleep(3000);
      for (const user of ['z-8501', 'z-8502', 'z-8503']) {
        expect(zalo.sentTo(user)).toHaveLength(once);
        expect(zalo.sentTo(user).join('\n')).toContain(WELCOME);
        expect(zalo.sentTo(user)).not.toContain(ZALO_ERROR_TEXT);
      }
      expect(events(second, 'zalo.inbox_resumed')).toEqual([expect.objectContaining({ updates: 2 })]);
      expect(existsSync(inboxFile)).toBe(false);
      await second.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});
