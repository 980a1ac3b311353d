/**
 * The stores' tunables in one place, and what every store does the same way (cutting stored texts,
 * counting in memory, assembling the statistics).
 */
import { createHmac } from 'node:crypto';
import { maskPersonalData } from '../privacy/mask.ts';
import { RETENTION } from '../privacy/retention.ts';
import type { Logger } from '../log.ts';
import { messageKey, type DeliveryState, type KeptMessage } from '../chat/ports.ts';
import type { OutboxItem, StoreProblem, StoreProblemReason, StoreStats, UserErasure } from './types.ts';

export const STORE_DEFAULTS = {
  /** Sessions untouched for this long are purged (see RETENTION). */
  sessionTtlDays: RETENTION.sessionDays,
  /** Purging expired sessions at most this often while running (it also runs at open). */
  purgeIntervalMs: 60 * 60 * 1000,
  /**
   * PostgreSQL with several instances: every time a row is stamped with, and every retention cutoff, is the database
   * server's clock (this instance's clock plus the difference measured at open and then this often), so an instance whose
   * clock is ahead neither purges others' rows early nor stamps its own to live longer; a difference over
   * clockSkewWarnMs is logged (`store_clock_skew`).
   */
  clockCheckMs: 10 * 60 * 1000,
  clockSkewWarnMs: 1000,
  /**
   * SQLite: a scrub of the WAL (checkpoint TRUNCATE after an erasure or a purge) that a reader held up is tried
   * again this long after, and at the next purge, until it completes: deleted text is not left in `<file>-wal`.
   */
  scrubRetryMs: 60 * 1000,
  /** PostgreSQL: sessions whose user's erasure this instance remembers as read with them (a turn's write is checked against it). */
  erasuresReadKept: 10_000,
  /** Stored question and comment texts are cut to this length: enough for cadres to read, no more. */
  maxStoredText: 300,
  maxListedUnanswered: 20,
  maxListedReports: 50,
  /** SQLite at start (nothing served yet): how long to wait for another process's lock (a backup, a migration). */
  sqliteOpenBusyTimeoutMs: 5000,
  /**
   * SQLite while serving: better-sqlite3's busy wait blocks the event loop, so give up on another process's
   * write lock after this long and let the caller degrade (answers need no write) instead of freezing everyone.
   */
  sqliteBusyTimeoutMs: 100,
  /**
   * After a write failed because of a passing condition (disk full, lock held elsewhere), later writes fail at
   * once without touching the database, and one write is tried again at most this often: a busy wait on a lock
   * or a full disk is paid once a second, not by every request.
   */
  writeRetryMs: 1000,
  /**
   * Counters (questions asked, checks by class) are kept in memory and written together at most this long
   * after the first unwritten one, and at close (countsInMemory); a killed process (SIGKILL) loses at most this
   * much counting.
   */
  counterFlushMs: 1000,
  /** SQLite at start: PRAGMA quick_check findings kept for the message (the first ones say enough). */
  integrityFindingsShown: 5,
  /** /healthz reports "degraded" until writes have worked again and no write has failed for this long. */
  degradedCoolDownMs: 5000,
  /** PostgreSQL: connections per instance, and how long a request waits for one before failing. */
  pgPoolSize: 10,
  pgConnectTimeoutMs: 3000,
  /**
   * PostgreSQL unreachable when the server starts (it is starting too, a network not up yet): the server runs degraded
   * (messages get the Vietnamese 503, /readyz 503) and tries to open the database (migrations included) this often.
   */
  pgOpenRetryMs: 2000,
  /** PostgreSQL unreachable since the start: the log reminds of it at most this often. */
  pgOpenReminderMs: 60_000,
  /** PostgreSQL: a statement running longer than this is cancelled (the request gets a 503). */
  pgStatementTimeoutMs: 10_000,
  /**
   * PostgreSQL: tables that held erased rows (scrub_pending) are rewritten (VACUUM FULL) at most this often across all
   * instances, within pgScrubHours (a rewrite locks its table for its duration: every chat turn waits for it).
   */
  pgScrubIntervalMs: 10 * 60 * 1000,
  /**
   * PostgreSQL: the hours of the day in Vietnam in which the store's own rewrites run (ERASURE_SCRUB_HOURS): at night,
   * when few chat. Measured (README, Số đo): rewriting 100.000 sessions (46 MB) held every chat turn 2,1 s. The rows are
   * gone from every read at once; their bytes leave the pages by the end of the next window, or at once by
   * `cli privacy scrub`.
   */
  pgScrubHours: { from: 1, to: 5 },
  /**
   * PostgreSQL: a rewrite waits this long for its table's lock (a long query holding it), then is left for the next
   * round; and is cancelled after pgScrubStatementTimeoutMs. Requests on that table queue behind the waiting rewrite
   * for as long (measured: 2 s of 2 s), so it is short.
   */
  pgScrubLockTimeoutMs: 200,
  pgScrubStatementTimeoutMs: 10 * 60 * 1000,
} as const;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An unanswered question as kept (questions_unanswered): its text, its sender's keyed hash, asks, the latest and its message. */
export interface KeptQuestion {
  text: string;
  owner: string;
  count: number;
  lastAsked: string;
  message: string | null;
}

