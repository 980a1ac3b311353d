/**
 * `npm run cli -- privacy scrub` (Luật 91/2025/QH15: what a resident erased, and what outlived its retention limit, is gone
 * from the files when the operator says so, not at the store's next round): SQLite rewritten (VACUUM, WAL truncated),
 * PostgreSQL's queued tables rewritten now, Redis keys without an expiry deleted and its append-only file rewritten. Read
 * back from the files themselves; exit codes 0 (done), 1 (not done), 3 (a part left for later).
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { openPostgresStore, SCRUB_LOCK_ID } from '../../src/store/postgres.ts';
import { openRedisState } from '../../src/store/redis.ts';
import { openStore } from '../../src/store/sqlite.ts';
import { createTestDatabase, gate, PG_ADMIN_URL, postgresUnavailable, titled } from '../services.ts';
import { privacyCommand } from '../operator.ts';

/** `privacy scrub` as the operator runs it (test/operator.ts). */
const scrub = (env: Record<string, string>, args: string[] = []) => privacyCommand(env, ['scrub', ...args]);
const DAY_MS = 24 * 60 * 60 * 1000;
const holds = (path: string, text: string) => existsSync(path) && readFileSync(path).includes(Buffer.from(text, 'utf8'));

describe('cli privacy scrub: SQLite', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tro-ly-scrub-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a question past its 90 days is removed now, the file rewritten: no free page, an empty -wal, the summary in Vietnamese', async () => {
    const file = join(dir, 'bot.db');
    const old = 'ba tui gia yeu ko di lam dc nua, nha tui co dc xet ho ngheo ko';
    const longAgo = openStore(file, { now: () => new Date(Date.now() - 100 * DAY_MS) });
    await longAgo.recordQuestion({ answered: false, text: old, ownerKey: 'telegram:700111222', messageId: 'm1' });
    // Many rows erased at once leave free pages (zeroed by secure_delete, but the file keeps them).
    for (let index = 0; index < 300; index += 1) {
      await longAgo.recordQuestion({ answered: false, text: `cau hoi so ${index} cua tui ve vay von ho can ngheo`, ownerKey: 'telegram:700333444', messageId: `n${index}` });
    }
    await longAgo.close();
    const before = statSync(file).size;

    const result = await scrub({ DATABASE_PATH: file });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dọn dữ liệu đã xóa:');
    expect(result.stdout).toContain(`SQLite ${file}: xóa theo thời hạn lưu 301 dòng (phiên 0, báo sai 0, câu hỏi chưa trả lời được 301,`);
    expect(result.stdout).toMatch(/Đã viết lại tệp \(VACUUM, -wal cắt về 0 byte\): [\d.]+ byte → [\d.]+ byte; ghi đè dòng xóa bằng số 0 \(secure_delete\): bật\./);
    expect(result.stdout).toContain('Xong.');
    for (const path of [file, `${file}-wal`]) expect(holds(path, old), path).toBe(false);
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    expect(statSync(file).size).toBeLessThan(before);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    } finally {
      db.close();
    }
  });

  it('while a server holds the file: exit 1, says why, the file untouched', async () => {
    const file = join(dir, 'served.db');
    const server = openStore(file);
    try {
      const result = await scrub({ DATABASE_PATH: file });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Chưa dọn được');
      expect(result.stderr).toContain('Một máy chủ khác đang dùng cơ sở dữ liệu');
    } finally {
      await server.close();
    }
  });
});

const pgUnavailable = await postgresUnavailable();

