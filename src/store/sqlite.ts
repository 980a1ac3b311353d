/**
 * The Store on better-sqlite3: one file (DATABASE_PATH), WAL, schema versions by PRAGMA user_version.
 * It keeps the least it can: sessions (expired after STORE_DEFAULTS.sessionTtlDays without activity), anonymous
 * counters, problem reports and shares. Reports and counters never carry a user id.
 */
import Database from 'better-sqlite3';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { maskPersonalData } from '../privacy/mask.ts';
import { RETENTION } from '../privacy/retention.ts';
import { clip, DAY_MS, STORE_DEFAULTS, statsFrom } from './shared.ts';
import type { Store } from './types.ts';

/** The meta row holding the random key of the owner hashes. */
const OWNER_HASH_KEY = 'owner_hash_key';

/** Each entry moves the schema one version up; never edit a shipped step, add a new one. */
const MIGRATIONS: string[] = [
  `CREATE TABLE sessions (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_updated_at ON sessions(updated_at);
   CREATE TABLE counters (
     name TEXT PRIMARY KEY,
     value INTEGER NOT NULL
   );
   CREATE TABLE unanswered_questions (
     text TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     last_asked TEXT NOT NULL
   );
   CREATE TABLE feedback (
     passage_id TEXT PRIMARY KEY,
     useful INTEGER NOT NULL DEFAULT 0,
     not_useful INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE reports (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     comment TEXT NOT NULL,
     subject TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE shares (
     token TEXT PRIMARY KEY,
     passage_id TEXT NOT NULL,
     question TEXT NOT NULL,
     owner_key TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX shares_owner ON shares(owner_key);`,
  // Version 2 (privacy): reports and unanswered questions carry the sender's keyed hash (never the raw id)
  // so /xoadulieu removes them, and a date for the retention limit; texts kept before are masked now;
  // delivery ids of handled updates are remembered so a re-delivery is not answered twice.
  `ALTER TABLE reports ADD COLUMN owner TEXT;
   CREATE INDEX reports_owner ON reports(owner);
   CREATE INDEX reports_created ON reports(created_at);
   UPDATE reports SET comment = mask_personal(comment);
   CREATE TABLE questions_unanswered (
     text TEXT NOT NULL,
     owner TEXT NOT NULL,
     count INTEGER NOT NULL,
     last_asked TEXT NOT NULL,
     PRIMARY KEY (text, owner)
   );
   CREATE INDEX questions_unanswered_owner ON questions_unanswered(owner);
   CREATE INDEX questions_unanswered_last ON questions_unanswered(last_asked);
   INSERT INTO questions_unanswered (text, owner, count, last_asked)
     SELECT mask_personal(text), '', SUM(count), MAX(last_asked) FROM unanswered_questions GROUP BY mask_personal(text);
   DROP TABLE unanswered_questions;
   CREATE TABLE meta (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );
   CREATE TABLE deliveries (
     channel TEXT NOT NULL,
     id TEXT NOT NULL,
     seen_at INTEGER NOT NULL,
     PRIMARY KEY (channel, id)
   );
   CREATE INDEX deliveries_seen ON deliveries(seen_at);`,
];

/** A database that cannot be used: the message says what happened and what to do, naming the file. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export interface OpenStoreOptions {
  /** Clock for session expiry and timestamps (tests). */
  now?: () => Date;
  busyTimeoutMs?: number;
  sessionTtlDays?: number;
}

