/**
 * SIGKILL after a Telegram update was marked answered and before Telegram took the answer: the real server
 * process (`src/main.ts`, long polling against the Bot API emulator, which holds the sendMessage call) is
 * killed while the answer is on its way. The answer was kept in the outbox by the same write that marked the
 * update answered, so it is not lost: on SQLite the next start sends it, on PostgreSQL any instance once
 * the dead one's lease ran out; exactly once, in full, no apology.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_TEXTS } from '../../src/channels/telegram/adapter.ts';
import { TELEGRAM_OUTBOX } from '../../src/channels/telegram/outbox.ts';
import { BotApiEmulator, webhookTextUpdate } from '../channels/telegram/emulator.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';
import { startInstance, type Instance } from './process.ts';

const TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';

function textMessage(chatId: number, text: string) {
  const { update_id: _numbered, ...update } = webhookTextUpdate(0, chatId, text);
  return update;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
 * of waiting TELEGRAM_OUTBOX.leaseMs), `restartSends` says whether a plain restart sends at once (SQLite).
 */
function killedBetweenDoneAndSent(store: {
  env: () => Record<string, string>;
  kept: (updateId: number, chatId: number) => Promise<Kept>;
  expire?: () => Promise<void>;
}) {
  return async (telegram: BotApiEmulator, started: Instance[]) => {
    const first = await startInstance(store.env());
    started.push(first);
    // What one /start gives when nothing goes wrong (the welcome may be several messages).
    await telegram.push(textMessage(7100, '/start'));
    const once = (await telegram.waitFor(() => (telegram.messagesTo(7100).length > 0 ? telegram.messagesTo(7100) : undefined), 30_000)).length;
    await sleep(1000);
    expect(telegram.messagesTo(7100)).toHaveLength(once);

    telegram.holdNext('sendMessage');
    const { updateId } = await telegram.push(textMessage(7101, '/start'));
    // The answer is on its way (held by "Telegram"): the update was marked answered just before.
    await telegram.waitFor(() => telegram.callsOf('sendMessage').some((call) => call.payload.chat_id === 7101), 30_000);
    expect(await store.kept(updateId, 7101)).toEqual({ answered: true, waiting: 1, leased: true });
    first.child.kill('SIGKILL');
    await first.exited;
    telegram.release();
    expect(telegram.messagesTo(7101)).toEqual([]);

    const second = await startInstance(store.env());
    started.push(second);
    if (store.expire) {
      // Still leased to the dead instance: not sent by another meanwhile (it could still be sending it).
      await sleep(2000);
      expect(telegram.messagesTo(7101)).toEqual([]);
      await store.expire();
    }
    await telegram.waitFor(() => telegram.messagesTo(7101).length >= once || undefined, TELEGRAM_OUTBOX.intervalMs + 30_000);
    await sleep(3000);
    const texts = telegram.messagesTo(7101).map((message) => message.text);
    expect(texts).toHaveLength(once);
    expect(texts.join('\n')).toContain('Trợ lý Giảm nghèo');
    expect(texts).not.toContain(TELEGRAM_TEXTS.failed);
    expect(second.logs().map((line) => line.event)).toContain('telegram.outbox_sent');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(await store.kept(updateId, 7101)).toEqual({ answered: true, waiting: 0, leased: false });
  };
}

describe('SIGKILL between "answered" and "sent" (Telegram polling)', () => {
  let directory: string;
  let telegram: BotApiEmulator;
  const started: Instance[] = [];
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kept-answer-e2e-'));
    telegram = await BotApiEmulator.start({ token: TOKEN });
  });
  afterAll(async () => {
    for (const instance of started) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.kill('SIGKILL');
        await instance.exited;
      }
    }
    await telegram?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('SQLite: the answer kept with the update\'s finish is sent at the next start, once', async () => {
    const file = join(directory, 'bot.db');
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
    for (const instance of started) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.kill('SIGKILL');
        await instance.exited;
      }
    }
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
      // The lease runs out (shortened here instead of waiting TELEGRAM_OUTBOX.leaseMs).
      expire: async () => void (await client.query('UPDATE outbox SET lease_until = 0')),
    })(telegram, started);
  }, 150_000);
});
