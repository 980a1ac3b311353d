/**
 * Telegram channel benchmark (`npm run bench -- telegram`). Everything runs over real HTTP on
 * 127.0.0.1 against the local Bot API emulator, which runs in a process of its own
 * (test/bench/telegram-emulator.ts), in long-polling mode with the grammY runner:
 *
 * - baseline: a bare grammY echo bot (runner, no plugins) through the same emulator process;
 * - the assistant: startTelegram on the real app (search, rules, SQLite sessions) at the default
 *   log level (info; lines formatted and masked by the real logger, then dropped), fed a mix of
 *   /start, questions, one-line checks and button presses from many users.
 *
 * Figures: updates handled per second under a burst (all updates queued at once), p50/p99 handling
 * time with updates sent one by one (bot.handleUpdate, including its Bot API calls), as ratios to
 * the baseline; then heap and handling time with 10,000 stored sessions, as ratios to the same app
 * with none. Outgoing pacing is loosened for the throughput
 * runs: with Telegram's real limits (30 messages/s) pacing, not the bot, would be measured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { run } from '@grammyjs/runner';
import { createApp } from '../../src/app.ts';
import { startTelegram } from '../../src/channels/telegram/index.ts';
import { createLogger } from '../../src/log.ts';
import { FAST_TUNING, TEST_TOKEN } from '../channels/telegram/harness.ts';

type NewUpdate = Omit<Update, 'update_id'>;

/** The emulator process: queue updates in it and know its API root. */
class EmulatorProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly lines: AsyncIterator<string>,
    readonly apiRoot: string,
  ) {}

  static async start(): Promise<EmulatorProcess> {
    const script = new URL('./telegram-emulator.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', script, TEST_TOKEN], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error('The emulator process exited before printing its address.');
    return new EmulatorProcess(child, lines, first.value);
  }

  async push(updates: NewUpdate[]): Promise<void> {
    this.child.stdin!.write(`${JSON.stringify(updates)}\n`);
    const answer = await this.lines.next();
    if (answer.done || answer.value !== 'ok') throw new Error('The emulator process stopped answering.');
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.stdin!.end();
    await exited;
  }
}

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
async function burst(emulator: EmulatorProcess, timer: UpdateTimer, updates: NewUpdate[]): Promise<number> {
  const target = timer.durations.length + updates.length;
  const started = performance.now();
  await emulator.push(updates);
  await timer.handled(target);
  return updates.length / ((performance.now() - started) / 1000);
}

