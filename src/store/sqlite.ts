/**
 * The Store on better-sqlite3: one file (DATABASE_PATH), WAL, schema versions by PRAGMA user_version.
 * It keeps the least it can: sessions (expired after STORE_DEFAULTS.sessionTtlDays without activity), anonymous
 * counters, problem reports and shares. Reports and counters never carry a user id.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { maskPersonalData } from '../privacy/mask.ts';
import { REDELIVERY_MS, RETENTION } from '../privacy/retention.ts';
import type { Logger } from '../log.ts';
import { DeliveryClaimLostError, ownerOfSession, type ClaimFence } from '../chat/ports.ts';
import {
  claimState,
  clip,
  countsInMemory,
  DAY_MS,
  keyedHash,
  keptMessages,
  MESSAGE_ROWS_SQL,
  messageHashes,
  outboxCutoff,
  outboxItems,
  outboxOf,
  OWNER_HASH_KEY,
  REPLAY_CHANNEL,
  purgeTally,
  RAW_KEY_MARK,
  staleDraftCutoff,
  STORE_DEFAULTS,
  statsFrom,
  UNOWNED_OUTBOX,
  unownedOutbox,
  writeCondition,
  type PurgedRows,
  erasedRows,
  remaskQuestions,
  type KeptQuestion,
  questionRefs,
  datedRef,
  pruneRefs,
  refDayMark,
  erasureName,
} from './shared.ts';
import type { ScrubReport, StaleDraft, Store, StoreProblemReason, UserErasure } from './types.ts';

const refs = questionRefs('sqlite');
/** finishDelivery's transaction found the claim another holder's (fenced): nothing written. */
const CLAIM_LOST = Symbol('claim lost');

/** Each entry moves the schema one version up; never edit a shipped step, add a new one. */
/** Each schema version's SQL, or a step in code where the masker rewrites kept text (version 12). */
const MIGRATIONS: Array<string | ((db: Database.Database) => void)> = [
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
  // Version 3 (faults): a /xoadulieu that met a damaged page is remembered under the sender's keyed hash, so
  // what could not be deleted is never read again and is deleted at the next start (after the file is repaired).
  `CREATE TABLE erasures (
     owner TEXT PRIMARY KEY,
     requested_at INTEGER NOT NULL
   );`,
  // Version 4 (delivery leases): a claim is held until lease_until while its delivery is handled, then
  // finished (lease_until NULL); one whose holder died is free again once the lease ran out. Claims kept
  // before are finished ones (NULL).
  `ALTER TABLE deliveries ADD COLUMN lease_until INTEGER;
   ALTER TABLE deliveries ADD COLUMN lease_token TEXT;`,
  // Version 5 (outbox): answers not handed to the platform before a stop, sent at the next start.
  `CREATE TABLE outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     channel TEXT NOT NULL,
     recipient TEXT NOT NULL,
     messages TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     lease_until INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX outbox_waiting ON outbox(channel, lease_until);`,
  // Version 6 (hashed keys): sessions and shares keep keyed hashes (shared.ts keyedHash), never the raw id: a session's
  // key is the hash of its key, `owner` the hash of the user key it belongs to (what /xoadulieu finds, by the covering
  // index: no table page read); a share's owner_key is its owner's hash. The rows kept before are hashed at open
  // (hashRawKeys: the hash's key is in meta, not known to SQL); shares_unhashed finds the shares still to hash.
  `ALTER TABLE sessions ADD COLUMN owner TEXT;
   CREATE INDEX sessions_owner ON sessions(owner, key);
   CREATE INDEX shares_unhashed ON shares(token) WHERE instr(owner_key, '${RAW_KEY_MARK}') > 0;`,
  // Version 7 (per-message deletion): an unanswered question and a report carry the keyed hash of the message that
  // sent them (chat/ports.ts messageKey), so deleteMessage removes what one message left; rows kept before have none.
  `ALTER TABLE questions_unanswered ADD COLUMN message TEXT;
   ALTER TABLE reports ADD COLUMN message TEXT;
   CREATE INDEX questions_unanswered_message ON questions_unanswered(message) WHERE message IS NOT NULL;
   CREATE INDEX reports_message ON reports(message) WHERE message IS NOT NULL;`,
  // Version 8 (stale drafts): a draft write Redis did not take (it was away: an erasure, a newer answer) is remembered by
  // the draft's keyed hash, so no instance reads the older draft left in Redis, also after this process stopped
  // (types.ts StaleDraftMarks).
  `CREATE TABLE stale_drafts (
     draft TEXT PRIMARY KEY,
     marked_at INTEGER NOT NULL
   );
   CREATE INDEX stale_drafts_marked ON stale_drafts(marked_at);`,
  // Version 9 (outbox owner): an answer kept in the outbox carries the keyed hash of the user whose message it answers
  // (KeptAnswer.ownerKey), so their erasure takes it also when it waits for a group; rows kept before have none.
  `ALTER TABLE outbox ADD COLUMN owner TEXT;
   CREATE INDEX outbox_owner ON outbox(owner) WHERE owner IS NOT NULL;`,
  // Version 10 (checks without consent): a household check kept without consent (its answers in the DraftStore, never
  // here) is in progress in a conversation, at a step: the conversation's keyed hash, its user's, the step and when,
  // nothing the resident told (ChatStore.markCheck), at most RETENTION.draftIdleHours.
  `CREATE TABLE draft_checks (
     draft TEXT PRIMARY KEY,
     owner TEXT NOT NULL,
     step INTEGER NOT NULL,
     marked_at INTEGER NOT NULL
   );
   CREATE INDEX draft_checks_owner ON draft_checks(owner);
   CREATE INDEX draft_checks_marked ON draft_checks(marked_at);`,
  // Version 11 (refused updates): a Telegram/Zalo update refused by its user's limit without Redis, by the keyed hash of its
  // channel and id only, for the platforms' redelivery window (RefusedUpdates, REDELIVERY_MS).
  `CREATE TABLE refused_updates (
     id TEXT PRIMARY KEY,
     refused_at INTEGER NOT NULL
   );
   CREATE INDEX refused_updates_at ON refused_updates(refused_at);`,
  // Version 12 (round 26 masker): texts kept before are masked again, as version 2 did: a phone split otherwise than in groups
  // ("0 912 345 678", "0912 - 345 - 678", "0.9.1.2…") was kept as typed or as an identity number, an industrial park's name
  // ("kcn Song Thần") as typed. A sender's questions that now read alike are one row: their count, the latest ask, their messages.
  (db) => {
    db.exec('UPDATE reports SET comment = mask_personal(comment); UPDATE shares SET question = mask_personal(question);');
    const rows = db.prepare('SELECT text, owner, count, last_asked AS lastAsked, message FROM questions_unanswered').all() as KeptQuestion[];
    const { gone, merged } = remaskQuestions(rows);
    const remove = db.prepare('DELETE FROM questions_unanswered WHERE text = ? AND owner = ?');
    for (const row of gone) remove.run(row.text, row.owner);
    const insert = db.prepare('INSERT INTO questions_unanswered (text, owner, count, last_asked, message) VALUES (@text, @owner, @count, @lastAsked, @message)');
    for (const row of merged) insert.run(row);
  },
  // Version 13 (round 27): an unanswered question keeps the refs of every message that sent it, separated by a space
  // (shared.ts questionRefs), found by owner and substring: the index on the whole list serves no lookup.
  'DROP INDEX IF EXISTS questions_unanswered_message;',
  // Version 14 (round 31): a user's last erasure (/xoadulieu, `privacy erase`), by a keyed hash of its own (shared.ts
  // erasureName: not the owner hash other rows carry) and its time only, for
  // RETENTION.draftIdleHours: a turn of one of their chats that read its session before it writes nothing back after it
  // (SessionWrite.readAt).
  `CREATE TABLE IF NOT EXISTS user_erasures (
     owner TEXT PRIMARY KEY,
     erased_at INTEGER NOT NULL
   );
   CREATE INDEX IF NOT EXISTS user_erasures_at ON user_erasures(erased_at);`,
  // Version 15 (round 39, as PostgreSQL's 1797700000000_erasure-marks-settled.sql): an erasure made while Redis was away left
  // `user:<keyed hash of the user>` in stale_drafts for RETENTION.draftIdleHours. Each copy of a draft a process holds in memory
  // because Redis did not take it is noted by a random id (the user's keyed hash while it is pending); a process with Redis,
  // once it has deleted the drafts the erasure names, settles it (erasuresSettled): the user's copies made up to it keep the
  // erasure's time alone, the mark goes; erasures_settled keeps each settled erasure's time only.
  `CREATE TABLE IF NOT EXISTS draft_copies (
     copy TEXT PRIMARY KEY,
     owner TEXT,
     marked_at INTEGER NOT NULL,
     erased_at INTEGER
   );
   CREATE INDEX IF NOT EXISTS draft_copies_owner ON draft_copies(owner) WHERE owner IS NOT NULL;
   CREATE INDEX IF NOT EXISTS draft_copies_marked ON draft_copies(marked_at);
   CREATE TABLE IF NOT EXISTS erasures_settled (marked_at INTEGER NOT NULL);
   CREATE INDEX IF NOT EXISTS erasures_settled_marked ON erasures_settled(marked_at);`,
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
  /** Clock for session expiry, timestamps and the degraded state's timing (tests). */
  now?: () => Date;
  busyTimeoutMs?: number;
  sessionTtlDays?: number;
  /** Where the integrity check and damaged pages are reported (never with personal text). */
  logger?: Logger;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_');
}

