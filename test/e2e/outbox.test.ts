/**
 * The Telegram outbox across a stop, with the real server process (`src/main.ts`, Telegram long polling
 * against the Bot API emulator):
 * - SIGTERM while an answer waits out a long retry_after (issue 10): the process stops within its grace
 *   period, the answer is kept in the outbox, and the next start sends it: once, in full, no apology;
 * - SIGKILL after the update was marked answered and before Telegram took the answer (the emulator holds the
 *   sendMessage call): the answer was kept in the outbox by the same write that marked the update answered,
 *   so it is not lost: on SQLite the next start sends it, on PostgreSQL any instance once the dead one's
 *   lease ran out; exactly once, in full, no apology.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../src/channels/telegram/adapter.ts';
import { OUTBOX } from '../../src/channels/outbox.ts';
import { TELEGRAM_DELIVERY } from '../../src/channels/telegram/pacing.ts';
import { BotApiEmulator, queuedTextMessage } from '../channels/telegram/emulator.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { killLeft, startInstance, type Instance } from './process.ts';

const TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What one /start gives a new chat when nothing goes wrong (the welcome may be several messages). */
async function welcomeLength(telegram: BotApiEmulator, chatId: number): Promise<number> {
  await telegram.push(queuedTextMessage(chatId, '/start'));
  const once = (await telegram.waitFor(() => (telegram.messagesTo(chatId).length > 0 ? telegram.messagesTo(chatId) : undefined), 30_000)).length;
  await sleep(1000);
  expect(telegram.messagesTo(chatId)).toHaveLength(once);
  return once;
}

/** The welcome kept for `chatId` arrives from the outbox of `instance`: in full, once, no apology; then it stops cleanly. */
async function sentOnceFromOutbox(telegram: BotApiEmulator, instance: Instance, chatId: number, once: number, timeoutMs: number): Promise<void> {
  await telegram.waitFor(() => telegram.messagesTo(chatId).length >= once || undefined, timeoutMs);
  await sleep(3000);
  const texts = telegram.messagesTo(chatId).map((message) => message.text);
  expect(texts).toHaveLength(once);
  expect(texts.join('\n')).toContain('Trợ lý Giảm nghèo');
  expect(texts).not.toContain(TELEGRAM_TEXTS.failed);
  expect(instance.logs().map((line) => line.event)).toContain('telegram.outbox_sent');
  instance.child.kill('SIGTERM');
  expect(await instance.exited).toBe(0);
}

/** What the database holds about one update and its chat's waiting answers. */
interface Kept {
  /** The update's claim is finished (answered). */
  answered: boolean;
  /** Outbox rows waiting for the chat, and whether one is still leased to its sender. */
  waiting: number;
  leased: boolean;
}

/**
 * One scenario on either store: `kept` reads the database, `expire` ends the kept answers' leases (instead
 * of waiting OUTBOX.leaseMs), `restartSends` says whether a plain restart sends at once (SQLite).
 */
function killedBetweenDoneAndSent(store: {
  env: () => Record<string, string>;
  kept: (updateId: number, chatId: number) => Promise<Kept>;
  expire?: () => Promise<void>;
}) {
  return async (telegram: BotApiEmulator, started: Instance[]) => {
    const first = await startInstance(store.env());
    started.push(first);
    const once = await welcomeLength(telegram, 7100);

    telegram.holdNext('sendMessage');
    const { updateId } = await telegram.push(queuedTextMessage(7101, '/start'));
    // The answer is on its way (held by "Telegram"): the update was marked answered just before.
    await telegram.waitFor(() => telegram.callsOf('sendMessage').some((call) => call.payload.chat_id === 7101), 30_000);
    expect(await store.kept(updateId, 7101)).toEqual({ answered: true, waiting: 1, leased: true });
    first.child.kill('SIGKILL');
    await first.exited;
    expect(telegram.messagesTo(7101)).toEqual([]);

    const second = await startInstance(store.env());
    started.push(second);
    if (store.expire) {
      // Still leased to the dead instance: not sent by another meanwhile (it could still be sending it).
      await sleep(2000);
      expect(telegram.messagesTo(7101)).toEqual([]);
      await store.expire();
    }
    await sentOnceFromOutbox(telegram, second, 7101, once, OUTBOX.intervalMs + 30_000);
    expect(await store.kept(updateId, 7101)).toEqual({ answered: true, waiting: 0, leased: false });
  };
}

