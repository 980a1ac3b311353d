/**
 * Round 26 (privacy7): SQLite's file is masked again when opened (schema 12, privacy6); PostgreSQL's rows were never: a "Báo
 * sai" comment, a share's question and an unanswered question kept before this round's masker held a split phone and an
 * industrial park's name as typed, for up to RETENTION.reportDays. Now the migration after them marks the texts and the
 * store's start masks them again once (several instances starting at once: one does it), as SQLite does: a sender's
 * questions that now read alike are one row, their asks counted together, the latest ask and its message kept.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const unavailable = await postgresUnavailable();
const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));

describe.skipIf(unavailable !== undefined)(titled('PostgreSQL rows kept before the round-26 masker', unavailable), () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('remask');
  });
  afterAll(async () => {
    await database?.drop();
  });

  const query = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<Row>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };

  it('three instances starting at once mask the kept texts again, once; a sender\'s questions now alike are one row', async () => {
    // The schema as the version before this round left it: every migration but the last.
    const before = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).length - 1;
    await runner({ databaseUrl: database.url, dir: MIGRATIONS_DIR, migrationsTable: 'pgmigrations', direction: 'up', count: before, log: () => {} });
    const at = '2026-12-04T08:00:00.000Z';
    const ask = 'INSERT INTO questions_unanswered (text, owner, count, last_asked, message) VALUES ($1, $2, $3, $4, $5)';
    await query(ask, ['goi tui 0 912 345 678 nha, cho hoi lich thi dau bong da', 'chi-lan', 2, '2026-12-01T00:00:00.000Z', 'm1']);
    await query(ask, ['goi tui 0912 - 345 - 678 nha, cho hoi lich thi dau bong da', 'chi-lan', 1, at, 'm2']);
    await query(ask, ['chong lam kcn Song Than, cho hoi gia vang', 'anh-ba', 1, at, null]);
    await query(ask, ['cho hoi gia xang hom nay', 'anh-ba', 4, at, 'm9']);
    await query('INSERT INTO reports (comment, subject, created_at, owner) VALUES ($1, $2, $3, $4)', ['sai roi, zalo 0.9.1.2.3.4.5.6.7.8 ma chua dc', 'Trợ cấp', at, 'chi-lan']);
    await query('INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES ($1, $2, $3, $4, $5)', ['t1', 'p1', 'sdt 0912 - 345 - 678 ho ngheo dc ho tro gi', 'k1', at]);

    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(database.url)));
    await Promise.all(stores.map((store) => store.close()));

    expect(await query('SELECT text, owner, count, last_asked AS "lastAsked", message FROM questions_unanswered ORDER BY owner, text')).toEqual([
      { text: 'cho hoi gia xang hom nay', owner: 'anh-ba', count: 4, lastAsked: at, message: 'm9' },
      { text: 'chong lam kcn [địa chỉ], cho hoi gia vang', owner: 'anh-ba', count: 1, lastAsked: at, message: null },
      { text: 'goi tui [số điện thoại] nha, cho hoi lich thi dau bong da', owner: 'chi-lan', count: 3, lastAsked: at, message: 'm1 m2' },
    ]);
    expect(await query('SELECT comment FROM reports')).toEqual([{ comment: 'sai roi, zalo [số điện thoại] ma chua dc' }]);
    expect(await query('SELECT question FROM shares')).toEqual([{ question: 'sdt [số điện thoại] ho ngheo dc ho tro gi' }]);
    // The texts as typed are left in dead rows until the tables are rewritten: queued for the scrub.
    expect((await query<{ relation: string }>('SELECT relation FROM scrub_pending ORDER BY relation')).map((row) => row.relation)).toEqual(['questions_unanswered', 'reports', 'shares']);
    expect(await query("SELECT name FROM meta WHERE name = 'remask_pending'")).toEqual([]);

    // A later start finds nothing to do: the asks are not counted again.
    await (await openPostgresStore(database.url)).close();
    expect((await query<{ count: number }>("SELECT count FROM questions_unanswered WHERE owner = 'chi-lan'")).map((row) => row.count)).toEqual([3]);
  });
});