/** What the operator reads in /healthz and the log when the file has damaged pages. */
function damageMessage(file: string, findings: string[] = []): string {
  const shown = findings.length > 0 ? ` (PRAGMA quick_check: ${findings.join('; ')})` : '';
  return (
    `Tệp cơ sở dữ liệu "${file}" có trang bị hỏng${shown}. Trợ lý vẫn trả lời câu hỏi và kiểm tra hộ gia đình, nhưng ` +
    `các phiên nằm ở trang hỏng không đọc được và có thể không được lưu. Đừng xóa tệp. Hãy dừng máy chủ, giữ một bản ` +
    `sao của tệp, rồi chép phần còn đọc được sang tệp mới: sqlite3 "${file}" .dump | sed '$s/^ROLLBACK; -- due to errors$/COMMIT;/' ` +
    `| sqlite3 "${file}.recovered" && sqlite3 "${file}.recovered" "PRAGMA user_version = $(sqlite3 "${file}" 'PRAGMA user_version')"; ` +
    `thay tệp cũ bằng tệp .recovered và chạy lại (các yêu cầu /xoadulieu đã nhận được làm nốt khi khởi động).`
  );
}

/**
 * A failure that degrades the store (answers keep coming, something is not saved): its reason and what the
 * operator reads in /healthz. Undefined for a failure that is a bug, not a condition of the file or disk.
 */
function problemOf(error: unknown, file: string): { reason: StoreProblemReason; message: string } | undefined {
  const code = sqliteCode(error);
  const notSaved = 'Trợ lý vẫn trả lời câu hỏi và kiểm tra hộ gia đình, nhưng phiên trò chuyện và thống kê không được lưu.';
  const back = 'Máy chủ tự trở lại bình thường khi ghi được, không cần khởi động lại.';
  if (isDamage(error)) return { reason: 'damaged', message: damageMessage(file) };
  if (code === 'SQLITE_FULL') {
    return { reason: 'disk_full', message: `Ổ đĩa chứa "${file}" đã đầy. ${notSaved} Hãy giải phóng chỗ trống trên ổ đĩa. ${back}` };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      reason: 'locked',
      message: `Một tiến trình khác đang giữ khóa ghi tệp "${file}". ${notSaved} Hãy dừng tiến trình đó (công cụ sqlite3, sao lưu, một máy chủ khác dùng nhầm tệp). ${back}`,
    };
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN') {
    return { reason: 'io', message: `Không ghi được tệp "${file}" (quyền ghi hoặc lỗi ổ đĩa). ${notSaved} Hãy kiểm tra quyền ghi và ổ đĩa. ${back}` };
  }
  return undefined;
}