describe('the Telegram outbox across a SIGTERM or a SIGKILL, then a restart (SQLite)', () => {
  let directory: string;
  let telegram: BotApiEmulator;
  const started: Instance[] = [];
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'outbox-e2e-'));
    telegram = await BotApiEmulator.start({ token: TOKEN });
  });
  afterAll(async () => {
    await killLeft(started);
    await telegram?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the answer in the outbox and sends it at the next start, once', async () => {
    const env = { DATABASE_PATH: join(directory, 'bot.db'), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot };
    const first = await startInstance(env);
    started.push(first);
    const once = await welcomeLength(telegram, 6100);

    telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 120', parameters: { retry_after: 120 } });
    const before = telegram.callsOf('sendMessage').length;
    await telegram.push(queuedTextMessage(6101, '/start'));
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
    await sentOnceFromOutbox(telegram, second, 6101, once, 30_000);
  }, 120_000);

  it('SQLite: the answer kept with the update\'s finish is sent at the next start, once', async () => {
    const file = join(directory, 'killed.db');
    await killedBetweenDoneAndSent({
      env: () => ({ DATABASE_PATH: file, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot }),
      kept: async (updateId, chatId) => {
        const db = new Database(file, { readonly: true });
        try {
          const claim = db.prepare('SELECT lease_until FROM deliveries WHERE channel = ? AND id = ?').get('telegram', String(updateId)) as
            | { lease_until: number | null }
            | undefined;
          const rows = db.prepare('SELECT lease_until FROM outbox WHERE recipient = ?').all(String(chatId)) as { lease_until: number }[];
          return { answered: claim?.lease_until === null, waiting: rows.length, leased: rows.some((row) => row.lease_until > Date.now()) };
        } finally {
          db.close();
        }
      },
    })(telegram, started);
  }, 150_000);
});

const pgUnavailable = await postgresUnavailable();

describe.skipIf(pgUnavailable !== undefined)(titled('SIGKILL between "answered" and "sent" on PostgreSQL (Telegram polling)', pgUnavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  let telegram: BotApiEmulator;
  const started: Instance[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('kept');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    telegram = await BotApiEmulator.start({ token: TOKEN });
  });
  afterAll(async () => {
    await killLeft(started);
    await telegram?.close();
    await client?.end();
    await database?.drop();
  }, 60_000);

  it('the kept answer is left to the dead instance for its lease, then sent once by the next one', async () => {
    await killedBetweenDoneAndSent({
      env: () => ({ DATABASE_URL: database.url, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot }),
      kept: async (updateId, chatId) => {
        const claim = await client.query<{ finished: boolean }>('SELECT lease_until IS NULL AS finished FROM deliveries WHERE channel = $1 AND id = $2', [
          'telegram',
          String(updateId),
        ]);
        const rows = await client.query<{ lease_until: string }>('SELECT lease_until FROM outbox WHERE recipient = $1', [String(chatId)]);
        return {
          answered: claim.rows[0]?.finished === true,
          waiting: rows.rows.length,
          leased: rows.rows.some((row) => Number(row.lease_until) > Date.now()),
        };
      },
      // The lease runs out (shortened here instead of waiting OUTBOX.leaseMs).
      expire: async () => void (await client.query('UPDATE outbox SET lease_until = 0')),
    })(telegram, started);
  }, 150_000);
});