/** One update at a time: p50/p99 of the handling time alone, without queueing behind others. */
async function oneByOne(emulator: EmulatorProcess, timer: UpdateTimer, updates: NewUpdate[]): Promise<{ p50: number; p99: number }> {
  const from = timer.durations.length;
  for (const update of updates) {
    const handled = timer.handled(timer.durations.length + 1);
    await emulator.push([update]);
    await handled;
  }
  const sorted = timer.durations.slice(from).sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

let nextMessageId = 1;

function message(userId: number, text: string): NewUpdate {
  const command = /^\/\S+/.exec(text);
  return {
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: `Người dùng ${userId}` },
      from: { id: userId, is_bot: false, first_name: `Người dùng ${userId}`, language_code: 'vi' },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as NewUpdate;
}

/** The mix a busy hour might bring: welcome, questions, quick checks and menu presses. */
function assistantMix(firstUserId = 500_000): NewUpdate[] {
  const questions = [
    'ho can ngheo duoc ho tro bhyt bao nhieu',
    'Chuẩn nghèo đa chiều giai đoạn 2022-2025 là gì?',
    'thu tuc ra soat ho ngheo hang nam',
    'hỗ trợ tiền điện cho hộ nghèo',
  ];
  const updates: NewUpdate[] = [];
  for (let index = 0; index < USERS; index += 1) {
    const userId = firstUserId + index;
    updates.push(message(userId, '/start'));
    updates.push(message(userId, questions[index % questions.length]!));
    updates.push(message(userId, '/kiemtra nt 1.4tr bhyt nuoc nhatieu'));
    updates.push({
      callback_query: {
        id: `cq-${userId}`,
        from: { id: userId, is_bot: false, first_name: `Người dùng ${userId}` },
        chat_instance: `ci-${userId}`,
        data: 'menu:standard',
        message: { message_id: 1, date: 0, chat: { id: userId, type: 'private', first_name: 'x' }, text: 'menu' },
      },
    } as NewUpdate);
  }
  return updates;
}

function echoMix(count: number): NewUpdate[] {
  return Array.from({ length: count }, (_, index) => message(500_000 + (index % USERS), 'Chuẩn nghèo đa chiều giai đoạn 2022-2025 là gì?'));
}

async function echoBaseline(emulator: EmulatorProcess, count: number) {
  const bot = new Bot(TEST_TOKEN, { client: { apiRoot: emulator.apiRoot } });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  await bot.init();
  const timer = new UpdateTimer(bot);
  const runner = run(bot, { runner: { fetch: { timeout: 30 } } });
  await oneByOne(emulator, timer, echoMix(100)); // warm-up: connections open, JIT settled
  const latency = await oneByOne(emulator, timer, echoMix(SEQUENTIAL));
  const perSecond = await burst(emulator, timer, echoMix(count));
  await runner.stop();
  return { perSecond, ...latency };
}

/** The real app and channel at the default log level; the lines are written nowhere. */
async function startAssistant(emulator: EmulatorProcess, databasePath: string) {
  const logger = createLogger({ write: () => {} });
  const app = await createApp({ databasePath, logger });
  const channel = await startTelegram({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot }, app, logger, FAST_TUNING);
  const timer = new UpdateTimer(channel.bot as unknown as Bot);
  const close = async () => {
    await channel.stop();
    app.close();
  };
  return { app, timer, close };
}

async function assistantFigures(emulator: EmulatorProcess, databasePath: string, firstUserId: number) {
  const assistant = await startAssistant(emulator, databasePath);
  const latency = await oneByOne(emulator, assistant.timer, assistantMix(firstUserId).slice(0, SEQUENTIAL));
  const perSecond = await burst(emulator, assistant.timer, assistantMix(firstUserId + 100_000));
  await assistant.close();
  return { perSecond, ...latency };
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const format = (value: number) => value.toFixed(2);
const directory = mkdtempSync(join(tmpdir(), 'telegram-bench-'));
const emulator = await EmulatorProcess.start();
try {
  // Warm-up: loads the search index and lets the JIT settle.
  await assistantFigures(emulator, join(directory, 'warm.db'), 1_000_000);

  const mix = USERS * 4;
  const baseline = await echoBaseline(emulator, mix);
  const ours = await assistantFigures(emulator, join(directory, 'bot.db'), 2_000_000);
  console.log(`burst: ${mix} updates at once (${USERS} users × /start, question, /kiemtra, button); latency: ${SEQUENTIAL} updates one by one`);
  console.log(`echo baseline: ${format(baseline.perSecond)} updates/s, p50 ${format(baseline.p50)} ms, p99 ${format(baseline.p99)} ms`);
  console.log(`assistant:     ${format(ours.perSecond)} updates/s, p50 ${format(ours.p50)} ms, p99 ${format(ours.p99)} ms`);
  console.log(
    `ratios (assistant / echo): throughput ${format(ours.perSecond / baseline.perSecond)}×, ` +
      `p50 ${format(ours.p50 / baseline.p50)}×, p99 ${format(ours.p99 / baseline.p99)}×`,
  );

  // Sessions: memory and handling time with none stored, then with 10,000.
  const sessionsDb = join(directory, 'sessions.db');
  const assistant = await startAssistant(emulator, sessionsDb);
  const empty = await oneByOne(emulator, assistant.timer, assistantMix(3_000_000).slice(0, SEQUENTIAL));
  const heapEmpty = heapMb();
  // A real session as the app stores it, copied to 10,000 users. A question alone leaves no row (nothing kept
  // without a reason since the privacy work), so the first user also chooses a province.
  await oneByOne(emulator, assistant.timer, [message(3_000_000, '/tinh tra vinh')]);
  const template = await assistant.app.store.readSession('telegram:3000000');
  if (typeof template !== 'object' || template === null) throw new Error('The run stored no session for its first user.');
  for (let index = 0; index < SESSIONS; index += 1) {
    await assistant.app.store.writeSession(`telegram:${900_000 + index}`, template);
  }
  const heapFull = heapMb();
  const full = await oneByOne(emulator, assistant.timer, assistantMix(4_000_000).slice(0, SEQUENTIAL));
  await assistant.close();
  const fileMb = statSync(sessionsDb).size / 1024 / 1024;
  console.log(
    `${SESSIONS} stored sessions: heap ${format(heapFull)} MB vs ${format(heapEmpty)} MB without ` +
      `(ratio ${format(heapFull / heapEmpty)}×), database file ${format(fileMb)} MB`,
  );
  console.log(
    `handling with ${SESSIONS} sessions vs none: p50 ${format(full.p50 / empty.p50)}×, p99 ${format(full.p99 / empty.p99)}×`,
  );
} finally {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
}
