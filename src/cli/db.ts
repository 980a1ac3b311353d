/**
 * `npm run cli -- db migrate` and `db copy`: the PostgreSQL side of the store (DATABASE_URL).
 * migrate applies the pending versioned migrations (src/store/migrations, node-pg-migrate);
 * copy moves an SQLite file's data (sessions, shares, counters, unanswered questions, feedback,
 * reports…) into a PostgreSQL database that has none yet, in one transaction: all or nothing.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { migratePostgres, redactUrl } from '../store/postgres.ts';
import { parseCommandArgs, usageError } from './args.ts';
import type { CliCommand } from './types.ts';

const HELP = `Cơ sở dữ liệu PostgreSQL (DATABASE_URL) cho nhiều máy chủ dùng chung.

Cách dùng:
  npm run cli -- db migrate [--url postgres://…]
      áp dụng các bước thay đổi cấu trúc còn thiếu (máy chủ cũng tự làm khi khởi động)
  npm run cli -- db copy --from ./data/bot.db --to "$DATABASE_URL"
      chép toàn bộ dữ liệu của tệp SQLite sang PostgreSQL chưa có dữ liệu (một giao dịch: hoặc đủ, hoặc không gì)

Tùy chọn:
  --url <địa chỉ>   cơ sở dữ liệu cho migrate (mặc định DATABASE_URL)
  --from <tệp>      tệp SQLite nguồn (mặc định DATABASE_PATH, ./data/bot.db)
  --to <địa chỉ>    PostgreSQL đích (mặc định DATABASE_URL)`;

/**
 * SQLite-only bookkeeping, not copied: `erasures` holds /xoadulieu requests that met a damaged page, finished
 * when a server starts on the repaired file. Empty, it has nothing to copy; not empty, the copy is refused.
 */
const SQLITE_ONLY_TABLES = new Set(['erasures']);

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for any of our tables. */
const COPY_BATCH_ROWS = 500;

async function migrate(url: string): Promise<number> {
  const applied = await migratePostgres(url);
  process.stdout.write(
    applied.length > 0 ? `Đã áp dụng ${applied.length} bước: ${applied.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n',
  );
  return 0;
}

async function copy(from: string, to: string): Promise<number> {
  if (!existsSync(from)) {
    process.stderr.write(`Không có tệp SQLite "${from}".\n`);
    return 1;
  }
  await migratePostgres(to);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: to });
  await target.connect();
  try {
    const allTables = source
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    for (const table of allTables.filter((name) => SQLITE_ONLY_TABLES.has(name))) {
      if (source.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined) continue;
      process.stderr.write(
        `Tệp "${from}" còn yêu cầu xóa dữ liệu (/xoadulieu) chưa làm xong vì có trang hỏng: hãy sửa tệp (README, mục dữ liệu cá nhân), ` +
          `chạy máy chủ một lần trên tệp đã sửa, rồi chép.\n`,
      );
      return 1;
    }
    const sourceTables = allTables.filter((name) => !SQLITE_ONLY_TABLES.has(name));
    const targetColumns = new Map<string, Set<string>>();
    const { rows } = await target.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()",
    );
    for (const row of rows) {
      if (!targetColumns.has(row.table_name)) targetColumns.set(row.table_name, new Set());
      targetColumns.get(row.table_name)!.add(row.column_name);
    }
    const tables = sourceTables.filter((table) => targetColumns.has(table));
    const skipped = sourceTables.filter((table) => !targetColumns.has(table));
    if (skipped.length > 0) {
      process.stderr.write(`Bảng không có ở PostgreSQL, không chép: ${skipped.join(', ')}\n`);
      return 1;
    }
    for (const table of tables) {
      const { rows: any } = await target.query(`SELECT 1 FROM ${table} LIMIT 1`);
      if (any.length > 0) {
        process.stderr.write(
          `PostgreSQL đích ${redactUrl(to)} đã có dữ liệu (bảng ${table}); chỉ chép vào cơ sở dữ liệu chưa có dữ liệu để không cộng trùng thống kê.\n`,
        );
        return 1;
      }
    }
    await target.query('BEGIN');
    const copied: string[] = [];
    for (const table of tables) {
      const columns = (source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
        .map((column) => column.name)
        .filter((name) => targetColumns.get(table)!.has(name));
      const missing = (source.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).filter(
        (column) => !targetColumns.get(table)!.has(column.name),
      );
      if (missing.length > 0) throw new Error(`cột ${missing.map((column) => `${table}.${column.name}`).join(', ')} không có ở PostgreSQL`);
      let count = 0;
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch.map((row, index) => `(${row.map((_, column) => `$${index * columns.length + column + 1}`).join(', ')})`);
        await target.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, batch.flat());
        count += batch.length;
        batch = [];
      };
      for (const row of source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().iterate() as IterableIterator<unknown[]>) {
        batch.push(row);
        if (batch.length >= COPY_BATCH_ROWS) await flush();
      }
      await flush();
      // A copied serial id must not be handed out again by the next insert (deliveries.id is text, not serial).
      const serial = columns.includes('id') ? (await target.query<{ sequence: string | null }>(`SELECT pg_get_serial_sequence('${table}', 'id') AS sequence`)).rows[0]?.sequence : null;
      if (serial) {
        await target.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT MAX(id) FROM ${table}), 1))`);
      }
      copied.push(`${table}: ${count}`);
    }
    await target.query('COMMIT');
    process.stdout.write(`Đã chép từ ${from} sang ${redactUrl(to)}: ${copied.join(', ')} dòng.\n`);
    return 0;
  } catch (error) {
    await target.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    source.close();
    await target.end();
  }
}

export const command: CliCommand = {
  name: 'db',
  summary: 'PostgreSQL: áp dụng thay đổi cấu trúc (migrate), chép dữ liệu từ SQLite (copy)',
  help: HELP,
  async run(args) {
    const parsed = parseCommandArgs('db', {
      args,
      options: { url: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (!parsed) return 2;
    const [action, ...extra] = parsed.positionals;
    if (extra.length > 0) return usageError('db', `Thừa đối số: ${extra.join(' ')}`);
    const config = loadConfig();
    if (action === 'migrate') {
      const url = parsed.values.url ?? config.DATABASE_URL;
      if (!url) return usageError('db', 'Cần địa chỉ PostgreSQL: đặt DATABASE_URL hoặc dùng --url.');
      return migrate(url);
    }
    if (action === 'copy') {
      const to = parsed.values.to ?? config.DATABASE_URL;
      if (!to || !/^postgres(ql)?:\/\//.test(to)) return usageError('db', 'Cần địa chỉ PostgreSQL đích: --to postgres://… hoặc DATABASE_URL.');
      return copy(parsed.values.from ?? config.DATABASE_PATH, to);
    }
    return usageError('db', action ? `Không có việc "${action}" (migrate hoặc copy).` : 'Cần chọn việc: migrate hoặc copy.');
  },
};
