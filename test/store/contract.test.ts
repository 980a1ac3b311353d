/** The store contract (contract.ts) against each implementation. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe } from 'vitest';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable } from '../services.ts';
import { storeContract, type StoreBackend } from './contract.ts';

const folder = mkdtempSync(join(tmpdir(), 'store-contract-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const withFile = <T>(data: string, work: (db: Database.Database) => T): T => {
  const db = new Database(join(folder, `${data}.db`));
  try {
    return work(db);
  } finally {
    db.close();
  }
};

const sqlite: StoreBackend = {
  name: 'SQLite',
  open: async (data, now, logger) => openStore(join(folder, `${data}.db`), { ...(now ? { now } : {}), ...(logger ? { logger } : {}) }),
  writeRawSession: async (data, key, json, updatedAtMs) =>
    withFile(data, (db) => void db.prepare('INSERT INTO sessions (key, value, updated_at) VALUES (?, ?, ?)').run(key, json, updatedAtMs)),
  writeRawShare: async (data, token, ownerKey) =>
    withFile(data, (db) => void db.prepare("INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES (?, 'p1', '', ?, ?)").run(token, ownerKey, new Date().toISOString())),
  keyedRows: async (data) =>
    withFile(data, (db) => JSON.stringify([db.prepare('SELECT * FROM sessions').all(), db.prepare('SELECT * FROM shares').all()])),
  messageRows: async (data) =>
    withFile(data, (db) => JSON.stringify([db.prepare('SELECT * FROM questions_unanswered').all(), db.prepare('SELECT * FROM reports').all()])),
  anonymousColumns: async (data) =>
    withFile(data, (db) => {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      return tables
        .filter((name) => !['sessions', 'shares', 'outbox', 'sqlite_sequence'].includes(name))
        .flatMap((table) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name));
    }),
};

/** PostgreSQL: one database of this run per data name, all dropped at the end. */
const databases = new Map<string, Awaited<ReturnType<typeof createTestDatabase>>>();
afterAll(async () => {
  for (const database of databases.values()) await database.drop();
});
const databaseFor = async (data: string) => {
  let database = databases.get(data);
  if (!database) {
    database = await createTestDatabase('contract');
    databases.set(data, database);
  }
  return database.url;
};
const withClient = async <T>(data: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: await databaseFor(data) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const postgres: StoreBackend = {
  name: 'PostgreSQL',
  unavailable: await postgresUnavailable(),
  open: async (data, now, logger) => openPostgresStore(await databaseFor(data), { ...(now ? { now } : {}), ...(logger ? { logger } : {}) }),
  writeRawSession: (data, key, json, updatedAtMs) =>
    withClient(data, async (client) => {
      await client.query('INSERT INTO sessions (key, value, updated_at) VALUES ($1, $2, $3)', [key, json, updatedAtMs]);
    }),
  writeRawShare: (data, token, ownerKey) =>
    withClient(data, async (client) => {
      await client.query("INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES ($1, 'p1', '', $2, $3)", [token, ownerKey, new Date().toISOString()]);
    }),
  keyedRows: (data) =>
    withClient(data, async (client) => JSON.stringify([(await client.query('SELECT * FROM sessions')).rows, (await client.query('SELECT * FROM shares')).rows])),
  messageRows: (data) =>
    withClient(data, async (client) =>
      JSON.stringify([(await client.query('SELECT * FROM questions_unanswered')).rows, (await client.query('SELECT * FROM reports')).rows]),
    ),
  anonymousColumns: (data) =>
    withClient(data, async (client) => {
      const { rows } = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT IN ('sessions', 'shares', 'outbox', 'pgmigrations')`,
      );
      return rows.map((row) => row.column_name);
    }),
};

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

for (const backend of [sqlite, postgres]) {
  describe.skipIf(backend.unavailable !== undefined)(`store contract: ${backend.name}${backend.unavailable ? ` (skipped: ${backend.unavailable})` : ''}`, () => {
    storeContract(backend, opened);
  });
}
