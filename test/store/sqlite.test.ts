import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARE_TOKEN_PATTERN, StoreError, openStore, type SqliteStore } from '../../src/store/sqlite.ts';

let folder: string;
const opened: SqliteStore[] = [];
const open = (...args: Parameters<typeof openStore>) => {
  const store = openStore(...args);
  opened.push(store);
  return store;
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'store-test-'));
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the missing folder and keeps everything across a restart', async () => {
    const path = join(folder, 'nested', 'deeper', 'bot.db');
    const first = openStore(path);
    await first.sessions.write('telegram:1', { step: 'members', answers: { area: 'rural' } });
    first.recordQuestion({ answered: false, text: 'giá vàng hôm nay' });
    first.recordCheck('poor');
    const token = first.saveShare({ passageId: 'doc#I.1', question: 'hộ cận nghèo là gì' });
    first.close();

    const second = open(path);
    expect(await second.sessions.read('telegram:1')).toEqual({ step: 'members', answers: { area: 'rural' } });
    expect(second.loadShare(token)).toEqual({ passageId: 'doc#I.1', question: 'hộ cận nghèo là gì' });
    expect(second.stats().questionsUnanswered).toBe(1);
    expect(second.stats().checksByClass).toEqual({ poor: 1 });
  });

  it('uses WAL and records the schema version', () => {
    const path = join(folder, 'bot.db');
    open(path).close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    raw.close();
  });

  it('refuses a corrupt file with a clear bilingual error naming it, and leaves the file untouched', () => {
    const path = join(folder, 'bot.db');
    const garbage = 'this is not a database, but someone may want it back\n'.repeat(200);
    writeFileSync(path, garbage);
    let caught: unknown;
    try {
      openStore(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    const message = (caught as StoreError).message;
    expect(message).toContain('bị hỏng');
    expect(message).toContain('corrupt');
    expect(message).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe(garbage);
  });

  it('reports a database locked by another process instead of hanging or crashing', () => {
    const path = join(folder, 'bot.db');
    open(path).close();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openStore(path, { busyTimeoutMs: 50 })).toThrow(/đang bị khóa.*locked/s);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Once the other process lets go, the same file opens and its data is still there.
    expect(() => open(path)).not.toThrow();
  });

  it('turns a lock taken after start into a StoreError on write', async () => {
    const path = join(folder, 'bot.db');
    const store = open(path, { busyTimeoutMs: 50 });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => store.sessions.write('web:a', { x: 1 })).toThrow(StoreError);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await store.sessions.write('web:a', { x: 1 });
    expect(await store.sessions.read('web:a')).toEqual({ x: 1 });
  });

  it('refuses a path it cannot create', () => {
    const blocker = join(folder, 'file');
    writeFileSync(blocker, 'x');
    expect(() => openStore(join(blocker, 'bot.db'))).toThrow(StoreError);
  });
});

describe('sessions', () => {
  it('expire after 30 days without activity and are purged', async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const path = join(folder, 'bot.db');
    const store = open(path, { now: () => clock });
    await store.sessions.write('telegram:1', { a: 1 });
    await store.sessions.write('telegram:2', { b: 2 });

    clock = new Date('2026-01-25T00:00:00Z');
    await store.sessions.write('telegram:2', { b: 3 });
    expect(await store.sessions.read('telegram:1')).toEqual({ a: 1 });

    clock = new Date('2026-02-01T00:00:01Z');
    expect(await store.sessions.read('telegram:1')).toBeUndefined();
    expect(await store.sessions.has!('telegram:1')).toBe(false);
    expect(await store.sessions.read('telegram:2')).toEqual({ b: 3 });
    expect(store.purgeExpiredSessions()).toBe(1);
    expect([...(store.sessions.readAllKeys!() as Iterable<string>)]).toEqual(['telegram:2']);
  });

  it('delete removes one session only', async () => {
    const store = open(join(folder, 'bot.db'));
    await store.sessions.write('zalo:1', 1);
    await store.sessions.write('zalo:2', 2);
    await store.sessions.delete('zalo:1');
    expect(await store.sessions.read('zalo:1')).toBeUndefined();
    expect(await store.sessions.read('zalo:2')).toBe(2);
  });
});