/**
 * The messages that sent a kept question (questions_unanswered.message): every message of its sender whose text is kept as the
 * row's (the same question asked again, or two made alike by a remask), their refs (keyedHash) separated by a space, oldest
 * first, all of them until the row's retention: "Xóa tin này", /xoatin, /api/delete-data on any of them deletes the text, and
 * on no other message (a greeting, an id typed after "/xoatin") it deletes nothing (round 28: the newest 100 only were held, and
 * a message held by no row deleted the questions that had forgotten refs, its own or not). SQL for both stores: `column` the
 * row's refs, `ref` one message's ref (an expression: a parameter, `excluded.message`).
 */
/**
 * A day's mark among a kept question's refs ("@20792": days since 01/01/1970, UTC): the refs after it are of messages sent that
 * day, so each ref is dropped once its message is past RETENTION.unansweredDays (pruneRefs, run by the retention purge), as the
 * row itself is past it since its last ask; refs before any mark (kept before round 29) are as old as the first mark after them,
 * or the row's last ask. Round 29: a question asked again and again kept every message's ref (about 44 bytes each) for as long
 * as it was asked. No ref holds "@" (base64url).
 */
const DAY_MARK = '@';
const dayOf = (at: Date) => Math.floor(at.getTime() / DAY_MS);
/** The day's mark of `at` (questionRefs.with). */
export const refDayMark = (at: Date) => `${DAY_MARK}${dayOf(at)}`;
/** A new row's refs: the message's, after its day's mark (null without a message). */
export const datedRef = (ref: string | null, at: Date) => (ref ? `${refDayMark(at)} ${ref}` : null);

interface DatedRef {
  ref: string;
  day: number | undefined;
}

function datedRefs(message: string | null): DatedRef[] {
  const refs: DatedRef[] = [];
  let day: number | undefined;
  for (const token of message ? message.split(' ') : []) {
    if (token.startsWith(DAY_MARK)) day = Number(token.slice(DAY_MARK.length));
    else if (token) refs.push({ ref: token, day });
  }
  return refs;
}

/** Refs written back, oldest first, each day's mark once; null when none is left. */
function joinRefs(refs: readonly DatedRef[]): string | null {
  const tokens: string[] = [];
  let day: number | undefined;
  for (const { ref, day: sent } of refs) {
    if (sent !== undefined && sent !== day) tokens.push(`${DAY_MARK}${sent}`);
    day = sent ?? day;
    tokens.push(ref);
  }
  return tokens.length > 0 ? tokens.join(' ') : null;
}

/**
 * A kept question's refs without those of messages sent before `cutoff` (RETENTION.unansweredDays ago), or undefined when none
 * goes: what the retention purge writes back, and how many refs went.
 */
export function pruneRefs(message: string | null, lastAsked: string, cutoff: Date): { message: string | null; dropped: number } | undefined {
  const refs = datedRefs(message);
  const firstDay = refs.find((ref) => ref.day !== undefined)?.day ?? dayOf(new Date(lastAsked));
  const kept = refs.filter((ref) => (ref.day ?? firstDay) >= dayOf(cutoff));
  return kept.length === refs.length ? undefined : { message: joinRefs(kept), dropped: refs.length - kept.length };
}

