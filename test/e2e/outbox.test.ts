/**
 * SIGTERM while a Telegram answer waits out a long retry_after (issue 10): the real server process
 * (`src/main.ts`, SQLite, Telegram long polling against the Bot API emulator) stops within its grace
 * period, the answer is kept in the outbox, and the next start sends it: once, in full, no apology.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../src/channels/telegram/adapter.ts';
import { TELEGRAM_DELIVERY } from '../../src/channels/telegram/pacing.ts';
import { BotApiEmulator, webhookTextUpdate } from '../channels/telegram/emulator.ts';
import { startInstance, type Instance } from './process.ts';

const TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';

function textMessage(chatId: number, text: string) {
  const { update_id: _numbered, ...update } = webhookTextUpdate(0, chatId, text);
  return update;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM during a long retry_after, then a restart', () => {
  let directory: string;
  let telegram: BotApiEmulator;
  const started: Instance[] = [];
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'outbox-e2e-'));
    telegram = await BotApiEmulator.start({ token: TOKEN });
  });
  afterAll(async () => {
    for (const instance of started) {
      if (instance.child.exitCode === null) {
        instance.child.kill('SIGKILL');
        await instance.exited;
      }
    }
    await telegram?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the answer in the outbox and sends it at the next start, once', async () => {
    const env = { DATABASE_PATH: join(directory, 'bot.db'), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot };
    const first = await startInstance(env);
    started.push(first);
    // What one /start gives when nothing goes wrong (the welcome may be several messages).
    await telegram.push(textMessage(6100, '/start'));
    const once = (await telegram.waitFor(() => (telegram.messagesTo(6100).length > 0 ? telegram.messagesTo(6100) : undefined), 30_000)).length;

    telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 120', parameters: { retry_after: 120 } });
    const before = telegram.callsOf('sendMessage').length;
    await telegram.push(textMessage(6101, '/start'));
    await telegram.waitFor(() => telegram.callsOf('sendMessage').length > before, 30_000);
    const stopping = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // Within the grace period (and its unwinding), not after Telegram's 120 s.
    expect(Date.now() - stopping).toBeLessThan(TELEGRAM_DELIVERY.shutdownGraceMs + 10_000);
    expect(telegram.messagesTo(6101)).toEqual([]);
    const events = first.logs().map((line) => line.event);
    expect(events).toContain('telegram.reply_kept');
    expect(events).not.toContain('telegram.reply_undelivered');

    const second = await startInstance(env);
    started.push(second);
    await telegram.waitFor(() => telegram.messagesTo(6101).length >= once || undefined, 30_000);
    await sleep(3000);
    const texts = telegram.messagesTo(6101).map((message) => message.text);
    expect(texts).toHaveLength(once);
    expect(texts.join('\n')).toContain('Trợ lý Giảm nghèo');
    expect(texts).not.toContain(TELEGRAM_TEXTS.failed);
    expect(second.logs().map((line) => line.event)).toContain('telegram.outbox_sent');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});
