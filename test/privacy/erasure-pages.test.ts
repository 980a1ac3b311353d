/**
 * PostgreSQL (Luật 91/2025/QH15: what a user deletes must really be gone): a DELETE, and the plain VACUUM autovacuum runs
 * after it, leave the deleted row's bytes in the table's pages (and its indexes'). The store queues the tables erased rows
 * left (scrub_pending, in the erasing statement) and its scrub rewrites them, one instance at a time: the pages are read
 * here byte for byte through pageinspect (get_raw_page, shared buffers included, so nothing waits for a checkpoint).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.ts';
import { openPostgresStore, SCRUB_LOCK_ID, type PostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase, PG_ADMIN_URL, postgresUnavailable, titled } from '../services.ts';

const unavailable = await postgresUnavailable();

/** A logger keeping every line (as JSON) for the test to read. */
function keptLogger(lines: string[]): Logger {
  const write = (level: string) => (event: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ level, event, ...fields }));
  const logger: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: () => logger };
  return logger;
}

describe.skipIf(unavailable !== undefined)(titled('PostgreSQL: erased texts leave the table pages', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase('scrub');
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    // Opened once so the schema exists before pageinspect is added (a superuser's extension, tests only).
    await (await openPostgresStore(database.url)).close();
    await admin.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
  });
  afterAll(async () => {
    await admin?.end();
    await database?.drop();
  });

  /** The relations (tables of the store, their TOAST tables, every index) one of whose pages holds `text` (UTF-8). */
  const pagesHolding = async (text: string): Promise<string[]> => {
    const { rows } = await admin.query<{ relname: string }>(
      `WITH tables AS (SELECT oid, reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'),
            rels AS (SELECT oid FROM tables UNION SELECT reltoastrelid FROM tables WHERE reltoastrelid <> 0
                     UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM tables UNION SELECT reltoastrelid FROM tables))
       SELECT DISTINCT c.relname FROM rels JOIN pg_class c ON c.oid = rels.oid,
         generate_series(0, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int - 1) AS block
       WHERE position($1::bytea IN get_raw_page(c.oid::regclass::text, 'main', block)) > 0
       ORDER BY 1`,
      [Buffer.from(text, 'utf8')],
    );
    return rows.map((row) => row.relname);
  };
  const queued = async () => (await admin.query<{ relation: string }>('SELECT relation FROM scrub_pending ORDER BY 1')).rows.map((row) => row.relation);
  /**
   * Scrubs until no table waits for readers: a transaction of another database of the shared server (another test run, another
   * developer) begun before the erasure holds the rewrite's snapshot back, and the table stays queued until it ends (the
   * test below holds one on purpose). Resolves to the tables scrubbed and every table ever deferred for its lock.
   */
  const scrubAll = async (store: PostgresStore) => {
    const scrubbed: string[] = [];
    const deferred: string[] = [];
    const deadline = Date.now() + 30_000;
    for (;;) {
      const outcome = await store.scrubErased();
      scrubbed.push(...outcome.scrubbed);
      deferred.push(...outcome.deferred);
      if (outcome.waiting.length === 0 || Date.now() > deadline) return { scrubbed: scrubbed.sort(), deferred, waiting: outcome.waiting };
      await new Promise((done) => setTimeout(done, 200));
    }
  };

  it('/xoadulieu: after erase and scrub no page holds what chi Lan sent; what another resident sent stays readable', async () => {
    const lines: string[] = [];
    const store = await openPostgresStore(database.url, { logger: keptLogger(lines) });
    try {
      const lan = 'telegram:700111222';
      const ba = 'telegram:700333444';
      const hers = {
        question: 'nha tui ko co nuoc sach xai, mua kho phai mua nuoc, dc ho tro j ko',
        report: 'cai nay sai roi, xa tui hok co chinh sach nay dau',
        share: 'ho can ngheo dc vay von lam an ko',
        session: 'tui bi benh nang ko lam dc, chong tui di lam thue',
      };
      const his = 'ong ba tui gia roi, nha ngheo co dc tro cap ko';
      // The other resident's rows first: they sit at the end of the page, where a plain VACUUM's compaction leaves them.
      await store.recordQuestion({ answered: false, text: his, ownerKey: ba, messageId: 'b1' });
      await store.writeSession(ba, { v: 3, last: { question: his } });
      await store.recordQuestion({ answered: false, text: hers.question, ownerKey: lan, messageId: 'm1' });
      await store.recordReport({ comment: hers.report, subject: 'Hỗ trợ nước sạch', ownerKey: lan, messageId: 'm2' });
      await store.saveShare({ token: 'shareLan01', passageId: 'p-1', question: hers.share, ownerKey: lan });
      await store.writeSession(lan, { v: 3, last: { question: hers.session } });
      for (const text of Object.values(hers)) expect(await pagesHolding(text), text).not.toEqual([]);

      expect(await store.deleteUser(lan)).toBe(4);
      // What the old code left: the rows deleted, autovacuum's plain VACUUM run, the bytes still in the pages.
      await admin.query('VACUUM');
      const left = (await Promise.all(Object.values(hers).map(pagesHolding))).flat();
      expect(left.length, 'a plain VACUUM leaves erased bytes (what the scrub is for)').toBeGreaterThan(0);
      expect(await queued()).toEqual(['questions_unanswered', 'reports', 'sessions', 'shares']);

      const outcome = await scrubAll(store);
      expect(outcome.scrubbed).toEqual(['questions_unanswered', 'reports', 'sessions', 'shares']);
      expect(outcome.deferred).toEqual([]);
      expect(outcome.waiting).toEqual([]);
      for (const text of Object.values(hers)) expect(await pagesHolding(text), text).toEqual([]);
      expect(await queued()).toEqual([]);
      // The other resident's rows are untouched and still read by the store.
      expect(await pagesHolding(his)).toEqual(expect.arrayContaining(['questions_unanswered', 'sessions']));
      expect(await store.readSession(ba)).toMatchObject({ last: { question: his } });
      expect((await store.stats()).unansweredQuestions.map((row) => row.text)).toEqual([his]);
      // The log says which tables, never what was in them.
      const scrubbed = lines.filter((line) => line.includes('erasure_scrubbed'));
      expect(scrubbed.length).toBeGreaterThanOrEqual(1);
      for (const text of [...Object.values(hers), his]) expect(lines.join('\n')).not.toContain(text);
    } finally {
      await store.close();
    }
  });

  it('"Xóa tin này": the one message erased leaves the pages, the household fact taken out of the session too, the rest stays', async () => {
    const store = await openPostgresStore(database.url);
    try {
      const an = 'web:TabAnh-Tu-2026';
      const gone = 'thu nhap nha tui co 1 trieu 2 moi thang thoi';
      const kept = 'hok biet xa tui co dc xet lai ho ngheo ko';
      await store.recordQuestion({ answered: false, text: kept, ownerKey: an, messageId: 'k1' });
      await store.recordQuestion({ answered: false, text: gone, ownerKey: an, messageId: 'g1' });
      await store.writeSession(an, { v: 3, interview: { answers: { income: gone } } });
      expect(await store.deleteMessage(an, store.messageRef(an, 'g1'))).toEqual({ questions: 1, asks: 1, reports: 0 });
      // The core writes the session again without what that message told (SessionWrite.erasing).
      await store.writeSession(an, { v: 3, interview: { answers: {} } }, { erasing: true });
      expect(await queued()).toEqual(['questions_unanswered', 'sessions']);
      expect((await pagesHolding(gone)).length).toBeGreaterThan(0);

      expect((await scrubAll(store)).scrubbed).toEqual(['questions_unanswered', 'sessions']);
      expect(await pagesHolding(gone)).toEqual([]);
      expect(await pagesHolding(kept)).toContain('questions_unanswered');
      expect(await store.listMessages(an, 10)).toMatchObject([{ questions: [kept] }]);
    } finally {
      await store.close();
    }
  });

  it('one instance at a time: while another holds the scrub lock nothing is rewritten and the queue waits', async () => {
    const store = await openPostgresStore(database.url);
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      const user = 'zalo:u-chi-Hoa';
      const text = 'tui o tro ngoai Binh Duong, ve que xin giay xac nhan dc ko';
      await store.recordQuestion({ answered: false, text, ownerKey: user, messageId: 'z1' });
      await store.deleteUser(user);
      await other.query('SELECT pg_advisory_lock($1)', [SCRUB_LOCK_ID]);
      expect(await store.scrubErased()).toEqual({ scrubbed: [], deferred: [], waiting: [], skipped: 'busy' });
      expect(await queued()).toEqual(['questions_unanswered']);
      expect((await pagesHolding(text)).length).toBeGreaterThan(0);
      await other.query('SELECT pg_advisory_unlock($1)', [SCRUB_LOCK_ID]);
      expect((await scrubAll(store)).scrubbed).toEqual(['questions_unanswered']);
      expect(await pagesHolding(text)).toEqual([]);
    } finally {
      await other.end();
      await store.close();
    }
  });

  it('runs by itself every scrubIntervalMs, and waits while the last scrub of any instance is more recent than that', async () => {
    const store = await openPostgresStore(database.url, { scrubIntervalMs: 300, scrubHours: { from: 0, to: 24 } });
    try {
      const user = 'telegram:700555666';
      const text = 'ba con oi, nha tui mat mua, co dc ho tro gao ko';
      await store.recordQuestion({ answered: false, text, ownerKey: user, messageId: 't1' });
      // As if another instance had just scrubbed (its time is the database's clock, ahead here so no tick can pass it).
      await admin.query(`UPDATE meta SET value = (clock_timestamp() + interval '1 hour')::text WHERE name = 'erasure_scrubbed_at'`);
      await store.deleteUser(user);
      await new Promise((done) => setTimeout(done, 1200));
      expect(await queued()).toEqual(['questions_unanswered']);
      await admin.query(`UPDATE meta SET value = (clock_timestamp() - interval '1 hour')::text WHERE name = 'erasure_scrubbed_at'`);
      const deadline = Date.now() + 30_000;
      while ((await queued()).length > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(await queued()).toEqual([]);
      expect(await pagesHolding(text)).toEqual([]);
    } finally {
      await store.close();
    }
  });
  it('a transaction begun before the erasure still running (any database of the server): the table stays queued until it ends, then its pages are cleared', async () => {
    const lines: string[] = [];
    const store = await openPostgresStore(database.url, { logger: keptLogger(lines) });
    // Another application's transaction in another database of the same server, and a long report reading this database.
    const elsewhere = new pg.Client({ connectionString: PG_ADMIN_URL });
    const reader = new pg.Client({ connectionString: database.url });
    await elsewhere.connect();
    await reader.connect();
    try {
      const user = 'telegram:700777888';
      const text = 'tui di lam xa, ve que xin giay chung nhan ho can ngheo dc ko ban';
      for (const [client, begin] of [
        [elsewhere, 'BEGIN; SELECT pg_current_xact_id()'],
        [reader, 'BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM meta'],
      ] as const) {
        await client.query(begin);
        await store.recordQuestion({ answered: false, text, ownerKey: user, messageId: 'x1' });
        expect(await store.deleteUser(user)).toBe(1);
        // What the old code did: rewritten, taken off the queue, the erased text copied into the new file.
        const outcome = await store.scrubErased();
        expect(await pagesHolding(text)).toContain('questions_unanswered');
        expect(await queued()).toEqual(['questions_unanswered']);
        expect(outcome).toMatchObject({ scrubbed: [], deferred: [], waiting: ['questions_unanswered'] });
        await client.query('COMMIT');
        expect((await scrubAll(store)).scrubbed).toEqual(['questions_unanswered']);
        expect(await pagesHolding(text)).toEqual([]);
        expect(await queued()).toEqual([]);
      }
      expect(lines.filter((line) => line.includes('"waiting":["questions_unanswered"]')).length).toBeGreaterThanOrEqual(2);
      expect(lines.join('\n')).not.toContain(text);
    } finally {
      await elsewhere.end();
      await reader.end();
      await store.close();
    }
  });
  it('/xoatin on Telegram: the list answer quoting the question, kept in the outbox before the erasure, goes with the erasure and leaves the outbox pages too', async () => {
    const store = await openPostgresStore(database.url);
    try {
      const user = 'telegram:700999000';
      const question = 'lich cup dien xom tui tuan nay khi nao vay ban';
      await store.recordQuestion({ answered: false, text: question, ownerKey: user, messageId: 'q1' });
      // '/xoatin': the list answer quotes the question, kept until Telegram has it (finishDelivery with the answer).
      const list = JSON.stringify([{ method: 'sendMessage', text: `1. 09:12 03/12/2026: câu hỏi “${question}”` }]);
      const listed = (await store.finishDelivery('telegram', '5001', { recipient: '700999000', messages: list, leaseMs: 60_000 }))!;
      // A second answer quoting it with one more call: the first call made, the rest kept (outboxRest).
      const twice = JSON.stringify([{ method: 'sendMessage', text: `Câu hỏi “${question}”` }, { method: 'sendMessage', text: 'Bạn muốn xóa tin nào?' }]);
      const second = (await store.finishDelivery('telegram', '5002', { recipient: '700999000', messages: twice, leaseMs: 60_000 }))!;
      // 'Xóa tin 1'
      expect(await store.deleteMessage(user, store.messageRef(user, 'q1'))).toEqual({ questions: 1, asks: 1, reports: 0 });
      const after = (await store.finishDelivery('telegram', '5003', { recipient: '700999000', messages: JSON.stringify([{ text: 'Đã xóa tin lúc 09:12.' }]), leaseMs: 60_000 }))!;
      // Round 18: the answers waiting for the user's chat went with the erasure (they quote it), not once sent (up to 24 h).
      expect((await scrubAll(store)).scrubbed.sort()).toEqual(['outbox', 'questions_unanswered']);
      expect(await pagesHolding(question)).toEqual([]);

      // Their sender finishing them afterwards (the rest of the second, then done) finds nothing and queues nothing.
      await store.outboxRest(second, JSON.stringify([{ method: 'sendMessage', text: 'Bạn muốn xóa tin nào?' }]));
      await store.outboxDone(listed, second);
      expect(await queued()).toEqual([]);
      await store.outboxDone(after);
      expect(await queued()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