describe('deleteUser', () => {
  it('removes the session and the shares of that user, nobody else’s', async () => {
    const store = open(join(folder, 'bot.db'));
    await store.sessions.write('telegram:1', { consent: true });
    await store.sessions.write('telegram:2', { consent: true });
    const mine = store.saveShare({ passageId: 'p1', question: 'q1', ownerKey: 'telegram:1' });
    const theirs = store.saveShare({ passageId: 'p2', question: 'q2', ownerKey: 'telegram:2' });

    expect(store.deleteUser('telegram:1')).toBe(2);
    expect(await store.sessions.read('telegram:1')).toBeUndefined();
    expect(store.loadShare(mine)).toBeUndefined();
    expect(await store.sessions.read('telegram:2')).toEqual({ consent: true });
    expect(store.loadShare(theirs)).toEqual({ passageId: 'p2', question: 'q2' });
    expect(store.deleteUser('telegram:1')).toBe(0);
  });

  it('also removes the sessions and shares scoped under the user (group chats), not a longer id’s', async () => {
    const store = open(join(folder, 'bot.db'));
    await store.sessions.write('web:a_b', { results: 1 });
    await store.sessions.write('web:a_b:chat:-100', { results: 2 });
    await store.sessions.write('web:a_bc', { results: 3 });
    await store.sessions.write('web:a%b:chat:-100', { results: 4 });
    await store.sessions.write('web:aXb:chat:-100', { results: 5 });
    const inGroup = store.saveShare({ passageId: 'p1', question: '', ownerKey: 'web:a_b:chat:-100' });
    const longer = store.saveShare({ passageId: 'p2', question: '', ownerKey: 'web:a_bc' });

    expect(store.deleteUser('web:a_b')).toBe(3);
    expect(await store.sessions.read('web:a_b:chat:-100')).toBeUndefined();
    expect(store.loadShare(inGroup)).toBeUndefined();
    // "_" and "%" are LIKE wildcards: these keys belong to other users and stay.
    expect(await store.sessions.read('web:a_bc')).toEqual({ results: 3 });
    expect(await store.sessions.read('web:a%b:chat:-100')).toEqual({ results: 4 });
    expect(await store.sessions.read('web:aXb:chat:-100')).toEqual({ results: 5 });
    expect(store.loadShare(longer)).toEqual({ passageId: 'p2', question: '' });
  });
});

describe('shares', () => {
  it('use short deep-link-safe tokens and reject anything else', () => {
    const store = open(join(folder, 'bot.db'));
    const tokens = new Set(Array.from({ length: 50 }, () => store.saveShare({ passageId: 'p', question: 'q' })));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(SHARE_TOKEN_PATTERN);
    expect(store.loadShare('nope')).toBeUndefined();
    expect(store.loadShare("x' OR 1=1 --")).toBeUndefined();
    expect(store.loadShare('a'.repeat(500))).toBeUndefined();
  });
});

describe('counters, feedback and reports', () => {
  it('count questions, checks and feedback and keep reports without any user id', () => {
    const path = join(folder, 'bot.db');
    const store = open(path, { now: () => new Date('2026-03-01T08:00:00Z') });
    store.recordQuestion({ answered: true, text: 'hộ nghèo là gì' });
    store.recordQuestion({ answered: false, text: 'giá vàng' });
    store.recordQuestion({ answered: false, text: 'giá vàng' });
    store.recordCheck('poor');
    store.recordCheck('near_poor');
    store.recordCheck('poor');
    store.recordFeedback({ passageId: 'p1', useful: true });
    store.recordFeedback({ passageId: 'p1', useful: false });
    store.recordFeedback({ passageId: 'p2', useful: true });
    store.recordReport({ comment: 'sai ngày ký'.padEnd(1000, '!'), subject: 'doc#II.3' });

    const stats = store.stats();
    expect(stats.questionsAsked).toBe(3);
    expect(stats.questionsUnanswered).toBe(2);
    expect(stats.unansweredQuestions).toEqual([{ text: 'giá vàng', count: 2, lastAsked: '2026-03-01T08:00:00.000Z' }]);
    expect(stats.checksByClass).toEqual({ poor: 2, near_poor: 1 });
    expect(stats.feedback).toEqual({ useful: 2, notUseful: 1 });
    expect(stats.reports).toHaveLength(1);
    expect(stats.reports[0]!.subject).toBe('doc#II.3');
    expect(stats.reports[0]!.comment.length).toBeLessThanOrEqual(300);

    // No table outside sessions/shares has a column that could hold a user id.
    const raw = new Database(path, { readonly: true });
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    for (const table of tables.filter((name) => !['sessions', 'shares', 'sqlite_sequence'].includes(name))) {
      const columns = raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      for (const column of columns) expect(column.name).not.toMatch(/user|key|chat/i);
    }
    raw.close();
  });

  it('an empty database reports zeros', () => {
    const stats = open(join(folder, 'bot.db')).stats();
    expect(stats).toEqual({
      questionsAsked: 0,
      questionsUnanswered: 0,
      unansweredQuestions: [],
      checksByClass: {},
      feedback: { useful: 0, notUseful: 0 },
      reports: [],
    });
    expect(existsSync(join(folder, 'bot.db'))).toBe(true);
  });
});
