import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { RETENTION } from '../../src/privacy/retention.ts';
import { STORE_DEFAULTS } from '../../src/store/shared.ts';
import { StoreError, openStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';

let folder: string;
const opened: Store[] = [];
const open = (...args: Parameters<typeof openStore>) => {
  const store = openStore(...args);
  opened.push(store);
  return store;
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'store-test-'));
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The bytes of the file and of its -wal: what could be read back from the disk. */
const onDisk = (path: string) => ['', '-wal'].map((suffix) => { try { return readFileSync(path + suffix); } catch { return Buffer.alloc(0); } });
const found = (path: string, text: string) => onDisk(path).some((bytes) => bytes.includes(text));

describe('openStore', () => {
  it('creates the missing folder and keeps everything across a restart', async () => {
    const path = join(folder, 'nested', 'deeper', 'bot.db');
    const first = openStore(path);
    await first.writeSession('telegram:1', { step: 'members', answers: { area: 'rural' } });
    await first.recordQuestion({ answered: false, text: 'giá vàng hôm nay' });
    await first.recordCheck('poor');
    await first.saveShare({ token: 'tok1', passageId: 'doc#I.1', question: 'hộ cận nghèo là gì', ownerKey: 'web:a' });
    await first.close();

    const second = open(path);
    expect(await second.readSession('telegram:1')).toEqual({ step: 'members', answers: { area: 'rural' } });
    expect(await second.loadShare('tok1')).toEqual({ passageId: 'doc#I.1', question: 'hộ cận nghèo là gì' });
    expect((await second.stats()).questionsUnanswered).toBe(1);
    expect((await second.stats()).checksByClass).toEqual({ poor: 1 });
  });

  it('after /xoadulieu the erased household cannot be read back from the file or its WAL', async () => {
    const path = join(folder, 'bot.db');
    const onDisk = () => ['', '-wal'].map((suffix) => { try { return readFileSync(path + suffix); } catch { return Buffer.alloc(0); } });
    const marker = '7654321';
    const store = open(path);
    await store.writeSession('zalo:99', { step: 'done', answers: { area: 'rural', members: 4, monthlyIncome: Number(marker) } });
    await store.writeSession('zalo:100', { step: 'members', answers: { area: 'urban' } });
    expect(onDisk().some((bytes) => bytes.includes(marker))).toBe(true);

    expect(await store.deleteUser('zalo:99')).toBe(1);
    expect(onDisk().some((bytes) => bytes.includes(marker))).toBe(false);
    // Somebody else's household is untouched.
    expect(await store.readSession('zalo:100')).toEqual({ step: 'members', answers: { area: 'urban' } });
  });

  it('"Xóa tin này": the message’s unanswered question cannot be read back from the file or its WAL; another stays', async () => {
    const path = join(folder, 'bot.db');
    const store = open(path);
    // Masked before it is kept (no figure that looks like a phone or an id), so the marker is words.
    const marker = 'hem nha tui bi ngap hoai ai giup ko';
    await store.recordQuestion({ answered: false, text: marker, ownerKey: 'web:nhaTuiO_hemNho1', messageId: 'tinHemNgap01' });
    await store.recordQuestion({ answered: false, text: 'xin so dien thoai can bo xa', ownerKey: 'web:nhaTuiO_hemNho1', messageId: 'tinCanBo02' });
    expect(onDisk(path).some((bytes) => bytes.includes(marker))).toBe(true);

    expect(await store.deleteMessage('web:nhaTuiO_hemNho1', store.messageRef('web:nhaTuiO_hemNho1', 'tinHemNgap01'))).toEqual({ questions: 1, asks: 1, reports: 0 });
    expect(onDisk(path).some((bytes) => bytes.includes(marker))).toBe(false);
    expect((await store.stats()).unansweredQuestions.map((question) => question.text)).toEqual(['xin so dien thoai can bo xa']);
  });

  it('keeps households’ answers owner-only whatever the umask: a new folder 0700, the file, its WAL and lock 0600; an old 0644 file is tightened (findings33 P01)', async () => {
    const mode = (path: string) => statSync(path).mode & 0o777;
    const path = join(folder, 'moi', 'bot.db');
    const previous = process.umask(0o022);
    try {
      const store = open(path);
      await store.writeSession('web:a', { step: 'members', answers: { area: 'rural' } });
      expect(mode(join(folder, 'moi'))).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}.lock`]) expect([file, mode(file)]).toEqual([file, 0o600]);
      await store.close();
      opened.splice(0);
      chmodSync(path, 0o644);
      open(path);
      expect(mode(path)).toBe(0o600);
    } finally {
      process.umask(previous);
    }
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

  it('refuses a second server on the same DATABASE_PATH, naming the file and PostgreSQL, while the first keeps working', async () => {
    const path = join(folder, 'bot.db');
    const first = open(path);
    let caught: unknown;
    try {
      open(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    const message = (caught as StoreError).message;
    expect(message).toContain('Một máy chủ khác đang dùng cơ sở dữ liệu');
    expect(message).toContain(path);
    expect(message).toContain('PostgreSQL (DATABASE_URL)');
    await first.writeSession('web:a', { step: 'members' });
    expect(await first.readSession('web:a')).toEqual({ step: 'members' });
    // Closing (or the process ending) lets go: the next server starts on the same file.
    await first.close();
    expect(await open(path).readSession('web:a')).toEqual({ step: 'members' });
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

  it('turns a lock taken after start into a StoreError on write, then writes again once a retry is due', async () => {
    const path = join(folder, 'bot.db');
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const store = open(path, { busyTimeoutMs: 50, now: () => new Date(clock) });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      await expect(store.writeSession('web:a', { x: 1 })).rejects.toThrow(StoreError);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Within STORE_DEFAULTS.writeRetryMs of the failure writes fail at once (no busy wait), then one is tried.
    await expect(store.writeSession('web:a', { x: 1 })).rejects.toThrow(/thử lại sau/);
    clock += STORE_DEFAULTS.writeRetryMs;
    await store.writeSession('web:a', { x: 1 });
    expect(await store.readSession('web:a')).toEqual({ x: 1 });
  });

  it('reports failing writes as a problem until a write works again and the cool-down has passed, probing by itself', async () => {
    const path = join(folder, 'bot.db');
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const store = open(path, { busyTimeoutMs: 20, now: () => new Date(clock) });
    expect(await store.problems()).toEqual([]);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(store.recordFeedback({ passageId: 'doc#I.1', useful: true })).rejects.toThrow(/đang bị khóa/);
      expect(await store.problems()).toEqual([
        { reason: 'locked', since: '2026-12-01T08:00:00.000Z', message: expect.stringContaining(`Một tiến trình khác đang giữ khóa ghi tệp "${path}"`) },
      ]);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Nobody writes: problems() itself tries a write when one is due; it works, but the cool-down is not over.
    clock += STORE_DEFAULTS.writeRetryMs;
    expect((await store.problems()).map((problem) => problem.reason)).toEqual(['locked']);
    clock += STORE_DEFAULTS.degradedCoolDownMs;
    expect(await store.problems()).toEqual([]);
    await store.recordCheck('poor');
    expect((await store.stats()).checksByClass).toEqual({ poor: 1 });
  });

  it('counts in memory and writes the counts together: within STORE_DEFAULTS.counterFlushMs, and at close', async () => {
    const path = join(folder, 'bot.db');
    const store = open(path);
    await Promise.all([store.recordCheck('poor'), store.recordCheck('poor'), store.recordQuestion({ answered: true, text: 'hộ nghèo là gì' })]);
    expect((await store.stats()).checksByClass).toEqual({ poor: 2 });
    const counters = () => {
      const reader = new Database(path, { readonly: true });
      try {
        return Object.fromEntries(reader.prepare('SELECT name, value FROM counters').all().map((row: any) => [row.name, row.value]));
      } finally {
        reader.close();
      }
    };
    expect(counters()).toEqual({});
    await new Promise((done) => setTimeout(done, STORE_DEFAULTS.counterFlushMs + 200));
    expect(counters()).toEqual({ 'check:poor': 2, questions_asked: 1 });
    await store.recordCheck('near_poor');
    await store.close();
    expect(counters()).toEqual({ 'check:poor': 2, 'check:near_poor': 1, questions_asked: 1 });
  });

  it('keeps counting while another process holds the write lock, and writes the counts once it lets go', async () => {
    const path = join(folder, 'bot.db');
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const store = open(path, { busyTimeoutMs: 20, now: () => new Date(clock) });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      await store.recordCheck('poor');
      await store.recordQuestion({ answered: true, text: 'hộ nghèo là gì' });
      await new Promise((done) => setTimeout(done, STORE_DEFAULTS.counterFlushMs + 200));
      expect((await store.stats()).checksByClass).toEqual({ poor: 1 });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    clock += STORE_DEFAULTS.writeRetryMs;
    await store.close();
    const again = open(path);
    expect(await again.stats()).toMatchObject({ questionsAsked: 1, checksByClass: { poor: 1 } });
  });

  it('refuses a path it cannot create', () => {
    const blocker = join(folder, 'file');
    writeFileSync(blocker, 'x');
    expect(() => openStore(join(blocker, 'bot.db'))).toThrow(StoreError);
  });
});

describe('sessions', () => {
  it('idle past the TTL are removed from the file at the next open', async () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const path = join(folder, 'bot.db');
    const store = openStore(path, { now: () => clock });
    await store.writeSession('telegram:1', { a: 1 });
    clock = new Date('2026-01-25T00:00:00Z');
    await store.writeSession('telegram:2', { b: 2 });
    await store.close();
    clock = new Date('2026-02-01T00:00:01Z');
    await open(path, { now: () => clock }).close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT value FROM sessions').pluck().all()).toEqual(['{"b":2}']);
    raw.close();
  });
});

describe('retention purge scrubs like an erasure (Luật 91/2025: past its limit means gone)', () => {
  const marker = '7654321';
  const question = 'ba con oi xoai cat hoa loc gia bao nhieu';
  /** A resident's household left half-way, and an unanswered question kept with its sender. */
  const keepOld = async (store: Store) => {
    await store.writeSession('zalo:77', { step: 'done', answers: { area: 'rural', members: 4, monthlyIncome: Number(marker) } });
    await store.recordQuestion({ answered: false, text: question, ownerKey: 'zalo:77' });
  };
  const afterRetention = (start: number) => start + (RETENTION.unansweredDays + 1) * 24 * 60 * 60 * 1000 + STORE_DEFAULTS.purgeIntervalMs;

  it('while running: the purge riding on a write leaves the purged text neither in the file nor in its -wal', async () => {
    const path = join(folder, 'bot.db');
    const start = Date.parse('2026-09-01T08:00:00Z');
    let clock = start;
    const store = open(path, { now: () => new Date(clock) });
    await keepOld(store);
    expect(found(path, marker) && found(path, question)).toBe(true);
    clock = afterRetention(start);
    await store.writeSession('zalo:78', { step: 'members', answers: { area: 'urban' } });
    expect(await store.readSession('zalo:77')).toBeUndefined();
    expect(found(path, marker)).toBe(false);
    expect(found(path, question)).toBe(false);
    expect(await store.readSession('zalo:78')).toEqual({ step: 'members', answers: { area: 'urban' } });
  });

  it('at the next start: the rows purged at open are not left in the file (the zeroed pages reach it)', async () => {
    const path = join(folder, 'bot.db');
    const start = Date.parse('2026-09-01T08:00:00Z');
    let clock = start;
    const first = openStore(path, { now: () => new Date(clock) });
    await keepOld(first);
    await first.close();
    clock = afterRetention(start);
    const second = open(path, { now: () => new Date(clock) });
    expect(found(path, marker)).toBe(false);
    expect(found(path, question)).toBe(false);
    await second.close();
  });

  it('a scrub held up by a reader of the WAL is retried on its timer once the reader has gone, and at the next purge', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const path = join(folder, 'bot.db');
      const start = Date.parse('2026-09-01T08:00:00Z');
      let clock = start;
      const lines: string[] = [];
      const logger = createLogger({ level: 'debug', write: (line) => void lines.push(JSON.parse(line).event) });
      const store = open(path, { now: () => new Date(clock), busyTimeoutMs: 10, logger });
      await keepOld(store);
      // A backup tool (or the sqlite3 shell) reading the file: its snapshot keeps the WAL from being reset.
      const reader = new Database(path);
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sessions').get();
      clock = afterRetention(start);
      await store.writeSession('zalo:78', { step: 'members' });
      expect(found(path, marker)).toBe(true);
      expect(lines.filter((line) => line === 'store_scrub_deferred')).toHaveLength(1);
      reader.exec('COMMIT');
      vi.advanceTimersByTime(STORE_DEFAULTS.scrubRetryMs);
      expect(found(path, marker)).toBe(false);
      expect(found(path, question)).toBe(false);
      expect(lines).toContain('store_scrub_done');

      // Held up again, and the timer finds the reader still there: the next purge (a write an hour on) scrubs.
      await store.writeSession('zalo:79', { step: 'done', answers: { area: 'rural', members: 3, monthlyIncome: 4567890 } });
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sessions').get();
      clock += (RETENTION.sessionDays + 1) * 24 * 60 * 60 * 1000;
      await store.writeSession('zalo:80', { step: 'members' });
      vi.advanceTimersByTime(STORE_DEFAULTS.scrubRetryMs);
      expect(found(path, '4567890')).toBe(true);
      reader.exec('COMMIT');
      reader.close();
      clock += STORE_DEFAULTS.purgeIntervalMs + 1;
      await store.writeSession('zalo:80', { step: 'members' });
      expect(found(path, '4567890')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('/xoadulieu while a reader holds the WAL: the scrub is retried on its timer, not only at the next erasure', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const path = join(folder, 'bot.db');
      const store = open(path, { busyTimeoutMs: 10 });
      await keepOld(store);
      const reader = new Database(path);
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sessions').get();
      expect(await store.deleteUser('zalo:77')).toBe(2);
      expect(found(path, marker)).toBe(true);
      reader.exec('COMMIT');
      reader.close();
      vi.advanceTimersByTime(STORE_DEFAULTS.scrubRetryMs);
      expect(found(path, marker)).toBe(false);
      expect(found(path, question)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('keys kept before they were hashed (schema 5, findings23 P24)', () => {
  it('a file of the previous version loads: its raw session ids are hashed at open and gone from the file and its -wal', async () => {
    const path = join(folder, 'bot.db');
    await openStore(path).close();
    const old = new Database(path);
    old.exec(
      // Schema 11's refused updates, 10's check steps, 9's outbox owner, 8's stale drafts, 7's message columns, then 6's owner.
      'DROP TABLE refused_updates; DROP TABLE draft_checks; DROP INDEX outbox_owner; ALTER TABLE outbox DROP COLUMN owner; DROP TABLE stale_drafts; DROP INDEX IF EXISTS questions_unanswered_message; DROP INDEX reports_message; ALTER TABLE questions_unanswered DROP COLUMN message; ALTER TABLE reports DROP COLUMN message; ' +
        'DROP INDEX sessions_owner; DROP INDEX shares_unhashed; ALTER TABLE sessions DROP COLUMN owner;',
    );
    old.pragma('user_version = 5');
    const id = 'web:RawPageSessionId0042';
    old.prepare('INSERT INTO sessions (key, value, updated_at) VALUES (?, ?, ?)').run(id, '{"consentAt":"2026-12-01T00:00:00.000Z"}', Date.now());
    old.prepare("INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES ('tokOld', 'p1', '', ?, ?)").run(id, new Date().toISOString());
    old.close();
    const store = open(path);
    expect(await store.readSession(id)).toEqual({ consentAt: '2026-12-01T00:00:00.000Z' });
    expect(found(path, 'RawPageSessionId0042')).toBe(false);
    expect(await store.deleteUser(id)).toBe(2);
    expect(await store.loadShare('tokOld')).toBeUndefined();
  });
});

describe('delivery claims', () => {
  it('a file written by the previous version (schema 3) loads: its claims count as answered', async () => {
    const path = join(folder, 'bot.db');
    // A file as schema version 3 left it: today's file taken back to version 3, with one claim in it.
    await openStore(path).close();
    const old = new Database(path);
    old.exec(
      'DROP TABLE refused_updates; DROP TABLE draft_checks; DROP TABLE stale_drafts; DROP INDEX IF EXISTS questions_unanswered_message; DROP INDEX reports_message; ALTER TABLE questions_unanswered DROP COLUMN message; ALTER TABLE reports DROP COLUMN message; ' +
        'DROP INDEX sessions_owner; DROP INDEX shares_unhashed; ALTER TABLE sessions DROP COLUMN owner; ' +
        'DROP TABLE outbox; ALTER TABLE deliveries DROP COLUMN lease_token; ALTER TABLE deliveries DROP COLUMN lease_until;',
    );
    old.pragma('user_version = 3');
    old.prepare('INSERT INTO deliveries (channel, id, seen_at) VALUES (?, ?, ?)').run('telegram', '77', Date.now());
    old.close();
    const store = open(path);
    const lease = { token: 't', untilMs: Date.now() + 60_000 };
    expect(await store.claimDelivery('telegram', '77', lease)).toBe('done');
    expect(await store.claimDelivery('telegram', '78', lease)).toBe('claimed');
  });

  it('a claim left unfinished by a process that died is free at the next open (one server per file)', async () => {
    const path = join(folder, 'bot.db');
    const first = openStore(path);
    expect(await first.claimDelivery('zalo', 'm1', { token: 'dead', untilMs: Date.now() + 60_000 })).toBe('claimed');
    await first.close();
    const second = open(path);
    expect(await second.claimDelivery('zalo', 'm1', { token: 'next', untilMs: Date.now() + 60_000 })).toBe('claimed');
  });
});
