/**
 * What a web chat message sent with its id (`messageId`: handled once, its answer kept for a retry) costs against the same
 * message without one (`npm run bench -- retry`), in one run, interleaved: /api/chat requests/s and p99 on one real instance
 * (`npm start`) on SQLite, SQLite + Redis, and PostgreSQL + Redis; and the writes each message adds: PostgreSQL transactions
 * and rows (pg_stat_database of the run's own database), SQLite rows (deliveries, outbox), Redis keys (delivery claims).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createTestDatabase, postgresUnavailable, redisUnavailable, testRedisPrefix, TEST_REDIS_URL } from '../services.ts';
import { loadAll, spawnUrl, stop } from './instances.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = 16;
const SECONDS = 5;
const ROUNDS = 2;
const QUESTIONS = ['hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào', 'ho ngheo duoc ho tro gi', 'thủ tục xét hộ nghèo', '/chuan', 'chuan ngheo 2026 la bao nhieu'];

const reason = (await postgresUnavailable()) ?? (await redisUnavailable());
if (reason) {
  console.log(`retry bench skipped: ${reason}`);
  process.exit(0);
}

spawnSync(process.execPath, ['src/build/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
const folder = mkdtempSync(join(tmpdir(), 'retry-bench-'));
const database = await createTestDatabase('retry_bench');
const redisKeys = testRedisPrefix('retry-bench');
const client = new pg.Client({ connectionString: database.url });
const redis = new Redis(TEST_REDIS_URL);

let seq = 0;
const body = (withId: boolean) => () => {
  seq += 1;
  return JSON.stringify({
    sessionId: `retry-bench-${String(seq % 2000).padStart(6, '0')}`,
    text: QUESTIONS[seq % QUESTIONS.length],
    ...(withId ? { messageId: `bench-${process.pid}-${seq}` } : {}),
  });
};

/** Writes so far: PostgreSQL's (transactions, rows), SQLite's rows kept for deliveries, Redis's delivery claim keys. */
type Writes = { transactions: number; rows: number };
async function writesNow(backend: { sqlite?: string; postgres?: boolean; redis?: boolean }): Promise<Writes> {
  if (backend.postgres) {
    // The statistics are flushed at most every second.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { rows } = await client.query<{ xact: string; changed: string }>(
      'SELECT xact_commit AS xact, tup_inserted + tup_updated + tup_deleted AS changed FROM pg_stat_database WHERE datname = current_database()',
    );
    return { transactions: Number(rows[0]!.xact), rows: Number(rows[0]!.changed) };
  }
  const file = new Database(backend.sqlite!, { readonly: true });
  const kept = (file.prepare("SELECT (SELECT count(*) FROM deliveries WHERE channel = 'web') + (SELECT count(*) FROM outbox WHERE channel = 'web') AS n").get() as { n: number }).n;
  file.close();
  let claims = 0;
  if (backend.redis) {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${redisKeys.prefix}delivery:web:*`, 'COUNT', 1000);
      cursor = next;
      claims += found.length;
    } while (cursor !== '0');
  }
  return { transactions: claims, rows: kept };
}

const format = (value: number, digits = 0) => value.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

try {
  await client.connect();
  const backends: { label: string; env: Record<string, string>; sqlite?: string; postgres?: boolean; redis?: boolean }[] = [
    { label: 'SQLite', env: { DATABASE_PATH: join(folder, 'a.db') }, sqlite: join(folder, 'a.db') },
    { label: 'SQLite + Redis', env: { DATABASE_PATH: join(folder, 'b.db'), REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redisKeys.prefix }, sqlite: join(folder, 'b.db'), redis: true },
    { label: 'PostgreSQL + Redis', env: { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: redisKeys.prefix }, postgres: true },
  ];
  console.log(`/api/chat, ${CONNECTIONS} connections, ${SECONDS} s, ${ROUNDS} interleaved rounds: with messageId against without (same instance, same run)`);
  for (const backend of backends) {
    const server = await spawnUrl(['src/build/run.mjs', 'main'], { PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn', ...backend.env });
    try {
      const run = async (withId: boolean) => {
        const before = await writesNow(backend);
        const result = await loadAll([server.url], '/api/chat', body(withId), { connections: CONNECTIONS, seconds: SECONDS });
        const after = await writesNow(backend);
        return { ...result, transactions: (after.transactions - before.transactions) / result.requests, rows: (after.rows - before.rows) / result.requests };
      };
      await run(false); // warm-up, discarded
      const without = [];
      const withId = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        without.push(await run(false));
        withId.push(await run(true));
      }
      type Run = Awaited<ReturnType<typeof run>>;
      const mean = (rows: Run[], pick: (row: Run) => number) => rows.reduce((total, row) => total + pick(row), 0) / rows.length;
      const summary = (rows: Run[]) => ({
        perSecond: mean(rows, (row) => row.perSecond),
        p99: mean(rows, (row) => row.p99),
        transactions: mean(rows, (row) => row.transactions),
        rows: mean(rows, (row) => row.rows),
        failed: rows.reduce((total, row) => total + row.failed, 0),
      });
      const [base, id] = [summary(without), summary(withId)];
      const writes = backend.postgres
        ? `PostgreSQL per message: ${format(base.transactions, 2)} → ${format(id.transactions, 2)} transactions, ${format(base.rows, 2)} → ${format(id.rows, 2)} rows written`
        : `per message: SQLite web delivery + outbox rows ${format(base.rows, 2)} → ${format(id.rows, 2)}${backend.redis ? `, Redis claim keys ${format(base.transactions, 2)} → ${format(id.transactions, 2)}` : ''}`;
      console.log(
        `${backend.label.padEnd(20)} without ${format(base.perSecond)} req/s p99 ${format(base.p99)} ms; with messageId ${format(id.perSecond)} req/s ` +
          `(${format(id.perSecond / base.perSecond, 2)}×) p99 ${format(id.p99)} ms (${format(id.p99 / base.p99, 2)}×); ${writes}; failed ${base.failed + id.failed}`,
      );
      for (const [label, rows] of [['without', without], ['with', withId]] as const) console.log(`  rounds ${label}: ${rows.map((row) => format(row.perSecond)).join(', ')} req/s`);
    } finally {
      await stop(server.child);
    }
  }
} finally {
  await client.end().catch(() => undefined);
  redis.disconnect();
  await redisKeys.clear();
  await database.drop();
  rmSync(folder, { recursive: true, force: true });
}
