/**
 * Telegram channel benchmark (`npm run bench -- telegram`). Everything runs over real HTTP on
 * 127.0.0.1 against the local Bot API emulator, in long-polling mode with the grammY runner:
 *
 * - baseline: a bare grammY echo bot (runner, no plugins) through the same emulator;
 * - the assistant: startTelegram on the real app (search, rules, SQLite sessions), fed a mix of
 *   /start, questions, one-line checks and button presses from many users.
 *
 * Figures: updates handled per second under a burst (all updates queued at once), p50/p99 handling
 * time with updates sent one by one (bot.handleUpdate, including its Bot API calls), as ratios to
 * the baseline; then heap and handling time with 10,000 stored sessions, as ratios to the same app
 * with none. Outgoing pacing is loosened for the throughput
 * runs: with Telegram's real limits (30 messages/s) pacing, not the bot, would be measured.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { run } from '@grammyjs/runner';
import { BotApiEmulator } from '../channels/telegram/emulator.ts';
import { FakeUser, TelegramHarness, TEST_TOKEN } from '../channels/telegram/harness.ts';

const USERS = 300;
const SESSIONS = 10_000;
const SEQUENTIAL = 400;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

/** Times every bot.handleUpdate call (which includes the bot's Bot API calls). */
class UpdateTimer {
  readonly durations: number[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(bot: Bot) {
    const handleUpdate = bot.handleUpdate.bind(bot);
    bot.handleUpdate = async (update, envelope) => {
      const started = performance.now();
      try {
        await handleUpdate(update, envelope);
      } finally {
        this.durations.push(performance.now() - started);
        this.waiters = this.waiters.filter((waiter) => {
          if (this.durations.length < waiter.count) return true;
          waiter.resolve();
          return false;
        });
      }
    };
  }

  /** Resolves once `count` updates in total have been handled. */
  handled(count: number): Promise<void> {
    if (this.durations.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }
}

/** All updates at once: updates handled per second under a burst. */
async function burst(emulator: BotApiEmulator, timer: UpdateTimer, updates: Omit<Update, 'update_id'>[]): Promise<number> {
  const target = timer.durations.length + updates.length;
  const started = performance.now();
  for (const update of updates) await emulator.push(update);
  await timer.handled(target);
  return updates.length / ((performance.now() - started) / 1000);
}

/** One update at a time: p50/p99 of the handling time alone, without queueing behind others. */
async function oneByOne(
  emulator: BotApiEmulator,
  timer: UpdateTimer,
  updates: Omit<Update, 'update_id'>[],
): Promise<{ p50: number; p99: number }> {
  const from = timer.durations.length;
  for (const update of updates) {
    await emulator.push(update);
    await timer.handled(timer.durations.length + 1);
  }
  const sorted = timer.durations.slice(from).sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** The mix a busy hour might bring: welcome, questions, quick checks and menu presses. */
function assistantMix(harness: TelegramHarness, firstUserId = 500_000): Omit<Update, 'update_id'>[] {
  const questions = [
    'ho can ngheo duoc ho tro bhyt bao nhieu',
    'Chuẩn nghèo đa chiều giai đoạn 2022-2025 là gì?',
    'thu tuc ra soat ho ngheo hang nam',
    'hỗ trợ tiền điện cho hộ nghèo',
  ];
  const updates: Omit<Update, 'update_id'>[] = [];
  for (let index = 0; index < USERS; index += 1) {
    const user = new FakeUser(harness, firstUserId + index);
    updates.push(user.message({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }));
    updates.push(user.message({ text: questions[index % questions.length]! }));
    updates.push(
      user.message({ text: '/kiemtra nt 1.4tr bhyt nuoc nhatieu', entities: [{ type: 'bot_command', offset: 0, length: 8 }] }),
    );
    updates.push({
      callback_query: {
        id: `cq-${index}`,
        from: user.from,
        chat_instance: `ci-${index}`,
        data: 'menu:standard',
        message: { message_id: 1, date: 0, chat: user.chat, text: 'menu' },
      },
    } as Omit<Update, 'update_id'>);
  }
  return updates;
}

function echoMix(count: number): Omit<Update, 'update_id'>[] {
  const updates: Omit<Update, 'update_id'>[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = 500_000 + (index % USERS);
    updates.push({
      message: {
        message_id: index + 1,
        date: 0,
        chat: { id, type: 'private', first_name: 'x' },
        from: { id, is_bot: false, first_name: 'x' },
        text: 'Chuẩn nghèo đa chiều giai đoạn 2022-2025 là gì?',
      },
    });
  }
  return updates;
}

async function echoBaseline(count: number) {
  const emulator = await BotApiEmulator.start({ token: TEST_TOKEN });
  const bot = new Bot(TEST_TOKEN, { client: { apiRoot: emulator.apiRoot } });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const timer = new UpdateTimer(bot);
  const runner = run(bot, { runner: { fetch: { timeout: 30 } } });
  await oneByOne(emulator, timer, echoMix(100)); // warm-up: connections open, JIT settled
  const latency = await oneByOne(emulator, timer, echoMix(SEQUENTIAL));
  const perSecond = await burst(emulator, timer, echoMix(count));
  await runner.stop();
  await emulator.close();
  return { perSecond, ...latency };
}

async function assistantFigures(databasePath: string) {
  const harness = await TelegramHarness.start({ mode: 'polling', databasePath });
  const timer = new UpdateTimer(harness.channel.bot as unknown as Bot);
  const latency = await oneByOne(harness.emulator, timer, assistantMix(harness, 600_000).slice(0, SEQUENTIAL));
  const perSecond = await burst(harness.emulator, timer, assistantMix(harness));
  await harness.close();
  return { perSecond, ...latency };
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const format = (value: number) => value.toFixed(2);
const directory = mkdtempSync(join(tmpdir(), 'telegram-bench-'));
try {
  // Warm-up: loads the search index and lets the JIT settle.
  await assistantFigures(join(directory, 'warm.db'));

  const mix = USERS * 4;
  const baseline = await echoBaseline(mix);
  const ours = await assistantFigures(join(directory, 'bot.db'));
  console.log(`burst: ${mix} updates at once (${USERS} users × /start, question, /kiemtra, button); latency: ${SEQUENTIAL} updates one by one`);
  console.log(`echo baseline: ${format(baseline.perSecond)} updates/s, p50 ${format(baseline.p50)} ms, p99 ${format(baseline.p99)} ms`);
  console.log(`assistant:     ${format(ours.perSecond)} updates/s, p50 ${format(ours.p50)} ms, p99 ${format(ours.p99)} ms`);
  console.log(
    `ratios (assistant / echo): throughput ${format(ours.perSecond / baseline.perSecond)}×, ` +
      `p50 ${format(ours.p50 / baseline.p50)}×, p99 ${format(ours.p99 / baseline.p99)}×`,
  );

  // Sessions: memory and handling time with none stored, then with 10,000.
  const sessionsDb = join(directory, 'sessions.db');
  const harness = await TelegramHarness.start({ mode: 'polling', databasePath: sessionsDb });
  const timer = new UpdateTimer(harness.channel.bot as unknown as Bot);
  const empty = await oneByOne(harness.emulator, timer, assistantMix(harness).slice(0, SEQUENTIAL));
  const heapEmpty = heapMb();
  // A real session as the run left it (after a question: results kept), copied to 10,000 users.
  const template = await harness.app.store.readSession('telegram:500000');
  if (typeof template !== 'object' || template === null) throw new Error('The run stored no session for its first user.');
  for (let index = 0; index < SESSIONS; index += 1) {
    await harness.app.store.writeSession(`telegram:${900_000 + index}`, template);
  }
  const heapFull = heapMb();
  const full = await oneByOne(harness.emulator, timer, assistantMix(harness, 700_000).slice(0, SEQUENTIAL));
  await harness.close();
  const fileMb = statSync(sessionsDb).size / 1024 / 1024;
  console.log(
    `${SESSIONS} stored sessions: heap ${format(heapFull)} MB vs ${format(heapEmpty)} MB without ` +
      `(ratio ${format(heapFull / heapEmpty)}×), database file ${format(fileMb)} MB`,
  );
  console.log(
    `handling with ${SESSIONS} sessions vs none: p50 ${format(full.p50 / empty.p50)}×, p99 ${format(full.p99 / empty.p99)}×`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
