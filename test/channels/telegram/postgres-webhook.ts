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
import { BotApiEmulator } from './emulator.ts';

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
