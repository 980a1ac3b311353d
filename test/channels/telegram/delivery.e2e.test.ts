/**
 * Telegram refusing an answer for a while (429 with a long retry_after, a run of 500s) must not
 * turn it into an apology: the answer is kept and delivered when Telegram allows, within the
 * documented deadline; and a shutdown lets an answer waiting to be retried finish, for a bounded
 * grace, after which it is kept in the outbox and sent at the next start. Real app, real grammY bot, the Bot API emulator over HTTP on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../../src/channels/telegram/adapter.ts';
import { realClock, TELEGRAM_DELIVERY, type Clock } from '../../../src/channels/telegram/pacing.ts';
import { FakeUser, FAST_TUNING, TelegramHarness } from './harness.ts';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'telegram-delivery-'));
});
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Real time, a thousand times faster: a 2-minute retry_after takes 120 ms, and the deadline still holds. */
function fastClock(factor = 1000): Clock & { waits: number[] } {
  const start = Date.now();
  const waits: number[] = [];
  return {
    waits,
    now: () => start + (Date.now() - start) * factor,
    sleep: (milliseconds, signal) => {
      waits.push(milliseconds);
      return realClock.sleep(milliseconds / factor, signal);
    },
  };
}

const tooManyRequests = (seconds: number) => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${seconds}`,
  parameters: { retry_after: seconds },
});
const internalError = { error_code: 500, description: 'Internal Server Error' };

describe('an answer Telegram refuses for now is kept, not replaced by an apology', () => {
  let harness: TelegramHarness;
  let user: FakeUser;
  let clock: ReturnType<typeof fastClock>;
  beforeAll(async () => {
    clock = fastClock();
    harness = await TelegramHarness.start({
      mode: 'polling',
      databasePath: join(directory, 'kept.db'),
      tuning: { ...FAST_TUNING, clock },
    });
    user = new FakeUser(harness, 5101);
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('429 with retry_after 120 s: waits what Telegram asked, then delivers the answer', async () => {
    harness.emulator.failNext('sendMessage', tooManyRequests(120));
    const before = harness.emulator.callsOf('sendMessage').length;
    const replies = await user.say('/start');
    expect(replies.map((message) => message.text)).not.toContain(TELEGRAM_TEXTS.failed);
    expect(replies.at(-1)?.text).toContain('Trợ lý Giảm nghèo');
    expect(harness.emulator.callsOf('sendMessage').length - before).toBe(2);
    expect(clock.waits).toContain(120_000);
  });

  it('five 500s in a row: backs off and delivers the answer once', async () => {
    for (let index = 0; index < 5; index += 1) harness.emulator.failNext('sendMessage', internalError);
    const before = harness.emulator.callsOf('sendMessage').length;
    const replies = await user.say('/chuan');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((message) => message.text)).not.toContain(TELEGRAM_TEXTS.failed);
    expect(replies[0]!.text).toMatch(/chuẩn nghèo/i);
    expect(harness.emulator.callsOf('sendMessage').length - before).toBe(5 + replies.length);
  });

  it('a wait beyond the 15-minute deadline keeps the answer in the outbox, no apology; it is sent later', async () => {
    harness.emulator.failNext('sendMessage', tooManyRequests(TELEGRAM_DELIVERY.messageDeadlineMs / 1000 + 60));
    const replies = await user.say('/start');
    expect(replies).toEqual([]);
    const kept = harness.logLines.filter((line) => line.includes('"telegram.reply_kept"'));
    expect(kept).toHaveLength(1);
    expect(harness.logLines.filter((line) => line.includes('"telegram.reply_undelivered"'))).toEqual([]);
    // The emulator's next answer is a success again: the bot is not stuck, and the kept answer goes out too.
    expect((await user.say('/start')).at(-1)?.text).toContain('Trợ lý Giảm nghèo');
    await harness.emulator.waitFor(() => harness.logLines.some((line) => line.includes('"telegram.outbox_sent"')), 15_000);
  }, 30_000);
});

describe('a shutdown while an answer waits for Telegram', () => {
  it('lets the answer finish its retries before stop() resolves', async () => {
    const harness = await TelegramHarness.start({ mode: 'polling', databasePath: join(directory, 'drain.db') });
    try {
      const user = new FakeUser(harness, 5201);
      harness.emulator.failNext('sendMessage', tooManyRequests(1));
      const before = harness.emulator.callsOf('sendMessage').length;
      void user.say('/start');
      await harness.emulator.waitFor(() => harness.emulator.callsOf('sendMessage').length > before);
      const stopping = Date.now();
      await harness.channel.stop();
      expect(Date.now() - stopping).toBeGreaterThanOrEqual(500);
      expect(harness.emulator.messagesTo(5201).at(-1)?.text).toContain('Trợ lý Giảm nghèo');
      expect(harness.logLines.some((line) => line.includes('"telegram.draining"'))).toBe(true);
    } finally {
      await harness.close();
    }
  }, 60_000);

  it('after the grace period: stop() is bounded, the answer is kept in the outbox and sent at the next start, once', async () => {
    const databasePath = join(directory, 'grace.db');
    const harness = await TelegramHarness.start({
      mode: 'webhook',
      databasePath,
      tuning: { delivery: { ...TELEGRAM_DELIVERY, shutdownGraceMs: 500 } },
    });
    let restarted: TelegramHarness | undefined;
    try {
      const user = new FakeUser(harness, 5301);
      harness.emulator.failNext('sendMessage', tooManyRequests(30));
      const before = harness.emulator.callsOf('sendMessage').length;
      // The delivery's HTTP request ends with the webhook server; only the bot's side matters here.
      void harness.deliver(user.message({ text: '/start' })).catch(() => undefined);
      await harness.emulator.waitFor(() => harness.emulator.callsOf('sendMessage').length > before);
      const stopping = Date.now();
      await harness.stop();
      expect(Date.now() - stopping).toBeLessThan(3_000);
      expect(harness.emulator.messagesTo(5301)).toEqual([]);
      const events = harness.logLines.map((line) => (JSON.parse(line) as { event: string }).event);
      expect(events).toContain('telegram.drain_incomplete');
      expect(events).toContain('telegram.reply_kept');
      expect(events).not.toContain('telegram.reply_undelivered');
      // The next start sends it: the whole welcome, once, and no apology.
      restarted = await TelegramHarness.start({ mode: 'webhook', databasePath, emulator: harness.emulator });
      const sent = await harness.emulator.waitFor(() => {
        const texts = harness.emulator.messagesTo(5301).map((message) => message.text);
        return texts.some((text) => text.includes('Trợ lý Giảm nghèo')) ? texts : undefined;
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(harness.emulator.messagesTo(5301).map((message) => message.text)).toEqual(sent);
      expect(sent).not.toContain(TELEGRAM_TEXTS.failed);
      expect(new Set(sent).size).toBe(sent.length);
    } finally {
      await restarted?.stop();
      await harness.emulator.close();
    }
  }, 60_000);
});