describe.skipIf(pgUnavailable !== undefined)(titled('cli privacy scrub and the store\'s own rewrites: PostgreSQL', pgUnavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('scrubcli');
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });
  const queued = async () => (await admin.query<{ relation: string }>('SELECT relation FROM scrub_pending ORDER BY 1')).rows.map((row) => row.relation);

  it('/xoadulieu then the command: the queued tables are rewritten now, not in 10 to 20 minutes; another scrub running: exit 3', async () => {
    // The server's own round waits pgScrubIntervalMs: the command does not.
    const store = await openPostgresStore(database.url, { scrubIntervalMs: 60 * 60 * 1000 });
    try {
      await store.recordQuestion({ answered: false, text: 'nha tui ko co nuoc sach xai, dc ho tro j ko', ownerKey: 'telegram:700111222', messageId: 'm1' });
      await store.recordReport({ comment: 'cai nay sai roi, xa tui hok co', subject: 'Hỗ trợ nước sạch', ownerKey: 'telegram:700111222', messageId: 'm2' });
      expect(await store.deleteUser('telegram:700111222')).toBe(2);
      expect(await queued()).toEqual(['questions_unanswered', 'reports']);

      await admin.query('SELECT pg_advisory_lock($1)', [SCRUB_LOCK_ID]);
      const busy = await scrub({ DATABASE_URL: database.url });
      await admin.query('SELECT pg_advisory_unlock($1)', [SCRUB_LOCK_ID]);
      expect(busy.code).toBe(3);
      expect(busy.stdout).toContain('Chưa xong: scrub_pending (một tiến trình khác đang dọn).');
      expect(busy.stdout).toContain('hãy chạy lại lệnh này sau ít phút');
      expect(await queued()).toEqual(['questions_unanswered', 'reports']);

      const done = await scrub({ DATABASE_URL: database.url });
      expect(done.stderr).toBe('');
      expect(done.code).toBe(0);
      expect(done.stdout).toMatch(/Đã viết lại các bảng \(VACUUM FULL\): (questions_unanswered, reports|reports, questions_unanswered)\./);
      expect(await queued()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('a transaction of another database begun before /xoadulieu still running: exit 3 saying so, the table stays queued; once it ends: exit 0', async () => {
    const store = await openPostgresStore(database.url, { scrubIntervalMs: 60 * 60 * 1000 });
    const elsewhere = new pg.Client({ connectionString: PG_ADMIN_URL });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      await store.recordQuestion({ answered: false, text: 'nha tui o tro, ve que xin giay xac nhan dc ko', ownerKey: 'zalo:u-chi-Mai', messageId: 'z9' });
      expect(await store.deleteUser('zalo:u-chi-Mai')).toBe(1);
      const waiting = await scrub({ DATABASE_URL: database.url });
      expect(waiting.code).toBe(3);
      expect(waiting.stdout).toContain('Chưa xong: questions_unanswered (một giao dịch bắt đầu trước lần xóa vẫn đang chạy, dòng đã xóa có thể còn trong bảng).');
      expect(await queued()).toEqual(['questions_unanswered']);
      await elsewhere.query('COMMIT');
      const done = await scrub({ DATABASE_URL: database.url });
      expect(done.code, done.stdout).toBe(0);
      expect(await queued()).toEqual([]);
    } finally {
      await elsewhere.end();
      await store.close();
    }
  });

  /** Today at `hour` in Vietnam (UTC+7), ticking on from there. */
  const clockAt = (hour: number) => {
    const start = new Date();
    start.setUTCHours(hour - 7 < 0 ? hour + 17 : hour - 7, 0, 0, 0);
    const offset = start.getTime() - Date.now();
    return () => new Date(Date.now() + offset);
  };

  it('an erasure at 14:00 is rewritten off the pages in the night window (1-5 by default), not in the middle of the day', async () => {
    const day = await openPostgresStore(database.url, { scrubIntervalMs: 200, now: clockAt(14) });
    try {
      await day.recordQuestion({ answered: false, text: 'chi oi nha em co 2 dua nho, chong em mat roi, em dc ho tro gi ko', ownerKey: 'zalo:u1', messageId: 'z1' });
      expect(await day.deleteUser('zalo:u1')).toBe(1);
      await new Promise((done) => setTimeout(done, 1500));
      // The rows are gone from every read at once; the table is not locked for its rewrite while people chat.
      expect(await queued()).toEqual(['questions_unanswered']);
    } finally {
      await day.close();
    }
    const night = await openPostgresStore(database.url, { scrubIntervalMs: 200, now: clockAt(2) });
    try {
      const deadline = Date.now() + 15_000;
      while ((await queued()).length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(await queued()).toEqual([]);
    } finally {
      await night.close();
    }
  });

  it('ERASURE_SCRUB_HOURS: "22-4" across midnight, "0-24" any time; "ban dem" is refused naming what is expected', () => {
    expect(loadConfig({ ERASURE_SCRUB_HOURS: '22-4' }).ERASURE_SCRUB_HOURS).toEqual({ from: 22, to: 4 });
    expect(loadConfig({ ERASURE_SCRUB_HOURS: '0-24' }).ERASURE_SCRUB_HOURS).toEqual({ from: 0, to: 24 });
    expect(loadConfig({}).ERASURE_SCRUB_HOURS).toBeUndefined();
    expect(() => loadConfig({ ERASURE_SCRUB_HOURS: 'ban dem' })).toThrow(/ERASURE_SCRUB_HOURS: giá trị không hợp lệ, cần khoảng giờ theo giờ Việt Nam/);
  });
});

/** A Redis of this test's own with its append-only file on (the shared one's settings are not changed). */
async function startOwnRedis(dir: string): Promise<{ url: string; stop(): Promise<void> } | string> {
  const probe = createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
  await new Promise((resolve) => probe.close(resolve));
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], { stdio: 'ignore' });
  } catch (error) {
    return `redis-server không chạy được (${String(error)})`;
  }
  const failed = await new Promise<string | undefined>((resolve) => {
    child.once('error', (error) => resolve(`redis-server không chạy được (${error.message})`));
    const started = Date.now();
    const poll = async () => {
      const redis = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      redis.on('error', () => {});
      try {
        await redis.connect();
        await redis.ping();
        resolve(undefined);
      } catch {
        if (Date.now() - started > 10_000) resolve('redis-server không trả lời sau 10 giây');
        else setTimeout(() => void poll(), 100);
      } finally {
        redis.disconnect();
      }
    };
    void poll();
  });
  if (failed) return failed;
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}