/** PRAGMA quick_check: the findings, none when the file is sound. A check that itself meets damage is a finding. */
function checkIntegrity(db: Database.Database): string[] {
  try {
    const rows = db.pragma(`quick_check(${STORE_DEFAULTS.integrityFindingsShown})`) as { quick_check: string }[];
    const findings = rows.map((row) => row.quick_check);
    return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
  } catch (error) {
    if (isDamage(error)) return [error instanceof Error ? error.message : String(error)];
    throw error;
  }
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
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || ['EPERM', 'EACCES', 'EROFS'].includes(code)) {
    // tryout51 F6: a file made immutable (chattr +i) failed on its chmod with "Lỗi cơ sở dữ liệu … / Database error … [EPERM …]".
    return new StoreError(
      `Không mở được hoặc không ghi được tệp cơ sở dữ liệu "${file}" (tệp, thư mục của nó hay ổ đĩa đang chỉ cho đọc, hoặc thiếu quyền). ` +
        `Hãy cấp quyền ghi tệp và thư mục cho người dùng chạy máy chủ (chown, chmod u+rw), bỏ thuộc tính chỉ đọc (chattr -i "${file}") ` +
        `hay gắn lại ổ đĩa cho ghi, hoặc đặt DATABASE_PATH vào chỗ ghi được. [${code}: ${detail}]`,
      file,
      { cause: error },
    );
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new StoreError(
      `Không tìm thấy thư mục chứa tệp cơ sở dữ liệu "${file}" (thư mục không có, hoặc là liên kết tới ổ chưa gắn). ` +
        `Hãy gắn ổ hay tạo thư mục ấy, hoặc đặt DATABASE_PATH khác. [${code}: ${detail}]`,
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
function holdInstanceLock(file: string): FileLock {
  const lockFile = `${file}.lock`;
  let lock: FileLock | undefined;
  try {
    lock = holdFileLock(lockFile);
  } catch (error) {
    throw describeFailure(error, lockFile);
  }
  if (!lock) {
    throw new StoreError(
      `Một máy chủ khác đang dùng cơ sở dữ liệu "${file}" (DATABASE_PATH). Mỗi tệp SQLite chỉ dùng cho một máy chủ: ` +
        `hãy dừng máy chủ kia, hoặc đặt DATABASE_PATH khác; muốn chạy nhiều máy chủ cùng lúc, hãy cấu hình PostgreSQL (DATABASE_URL). / ` +
        `Another server is using the database "${file}" (DATABASE_PATH). One SQLite file serves one server: stop the ` +
        `other one or set another DATABASE_PATH; several servers need PostgreSQL (DATABASE_URL).`,
      file,
    );
  }
  return lock;
}

/** A lock held by this process on a file (close() releases it; the operating system does when the process ends, even on kill -9). */
export type FileLock = Pick<Database.Database, 'close' | 'open'>;

/**
 * An exclusive SQLite lock on `lockFile` (created if need be, in an existing folder), or undefined when another connection (this
 * process's or another's) holds it; other failures (a folder that cannot be written) are thrown.
 */
export function holdFileLock(lockFile: string): FileLock | undefined {
  const lock = new Database(lockFile, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    return lock;
  } catch (error) {
    lock.close();
    if (sqliteCode(error).startsWith('SQLITE_BUSY')) return undefined;
    throw error;
  }
}

function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(`schema version ${current} is newer than this program knows (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    db.transaction(() => {
      const migration = MIGRATIONS[version]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Owner-only modes for what holds households' answers (Luật 91/2025/QH15), whatever the umask: a new folder 0700, the files 0600. */
const PRIVATE_MODES = { folder: 0o700, file: 0o600 } as const;

/**
 * The database's folder (created 0700 when missing; an existing one is the operator's and left as it is) and its files
 * (the database, its lock, write-ahead log and shared memory, created 0600 or set so when they exist): no other local user
 * reads households' answers. SQLite gives the -wal and -shm files it creates the database file's mode.
 */
function keepPrivate(file: string): void {
  makeFolders(dirname(file));
  for (const path of [file, `${file}.lock`, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, PRIVATE_MODES.file);
    else if (path === file || path === `${file}.lock`) closeSync(openSync(path, 'a', PRIVATE_MODES.file));
  }
}

/**
 * The database's folder and those above it that are missing, one level at a time, each 0700 (PRIVATE_MODES). Node's
 * mkdirSync({ recursive: true }) loops for ever where a mkdir says ENOENT while the parent is there (/proc, some FUSE or
 * network mounts: tryout51 F3, the server hung with no word); here a folder that cannot be made stops with its name.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const at of missing) {
    try {
      mkdirSync(at, { mode: PRIVATE_MODES.folder });
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code === 'EEXIST' && existsSync(at)) continue;
      const cause = error instanceof Error ? error.message : String(error);
      throw new StoreError(
        `Không tạo được thư mục "${at}" cho cơ sở dữ liệu (DATABASE_PATH): ${folderTrouble(code)} ` +
          `Hãy tạo thư mục ấy trước, hoặc đặt DATABASE_PATH vào một thư mục ghi được, ví dụ ./data/bot.db. [${code || 'lỗi'}: ${cause}]`,
        at,
        { cause: error },
      );
    }
  }
}

/** Why a folder could not be made, said for the operator. */
function folderTrouble(code: string): string {
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền tạo thư mục ở đó.';
  if (code === 'EROFS') return 'ổ đĩa chỉ cho đọc.';
  if (code === 'ENOTDIR') return 'một phần của đường dẫn là tệp, không phải thư mục.';
  if (code === 'EEXIST') return 'ở đó đã có một liên kết (symlink) trỏ tới chỗ không có (ổ đĩa chưa gắn?) hoặc một tệp.';
  if (code === 'ENOENT') return 'thư mục cha không tồn tại hoặc không cho tạo thư mục con (ví dụ /proc, một liên kết tới ổ chưa gắn, ổ mạng).';
  return 'hệ điều hành từ chối.';
}

/** The file's identity (device and inode), to tell it was removed or replaced under the running server. */
const identityOf = (stats: Pick<Stats, 'dev' | 'ino'>) => `${stats.dev}:${stats.ino}`;

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
  const log = options.logger;
  const condition = writeCondition({ now: () => now().getTime() });

  let db: Database.Database;
  try {
    if (!inMemory) keepPrivate(file);
  } catch (error) {
    throw error instanceof StoreError ? error : describeFailure(error, file);
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
    // Deleted rows are overwritten with zeros, not just unlinked: what a user erased (or what outlived its
    // retention) cannot be read back from free pages of the file (Luật 91/2025: deletion means gone).
    db.pragma('secure_delete = ON');
    // Damaged pages do not stop the server (answers need no database) but are never silent: the log, the
    // operator's console and /healthz say so, naming the file and what to do.
    const findings = checkIntegrity(db);
    if (findings.length > 0) {
      const message = damageMessage(file, findings);
      condition.failed('damaged', message);
      log?.error('store_integrity_failed', { file, findings, message });
    }
    db.function('mask_personal', { deterministic: true }, (text) => (typeof text === 'string' ? maskPersonalData(text) : text));
    migrate(db);
    // One process serves the file (holdInstanceLock): a copy of a draft noted by the one before it (draft_copies, the user's
    // keyed hash while pending) died with that process's memory; its note goes now, not 6 hours later (round 39).
    if (!inMemory) db.exec('DELETE FROM draft_copies');
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
   * The file opened, by its identity: removed while the server runs (`rm -rf` of its folder, a volume remounted), every write
   * went into the unlinked file and was lost at the next start while /healthz said "ok" and nothing was logged (tryout51 F1).
   * Now each write and each /healthz looks at the path first: gone or another file, the store is degraded ('missing') until a
   * restart, said once in the log, and nothing is told saved.
   */
  const opened = inMemory ? undefined : identityOf(statSync(file));
  let missingSaid = false;
  const missingMessage =
    `Tệp cơ sở dữ liệu "${file}" không còn ở đường dẫn này (tệp hoặc thư mục của nó đã bị xóa, đổi tên hay gắn lại ổ) trong khi máy chủ đang chạy. ` +
    'Trợ lý vẫn trả lời câu hỏi, nhưng từ lúc này phiên trò chuyện, câu trả lời hộ gia đình đã đồng ý lưu và thống kê KHÔNG được lưu. ' +
    'Hãy khôi phục thư mục và tệp (từ bản sao nếu có) rồi khởi động lại máy chủ; khởi động lại khi không có tệp thì máy chủ tạo tệp mới, trống.';
  const fileMissing = (): boolean => {
    if (opened === undefined) return false;
    let stats: Stats | undefined;
    try {
      stats = statSync(file, { throwIfNoEntry: false });
    } catch {
      stats = undefined;
    }
    if (stats && identityOf(stats) === opened) return false;
    condition.failed('missing', missingMessage);
    if (!missingSaid) {
      missingSaid = true;
      log?.error('store_file_missing', { file, message: missingMessage });
    }
    return true;
  };

  /** Remembers a failure that degrades the store (for /healthz and the write breaker) and makes it a StoreError. */
  const failure = (error: unknown): StoreError => {
    const problem = problemOf(error, file);
    const known = problem?.reason === 'damaged' && condition.current().some((seen) => seen.reason === 'damaged');
    if (problem && !known) {
      // Damage seen for the first time while serving (the start's check found none): said once, loudly.
      if (problem.reason === 'damaged') log?.error('store_damaged', { file, message: problem.message });
      condition.failed(problem.reason, problem.message);
    }
    return describeFailure(error, file);
  };
  /**
   * Every read runs through here so a later corruption also surfaces as a StoreError, as a rejected Promise
   * like any other store's failure (the port is async; better-sqlite3 is not).
   */
  const read = async <T>(work: () => T): Promise<T> => {
    try {
      return work();
    } catch (error) {
      throw failure(error);
    }
  };
  /**
   * Every write runs through here. While writes fail for a passing reason (disk full, a lock held elsewhere)
   * they fail at once, without SQLite's busy wait on the event loop, but for one try every writeRetryMs.
   */
  const write = async <T>(work: () => T): Promise<T> => {
    if (!condition.mayWrite()) {
      const reasons = condition.current().map((problem) => problem.reason).join(', ');
      throw new StoreError(`Chưa ghi vào "${file}" (${reasons}): thử lại sau. / Write to "${file}" skipped (${reasons}).`, file);
    }
    if (fileMissing()) throw new StoreError(missingMessage, file);
    try {
      const result = work();
      condition.succeeded();
      return result;
    } catch (error) {
      throw failure(error);
    }
  };

  // Counted in memory, written together (countsInMemory). A failed write is already reported by problems()
  // (the store's condition); the counts wait for the next try.
  const counts = countsInMemory({
    write: (unwritten) => write(() => db.transaction(() => unwritten.forEach(([name, value]) => statements.bump.run(name, value)))()),
    isOpen: () => db.open,
    closed: () => new StoreError(`Kho dữ liệu "${file}" đã đóng: lượt này không được đếm. / The store "${file}" is closed.`, file),
    onFailure: () => {},
    onRecovered: () => {},
  });
  const count = counts.count;

  /** A session write's fence (SessionWrite.claim): the delivery's claim still its holder's; no fence, always. */
  const claimHolds = (fence: ClaimFence | undefined) => fence === undefined || statements.claimHeld.get(fence.channel, fence.id, fence.token) !== undefined;
  const statements = {
    readSession: db.prepare<[string], { value: string; updated_at: number }>(
      'SELECT value, updated_at FROM sessions WHERE key = ?',
    ),
    writeSession: db.prepare<[string, string, number, string]>(
      `INSERT INTO sessions (key, value, updated_at, owner) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner`,
    ),
    purgeSessions: db.prepare<[number]>('DELETE FROM sessions WHERE updated_at < ?'),
    // A user's sessions (their own and those scoped under it), from the owner index alone (no table page is read), so a
    // damaged page holding other rows does not stop a deletion.
    ownerSessionKeys: db.prepare<[string], string>('SELECT key FROM sessions INDEXED BY sessions_owner WHERE owner = ?').pluck(),
    deleteUserSessions: db.prepare<[string]>('DELETE FROM sessions WHERE owner = ?'),
    deleteShares: db.prepare<[string]>('DELETE FROM shares WHERE owner_key = ?'),
    deleteSessionBefore: db.prepare<[string, number]>('DELETE FROM sessions WHERE key = ? AND updated_at <= ?'),
    // Rows kept before keys were hashed (schema version 6): hashed at open (hashRawKeys).
    rawSessionKeys: db.prepare<[], string>('SELECT key FROM sessions INDEXED BY sessions_owner WHERE owner IS NULL').pluck(),
    hashSession: db.prepare<[{ raw: string; hashed: string; owner: string }]>(
      `INSERT INTO sessions (key, value, updated_at, owner) SELECT @hashed, value, updated_at, @owner FROM sessions WHERE key = @raw
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner
       WHERE excluded.updated_at > sessions.updated_at`,
    ),
    rawShareOwners: db.prepare<[], { token: string; ownerKey: string }>(
      `SELECT token, owner_key AS ownerKey FROM shares INDEXED BY shares_unhashed WHERE instr(owner_key, '${RAW_KEY_MARK}') > 0`,
    ),
    hashShareOwner: db.prepare<[string, string]>('UPDATE shares SET owner_key = ? WHERE token = ?'),
    erasures: db.prepare<[], { owner: string; requested_at: number }>('SELECT owner, requested_at FROM erasures'),
    addErasure: db.prepare<[string, number]>(
      `INSERT INTO erasures (owner, requested_at) VALUES (?, ?)
       ON CONFLICT(owner) DO UPDATE SET requested_at = excluded.requested_at`,
    ),
    dropErasure: db.prepare<[string]>('DELETE FROM erasures WHERE owner = ?'),
    probe: db.prepare<[string]>(
      `INSERT INTO meta (name, value) VALUES ('write_probe', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`,
    ),
    bump: db.prepare<[string, number]>(
      `INSERT INTO counters (name, value) VALUES (?, ?)
       ON CONFLICT(name) DO UPDATE SET value = value + excluded.value`,
    ),
    counters: db.prepare<[], { name: string; value: number }>('SELECT name, value FROM counters'),
    // The same text asked again by its sender is one row, found by every message that sent it (questionRefs).
    // Its message's ref after its day's mark (datedRef: `dated` a new row's refs, `mark` the day's), dropped at retention.
    unanswered: db.prepare<{ text: string; owner: string; at: string; dated: string | null; message: string | null; mark: string }>(
      `INSERT INTO questions_unanswered (text, owner, count, last_asked, message) VALUES (@text, @owner, 1, @at, @dated)
       ON CONFLICT(text, owner) DO UPDATE SET count = count + 1, last_asked = excluded.last_asked, message = ${refs.with('message', '@message', '@mark')}`,
    ),
    datedRefRows: db.prepare<[], { text: string; owner: string; message: string; lastAsked: string }>(
      `SELECT text, owner, message, last_asked AS lastAsked FROM questions_unanswered WHERE message LIKE '%@%'`,
    ),
    pruneRefs: db.prepare<[string | null, string, string]>('UPDATE questions_unanswered SET message = ? WHERE text = ? AND owner = ?'),
    // A message id names one message: a row recorded under an id already used takes it over (the chat's LAST_MESSAGE).
    releaseMessageQuestions: db.prepare<{ owner: string; message: string }>(
      `UPDATE questions_unanswered SET message = ${refs.without('message', '@message')} WHERE owner = @owner AND ${refs.holds('message', '@message')}`,
    ),
    releaseMessageReports: db.prepare<[string, string]>('UPDATE reports SET message = NULL WHERE owner = ? AND message = ?'),
    messageRows: db.prepare<{ owner: string }, { ref: string; kind: string; text: string; at: string }>(MESSAGE_ROWS_SQL('@owner')),
    deleteMessageQuestions: db.prepare<{ owner: string; message: string }, { count: number }>(
      `DELETE FROM questions_unanswered WHERE ${refs.sentBy('@owner', '@message')} RETURNING count`,
    ),
    deleteMessageReports: db.prepare<[string, string]>('DELETE FROM reports WHERE owner = ? AND message = ?'),
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
    report: db.prepare<[string, string, string, string | null, string | null]>(
      'INSERT INTO reports (comment, subject, created_at, owner, message) VALUES (?, ?, ?, ?, ?)',
    ),
    deleteOwnReports: db.prepare<[string]>('DELETE FROM reports WHERE owner = ?'),
    deleteOwnUnanswered: db.prepare<[string]>('DELETE FROM questions_unanswered WHERE owner = ?'),
    purgeReports: db.prepare<[string]>('DELETE FROM reports WHERE created_at < ?'),
    purgeUnanswered: db.prepare<[string]>('DELETE FROM questions_unanswered WHERE last_asked < ?'),
    purgeShares: db.prepare<[string]>('DELETE FROM shares WHERE created_at < ?'),
    purgeDeliveries: db.prepare<[number]>('DELETE FROM deliveries WHERE seen_at < ?'),
    // A new claim, or one whose lease ran out taken over; a finished claim (lease_until NULL) stays.
    claimDelivery: db.prepare<[{ channel: string; id: string; at: number; until: number; token: string }]>(
      `INSERT INTO deliveries (channel, id, seen_at, lease_until, lease_token) VALUES (@channel, @id, @at, @until, @token)
       ON CONFLICT(channel, id) DO UPDATE SET seen_at = excluded.seen_at, lease_until = excluded.lease_until, lease_token = excluded.lease_token
       WHERE deliveries.lease_until IS NOT NULL AND deliveries.lease_until <= excluded.seen_at`,
    ),
    deliveryLease: db.prepare<[string, string], { lease_until: number | null }>('SELECT lease_until FROM deliveries WHERE channel = ? AND id = ?'),
    finishDelivery: db.prepare<[string, string, number]>(
      `INSERT INTO deliveries (channel, id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT(channel, id) DO UPDATE SET lease_until = NULL, lease_token = NULL`,
    ),
    // Fenced by a claim kept elsewhere (Redis): not over a finish, nor over another claim whose lease runs.
    finishForeignDelivery: db.prepare<[{ channel: string; id: string; at: number; token: string }]>(
      `INSERT INTO deliveries (channel, id, seen_at) VALUES (@channel, @id, @at)
       ON CONFLICT(channel, id) DO UPDATE SET lease_until = NULL, lease_token = NULL
       WHERE deliveries.lease_until IS NOT NULL AND (deliveries.lease_token = @token OR deliveries.lease_until <= @at)`,
    ),
    // Fenced: only the claim's holder marks it answered.
    finishHeldDelivery: db.prepare<[string, string, string]>(
      'UPDATE deliveries SET lease_until = NULL, lease_token = NULL WHERE channel = ? AND id = ? AND lease_token = ? AND lease_until IS NOT NULL',
    ),
    releaseDelivery: db.prepare<[string, string, string]>(
      'DELETE FROM deliveries WHERE channel = ? AND id = ? AND lease_token = ? AND lease_until IS NOT NULL',
    ),
    /** A session write's fence (SessionWrite.claim): the delivery's claim still its holder's. */
    claimHeld: db.prepare<[string, string, string], number>(
      'SELECT 1 FROM deliveries WHERE channel = ? AND id = ? AND lease_token = ? AND lease_until IS NOT NULL',
    ).pluck(),
    renewDelivery: db.prepare<[number, string, string, string]>(
      'UPDATE deliveries SET lease_until = ? WHERE channel = ? AND id = ? AND lease_token = ? AND lease_until IS NOT NULL',
    ),
    // The rest of an item (`continues`) keeps its user and when it was kept: handing it back never lengthens its retention.
    outboxPut: db.prepare<[string, string, string, number, number, string | null, number | null]>(
      `INSERT INTO outbox (channel, recipient, messages, created_at, lease_until, owner)
       SELECT ?, ?, ?, coalesce(kept.created_at, ?), ?, coalesce(?, kept.owner) FROM (SELECT NULL) LEFT JOIN outbox AS kept ON kept.id = ?`,
    ),
    outboxTake: db.prepare<[number, string, number, number], { id: number; channel: string; recipient: string; messages: string }>(
      `UPDATE outbox SET lease_until = ? WHERE id IN (
         SELECT id FROM outbox WHERE channel = ? AND lease_until <= ? ORDER BY id LIMIT ?
       ) RETURNING id, channel, recipient, messages`,
    ),
    outboxDone: db.prepare<[string]>('DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))'),
    outboxLastId: db.prepare<[], number | null>('SELECT MAX(id) FROM outbox').pluck(),
    outboxRest: db.prepare<[string, number]>('UPDATE outbox SET messages = ? WHERE id = ?'),
    outboxRenew: db.prepare<[number, string]>('UPDATE outbox SET lease_until = ? WHERE id IN (SELECT value FROM json_each(?))'),
    deleteOwnOutbox: db.prepare<[{ channel: string; recipient: string; owner: string }]>(
      'DELETE FROM outbox WHERE (channel = @channel AND recipient = @recipient) OR owner = @owner',
    ),
    // Past its retention, or a replayed answer (REPLAY_CHANNEL) past its lease.
    // The web chat's kept answers whose lease ran out, removed by the finish keeping a new one (as PostgreSQL's expiredReplays).
    expiredReplays: db.prepare<[number]>(`DELETE FROM outbox WHERE channel = '${REPLAY_CHANNEL}' AND lease_until <= ?`),
    purgeOutbox: db.prepare<[number, number]>(`DELETE FROM outbox WHERE created_at < ? OR (channel = '${REPLAY_CHANNEL}' AND lease_until <= ?)`),
    outboxReplay: db.prepare<[number, string], string>(
      `SELECT messages FROM outbox WHERE channel = '${REPLAY_CHANNEL}' AND lease_until > ? AND recipient = ? ORDER BY id DESC LIMIT 1`,
    ).pluck(),
    outboxUnowned: db.prepare<[], { count: number; newest: number | null }>(`SELECT count(*) AS count, max(created_at) AS newest FROM outbox WHERE ${UNOWNED_OUTBOX}`),
    markDraftStale: db.prepare<[string, number]>(
      `INSERT INTO stale_drafts (draft, marked_at) VALUES (?, ?)
       ON CONFLICT(draft) DO UPDATE SET marked_at = max(marked_at, excluded.marked_at)`,
    ),
    staleDrafts: db.prepare<[number], StaleDraft>('SELECT draft AS hash, marked_at AS at FROM stale_drafts ORDER BY marked_at, draft LIMIT ?'),
    staleDraftsAfter: db.prepare<[number, string, number], StaleDraft>(
      'SELECT draft AS hash, marked_at AS at FROM stale_drafts WHERE (marked_at, draft) > (?, ?) ORDER BY marked_at, draft LIMIT ?',
    ),
    staleDraft: db.prepare<[string], StaleDraft>('SELECT draft AS hash, marked_at AS at FROM stale_drafts WHERE draft = ?'),
    staleDraftCleared: db.prepare<[string, number]>('DELETE FROM stale_drafts WHERE draft = ? AND marked_at <= ?'),
    purgeStaleDrafts: db.prepare<[number]>('DELETE FROM stale_drafts WHERE marked_at < ?'),
    purgeCopies: db.prepare<[number]>('DELETE FROM draft_copies WHERE marked_at < ?'),
    purgeSettled: db.prepare<[number]>('DELETE FROM erasures_settled WHERE marked_at < ?'),
    erasureMarks: db.prepare<[], string>("SELECT draft FROM stale_drafts WHERE draft LIKE 'user:%' ORDER BY marked_at, draft").pluck(),
    copiesErased: db.prepare<[number, string, number]>('UPDATE draft_copies SET owner = NULL, erased_at = max(coalesce(erased_at, 0), ?) WHERE owner = ? AND marked_at <= ?'),
    erasureSettled: db.prepare<[number]>('INSERT INTO erasures_settled (marked_at) VALUES (?)'),
    markCopy: db.prepare<[string, string, number, number]>(
      `INSERT INTO draft_copies (copy, owner, marked_at, erased_at)
       SELECT ?, CASE WHEN settled.at IS NULL THEN ? END, ?, settled.at
       FROM (SELECT max(marked_at) AS at FROM erasures_settled WHERE marked_at >= ?) AS settled WHERE true
       ON CONFLICT(copy) DO UPDATE SET marked_at = max(draft_copies.marked_at, excluded.marked_at),
         owner = CASE WHEN draft_copies.erased_at IS NULL THEN excluded.owner END`,
    ),
    copyErasedAt: db.prepare<[string], number | null>('SELECT erased_at FROM draft_copies WHERE copy = ?').pluck(),
    copyDone: db.prepare<[string]>('DELETE FROM draft_copies WHERE copy = ?'),
    markCheck: db.prepare<[string, string, number, number]>(
      `INSERT INTO draft_checks (draft, owner, step, marked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(draft) DO UPDATE SET owner = excluded.owner, step = excluded.step, marked_at = excluded.marked_at`,
    ),
    checkStep: db.prepare<[string, number], number>('SELECT step FROM draft_checks WHERE draft = ? AND marked_at >= ?').pluck(),
    clearCheck: db.prepare<[string]>('DELETE FROM draft_checks WHERE draft = ?'),
    deleteOwnChecks: db.prepare<[string]>('DELETE FROM draft_checks WHERE owner = ?'),
    purgeChecks: db.prepare<[number]>('DELETE FROM draft_checks WHERE marked_at < ?'),
    markUserErased: db.prepare<[string, number]>(
      'INSERT INTO user_erasures (owner, erased_at) VALUES (?, ?) ON CONFLICT(owner) DO UPDATE SET erased_at = max(erased_at, excluded.erased_at)',
    ),
    erasedAfter: db.prepare<[string, number], number>('SELECT 1 FROM user_erasures WHERE owner = ? AND erased_at > ?').pluck(),
    purgeUserErasures: db.prepare<[number]>('DELETE FROM user_erasures WHERE erased_at < ?'),
    markRefused: db.prepare<[string, number]>('INSERT INTO refused_updates (id, refused_at) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET refused_at = excluded.refused_at'),
    wasRefused: db.prepare<[string, number], number>('SELECT 1 FROM refused_updates WHERE id = ? AND refused_at > ?').pluck(),
    purgeRefused: db.prepare<[number]>('DELETE FROM refused_updates WHERE refused_at <= ?'),
    // One server per file (the instance lock): claims left unfinished at open belong to a process that died.
    expireLeases: db.prepare('UPDATE deliveries SET lease_until = 0 WHERE lease_until IS NOT NULL'),
    // A replayed answer's lease is its life, not a taker's hold.
    freeOutbox: db.prepare(`UPDATE outbox SET lease_until = 0 WHERE channel <> '${REPLAY_CHANNEL}'`),
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
    deleteOwnShare: db.prepare<[string, string]>('DELETE FROM shares WHERE token = ? AND owner_key = ?'),
  };

  const freshSince = () => now().getTime() - ttlMs;
  let lastPurge = 0;
  const purges = purgeTally(log);
  /**
   * Removes what is past its retention limit (RETENTION): at open, then at most every STORE_DEFAULTS.purgeIntervalMs
   * while writing.
   */
  /** Refs of messages past their retention out of the kept questions they sent (pruneRefs): how many went. */
  const pruneMessageRefs = () => {
    let dropped = 0;
    for (const row of statements.datedRefRows.all()) {
      const pruned = pruneRefs(row.message, row.lastAsked, daysAgo(RETENTION.unansweredDays));
      if (!pruned) continue;
      statements.pruneRefs.run(pruned.message, row.text, row.owner);
      dropped += pruned.dropped;
    }
    return dropped;
  };
  const purgeExpired = () => {
    lastPurge = now().getTime();
    const [hashed, purged] = db.transaction((): [number, PurgedRows] => {
      // Not counted: a user's last erasure holds nothing they told (their keyed hash, a time).
      statements.purgeUserErasures.run(staleDraftCutoff(now()));
      // Nor a copy's note (a random id, a time) or a settled erasure's time.
      statements.purgeCopies.run(staleDraftCutoff(now()));
      statements.purgeSettled.run(staleDraftCutoff(now()));
      return [
        hashRawKeys(),
        {
          sessions: statements.purgeSessions.run(freshSince()).changes,
          reports: statements.purgeReports.run(daysAgo(RETENTION.reportDays).toISOString()).changes,
          unansweredQuestions: statements.purgeUnanswered.run(daysAgo(RETENTION.unansweredDays).toISOString()).changes,
          shares: statements.purgeShares.run(daysAgo(RETENTION.shareDays).toISOString()).changes,
          deliveries: statements.purgeDeliveries.run(daysAgo(RETENTION.deliveryDays).getTime()).changes,
          outbox: statements.purgeOutbox.run(outboxCutoff(now(), ttlMs), now().getTime()).changes,
          staleDrafts: statements.purgeStaleDrafts.run(staleDraftCutoff(now())).changes,
          draftChecks: statements.purgeChecks.run(staleDraftCutoff(now())).changes,
          refusedUpdates: statements.purgeRefused.run(now().getTime() - REDELIVERY_MS).changes,
          messageRefs: pruneMessageRefs(),
        },
      ];
    })();
    const removed = purges.add(purged);
    // What outlived its retention (or a raw key just hashed) is gone from the WAL too, as an erasure's rows are; a scrub
    // left earlier is retried.
    if (removed + hashed > 0 || scrubPending) scrubLog();
  };
  /** The purge rides on other writes; its failure (a damaged expired row) must not fail the write it follows. */
  const purgeIfDue = () => {
    if (now().getTime() - lastPurge <= STORE_DEFAULTS.purgeIntervalMs) return;
    try {
      purgeExpired();
    } catch (error) {
      log?.warn('store_purge_failed', { error: failure(error) });
    }
  };

  /** A scrub that did not complete (a reader or a lock in the way), and the timer that tries it again. */
  let scrubPending = false;
  let scrubTimer: NodeJS.Timeout | undefined;
  /**
   * The WAL keeps earlier versions of every page it has written until a checkpoint resets it, so rows just
   * deleted (zeroed in the file by secure_delete) could still be read in `<file>-wal`, and the zeroed pages are
   * only in the WAL, not yet over the old ones in the file. Copies the log into the file and truncates it; a
   * reader or a lock in the way leaves it pending (logged, no text): tried again every
   * STORE_DEFAULTS.scrubRetryMs, at the next purge and at the next erasure, until it completes.
   */
  const scrubLog = () => {
    if (inMemory || !db.open) return;
    clearTimeout(scrubTimer);
    scrubTimer = undefined;
    const wasPending = scrubPending;
    try {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      scrubPending = Boolean(result?.busy);
      if (scrubPending && !wasPending) log?.warn('store_scrub_deferred', { reason: 'busy', retryMs: STORE_DEFAULTS.scrubRetryMs });
    } catch (error) {
      if (!wasPending) log?.warn('store_scrub_deferred', { error: failure(error), retryMs: STORE_DEFAULTS.scrubRetryMs });
      scrubPending = true;
    }
    if (scrubPending) scrubTimer = setTimeout(scrubLog, STORE_DEFAULTS.scrubRetryMs).unref();
    else if (wasPending) log?.info('store_scrub_done');
  };

  /**
   * The last outbox row when an erasure was scrubbed: an answer kept before it (the /xoatin list quoting the question
   * erased) is removed only once sent (up to OUTBOX.sentFlushMs later), after that scrub, so removing it scrubs
   * the WAL again, as the erasure did.
   */
  let outboxBeforeErasure = 0;
  /** An erasure's scrub (scrubLog), remembering the outbox rows kept before it. */
  const scrubErasure = () => {
    outboxBeforeErasure = Math.max(outboxBeforeErasure, statements.outboxLastId.get() ?? 0);
    scrubLog();
  };

  /** Pending erasures (/xoadulieu that met a damaged page): owner hash → when it was asked. */
  const erased = new Map<string, number>();
  /**
   * Deletes an owner's sessions (written up to `before`) and shares, reports and unanswered questions one by
   * one, so a damaged page keeps only the rows it holds; resolves to the rows removed and whether all went.
   */
  const eraseRows = (owner: string, before: number, userKey?: string) => {
    const removed: UserErasure = { sessions: 0, shares: 0, reports: 0, questions: 0, outbox: 0 };
    let complete = true;
    // `kind` undefined: not counted (a check's step in draft_checks: nothing the user told).
    const attempt = (kind: Exclude<keyof UserErasure, 'pending'> | undefined, work: () => Database.RunResult) => {
      try {
        const { changes } = work();
        if (kind) removed[kind] += changes;
      } catch (error) {
        if (!isDamage(error)) throw error;
        failure(error);
        complete = false;
      }
    };
    for (const key of statements.ownerSessionKeys.all(owner)) attempt('sessions', () => statements.deleteSessionBefore.run(key, before));
    attempt('shares', () => statements.deleteShares.run(owner));
    attempt('reports', () => statements.deleteOwnReports.run(owner));
    attempt('questions', () => statements.deleteOwnUnanswered.run(owner));
    // Not counted: nothing the user told (a check in progress without consent, its step: markCheck).
    attempt(undefined, () => statements.deleteOwnChecks.run(owner));
    // Only at the request itself (the raw key is known then; an erasure remembers its hash alone).
    if (userKey) attempt('outbox', () => statements.deleteOwnOutbox.run(outboxOf(userKey, owner)));
    return { removed, complete };
  };

  // Sessions, shares, reports and unanswered questions are linked to their user by an HMAC of the key under a random key
  // made once per database (shared.ts keyedHash): a chat finds its own, /xoadulieu finds a user's, the raw id is never stored.
  let ownerHash: (key: string) => string;
  /** The keyed hash a message's rows are found by (deleteMessage), when it has a sender and an id. */
  const { messageRef, messageHash } = messageHashes((key) => ownerHash(key));
  try {
    statements.writeMeta.run(OWNER_HASH_KEY, randomBytes(32).toString('base64url'));
    ownerHash = keyedHash(statements.readMeta.get(OWNER_HASH_KEY)!.value);
  } catch (error) {
    db.close();
    instanceLock?.close();
    throw describeFailure(error, file);
  }
  /** Rows recorded earlier under the same message id keep their text but are no longer that message's. */
  const releaseMessage = (owner: string, message: string) => {
    statements.releaseMessageQuestions.run({ owner, message });
    statements.releaseMessageReports.run(owner, message);
  };
  /** The key a session is kept under, and the user it belongs to. */
  /** A user's last erasure is kept under a keyed hash of its own (erasureName): no row left after it carries their owner hash. */
  const erasureOf = (userKey: string) => ownerHash(erasureName(userKey));
  const sessionRow = (key: string) => ({ hashed: ownerHash(key), owner: ownerHash(ownerOfSession(key)) });
  /**
   * Rows kept with a raw key (before schema version 6): hashed in place, the raw key deleted (zeroed by secure_delete);
   * the caller's transaction and scrub carry it. Resolves to the rows changed.
   */
  function hashRawKeys(): number {
    let changed = 0;
    for (const raw of statements.rawSessionKeys.all()) {
      statements.hashSession.run({ raw, ...sessionRow(raw) });
      changed += statements.deleteSession.run(raw).changes;
    }
    for (const { token, ownerKey } of statements.rawShareOwners.all()) changed += statements.hashShareOwner.run(ownerHash(ownerOfSession(ownerKey)), token).changes;
    return changed;
  }

  try {
    try {
      purgeExpired();
      statements.expireLeases.run();
      statements.freeOutbox.run();
    } catch (error) {
      // A damaged page holding expired rows: reported, and the server starts (answers need no database).
      if (!isDamage(error)) throw error;
      failure(error);
    }
    for (const row of statements.erasures.all()) erased.set(row.owner, row.requested_at);
  } catch (error) {
    db.close();
    instanceLock?.close();
    throw describeFailure(error, file);
  }
  /** When the session under `key` was erased by its owner, if it was. */
  const erasedAt = (key: string): number | undefined => (erased.size === 0 ? undefined : erased.get(ownerHash(ownerOfSession(key))));

  /** At start (after the file was repaired, say): finish the erasures that met a damaged page. */
  const finishErasures = () => {
    if (erased.size === 0) return;
    try {
      for (const [owner, before] of erased) {
        if (!eraseRows(owner, before).complete) continue;
        statements.dropErasure.run(owner);
        erased.delete(owner);
      }
    } catch (error) {
      log?.warn('user_data_erasure_pending', { pending: erased.size, error: failure(error) });
    }
    if (erased.size === 0) log?.info('user_data_erasures_finished');
    scrubLog();
  };
  finishErasures();

  const parse = (value: string): unknown => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  };

  /**
   * Never stopped by a damaged row: rows are found through the key index (only this user's are read); when
   * a damaged page holds some of them, the rest is deleted row by row and the erasure is remembered (keyed
   * hash, erasures table): those rows are never read again and are deleted at the next start.
   */
  const eraseUser = (userKey: string) =>
    write((): UserErasure => {
      const owner = ownerHash(userKey);
      // First, on its own: a turn of theirs that read before it writes nothing back, also when a damaged page stops the rest.
      statements.markUserErased.run(erasureOf(userKey), now().getTime());
      try {
        const removed = db.transaction((): UserErasure => {
          // Not counted: a check's step (markCheck) holds nothing the user told.
          statements.deleteOwnChecks.run(owner);
          return {
            sessions: statements.deleteUserSessions.run(owner).changes,
            shares: statements.deleteShares.run(owner).changes,
            reports: statements.deleteOwnReports.run(owner).changes,
            questions: statements.deleteOwnUnanswered.run(owner).changes,
            outbox: statements.deleteOwnOutbox.run(outboxOf(userKey, owner)).changes,
          };
        })();
        scrubErasure();
        return removed;
      } catch (error) {
        if (!isDamage(error)) throw error;
        failure(error);
      }
      const at = now().getTime();
      const { removed, complete } = eraseRows(owner, at, userKey);
      if (complete) {
        scrubLog();
        return removed;
      }
      statements.addErasure.run(owner, at);
      erased.set(owner, at);
      log?.warn('user_data_erasure_pending', { pending: erased.size });
      return { ...removed, pending: true };
    });

  return {
    backend: 'sqlite',
    hashKey: (key) => ownerHash(key),
    ping: async () => {
      try {
        return db.open && db.prepare('SELECT 1').pluck().get() === 1;
      } catch {
        return false;
      }
    },
    problems: async () => {
      // Nobody writing while degraded: try one small write now and then, so the status recovers by itself; a file gone is seen idle too.
      fileMissing();
      if (condition.retryDue()) await write(() => statements.probe.run(now().toISOString())).catch(() => undefined);
      return condition.current();
    },
    readSession: (key) =>
      read(() => {
        const erasedSince = erasedAt(key);
        let row;
        try {
          row = statements.readSession.get(ownerHash(key));
        } catch (error) {
          // Its owner asked for it to be deleted: a damaged row is as good as gone, not a fault of this read.
          if (erasedSince !== undefined && isDamage(error)) return undefined;
          throw error;
        }
        if (!row || row.updated_at < freshSince() || (erasedSince !== undefined && row.updated_at <= erasedSince)) return undefined;
        return parse(row.value);
      }),
    writeSession: async (key, session, options) => {
      const held = await write(() => {
        // The fence read and the write with no await between: nothing else writes in this process meanwhile, and another
        // process's write waits for the file's lock (one server per file).
        if (!claimHolds(options?.claim)) return false;
        const at = now().getTime();
        const { hashed, owner } = sessionRow(key);
        // Its user erased since the turn read it: nothing of theirs written back (SessionWrite.readAt).
        if (options?.readAt !== undefined && statements.erasedAfter.get(erasureOf(ownerOfSession(key)), options.readAt) !== undefined) {
          log?.warn('session_write_after_erasure_refused', {});
          return false;
        }
        statements.writeSession.run(hashed, JSON.stringify(session), at, owner);
        // The replaced row's old page is zeroed by secure_delete in the file, but its frames stay in the WAL until scrubbed.
        if (options?.erasing) scrubErasure();
        purgeIfDue();
        return true;
      });
      if (!held) throw new DeliveryClaimLostError();
    },
    deleteSession: async (key, options) => {
      const held = await write(() => {
        if (!claimHolds(options?.claim)) return false;
        statements.deleteSession.run(ownerHash(key));
        if (options?.erasing) scrubErasure();
        return true;
      });
      if (!held) throw new DeliveryClaimLostError();
    },
    deleteUser: async (userKey) => erasedRows(await eraseUser(userKey)),
    eraseUser,
    outboxUnowned: () =>
      read(() => {
        const { count, newest } = statements.outboxUnowned.get()!;
        return unownedOutbox(count, newest, now(), ttlMs);
      }),
    messageRef,
    deleteMessage: (ownerKey, message) =>
      write(() => {
        const owner = ownerHash(ownerKey);
        let answers = 0;
        const removed = db.transaction(() => {
          const questions = statements.deleteMessageQuestions.all({ owner, message });
          const asks = questions.reduce((sum, row) => sum + row.count, 0);
          const gone = { questions: questions.length, asks, reports: statements.deleteMessageReports.run(owner, message).changes };
          // The answers still waiting for the user (their private chat, or a group their message was answered in) may quote the
          // message or the household facts it told: gone with it, as deleteUser's (not kept until sent or RETENTION.outboxHours).
          answers = statements.deleteOwnOutbox.run(outboxOf(ownerKey, owner)).changes;
          return gone;
        })();
        // Gone from the WAL too, as deleteUser's rows are.
        if (removed.questions + removed.reports + answers > 0) scrubErasure();
        return removed;
      }),
    listMessages: (ownerKey, limit) => read(() => keptMessages(statements.messageRows.all({ owner: ownerHash(ownerKey) }), limit)),
    recordQuestion: async ({ answered, text, ownerKey, messageId }) => {
      count('questions_asked');
      if (answered) return;
      count('questions_unanswered');
      // Kept only with an owner, who can delete it (deleteUser): a question sent with no one to own it is counted, not kept.
      const clipped = ownerKey ? clip(text) : '';
      await write(() =>
        db.transaction(() => {
          if (clipped && ownerKey) {
            const message = messageHash(ownerKey, messageId);
            if (message) releaseMessage(ownerHash(ownerKey), message);
            statements.unanswered.run({ text: clipped, owner: ownerHash(ownerKey), at: now().toISOString(), dated: datedRef(message, now()), message, mark: refDayMark(now()) });
          }
          purgeIfDue();
        })(),
      );
    },
    recordCheck: async (classification) => count(`check:${classification}`),
    recordFeedback: ({ passageId, useful }) =>
      write(() => void statements.feedback.run(passageId, useful ? 1 : 0, useful ? 0 : 1)),
    recordReport: ({ comment, subject, ownerKey, messageId }) =>
      write(() => {
        const message = messageHash(ownerKey, messageId);
        db.transaction(() => {
          if (ownerKey && message) releaseMessage(ownerHash(ownerKey), message);
          statements.report.run(clip(comment), clip(subject), now().toISOString(), ownerKey ? ownerHash(ownerKey) : null, message);
        })();
        purgeIfDue();
      }),
    claimDelivery: (channel, id, lease) =>
      write(() => {
        purgeIfDue();
        const claimed = statements.claimDelivery.run({ channel, id, at: now().getTime(), until: lease.untilMs, token: lease.token }).changes === 1;
        return claimState(claimed, () => statements.deliveryLease.get(channel, id)?.lease_until === null);
      }),
    // One transaction with the answer kept: no write more than the finish alone (one commit).
    finishDelivery: async (channel, id, keep, token, claimed) => {
      const kept = await write(() =>
        db.transaction(() => {
          const at = now().getTime();
          if (token === undefined) statements.finishDelivery.run(channel, id, at);
          else if (claimed === 'elsewhere') {
            if (statements.finishForeignDelivery.run({ channel, id, at, token }).changes !== 1) return CLAIM_LOST;
          } else if (statements.finishHeldDelivery.run(channel, id, token).changes !== 1) return CLAIM_LOST;
          if (!keep) return undefined;
          if (channel === REPLAY_CHANNEL) statements.expiredReplays.run(at);
          return Number(statements.outboxPut.run(channel, keep.recipient, keep.messages, at, at + keep.leaseMs, keep.ownerKey ? ownerHash(keep.ownerKey) : null, null).lastInsertRowid);
        })(),
      );
      if (kept === CLAIM_LOST) throw new DeliveryClaimLostError();
      return kept;
    },
    outboxPut: ({ channel, recipient, messages, continues }) =>
      write(() => void statements.outboxPut.run(channel, recipient, messages, now().getTime(), 0, null, continues ?? null)),
    outboxTake: (channel, limit, leaseMs) =>
      write(() => {
        const at = now().getTime();
        return outboxItems(statements.outboxTake.all(at + leaseMs, channel, at, limit));
      }),
    outboxDone: (...ids) =>
      write(() => {
        statements.outboxDone.run(JSON.stringify(ids));
        if (ids.some((id) => id <= outboxBeforeErasure)) scrubLog();
      }),
    outboxRest: (id, messages) => write(() => void statements.outboxRest.run(messages, id)),
    outboxRenew: (ids, leaseMs) => write(() => void statements.outboxRenew.run(now().getTime() + leaseMs, JSON.stringify(ids))),
    outboxReplay: (recipient) => read(() => statements.outboxReplay.get(now().getTime(), recipient)),
    releaseDelivery: (channel, id, token) => write(() => void statements.releaseDelivery.run(channel, id, token)),
    renewDelivery: (channel, id, lease) => write(() => statements.renewDelivery.run(lease.untilMs, channel, id, lease.token).changes === 1),
    now,
    markDraftStale: (hash, at) => write(() => void statements.markDraftStale.run(hash, at)),
    staleDrafts: ({ hash, limit, after }) =>
      read(() => {
        if (hash === undefined) return after ? statements.staleDraftsAfter.all(after.at, after.hash, limit) : statements.staleDrafts.all(limit);
        const row = statements.staleDraft.get(hash);
        return row ? [row] : [];
      }),
    staleDraftCleared: (hash, at) => write(() => void statements.staleDraftCleared.run(hash, at)),
    // Round 39: an erasure's mark settled as on PostgreSQL (was kept 6 hours, the user's hash after their erasure). No older
    // process waits on an erasure here: the erasures unsettled are its marks themselves (read in memory only), settled by them.
    unsettledErasures: () => read(() => statements.erasureMarks.all()),
    erasuresSettled: (_ids, marks = []) =>
      write(() =>
        db.transaction(() => {
          for (const mark of marks) {
            if (!mark.hash.startsWith('user:')) continue;
            statements.copiesErased.run(mark.at, mark.hash.slice('user:'.length), mark.at);
            statements.staleDraftCleared.run(mark.hash, mark.at);
          }
          for (const at of new Set(marks.map((mark) => mark.at))) statements.erasureSettled.run(at);
        })(),
      ),
    markCopy: (copy, owner, at) => write(() => void statements.markCopy.run(copy, owner, at, at)),
    copyErasedAt: (copy) => read(() => statements.copyErasedAt.get(copy) ?? undefined),
    copyDone: (copy) => write(() => void statements.copyDone.run(copy)),
    markCheck: (key, step) =>
      write(() => {
        const { hashed, owner } = sessionRow(key);
        if (step === undefined) statements.clearCheck.run(hashed);
        else statements.markCheck.run(hashed, owner, step, now().getTime());
      }),
    markRefused: (channel, delivery) => write(() => void statements.markRefused.run(ownerHash(`${channel}:${delivery}`), now().getTime())),
    wasRefused: (channel, delivery) => read(() => statements.wasRefused.get(ownerHash(`${channel}:${delivery}`), now().getTime() - REDELIVERY_MS) !== undefined),
    checkStep: (key) => read(() => statements.checkStep.get(ownerHash(key), staleDraftCutoff(now()))),
    saveShare: ({ token, passageId, question, ownerKey }) =>
      write(() => void statements.saveShare.run(token, passageId, clip(question), ownerHash(ownerOfSession(ownerKey)), now().toISOString())),
    loadShare: (token) =>
      read(() => {
        const row = statements.loadShare.get(token);
        return row && { passageId: row.passage_id, question: row.question };
      }),
    deleteShare: (token, ownerKey) =>
      write(() => {
        const gone = statements.deleteOwnShare.run(token, ownerHash(ownerOfSession(ownerKey))).changes > 0;
        // Gone from the WAL too, as deleteUser's rows are.
        if (gone) scrubErasure();
        return gone;
      }),
    stats: () =>
      read(() =>
        statsFrom({
          counters: counts.withUnwritten(statements.counters.all()),
          feedback: statements.feedbackTotals.get(),
          unanswered: statements.listUnanswered.all(STORE_DEFAULTS.maxListedUnanswered),
          reports: statements.listReports.all(STORE_DEFAULTS.maxListedReports),
        }),
      ),
    scrubNow: () =>
      write((): ScrubReport => {
        const bytes = () => (inMemory ? 0 : [file, `${file}-wal`].reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0));
        const bytesBefore = bytes();
        purgeExpired();
        // A new copy of the database with the live rows only: no free page and no page of an older layout is left in the
        // file (secure_delete zeroes deleted rows in place; VACUUM also gives their pages back to the disk).
        db.exec('VACUUM');
        scrubLog();
        return {
          purged: purges.total(),
          compacted: inMemory ? [] : [file],
          deferred: scrubPending ? [{ what: `${file}-wal`, why: 'reader' }] : [],
          file: { bytesBefore, bytesAfter: bytes(), secureDelete: db.pragma('secure_delete', { simple: true }) === 1 },
        };
      }),
    close: async () => {
      // Only when there are counts: a close with nothing to write lets go of the file at once, as before.
      if (counts.pending()) await counts.flush().catch((error: unknown) => log?.error('store_counts_lost', { counts: counts.unwritten(), error }));
      counts.stop();
      clearTimeout(scrubTimer);
      if (db.open) db.close();
      if (instanceLock?.open) instanceLock.close();
    },
  };
}