export function questionRefs(dialect: 'sqlite' | 'postgres') {
  const spaced = (sql: string) => `' ' || ${sql} || ' '`;
  const holds = (column: string, ref: string) => `${dialect === 'sqlite' ? 'instr' : 'strpos'}(${spaced(column)}, ${spaced(ref)}) > 0`;
  return {
    holds,
    /** The kept questions of `owner` that the message `ref` sent (both expressions): those holding its ref. */
    sentBy: (owner: string, ref: string) => `owner = ${owner} AND ${holds('message', ref)}`,
    /** The refs without `ref` (NULL when none is left): the message id now names another message (releaseMessage). */
    without: (column: string, ref: string) => `NULLIF(trim(replace(${spaced(column)}, ${spaced(ref)}, ' ')), '')`,
    /** The refs with `ref` added last (once), after the day's `mark` unless the refs hold it (refDayMark); a NULL `ref` adds nothing. */
    with: (column: string, ref: string, mark: string) =>
      `CASE WHEN ${ref} IS NULL THEN ${column} WHEN ${column} IS NULL THEN ${mark} || ' ' || ${ref} WHEN ${holds(column, ref)} THEN ${column}
        ELSE ${column} || ' ' || CASE WHEN ${holds(column, mark)} THEN '' ELSE ${mark} || ' ' END || ${ref} END`,
  };
}

/** A row's refs, oldest first (questionRefs), without their days' marks. */
const refsOf = (message: string | null): string[] => datedRefs(message).map(({ ref }) => ref);

/**
 * Kept questions masked again by today's masker (SQLite's schema 12, PostgreSQL's remask step): each sender's questions that
 * now read alike are one row, their asks counted together, the latest ask kept and every message's ref (questionRefs), so
 * "Xóa tin này" on any of them finds it. Only what changes: the rows to remove (`gone`, by text and sender) and those written
 * in their place.
 */