/** A user's session key and the prefix of the keys scoped under it. */
interface UserKeys {
  key: string;
  scoped: string;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Turns SQLite's codes into a message an operator can act on; never suggests deleting the file. */
function describeFailure(error: unknown, file: string): StoreError {
  const code = sqliteCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) {
    return new StoreError(
      `Cơ sở dữ liệu "${file}" đang bị khóa bởi một tiến trình khác (có thể bot đang chạy ở nơi khác). ` +
        `Hãy dừng tiến trình đó rồi chạy lại. / The database file "${file}" is locked by another process ` +
        `(another instance running?). Stop it and start again. [${code}: ${detail}]`,
      file,
      { cause: error },
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) {
    return new StoreError(
      `Tệp cơ sở dữ liệu "${file}" bị hỏng hoặc không phải SQLite. Dữ liệu không bị xóa: hãy chuyển tệp này ` +
        `sang chỗ khác (để khôi phục sau) rồi chạy lại, hoặc đặt DATABASE_PATH khác. / The database file "${file}" ` +
        `is corrupt or not an SQLite database. Nothing was deleted: move it aside (to recover it later) and ` +
        `start again, or set another DATABASE_PATH. [${code}: ${detail}]`,
      file,
      { cause: error },
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) {
    return new StoreError(
      `Không mở được hoặc không ghi được tệp cơ sở dữ liệu "${file}": kiểm tra đường dẫn và quyền ghi. / ` +
        `Cannot open or write the database file "${file}": check the path and permissions. [${code}: ${detail}]`,
      file,
      { cause: error },
    );
  }
  return new StoreError(
    `Lỗi cơ sở dữ liệu "${file}". / Database error in "${file}". [${code || 'unknown'}: ${detail}]`,
    file,
    { cause: error },
  );
}

/**
 * One server per SQLite file: an exclusive SQLite lock on "<file>.lock", held open for the life of the
 * store. The operating system drops it when the process ends (even on kill -9), so a crash never
 * leaves a stale lock; a second server on the same DATABASE_PATH is refused with a clear message.
 */
function holdInstanceLock(file: string): Database.Database {
  const lockFile = `${file}.lock`;
  let lock: Database.Database;
  try {
    lock = new Database(lockFile, { timeout: 0 });
  } catch (error) {
    throw describeFailure(error, lockFile);
  }
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    return lock;
  } catch (error) {
    lock.close();
    if (!sqliteCode(error).startsWith('SQLITE_BUSY')) throw describeFailure(error, lockFile);
    throw new StoreError(
      `Một máy chủ khác đang dùng cơ sở dữ liệu "${file}" (DATABASE_PATH). Mỗi tệp SQLite chỉ dùng cho một máy chủ: ` +
        `hãy dừng máy chủ kia, hoặc đặt DATABASE_PATH khác; muốn chạy nhiều máy chủ cùng lúc, hãy cấu hình PostgreSQL (DATABASE_URL). / ` +
        `Another server is using the database "${file}" (DATABASE_PATH). One SQLite file serves one server: stop the ` +
        `other one or set another DATABASE_PATH; several servers need PostgreSQL (DATABASE_URL).`,
      file,
      { cause: error },
    );
  }
}

function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(`schema version ${current} is newer than this program knows (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/**
 * Opens (creating if needed) the database at `path`. A corrupt, locked or unreadable file gives a
 * StoreError with a clear Vietnamese + English message; the file itself is never touched.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const ttlMs = (options.sessionTtlDays ?? STORE_DEFAULTS.sessionTtlDays) * DAY_MS;
  const daysAgo = (days: number) => new Date(now().getTime() - days * DAY_MS);
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);

  let db: Database.Database;
  try {
    if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw describeFailure(error, file);
  }
  const instanceLock = inMemory ? undefined : holdInstanceLock(file);
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? STORE_DEFAULTS.sqliteOpenBusyTimeoutMs });
  } catch (error) {
    instanceLock?.close();
    throw describeFailure(error, file);
  }
  try {
    // Reading the schema version is the first read of the file: it fails here if the file is not a database.
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.function('mask_personal', { deterministic: true }, (text) => (typeof text === 'string' ? maskPersonalData(text) : text));
    migrate(db);
    // Prove we can write now rather than on the first user's message.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    // From now on requests are served: a lock held elsewhere fails a write quickly instead of blocking the event loop.
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? STORE_DEFAULTS.sqliteBusyTimeoutMs}`);
  } catch (error) {
    db.close();
    instanceLock?.close();
    throw describeFailure(error, file);
  }

  /**
   * Every statement runs through here so a later lock or corruption also surfaces as a StoreError,
   * as a rejected Promise like any other store's failure (the port is async; better-sqlite3 is not).
   */
  const guard = async <T>(work: () => T): Promise<T> => {
    try {
      return work();
    } catch (error) {
      throw describeFailure(error, file);
    }
  };

  const statements = {
    readSession: db.prepare<[string], { value: string; updated_at: number }>(
      'SELECT value, updated_at FROM sessions WHERE key = ?',
    ),
    writeSession: db.prepare<[string, string, number]>(
      `INSERT INTO sessions (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
    purgeSessions: db.prepare<[number]>('DELETE FROM sessions WHERE updated_at < ?'),
    // The key itself and the keys scoped under it ("telegram:42:chat:-100…"); substr, not LIKE: ids may hold "_" or "%".
    deleteUserSessions: db.prepare<[UserKeys]>('DELETE FROM sessions WHERE key = @key OR substr(key, 1, length(@scoped)) = @scoped'),
    deleteShares: db.prepare<[UserKeys]>('DELETE FROM shares WHERE owner_key = @key OR substr(owner_key, 1, length(@scoped)) = @scoped'),
    bump: db.prepare<[string, number]>(
      `INSERT INTO counters (name, value) VALUES (?, ?)
       ON CONFLICT(name) DO UPDATE SET value = value + excluded.value`,
    ),
    counters: db.prepare<[], { name: string; value: number }>('SELECT name, value FROM counters'),
    unanswered: db.prepare<[string, string, string]>(
      `INSERT INTO questions_unanswered (text, owner, count, last_asked) VALUES (?, ?, 1, ?)
       ON CONFLICT(text, owner) DO UPDATE SET count = count + 1, last_asked = excluded.last_asked`,
    ),
    listUnanswered: db.prepare<[number], { text: string; count: number; lastAsked: string }>(
      `SELECT text, SUM(count) AS count, MAX(last_asked) AS lastAsked FROM questions_unanswered
       GROUP BY text ORDER BY lastAsked DESC, count DESC LIMIT ?`,
    ),
    feedback: db.prepare<[string, number, number]>(
      `INSERT INTO feedback (passage_id, useful, not_useful) VALUES (?, ?, ?)
       ON CONFLICT(passage_id) DO UPDATE SET useful = useful + excluded.useful,
         not_useful = not_useful + excluded.not_useful`,
    ),
    feedbackTotals: db.prepare<[], { useful: number | null; notUseful: number | null }>(
      'SELECT SUM(useful) AS useful, SUM(not_useful) AS notUseful FROM feedback',
    ),
    report: db.prepare<[string, string, string, string | null]>(
      'INSERT INTO reports (comment, subject, created_at, owner) VALUES (?, ?, ?, ?)',
    ),
    deleteOwnReports: db.prepare<[string]>('DELETE FROM reports WHERE owner = ?'),
    deleteOwnUnanswered: db.prepare<[string]>('DELETE FROM questions_unanswered WHERE owner = ?'),
    purgeReports: db.prepare<[string]>('DELETE FROM reports WHERE created_at < ?'),
    purgeUnanswered: db.prepare<[string]>('DELETE FROM questions_unanswered WHERE last_asked < ?'),
    purgeDeliveries: db.prepare<[number]>('DELETE FROM deliveries WHERE seen_at < ?'),
    claimDelivery: db.prepare<[string, string, number]>('INSERT OR IGNORE INTO deliveries (channel, id, seen_at) VALUES (?, ?, ?)'),
    readMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE name = ?'),
    writeMeta: db.prepare<[string, string]>('INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)'),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE key = ?'),
    listReports: db.prepare<[number], { comment: string; subject: string; createdAt: string }>(
      'SELECT comment, subject, created_at AS createdAt FROM reports ORDER BY id DESC LIMIT ?',
    ),
    saveShare: db.prepare<[string, string, string, string | null, string]>(
      'INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    loadShare: db.prepare<[string], { passage_id: string; question: string }>(
      'SELECT passage_id, question FROM shares WHERE token = ?',
    ),
  };

  const freshSince = () => now().getTime() - ttlMs;
  let lastPurge = 0;
  /**
   * Removes what is past its retention limit (RETENTION): at open, then at most every STORE_DEFAULTS.purgeIntervalMs
   * while writing.
   */
  const purgeExpired = () => {
    lastPurge = now().getTime();
    db.transaction(() => {
      statements.purgeSessions.run(freshSince());
      statements.purgeReports.run(daysAgo(RETENTION.reportDays).toISOString());
      statements.purgeUnanswered.run(daysAgo(RETENTION.unansweredDays).toISOString());
      statements.purgeDeliveries.run(daysAgo(RETENTION.deliveryDays).getTime());
    })();
  };
  const purgeIfDue = () => {
    if (now().getTime() - lastPurge > STORE_DEFAULTS.purgeIntervalMs) purgeExpired();
  };
  let ownerSecret: string;
  try {
    purgeExpired();
    // Reports and unanswered questions are linked to their sender by an HMAC of the user key under a random
    // key made once per database: /xoadulieu can find them, the raw id is never stored.
    statements.writeMeta.run(OWNER_HASH_KEY, randomBytes(32).toString('base64url'));
    ownerSecret = statements.readMeta.get(OWNER_HASH_KEY)!.value;
  } catch (error) {
    db.close();
    instanceLock?.close();
    throw describeFailure(error, file);
  }
  const ownerHash = (userKey: string) => createHmac('sha256', ownerSecret).update(userKey).digest('base64url');

  const parse = (value: string): unknown => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  };

  return {
    backend: 'sqlite',
    ping: async () => {
      try {
        return db.open && db.prepare('SELECT 1').pluck().get() === 1;
      } catch {
        return false;
      }
    },
    readSession: (key) =>
      guard(() => {
        const row = statements.readSession.get(key);
        if (!row || row.updated_at < freshSince()) return undefined;
        return parse(row.value);
      }),
    writeSession: (key, session) =>
      guard(() => {
        const at = now().getTime();
        statements.writeSession.run(key, JSON.stringify(session), at);
        purgeIfDue();
      }),
    deleteSession: (key) => guard(() => void statements.deleteSession.run(key)),
    deleteUser: (sessionKey) =>
      guard(() =>
        db.transaction(
          () =>
            statements.deleteUserSessions.run({ key: sessionKey, scoped: `${sessionKey}:` }).changes +
            statements.deleteShares.run({ key: sessionKey, scoped: `${sessionKey}:` }).changes +
            statements.deleteOwnReports.run(ownerHash(sessionKey)).changes +
            statements.deleteOwnUnanswered.run(ownerHash(sessionKey)).changes,
        )(),
      ),
    recordQuestion: ({ answered, text, ownerKey }) =>
      guard(() =>
        db.transaction(() => {
          statements.bump.run('questions_asked', 1);
          if (answered) return;
          statements.bump.run('questions_unanswered', 1);
          const clipped = clip(text);
          if (clipped) statements.unanswered.run(clipped, ownerKey ? ownerHash(ownerKey) : '', now().toISOString());
          purgeIfDue();
        })(),
      ),
    recordCheck: (classification) => guard(() => void statements.bump.run(`check:${classification}`, 1)),
    recordFeedback: ({ passageId, useful }) =>
      guard(() => void statements.feedback.run(passageId, useful ? 1 : 0, useful ? 0 : 1)),
    recordReport: ({ comment, subject, ownerKey }) =>
      guard(() => {
        statements.report.run(clip(comment), clip(subject), now().toISOString(), ownerKey ? ownerHash(ownerKey) : null);
        purgeIfDue();
      }),
    claimDelivery: (channel, id) =>
      guard(() => {
        purgeIfDue();
        return statements.claimDelivery.run(channel, id, now().getTime()).changes === 1;
      }),
    saveShare: ({ token, passageId, question, ownerKey }) =>
      guard(() => void statements.saveShare.run(token, passageId, clip(question), ownerKey, now().toISOString())),
    loadShare: (token) =>
      guard(() => {
        const row = statements.loadShare.get(token);
        return row && { passageId: row.passage_id, question: row.question };
      }),
    stats: () =>
      guard(() =>
        statsFrom({
          counters: statements.counters.all(),
          feedback: statements.feedbackTotals.get(),
          unanswered: statements.listUnanswered.all(STORE_DEFAULTS.maxListedUnanswered),
          reports: statements.listReports.all(STORE_DEFAULTS.maxListedReports),
        }),
      ),
    close: async () => {
      if (db.open) db.close();
      if (instanceLock?.open) instanceLock.close();
    },
  };
}
