/** The store contract (contract.ts) against each implementation. */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe } from 'vitest';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
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
  open: async (data, now) => openStore(join(folder, `${data}.db`), now ? { now } : {}),
  writeRawSession: async (data, key, json, updatedAtMs) =>
    withFile(data, (db) => void db.prepare('INSERT INTO sessions (key, value, updated_at) VALUES (?, ?, ?)').run(key, json, updatedAtMs)),
  anonymousColumns: async (data) =>
    withFile(data, (db) => {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      return tables
        .filter((name) => !['sessions', 'shares', 'sqlite_sequence'].includes(name))
        .flatMap((table) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name));
    }),
};

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

for (const backend of [sqlite]) {
  describe.skipIf(backend.unavailable !== undefined)(`store contract: ${backend.name}${backend.unavailable ? ` (skipped: ${backend.unavailable})` : ''}`, () => {
    storeContract(backend, opened);
  });
}
