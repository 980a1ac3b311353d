/**
 * Several instances (`npm run bench -- scale`), in one run, as ratios to one instance on SQLite:
 * - /api/chat requests/s and p99, and Telegram webhook updates/s (the real `npm start`, webhook mode
 *   against the Bot API emulator in its own process), for: one instance on SQLite; one on PostgreSQL +
 *   Redis; two on PostgreSQL + Redis behind a round-robin client (autocannon, half the connections to each);
 * - session load and save latency (p50/p99) through the store, with 1,000,000 stored sessions (made by
 *   bulk SQL), against the same store when empty, on SQLite and on PostgreSQL.
 * PostgreSQL and Redis: the shared local servers, a database and a key prefix of this run, removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL } from '../services.ts';
import { loadAll, spawnUrl, stop } from './instances.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = 32;
const SECONDS = 8;
const STORED_SESSIONS = 1_000_000;
const LATENCY_OPS = 2000;
const TOKEN = '123456:scale-bench-token';
const SECRET = 'scale-bench-secret-0123456789';
const QUESTIONS = ['hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào', 'ho ngheo duoc ho tro gi', 'thủ tục xét hộ nghèo', '/chuan', '/kiemtra nt 1.4tr bhyt'];

const reason = (await postgresUnavailable()) ?? (await redisUnavailable());
if (reason) {
  console.log(`scale bench skipped: ${reason}`);
  process.exit(0);
}

spawnSync(process.execPath, ['src/build/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
const emulator = await spawnUrl(['--import', 'tsx', 'test/bench/telegram-emulator.ts', TOKEN], {});
const folder = mkdtempSync(join(tmpdir(), 'scale-bench-'));
const database = await createTestDatabase('bench');
const redis = testRedisPrefix('bench');

let updateId = 1;
let userSeq = 0;
const chatBody = () =>
  JSON.stringify({ sessionId: `bench-session-${String(userSeq++ % 2000).padStart(6, '0')}`, text: QUESTIONS[userSeq % QUESTIONS.length] });
const updateBody = () => {
  const user = 10_000 + (userSeq++ % 5000);
  return JSON.stringify({
    update_id: updateId++,
    message: { message_id: updateId, date: 1_770_000_000, chat: { id: user, type: 'private' }, from: { id: user, is_bot: false, first_name: 'A' }, text: QUESTIONS[userSeq % QUESTIONS.length] },
  });
};

const load = (urls: string[], path: string, body: () => string, headers: Record<string, string> = {}) => loadAll(urls, path, body, { connections: CONNECTIONS, seconds: SECONDS, headers });

async function measure(label: string, env: Record<string, string>, instances: number) {
  const servers = await Promise.all(
    Array.from({ length: instances }, () =>
      spawnUrl(['src/build/run.mjs', 'main'], {
        PORT: '0',
        HOST: '127.0.0.1',
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'warn',
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: emulator.url.replace(/\/$/, ''),
        TELEGRAM_WEBHOOK_URL: 'https://tro-ly.example.vn/telegram/webhook',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        ...env,
      }),
    ),
  );
  try {
    const urls = servers.map((server) => server.url);
    await load(urls, '/api/chat', chatBody); // warm-up, discarded
    const chat = await load(urls, '/api/chat', chatBody);
    const telegram = await load(urls, '/telegram/webhook', updateBody, { 'x-telegram-bot-api-secret-token': SECRET });
    return { label, chat, telegram };
  } finally {
    await Promise.all(servers.map((server) => stop(server.child)));
  }
}

const shared = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redis.prefix };
const format = (value: number, digits = 0) => value.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function latency(store: Store, keys: () => string) {
  const template = { v: 2, consentAt: '2026-03-01T00:00:00.000Z', province: 'Gia Lai', results: { set: 'abc', ids: ['doc#I.1', 'doc#II.2'], shown: 1 } };
  const reads: number[] = [];
  const writes: number[] = [];
  for (let index = 0; index < LATENCY_OPS; index += 1) {
    const key = keys();
    let started = performance.now();
    await store.readSession(key);
    reads.push(performance.now() - started);
    started = performance.now();
    await store.writeSession(key, template);
    writes.push(performance.now() - started);
  }
  const pct = (values: number[], p: number) => values.sort((x, y) => x - y)[Math.floor((values.length - 1) * p)]!;
  return { readP50: pct(reads, 0.5), readP99: pct(reads, 0.99), writeP50: pct(writes, 0.5), writeP99: pct(writes, 0.99) };
}

try {
  const rows = [];
  rows.push(await measure('1 instance, SQLite', { DATABASE_PATH: join(folder, 'bench.db') }, 1));
  rows.push(await measure('1 instance, PostgreSQL + Redis', shared, 1));
  rows.push(await measure('2 instances, PostgreSQL + Redis, round-robin', shared, 2));
  const base = rows[0]!;
  console.log(`/api/chat and Telegram webhook, ${CONNECTIONS} connections, ${SECONDS} s each (ratios to one instance on SQLite)`);
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(46)} chat ${format(row.chat.perSecond)} req/s (${format(row.chat.perSecond / base.chat.perSecond, 2)}×), ` +
        `p99 ${format(row.chat.p99)} ms (${format(row.chat.p99 / base.chat.p99, 2)}×); telegram ${format(row.telegram.perSecond)} updates/s ` +
        `(${format(row.telegram.perSecond / base.telegram.perSecond, 2)}×); failed ${row.chat.failed + row.telegram.failed}`,
    );
  }

  // Session load/save with 1,000,000 stored sessions vs an empty store, per backend.
  const value = JSON.stringify({ v: 2, consentAt: '2026-03-01T00:00:00.000Z', province: 'Gia Lai', results: { set: 'abc', ids: ['doc#I.1'], shown: 1 } });
  const random = () => `telegram:${Math.floor(Math.random() * STORED_SESSIONS)}`;
  const sqlitePath = join(folder, 'sessions.db');
  const sqliteEmpty = openStore(join(folder, 'empty.db'));
  const emptySqlite = await latency(sqliteEmpty, random);
  await sqliteEmpty.close();
  (await Promise.resolve(openStore(sqlitePath))).close();
  let started = performance.now();
  const raw = new Database(sqlitePath);
  raw.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO sessions (key, value, updated_at) SELECT 'telegram:' || i, ?, ? FROM n`,
  ).run(STORED_SESSIONS - 1, value, Date.now());
  raw.close();
  const sqliteFillMs = performance.now() - started;
  const sqliteFull = openStore(sqlitePath);
  const fullSqlite = await latency(sqliteFull, random);
  await sqliteFull.close();

  const pgDatabase = await createTestDatabase('bench_sessions');
  try {
    const pgEmpty = await openPostgresStore(pgDatabase.url);
    const emptyPg = await latency(pgEmpty, random);
    await pgEmpty.close();
    const client = new pg.Client({ connectionString: pgDatabase.url });
    await client.connect();
    await client.query('TRUNCATE sessions');
    started = performance.now();
    await client.query(
      `INSERT INTO sessions (key, value, updated_at) SELECT 'telegram:' || i, $1::jsonb, $2 FROM generate_series(0, $3) AS i`,
      [value, Date.now(), STORED_SESSIONS - 1],
    );
    await client.query('ANALYZE sessions');
    await client.end();
    const pgFillMs = performance.now() - started;
    const pgFull = await openPostgresStore(pgDatabase.url);
    const fullPg = await latency(pgFull, random);
    await pgFull.close();

    console.log(`\nsession load / save through the store, ${LATENCY_OPS} random keys, p50 / p99 in ms (ratio to the same store empty)`);
    for (const [label, empty, full, fillMs] of [
      ['SQLite', emptySqlite, fullSqlite, sqliteFillMs],
      ['PostgreSQL', emptyPg, fullPg, pgFillMs],
    ] as const) {
      console.log(
        `${label.padEnd(11)} 1.000.000 sessions (bulk insert ${format(fillMs / 1000, 1)} s): load ${format(full.readP50, 3)} / ${format(full.readP99, 3)} ` +
          `(${format(full.readP50 / empty.readP50, 2)}× / ${format(full.readP99 / empty.readP99, 2)}×), save ${format(full.writeP50, 3)} / ${format(full.writeP99, 3)} ` +
          `(${format(full.writeP50 / empty.writeP50, 2)}× / ${format(full.writeP99 / empty.writeP99, 2)}×); empty: load ${format(empty.readP50, 3)} / ${format(empty.readP99, 3)}, save ${format(empty.writeP50, 3)} / ${format(empty.writeP99, 3)}`,
      );
    }
  } finally {
    await pgDatabase.drop();
  }
} finally {
  await stop(emulator.child);
  await redis.clear();
  await database.drop();
  rmSync(folder, { recursive: true, force: true });
}
