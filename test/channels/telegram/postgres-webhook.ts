/**
 * The set-up of the suites with Telegram instances on one PostgreSQL (webhook mode; outbox-lease.e2e,
 * inflight-round27-faults6.e2e): a test database, Telegram's local emulator, a client of the test's own on that database
 * and a folder for the instances' files, made before the suite and removed after it (with the in-process instance `b`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll } from 'vitest';
import type { TestService } from '../../server/harness.ts';
import { createTestDatabase } from '../../services.ts';
import { BotApiEmulator, webhookTextUpdate } from './emulator.ts';

const TOKEN = '123456789:AAtestTokenForTheLocalFakeBotApi';

export interface PostgresWebhookSuite {
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  telegram: BotApiEmulator;
  client: pg.Client;
  directory: string;
  /** The instance running in the test's process, closed after the suite. */
  b?: TestService;
  /** The environment of an instance on that database and emulator, in webhook mode. */
  env(): Record<string, string>;
  /** A delivery of `update` to the webhook at `url`, as Telegram sends it. */
  post(url: string, update: Update): Promise<Response>;
  /** The texts the emulator got for `chat`, in order. */
  texts(chat: number): (string | undefined)[];
  /** Sends `text` as update `id` of `chat` to `url` and resolves to the answer's messages (those after the ones already there). */
  say(url: string, id: number, chat: number, text: string): Promise<string>;
  /** The database's backends waiting for a lock (an instance's write held by a test's LOCK TABLE), once there is one. */
  lockWaiters(): Promise<number[]>;
}

export function postgresWebhookSuite(label: string, secret: string): PostgresWebhookSuite {
  const suite = {
    env: () => ({
      DATABASE_URL: suite.database.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'http://localhost:9/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: secret,
      TELEGRAM_API_ROOT: suite.telegram.apiRoot,
    }),
    post: (url: string, update: Update) =>
      fetch(new URL('/telegram/webhook', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret },
        body: JSON.stringify(update),
      }),
    texts: (chat: number) => suite.telegram.messagesTo(chat).map((message) => message.text),
    say: async (url: string, id: number, chat: number, text: string) => {
      const before = suite.texts(chat).length;
      const status = (await suite.post(url, webhookTextUpdate(id, chat, text))).status;
      if (status !== 200) throw new Error(`the webhook answered ${status}`);
      return (await suite.telegram.waitFor(() => suite.texts(chat).length > before && suite.texts(chat), 60_000)).slice(before).join('\n');
    },
    lockWaiters: async () => {
      for (;;) {
        const { rows } = await suite.client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (rows.length > 0) return rows.map((row) => row.pid);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  } as Partial<PostgresWebhookSuite> as PostgresWebhookSuite;
  beforeAll(async () => {
    suite.directory = mkdtempSync(join(tmpdir(), `telegram-${label}-`));
    suite.database = await createTestDatabase(label);
    suite.telegram = await BotApiEmulator.start({ token: TOKEN });
    suite.client = new pg.Client({ connectionString: suite.database.url });
    await suite.client.connect();
  }, 60_000);
  afterAll(async () => {
    await suite.b?.close();
    await suite.client?.end();
    await suite.telegram?.close();
    await suite.database?.drop();
    if (suite.directory) rmSync(suite.directory, { recursive: true, force: true });
  }, 60_000);
  return suite;
}
