/**
 * Round 29 (privacy11): a question the assistant could not answer, asked again and again ("lich cup dien xom tui" every day), is
 * one kept row holding the ref of every message that sent it (for "Xóa tin này", /xoatin). The row lives 90 days after its
 * last ask, so its refs grew by about 44 bytes a message for as long as it was asked, none ever dropped. Now each ref lives as
 * long as its message (RETENTION.unansweredDays), dropped by the hourly retention purge, on SQLite and PostgreSQL; the
 * newest message still deletes the question, an expired one deletes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { RETENTION } from '../../src/privacy/retention.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { DAY_MS } from '../../src/store/shared.ts';
import { openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const dir = mkdtempSync(join(tmpdir(), 'tro-ly-refs29-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(dir, { recursive: true, force: true });
});
const pgSkip = await postgresUnavailable();

interface Opened {
  store: Store;
  /** The kept question's refs as stored. */
  refs(): Promise<string>;
  close(): Promise<void>;
}

async function askEveryDay(open: (now: () => Date) => Promise<Opened>) {
  let at = Date.parse('2026-01-01T02:00:00Z');
  const opened = await open(() => new Date(at));
  const { store } = opened;
  const owner = 'zalo:84901';
  const days = RETENTION.unansweredDays + 60;
  try {
    for (let day = 0; day < days; day += 1) {
      await store.recordQuestion({ answered: false, text: 'lich cup dien xom tui', ownerKey: owner, messageId: `m${day}` });
      at += DAY_MS;
    }
    const kept = await opened.refs();
    // One message a day for 150 days: only the last 90 days' refs (each about 44 bytes) are kept, not 150.
    const refs = kept.split(' ').filter((token) => !token.startsWith('@'));
    expect(refs.length).toBeLessThanOrEqual(RETENTION.unansweredDays + 1);
    expect(refs.length).toBeGreaterThanOrEqual(RETENTION.unansweredDays - 1);
    expect(kept.length).toBeLessThan((RETENTION.unansweredDays + 2) * 52);
    // A message past its retention deletes nothing; the newest deletes the question.
    expect(await store.deleteMessage(owner, store.messageRef(owner, 'm0'))).toMatchObject({ questions: 0 });
    expect((await store.listMessages(owner, 5)).map((message) => message.ref)).toContain(store.messageRef(owner, `m${days - 1}`));
    expect(await store.deleteMessage(owner, store.messageRef(owner, `m${days - 1}`))).toMatchObject({ questions: 1 });
  } finally {
    await opened.close();
  }
}

describe('the refs of a question asked every day', () => {
  it('SQLite: each lives as long as its message', async () => {
    const file = join(dir, 'refs.db');
    await askEveryDay(async (now) => {
      const store = await openStore(file, { now });
      return {
        store,
        refs: async () => {
          const db = new Database(file, { readonly: true });
          try {
            return (db.prepare('SELECT message FROM questions_unanswered').get() as { message: string }).message;
          } finally {
            db.close();
          }
        },
        close: () => store.close(),
      };
    });
  });

  it.skipIf(pgSkip !== undefined)(titled('PostgreSQL: each lives as long as its message', pgSkip), async () => {
    const database = await createTestDatabase('refs29');
    drops.push(() => database.drop());
    await askEveryDay(async (now) => {
      const store = await openPostgresStore(database.url, { now });
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      return {
        store,
        refs: async () => (await client.query<{ message: string }>('SELECT message FROM questions_unanswered')).rows[0]!.message,
        close: async () => {
          await client.end();
          await store.close();
        },
      };
    });
  });
});