export function remaskQuestions(rows: readonly KeptQuestion[]): { gone: Array<Pick<KeptQuestion, 'text' | 'owner'>>; merged: KeptQuestion[] } {
  const groups = new Map<string, KeptQuestion[]>();
  for (const row of rows) {
    const key = JSON.stringify([maskPersonalData(row.text), row.owner]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const gone: Array<Pick<KeptQuestion, 'text' | 'owner'>> = [];
  const merged: KeptQuestion[] = [];
  for (const [key, group] of groups) {
    const [text] = JSON.parse(key) as [string];
    if (group.length === 1 && group[0]!.text === text) continue;
    const oldestFirst = [...group].sort((x, y) => x.lastAsked.localeCompare(y.lastAsked));
    const latest = oldestFirst.at(-1)!;
    // Each ref once, with its day: those kept before the marks first, then by day (a stable sort keeps the rows' order).
    const seen = new Set<string>();
    const refs = oldestFirst
      .flatMap((row) => datedRefs(row.message))
      .filter(({ ref }) => !seen.has(ref) && Boolean(seen.add(ref)))
      .sort((x, y) => (x.day ?? -1) - (y.day ?? -1));
    gone.push(...group.map(({ text, owner }) => ({ text, owner })));
    merged.push({ text, owner: latest.owner, count: group.reduce((sum, row) => sum + row.count, 0), lastAsked: latest.lastAsked, message: joinRefs(refs) });
  }
  return { gone, merged };
}

/** Rows a retention purge removed, per table: logged (counts only, no content) so an auditor sees the limits applied. */
export interface PurgedRows {
  sessions: number;
  reports: number;
  unansweredQuestions: number;
  shares: number;
  deliveries: number;
  outbox: number;
  /** Marks of drafts left stale in Redis (StaleDraftMarks) past RETENTION.draftIdleHours. */
  staleDrafts: number;
  /** Checks in progress without consent (ChatStore.markCheck) untouched for RETENTION.draftIdleHours. */
  draftChecks: number;
  /** Updates refused by a channel's per-user limit (RefusedUpdates) past REDELIVERY_MS. */
  refusedUpdates: number;
  /** Refs of messages past RETENTION.unansweredDays taken from the kept questions they sent (pruneRefs; round 29). */
  messageRefs: number;
}

/**
 * The store's purges: `add` logs one `retention_purged` line with the counts per table when a purge removed anything and
 * returns its total; `total` is what every purge since the store opened removed (the one at open included), for the
 * operator's scrub (Store.scrubNow).
 */
export function purgeTally(log: Pick<Logger, 'info'> | undefined) {
  const total: PurgedRows = { sessions: 0, reports: 0, unansweredQuestions: 0, shares: 0, deliveries: 0, outbox: 0, staleDrafts: 0, draftChecks: 0, refusedUpdates: 0, messageRefs: 0 };
  return {
    add(purged: PurgedRows): number {
      const removed = Object.values(purged).reduce((sum, count) => sum + count, 0);
      if (removed > 0) log?.info('retention_purged', { ...purged });
      for (const table of Object.keys(total) as (keyof PurgedRows)[]) total[table] += purged[table];
      return removed;
    },
    total: (): PurgedRows => ({ ...total }),
  };
}

/** The rows an erasure removed (ChatStore.deleteUser's count): an erasure left pending on a damaged page counts one. */
export const erasedRows = (erasure: UserErasure): number =>
  erasure.sessions + erasure.shares + erasure.reports + erasure.questions + erasure.outbox + (erasure.pending ? 1 : 0);

/**
 * Outbox rows older than this (ms since the epoch) are dropped: RETENTION.outboxHours, or sooner when the store keeps
 * sessions a shorter time (`sessionTtlMs`, OpenStoreOptions.sessionTtlDays): an answer, which may quote what its user told,
 * never outlives what the store keeps of that user, in a private chat or a group.
 */
export const outboxCutoff = (now: Date, sessionTtlMs: number = STORE_DEFAULTS.sessionTtlDays * DAY_MS) =>
  now.getTime() - Math.min((RETENTION.outboxHours * DAY_MS) / 24, sessionTtlMs);

/**
 * The channel whose answers kept with a delivery's finish are never sent by a taker, only replayed to a retry of the same
 * request (Outbox.outboxReplay): the web chat's, kept for as long as their lease (WEB_RETRY.keptMs), removed by the next
 * answer kept on that channel or the next purge after it (sealed: their removal queues no rewrite).
 */
export const REPLAY_CHANNEL = 'web';

/**
 * Marks of stale drafts (StaleDraftMarks) and checks in progress without consent (ChatStore.markCheck) older than this (ms
 * since the epoch) are dropped (and a check's mark is no longer read): RETENTION.draftIdleHours, the drafts' own idle time.
 */
export const staleDraftCutoff = (now: Date) => now.getTime() - (RETENTION.draftIdleHours * DAY_MS) / 24;

/**
 * The outbox rows no user's erasure can tell are theirs (Store.outboxUnowned), as SQL: kept with no owner (before the
 * owner column, round 19, or handed to a chat by its id alone) and waiting for a group. One with no owner waiting for a
 * private chat is that chat's user's, and their erasure takes it by its recipient (outboxOf): a Telegram private chat's id
 * is its user's id, a group's is negative (Bot API). Other channels' rows with no owner are counted.
 */
export const UNOWNED_OUTBOX = "owner IS NULL AND NOT (channel = 'telegram' AND recipient NOT LIKE '-%')";

/** Store.outboxUnowned's answer from the rows' count and the newest one's created_at (ms since the epoch; null: none). */
export function unownedOutbox(count: number, newest: number | null, now: Date, sessionTtlMs: number): { count: number; goneBy?: number } {
  return newest === null ? { count } : { count, goneBy: newest + (now.getTime() - outboxCutoff(now, sessionTtlMs)) };
}

/**
 * The outbox rows that are a user's (`channel:userId`, `owner` its keyed hash): answers waiting for their private chat, whose
 * platform chat id is the user id (Telegram, Zalo), and answers to their messages waiting for a group (kept with `owner`).
 */
export function outboxOf(userKey: string, owner: string): { channel: string; recipient: string; owner: string } {
  const colon = userKey.indexOf(':');
  return { channel: userKey.slice(0, colon), recipient: userKey.slice(colon + 1), owner };
}

/**
 * What a delivery claim's write came to, in every store: the claim was written ('claimed'); else the row it
 * met is finished ('done'), or is another's lease still running, also when no row is seen (a claim made at
 * the same moment): 'in-progress'. `finished` is read only when the claim was not written.
 */
export function claimState(claimed: boolean, finished: () => boolean): DeliveryState {
  if (claimed) return 'claimed';
  return finished() ? 'done' : 'in-progress';
}

/** Outbox rows as items: numeric ids (PostgreSQL's BIGSERIAL comes as text), oldest first. */
export function outboxItems(rows: (Omit<OutboxItem, 'id'> & { id: number | string })[]): OutboxItem[] {
  return rows.map((row) => ({ ...row, id: Number(row.id) })).sort((x, y) => x.id - y.id);
}

/** The meta row holding the random key of the keyed hashes (made once per database; `cli db copy` copies it along). */
export const OWNER_HASH_KEY = 'owner_hash_key';

/**
 * The keyed hash (HMAC-SHA256 under the database's random key, meta OWNER_HASH_KEY) every table keeps in place of a user's
 * or a session's key: sessions (`key`, and `owner`, the user key it belongs to), shares (`owner_key`), reports and
 * unanswered questions (`owner`), erasures. The raw id (a web page's session id works as a password) is never stored: a
 * chat finds its own rows by hashing its key again.
 */
export function keyedHash(secret: string): (key: string) => string {
  return (key) => createHmac('sha256', secret).update(key).digest('base64url');
}

/**
 * A message's ref (ChatStore.messageRef: the keyed hash of its sender and id, what its rows keep) and the column value a
 * record takes (null without a sender or an id: no message to delete it by).
 */
export function messageHashes(ownerHash: (key: string) => string) {
  const messageRef = (ownerKey: string, messageId: string) => ownerHash(messageKey(ownerKey, messageId));
  return { messageRef, messageHash: (ownerKey?: string, messageId?: string) => (ownerKey && messageId ? messageRef(ownerKey, messageId) : null) };
}

/** The SQL (both stores) of a user's rows that a message left: ref, kind, text and time, newest first. */
export const MESSAGE_ROWS_SQL = (owner: string) => `
  SELECT message AS ref, 'question' AS kind, text, last_asked AS at FROM questions_unanswered WHERE owner = ${owner} AND message IS NOT NULL
  UNION ALL
  SELECT message AS ref, 'report' AS kind, comment AS text, created_at AS at FROM reports WHERE owner = ${owner} AND message IS NOT NULL
  ORDER BY at DESC`;

/** Those rows as messages (ChatStore.listMessages): one per ref, newest first, at most `limit`; texts masked again. */
export function keptMessages(rows: { ref: string; kind: string; text: string; at: string }[], limit: number): KeptMessage[] {
  const messages = new Map<string, KeptMessage>();
  for (const row of rows) {
    // A question asked in several messages is listed once, under the newest (deleting it deletes the text: questionRefs).
    // Only days' marks left (its messages' ids taken over by others): no message to list.
    const ref = refsOf(row.ref).at(-1);
    if (ref === undefined) continue;
    let message = messages.get(ref);
    if (!message) {
      if (messages.size >= limit) continue;
      message = { ref, at: row.at, questions: [], reports: [] };
      messages.set(ref, message);
    }
    (row.kind === 'report' ? message.reports : message.questions).push(maskPersonalData(row.text));
  }
  return [...messages.values()];
}

/**
 * Rows written before keys were hashed (or, with PostgreSQL, by an instance of an older version during a rolling upgrade)
 * hold the raw key, which always has a ":" (`web:<id>`); a keyed hash (base64url) never does. Such rows are hashed at
 * open and at each purge: `sessions` rows are those with no `owner`, `shares` rows those whose `owner_key` has a ":".
 */
export const RAW_KEY_MARK = ':';

/** Free-typed text as it may be kept: personal data masked (src/privacy/mask.ts), then cut. */
export function clip(text: string): string {
  const trimmed = maskPersonalData(text.trim());
  const max = STORE_DEFAULTS.maxStoredText;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/**
 * Counters (questions asked, checks by class) added up in memory and written together at most every
 * STORE_DEFAULTS.counterFlushMs by `write` (one transaction or statement for all of them), not one write per
 * request. `withUnwritten` adds what is not written yet to rows read from the store; the store's close awaits
 * `flush`. A write that fails keeps its counts for the next try; counting in a closed store throws `closed()`.
 * While the timed writes keep failing, `onFailure` hears of the first failure only, and `onRecovered` of the
 * first write that succeeds after it (with the number of failed tries), so an outage is two log lines, not
 * one a second.
 */
export function countsInMemory(options: {
  write(counts: [name: string, value: number][]): Promise<void>;
  isOpen(): boolean;
  closed(): Error;
  onFailure(error: unknown): void;
  onRecovered(failedTries: number): void;
}) {
  const unwritten = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let failedTries = 0;
  const timed = async (): Promise<void> => {
    try {
      await flush();
      if (failedTries > 0) options.onRecovered(failedTries);
      failedTries = 0;
    } catch (error) {
      if (failedTries++ === 0) options.onFailure(error);
    }
  };
  const later = () => {
    timer ??= setTimeout(() => void timed(), STORE_DEFAULTS.counterFlushMs).unref();
  };
  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (unwritten.size === 0 || !options.isOpen()) return;
    const counts = [...unwritten];
    unwritten.clear();
    try {
      await options.write(counts);
    } catch (error) {
      for (const [name, value] of counts) unwritten.set(name, (unwritten.get(name) ?? 0) + value);
      if (options.isOpen()) later();
      throw error;
    }
  };
  return {
    count(name: string): void {
      if (!options.isOpen()) throw options.closed();
      unwritten.set(name, (unwritten.get(name) ?? 0) + 1);
      later();
    },
    withUnwritten(rows: { name: string; value: number }[]): { name: string; value: number }[] {
      const counters = new Map(rows.map((row) => [row.name, Number(row.value)]));
      for (const [name, value] of unwritten) counters.set(name, (counters.get(name) ?? 0) + value);
      return [...counters].map(([name, value]) => ({ name, value }));
    },
    /** Whether some counts are not written yet. */
    pending: (): boolean => unwritten.size > 0,
    /** The counts not written yet, by name (for the log line of counts lost at close). */
    unwritten: (): Record<string, number> => Object.fromEntries(unwritten),
    flush,
    /** Stops the timer of a later write (the store is closing). */
    stop: () => clearTimeout(timer),
  };
}

/** The cadres' statistics from the rows every store keeps the same way. */
export function statsFrom(rows: {
  counters: { name: string; value: number }[];
  feedback: { useful: number | null; notUseful: number | null } | undefined;
  unanswered: { text: string; count: number; lastAsked: string }[];
  reports: { comment: string; subject: string; createdAt: string }[];
}): StoreStats {
  const counters = new Map(rows.counters.map((row) => [row.name, Number(row.value)]));
  const checksByClass: Record<string, number> = {};
  for (const [name, value] of counters) {
    if (name.startsWith('check:')) checksByClass[name.slice('check:'.length)] = value;
  }
  return {
    questionsAsked: counters.get('questions_asked') ?? 0,
    questionsUnanswered: counters.get('questions_unanswered') ?? 0,
    // Masked again when shown: rows kept before masking existed are shown masked too.
    unansweredQuestions: rows.unanswered.map((row) => ({ ...row, text: maskPersonalData(row.text) })),
    checksByClass,
    feedback: { useful: Number(rows.feedback?.useful ?? 0), notUseful: Number(rows.feedback?.notUseful ?? 0) },
    reports: rows.reports.map((row) => ({ ...row, comment: maskPersonalData(row.comment) })),
  };
}

/**
 * Whether the store's writes work now, for /healthz and to spare the event loop. A passing failure (disk full,
 * a lock held elsewhere, an I/O error) opens a breaker: writes fail at once (`mayWrite` false) except one try
 * every `retryMs`; a write that works closes it. The problem is reported until the breaker is closed and
 * `coolDownMs` passed since the last failure, so a flapping disk does not flap the status. Damage is a fact
 * about the file, not a passing state: it is reported until the server starts on a sound file.
 */
export function writeCondition(options: { now: () => number; retryMs?: number; coolDownMs?: number }) {
  const retryMs = options.retryMs ?? STORE_DEFAULTS.writeRetryMs;
  const coolDownMs = options.coolDownMs ?? STORE_DEFAULTS.degradedCoolDownMs;
  const problems = new Map<StoreProblemReason, StoreProblem & { lastFailure: number }>();
  let open = false;
  let lastTry = 0;
  return {
    /** False while the breaker is open and no retry is due: fail the write without trying. */
    mayWrite(): boolean {
      if (!open) return true;
      if (options.now() - lastTry < retryMs) return false;
      lastTry = options.now();
      return true;
    },
    /** A retry is due while the breaker is open (so an idle server finds out it has recovered). */
    retryDue: () => open && options.now() - lastTry >= retryMs,
    failed(reason: StoreProblemReason, message: string): void {
      const at = options.now();
      const known = problems.get(reason);
      problems.set(reason, { reason, since: known?.since ?? new Date(at).toISOString(), message, lastFailure: at });
      if (reason !== 'damaged') {
        open = true;
        lastTry = at;
      }
    },
    succeeded(): void {
      open = false;
    },
    current(): StoreProblem[] {
      for (const [reason, problem] of problems) {
        if (reason !== 'damaged' && !open && options.now() - problem.lastFailure >= coolDownMs) problems.delete(reason);
      }
      return [...problems.values()].map(({ reason, since, message }) => ({ reason, since, message }));
    },
  };
}

/**
 * What a user's last erasure is kept under (user_erasures, by the store's keyed hash of it): a name of its own, so the row left
 * after /xoadulieu does not carry the owner hash their erased rows carried.
 */
export const erasureName = (userKey: string) => `erasure:${userKey}`;
