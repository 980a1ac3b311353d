/** Every row of every table of a store, as text: what a privacy test searches for a resident's words or id. */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Each table of the SQLite file, one line per table with its rows as JSON. */
export function sqliteTables(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return tables.map((table) => `${table}: ${JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())}`).join('\n');
  } finally {
    db.close();
  }
}

/** The bytes of the SQLite file and its WAL, as text: what a deleted or masked row must be gone from, free pages included. */
export function sqliteBytes(path: string): string {
  return ['', '-wal']
    .map((suffix) => {
      try {
        return readFileSync(`${path}${suffix}`).toString('utf8');
      } catch {
        return '';
      }
    })
    .join('');
}

/**
 * Each table of the PostgreSQL database's public schema, the same way; views are left out (`stale_drafts`, older servers' view
 * of `draft_marks`, fails while an erasure is unsettled: migration 1797600000000_erasures-unsettled.sql).
 */
export async function postgresTables(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    const dumped: string[] = [];
    for (const { table_name: table } of rows) dumped.push(`${table}: ${JSON.stringify((await client.query(`SELECT * FROM "${table}"`)).rows)}`);
    return dumped.join('\n');
  } finally {
    await client.end();
  }
}