const redisDir = mkdtempSync(join(tmpdir(), 'tro-ly-scrub-redis-'));
const ownRedis = await startOwnRedis(redisDir);
const redisUnavailable = typeof ownRedis === 'string' ? gate(ownRedis) : undefined;

describe.skipIf(redisUnavailable !== undefined)(titled('cli privacy scrub: Redis with its append-only file on', redisUnavailable), () => {
  afterAll(async () => {
    if (typeof ownRedis !== 'string') await ownRedis.stop();
    rmSync(redisDir, { recursive: true, force: true });
  });
  const aofHolds = (text: string) => {
    const folder = join(redisDir, 'appendonlydir');
    return readdirSync(folder).some((name) => holds(join(folder, name), text));
  };

  it("a draft erased (/xoadulieu) is gone from Redis's files after the command; a key without expiry is deleted", async () => {
    if (typeof ownRedis === 'string') throw new Error(ownRedis);
    const prefix = 'tro-ly-scrub:';
    const file = join(redisDir, 'bot.db');
    const store = openStore(file);
    const shared = await openRedisState(ownRedis.url, prefix, silentLogger, { hashKey: store.hashKey, staleDrafts: store });
    // A resident who said "Không lưu" told 4 people, Gia Lai, 6.123.457 đồng: the draft is in Redis, so in its append-only file.
    const draft = { v: 3, interview: { awaitingConsent: false, position: 3, area: 'rural', province: 'Gia Lai', members: 4, income: { amount: 6_123_457, perPerson: false }, answers: {} } };
    await shared.drafts.set('telegram:700111222', draft);
    await shared.drafts.delete('telegram:700111222');
    const draftName = store.hashKey('telegram:700111222');
    await shared.close();
    await store.close();
    const raw = new Redis(ownRedis.url);
    await raw.set(`${prefix}left-over`, 'no expiry');
    raw.disconnect();
    // Sealed (sealDrafts), the draft's figures are not readable in the file; its entry is, until the file is rewritten.
    const entry = `${prefix}draft:${draftName}`;
    expect(aofHolds('6123457')).toBe(false);
    expect(aofHolds(entry), 'the deleted draft is still in the append-only file').toBe(true);

    const result = await scrub({ DATABASE_PATH: file, REDIS_URL: ownRedis.url, REDIS_KEY_PREFIX: prefix });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // 2 keys: the left-over and the deleted draft's version (draftv:, a tombstone holding a number, with its time to live).
    expect(result.stdout).toContain(`Redis (${prefix}): 2 khóa, 1 khóa không có hạn đã xóa; tệp AOF: đã viết lại; tệp RDB: không dùng.`);
    // Redis removes the files of the old append-only file after the rewrite, in the background.
    for (let waited = 0; aofHolds(entry) && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(aofHolds(entry)).toBe(false);
  });
});
