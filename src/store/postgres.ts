/**
 * The Store on PostgreSQL (DATABASE_URL), for several instances sharing one database: node-postgres
 * with a pool, the schema by versioned SQL migrations in src/store/migrations (node-pg-migrate, its
 * own table `pgmigrations` and an advisory lock, so two instances starting together migrate once).
 * Same contract as the SQLite store (test/store/contract.ts). A database that cannot be reached
 * rejects with StoreUnavailableError (the request gets a 503 in Vietnamese); the pool reconnects by
 * itself once the server is back.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { DeliveryClaimLostError, ownerOfSession, StoreUnavailableError } from '../chat/ports.ts';
import type { Logger } from '../log.ts';
import { outageLog } from '../outage.ts';
import { maskPersonalData } from '../privacy/mask.ts';
import { REDELIVERY_MS, RETENTION } from '../privacy/retention.ts';
import { withinHours, type HoursOfDay } from '../text/dates.ts';
import {
  claimState,
  clip,
  countsInMemory,
  DAY_MS,
  erasedRows,
  keyedHash,
  keptMessages,
  MESSAGE_ROWS_SQL,
  messageHashes,
  outboxCutoff,
  outboxItems,
  outboxOf,
  REPLAY_CHANNEL,
  OWNER_HASH_KEY,
  purgeTally,
  RAW_KEY_MARK,
  staleDraftCutoff,
  STORE_DEFAULTS,
  statsFrom,
  UNOWNED_OUTBOX,
  unownedOutbox,
  type PurgedRows,
  remaskQuestions,
  type KeptQuestion,
  questionRefs,
  datedRef,
  pruneRefs,
  refDayMark,
  erasureName,
} from './shared.ts';
import type { Store, UserErasure } from './types.ts';

const refs = questionRefs('postgres');

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATIONS_TABLE = 'pgmigrations';
/**
 * The tables an erasure or a retention purge removes people's rows from, which the scrub rewrites (scrub_pending);
 * the only names that reach its VACUUM statement.
 */
const SCRUBBED_TABLES = ['sessions', 'shares', 'reports', 'questions_unanswered', 'outbox'] as const;
type ScrubbedTable = (typeof SCRUBBED_TABLES)[number];
/** The advisory lock one instance's scrub holds (any 64-bit number no other lock of this database uses). */
export const SCRUB_LOCK_ID = '8390328926413693810';
/** The meta row with the time (the database's clock) of the last scrub, which bounds the cadence across instances. */
const SCRUBBED_AT = 'erasure_scrubbed_at';

/**
 * A data-modifying CTE (`scrub_queued`) queueing tables for the scrub in the statement that removes rows: each table
 * with the CTE that deleted from it (queued only when it removed a row), or alone (queued always). An erasure a user asked
 * for (byUser) also marks the outbox rows kept before it (OUTBOX_BEFORE_ERASURE); a retention purge, raw keys hashed and
 * an outbox row sent do not.
 */
function queueScrub(removals: [table: ScrubbedTable, removedBy?: string][], { byUser = true } = {}): string {
  const tables = removals
    .map(([table, removedBy]) => `SELECT '${table}'${removedBy ? ` WHERE EXISTS (SELECT 1 FROM ${removedBy})` : ''}`)
    .join(' UNION ALL ');
  return `scrub_queued AS (INSERT INTO scrub_pending (relation, erased_by) SELECT relation, pg_current_xact_id() FROM (${tables}) AS queued (relation)
    ON CONFLICT (relation) DO UPDATE SET requested_at = excluded.requested_at, erased_by = greatest(scrub_pending.erased_by, excluded.erased_by)
    RETURNING 1)${byUser ? `,
  outbox_marked AS (INSERT INTO meta (name, value)
    SELECT '${OUTBOX_BEFORE_ERASURE}', max(id)::text FROM outbox WHERE EXISTS (SELECT 1 FROM scrub_queued) HAVING max(id) IS NOT NULL
    ON CONFLICT (name) DO UPDATE SET value = greatest(meta.value::bigint, excluded.value::bigint)::text)` : ''}`;
}
/**
 * The meta row with the last outbox row when an erasure was queued (as SQLite's outboxBeforeErasure, for every instance):
 * an answer kept before it (the /xoatin list quoting the question erased) is removed only once sent, after the erasure,
 * so removing it (outboxDone), or rewriting it with the messages still to send (outboxRest), queues the outbox too.
 */
const OUTBOX_BEFORE_ERASURE = 'outbox_before_erasure';
/** The rows of `changed` (a CTE returning outbox ids) kept before the last erasure. */
const keptBeforeErasure = (changed: string) =>
  `kept_before AS (SELECT 1 FROM ${changed} WHERE id <= (SELECT value::bigint FROM meta WHERE name = '${OUTBOX_BEFORE_ERASURE}'))`;
/**
 * The oldest transaction id a running transaction may still need (as text, an xid8): rows deleted by a transaction older
 * than it are dead to every reader, and VACUUM FULL leaves them out of the new files; a row deleted later is copied as
 * "recently dead". The oldest transaction still running in any database of the server (the rewrite's own snapshot waits
 * for it), and the oldest snapshot of a session of this database or of a replication slot (their 32-bit xmin widened
 * against the next transaction id).
 */
const READERS_HORIZON_SQL = `WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::numeric AS running,
                          pg_snapshot_xmax(pg_current_snapshot())::text::numeric AS next),
     xmins AS (SELECT backend_xmin AS xmin FROM pg_stat_activity
               WHERE backend_xmin IS NOT NULL AND (datid IS NULL OR datname = current_database())
               UNION ALL SELECT xmin FROM pg_replication_slots WHERE xmin IS NOT NULL)
  SELECT least(min(running), min(next - mod(mod(next, 4294967296) - xmin::text::numeric + 4294967296, 4294967296)))::text AS horizon
  FROM snapshot LEFT JOIN xmins ON true`;
/**
 * The web chat's kept answers (REPLAY_CHANNEL) whose lease ran out by `at` (a parameter), removed by the finish that keeps a
 * new one: the outbox holds only the answers a retry may still ask for (WEB_RETRY.keptMs of messages), not an hour of them
 * until the next purge, so its dead rows are few and reused by autovacuum. Sealed under ids the database never holds
 * (src/privacy/seal.ts), their bytes left in dead rows read as noise: removing them (here or at a purge) queues no rewrite
 * of the table (VACUUM FULL, scrub_pending), which an erasure asked by the user still queues.
 */
/**
 * A session write's fence (SessionWrite.claim, parameters $from…$from+2: channel, id, token): the delivery's claim still its
 * holder's, its row locked until the statement commits, so a takeover (claimDelivery) waits for the write, or the write for
 * the takeover and then finds the claim gone.
 */
const heldClaim = (from: number) =>
  `held AS (SELECT 1 FROM deliveries WHERE channel = $${from} AND id = $${from + 1} AND lease_token = $${from + 2} AND lease_until IS NOT NULL FOR SHARE)`;
const expiredReplays = (at: string) => `DELETE FROM outbox WHERE channel = '${REPLAY_CHANNEL}' AND lease_until <= ${at}`;
/** Raw-keyed session rows hashed per statement (hashRawKeys). */
const RAW_KEY_BATCH = 1000;

/** SQLSTATE classes and codes meaning "the database is not there right now", not "this query is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3]|57014)/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = 'code' in error ? String(error.code) : '';
  if (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(message);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** Applies the pending migrations (waits for another instance doing the same); returns the names applied. */
export async function migratePostgres(url: string, logger?: Logger): Promise<string[]> {
  const applied = await runner({
    databaseUrl: url,
    dir: MIGRATIONS_DIR,
    migrationsTable: MIGRATIONS_TABLE,
    direction: 'up',
    checkOrder: true,
    advisoryLockMode: 'wait',
    log: () => {},
  });
  const names = applied.map((migration) => migration.name);
  if (names.length > 0) logger?.info('db_migrated', { migrations: names });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const remasked = await remaskKept(client);
    if (remasked) logger?.info('db_remasked', remasked);
  } finally {
    await client.end();
  }
  return names;
}

/** The advisory lock the remask step holds (one instance rewrites; another starting at once waits, then finds it done). */
const REMASK_LOCK_ID = '8390328926413693811';
/**
 * The most values a statement run under a user's erasure lock binds (oneTripUnderLock): the parameters $1..$10 the database
 * function under_erasure_lock (1797400000000_erasure-lock-call.sql) passes it, as text (a value of another type cast where
 * it stands).
 */
const UNDER_LOCK_PARAMS = 10;
/** The meta row a migration sets when kept texts are to be masked again (1797100000000_remask-round26.sql). */
const REMASK_PENDING = 'remask_pending';

/**
 * Masks again the texts kept before today's masker when a migration asked for it (REMASK_PENDING), as SQLite's schema 12 does:
 * reports' comments, shares' questions, and unanswered questions, a sender's that now read alike made one (remaskQuestions).
 * One transaction under an advisory lock: the mark goes with the rewrite, so it is done once, whole or not at all. The tables
 * are queued for the scrub, so the texts as typed leave their pages too. Returns the rows changed, or undefined when not asked.
 */
async function remaskKept(client: pg.Client): Promise<{ reports: number; shares: number; questions: number } | undefined> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [REMASK_LOCK_ID]);
    const { rowCount } = await client.query('DELETE FROM meta WHERE name = $1', [REMASK_PENDING]);
    if (!rowCount) {
      await client.query('COMMIT');
      return undefined;
    }
    const remask = async (table: 'reports' | 'shares', key: 'id' | 'token', column: 'comment' | 'question') => {
      const { rows } = await client.query<{ key: string; text: string }>(`SELECT ${key}::text AS key, ${column} AS text FROM ${table}`);
      const changed = rows.map((row) => ({ key: row.key, text: maskPersonalData(row.text), typed: row.text })).filter((row) => row.text !== row.typed);
      if (changed.length > 0) {
        await client.query(`UPDATE ${table} SET ${column} = changed.text FROM unnest($1::text[], $2::text[]) AS changed (key, text) WHERE ${table}.${key}::text = changed.key`, [
          changed.map((row) => row.key),
          changed.map((row) => row.text),
        ]);
      }
      return changed.length;
    };
    const reports = await remask('reports', 'id', 'comment');
    const shares = await remask('shares', 'token', 'question');
    const { rows } = await client.query<KeptQuestion>('SELECT text, owner, count, last_asked AS "lastAsked", message FROM questions_unanswered');
    const { gone, merged } = remaskQuestions(rows);
    if (gone.length > 0) {
      await client.query('DELETE FROM questions_unanswered AS q USING unnest($1::text[], $2::text[]) AS gone (text, owner) WHERE q.text = gone.text AND q.owner = gone.owner', [
        gone.map((row) => row.text),
        gone.map((row) => row.owner),
      ]);
      await client.query(
        'INSERT INTO questions_unanswered (text, owner, count, last_asked, message) SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[])',
        [merged.map((row) => row.text), merged.map((row) => row.owner), merged.map((row) => row.count), merged.map((row) => row.lastAsked), merged.map((row) => row.message)],
      );
    }
    if (reports + shares + gone.length > 0) {
      await client.query(`WITH ${queueScrub([['reports'], ['shares'], ['questions_unanswered']], { byUser: false })} SELECT 1`);
    }
    await client.query('COMMIT');
    return { reports, shares, questions: gone.length };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export interface OpenPostgresOptions {
  /** The time, as tests set it: taken as it is (no correction by the database's clock). */
  now?: () => Date;
  /** Without `now`: this instance's own clock (ms), corrected by the database server's (STORE_DEFAULTS.clockCheckMs). */
  systemClock?: () => number;
  sessionTtlDays?: number;
  logger?: Logger;
  /** Apply pending migrations first (default true; `cli db migrate` does it on its own). */
  migrate?: boolean;
  poolSize?: number;
  /** How often this instance tries the scrub of erased rows, and the least time between two scrubs of any instance. */
  scrubIntervalMs?: number;
  /** The hours in which this instance's own scrubs run (STORE_DEFAULTS.pgScrubHours); scrubErased and scrubNow run at any time. */
  scrubHours?: HoursOfDay;
}

/**
 * What one scrub did: the tables rewritten, those left for the next (lock not had in time), those rewritten but left
 * queued (waiting: a transaction begun before their last erasure still ran, so its rows may have been copied), or
 * another instance busy.
 */
export interface ScrubOutcome {
  scrubbed: string[];
  deferred: string[];
  waiting: string[];
  /** Another instance holds the scrub's lock (nothing done here), or the last scrub was too recent. */
  skipped?: 'busy' | 'recent';
}

export interface PostgresStore extends Store {
  /** The pool, for `cli db copy` and tests. */
  readonly pool: pg.Pool;
  /**
   * Rewrites now the tables erased rows were removed from (scrub_pending), unless another instance's scrub runs: the
   * erased texts leave the table's, its TOAST table's and its indexes' pages. The store runs it by itself every
   * scrubIntervalMs; erasures are not slowed by it.
   */
  scrubErased(): Promise<ScrubOutcome>;
}

export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  const systemClock = options.systemClock ?? Date.now;
  /** The database server's clock less this instance's (ms), measured (measureClock). */
  let clockSkewMs = 0;
  const now = options.now ?? (() => new Date(systemClock() + clockSkewMs));
  const ttlMs = (options.sessionTtlDays ?? STORE_DEFAULTS.sessionTtlDays) * DAY_MS;
  const logger = options.logger;
  const where = redactUrl(url);

  if (options.migrate !== false) {
    try {
      await migratePostgres(url, logger);
    } catch (error) {
      throw new StoreUnavailableError(
        `Không chuẩn bị được cơ sở dữ liệu PostgreSQL ${where}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? STORE_DEFAULTS.pgPoolSize,
    connectionTimeoutMillis: STORE_DEFAULTS.pgConnectTimeoutMs,
    statement_timeout: STORE_DEFAULTS.pgStatementTimeoutMs,
  });
  // An idle connection dropped by a restarting server is an event, not a crash; the pool replaces it. One line for all the
  // connections a restart drops (code and message), one when a query is answered again (with how many were lost).
  const dropped = outageLog({ lost: 'db_connection_lost', still: 'db_connection_still_lost', back: 'db_connection_back', counted: 'lostConnections' }, STORE_DEFAULTS.pgOpenReminderMs);
  pool.on('error', (error) => logger && dropped.failed(logger, error));

  const unavailable = (error: unknown) =>
    isUnavailable(error) ? new StoreUnavailableError(`Cơ sở dữ liệu PostgreSQL ${where} tạm thời không kết nối được.`, { cause: error }) : error;
  const query = async <Row extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    try {
      const result = await pool.query<Row>(text, values);
      if (logger) dropped.answered(logger);
      return result;
    } catch (error) {
      throw unavailable(error);
    }
  };
  /**
   * `text` run under the user's erasure lock (exclusive for their erasure, shared for a session write) in ONE round trip: the
   * database function under_erasure_lock takes the lock (a transaction's advisory lock, by the keyed hash of erasureName) and
   * runs the statement, its values bound ($1..$10, as text), its snapshot taken after the lock is had, so each sees what the
   * other committed: an erasure's DELETE sees a session written before it, a write after it sees the erasure (was: one
   * statement each, both snapshots taken before the other committed, a session written during an erasure kept after it,
   * test/store/erasure-race-round32-instances13.test.ts). Was four round trips (BEGIN, lock, statement, COMMIT), then (round
   * 33) one simple query with the values written in as literals, the platform id and the household's answers in the SQL text
   * (pg_stat_activity, the server log: test/store/sql-text-round33-priv33.test.ts). The statement's rows (as JSON objects)
   * and their count.
   */
  const oneTripUnderLock = async <Row extends Record<string, unknown> = Record<string, unknown>>(
    mode: 'exclusive' | 'shared',
    erasure: string,
    text: string,
    values: unknown[],
  ): Promise<{ rows: Row[]; rowCount: number }> => {
    if (values.length > UNDER_LOCK_PARAMS) throw new Error(`under_erasure_lock binds ${UNDER_LOCK_PARAMS} values, not ${values.length}`);
    const { rows } = await query<{ found: Row }>('SELECT found FROM under_erasure_lock($1, $2, $3, $4) AS found', [
      mode === 'exclusive',
      erasure,
      text,
      values.map((value) => (value === null || value === undefined ? null : String(value))),
    ]);
    return { rows: rows.map(({ found }) => found), rowCount: rows.length };
  };
  /**
   * The user's erasure (user_erasures.erased_at, '' none) each session was read with, by session key, bounded: a turn's write
   * is refused once it is another (an erasure committed after the read, whatever the clocks said), as well as once one is
   * stamped after SessionWrite.readAt.
   */
  const erasureRead = new Map<string, string>();

  const freshSince = () => now().getTime() - ttlMs;
  const daysAgo = (days: number) => new Date(now().getTime() - days * DAY_MS);
  let lastPurge = 0;
  const purges = purgeTally(logger);
  /**
   * Refs of messages past their retention out of the kept questions they sent (pruneRefs): how many went. A row another
   * instance changed meanwhile is left for the next purge (its refs compared), never written over.
   */
  const pruneMessageRefs = async () => {
    const { rows } = await query<{ text: string; owner: string; message: string; lastAsked: string }>(
      `SELECT text, owner, message, last_asked AS "lastAsked" FROM questions_unanswered WHERE message LIKE '%@%'`,
    );
    const changed = rows.flatMap((row) => {
      const pruned = pruneRefs(row.message, row.lastAsked, daysAgo(RETENTION.unansweredDays));
      return pruned ? [{ ...row, pruned }] : [];
    });
    if (changed.length === 0) return 0;
    const { rows: updated } = await query<{ text: string; owner: string }>(
      `WITH u AS (UPDATE questions_unanswered AS q SET message = v.message
                  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v (text, owner, old, message)
                  WHERE q.text = v.text AND q.owner = v.owner AND q.message = v.old RETURNING q.text, q.owner),
            ${queueScrub([['questions_unanswered', 'u']], { byUser: false })}
       SELECT text, owner FROM u`,
      [changed.map((row) => row.text), changed.map((row) => row.owner), changed.map((row) => row.message), changed.map((row) => row.pruned.message)],
    );
    const done = new Set(updated.map((row) => JSON.stringify([row.text, row.owner])));
    return changed.filter((row) => done.has(JSON.stringify([row.text, row.owner]))).reduce((sum, row) => sum + row.pruned.dropped, 0);
  };
  /** Removes what is past its retention limit (RETENTION): at open, then at most every purgeIntervalMs while writing. */
  const purgeExpired = async () => {
    lastPurge = now().getTime();
    await hashRawKeys();
    const { rows } = await query<Record<keyof PurgedRows, string>>(
      `WITH s AS (DELETE FROM sessions WHERE updated_at < $1 RETURNING 1),
            r AS (DELETE FROM reports WHERE created_at < $2 RETURNING 1),
            q AS (DELETE FROM questions_unanswered WHERE last_asked < $3 RETURNING 1),
            d AS (DELETE FROM deliveries WHERE seen_at < $4 RETURNING 1),
            o AS (DELETE FROM outbox WHERE channel <> '${REPLAY_CHANNEL}' AND created_at < $5 RETURNING 1),
            w AS (${expiredReplays('$8')} RETURNING 1),
            h AS (DELETE FROM shares WHERE created_at < $6 RETURNING 1),
            m AS (DELETE FROM draft_marks WHERE marked_at < $7 RETURNING 1),
            g AS (DELETE FROM erasures_unsettled WHERE marked_at < $7),
            k AS (DELETE FROM draft_copies WHERE marked_at < $7),
            x AS (DELETE FROM erasures_settled WHERE marked_at < $7),
            c AS (DELETE FROM draft_checks WHERE marked_at < $7 RETURNING 1),
            e AS (DELETE FROM user_erasures WHERE erased_at < $7),
            u AS (DELETE FROM refused_updates WHERE refused_at <= $9 RETURNING 1),
            ${queueScrub([['sessions', 's'], ['reports', 'r'], ['questions_unanswered', 'q'], ['outbox', 'o'], ['shares', 'h']], { byUser: false })}
       SELECT (SELECT count(*) FROM s) AS sessions, (SELECT count(*) FROM r) AS reports,
              (SELECT count(*) FROM q) AS "unansweredQuestions", (SELECT count(*) FROM h) AS shares,
              (SELECT count(*) FROM d) AS deliveries, (SELECT count(*) FROM o) + (SELECT count(*) FROM w) AS outbox, (SELECT count(*) FROM m) AS "staleDrafts",
              (SELECT count(*) FROM c) AS "draftChecks", (SELECT count(*) FROM u) AS "refusedUpdates"`,
      [
        freshSince(),
        daysAgo(RETENTION.reportDays).toISOString(),
        daysAgo(RETENTION.unansweredDays).toISOString(),
        daysAgo(RETENTION.deliveryDays).getTime(),
        outboxCutoff(now(), ttlMs),
        daysAgo(RETENTION.shareDays).toISOString(),
        staleDraftCutoff(now()),
        now().getTime(),
        now().getTime() - REDELIVERY_MS,
      ],
    );
    const counts = rows[0]!;
    const messageRefs = await pruneMessageRefs();
    purges.add({
      sessions: Number(counts.sessions),
      reports: Number(counts.reports),
      unansweredQuestions: Number(counts.unansweredQuestions),
      shares: Number(counts.shares),
      deliveries: Number(counts.deliveries),
      outbox: Number(counts.outbox),
      staleDrafts: Number(counts.staleDrafts),
      draftChecks: Number(counts.draftChecks),
      refusedUpdates: Number(counts.refusedUpdates),
      messageRefs,
    });
  };
  const purgeIfDue = async () => {
    if (now().getTime() - lastPurge > STORE_DEFAULTS.purgeIntervalMs) await purgeExpired();
  };
  /**
   * Rows kept with a raw key (before the hashed-keys migration, or written by an older instance during a rolling upgrade):
   * hashed, RAW_KEY_BATCH at a time, each batch one statement (a row another instance hashes at the same moment is
   * hashed once: the raw row is deleted by one of them only).
   */
  const hashRawKeys = async () => {
    for (;;) {
      const { rows } = await query<{ key: string }>('SELECT key FROM sessions WHERE owner IS NULL LIMIT $1', [RAW_KEY_BATCH]);
      if (rows.length === 0) break;
      const raw = rows.map((row) => row.key);
      await query(
        `WITH given AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS given (raw, hashed, owner)),
              gone AS (DELETE FROM sessions USING given WHERE sessions.key = given.raw AND sessions.owner IS NULL
                       RETURNING given.hashed, given.owner, sessions.value, sessions.updated_at),
              ${queueScrub([['sessions', 'gone']], { byUser: false })}
         INSERT INTO sessions (key, value, updated_at, owner) SELECT hashed, value, updated_at, owner FROM gone
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner
         WHERE excluded.updated_at > sessions.updated_at`,
        [raw, raw.map(ownerHash), raw.map((key) => ownerHash(ownerOfSession(key)))],
      );
    }
    const { rows: shares } = await query<{ token: string; ownerKey: string }>(
      `SELECT token, owner_key AS "ownerKey" FROM shares WHERE position('${RAW_KEY_MARK}' in owner_key) > 0`,
    );
    if (shares.length === 0) return;
    // The raw key stays in the row's old version until the table is rewritten.
    await query(
      `WITH ${queueScrub([['shares']], { byUser: false })}
       UPDATE shares SET owner_key = given.owner FROM unnest($1::text[], $2::text[]) AS given (token, owner)
       WHERE shares.token = given.token`,
      [shares.map((share) => share.token), shares.map((share) => ownerHash(ownerOfSession(share.ownerKey)))],
    );
  };
  // Sessions, shares, reports and unanswered questions are linked to their user by an HMAC of the key under a random key
  // made once per database (shared.ts keyedHash; the first instance wins): the raw id is never stored.
  let ownerHash: (key: string) => string;
  /** The keyed hash a message's rows are found by (deleteMessage), when it has a sender and an id. */
  const { messageRef, messageHash } = messageHashes((key) => ownerHash(key));
  /**
   * The difference between the database server's clock and this instance's (halfway through the query): every instance
   * then stamps rows and cuts retention by the one clock they share (STORE_DEFAULTS.clockCheckMs). None when the
   * server's reading falls within the query's round trip (the clocks agree as far as can be told): instances on one
   * machine, or with synchronised clocks, keep their own clock instead of each adding its own share of a slow round trip
   * (tens of ms apart on one loaded machine; 5 s after a 10 s look). Not with a clock set by the caller (tests). Never
   * throws: an unreachable database keeps the last difference.
   */
  const measureClock = async () => {
    if (options.now) return;
    try {
      const before = systemClock();
      // Whole milliseconds cut down, as Date.now() gives them: a cast rounds half up, and a reading rounded past `after` by
      // under a millisecond (a fast round trip) was taken for another clock, the skew half the look's length (CI, 07/12/2026).
      const { rows } = await query<{ ms: string }>('SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS ms');
      const after = systemClock();
      const server = Number(rows[0]!.ms);
      const skew = server >= before && server <= after ? 0 : server - (before + after) / 2;
      if (Math.abs(skew) > STORE_DEFAULTS.clockSkewWarnMs && Math.abs(skew - clockSkewMs) > STORE_DEFAULTS.clockSkewWarnMs) {
        logger?.warn('store_clock_skew', { ms: Math.round(skew), corrected: true });
      }
      clockSkewMs = skew;
    } catch (error) {
      logger?.warn('store_clock_unchecked', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const clockTimer = options.now ? undefined : setInterval(() => void measureClock(), STORE_DEFAULTS.clockCheckMs).unref();
  try {
    await measureClock();
    await query('INSERT INTO meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [OWNER_HASH_KEY, randomBytes(32).toString('base64url')]);
    ownerHash = keyedHash((await query<{ value: string }>('SELECT value FROM meta WHERE name = $1', [OWNER_HASH_KEY])).rows[0]!.value);
    await purgeExpired();
  } catch (error) {
    clearInterval(clockTimer);
    await pool.end();
    throw error;
  }

  const scrubIntervalMs = options.scrubIntervalMs ?? STORE_DEFAULTS.pgScrubIntervalMs;
  /**
   * One scrub (scrubErased): on a connection of its own (its timeouts; the session's advisory lock ends with it), only
   * while no other instance's scrub runs, and only when no scrub of any instance ran within `minGapMs`. Each queued table
   * is rewritten by VACUUM FULL (new files with the live rows, indexes rebuilt, TOAST too; the old files are removed), then
   * its queue entry is removed unless an erasure queued it again meanwhile. Logged by table names and time only.
   */
  const scrub = async (minGapMs: number): Promise<ScrubOutcome> => {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: STORE_DEFAULTS.pgConnectTimeoutMs,
      statement_timeout: STORE_DEFAULTS.pgScrubStatementTimeoutMs,
      lock_timeout: STORE_DEFAULTS.pgScrubLockTimeoutMs,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      const { rows: lock } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [SCRUB_LOCK_ID]);
      if (!lock[0]!.locked) return { scrubbed: [], deferred: [], waiting: [], skipped: 'busy' };
      const { rows: last } = await client.query<{ ago: number }>(
        `SELECT extract(epoch FROM clock_timestamp() - value::timestamptz) * 1000 AS ago FROM meta WHERE name = $1`,
        [SCRUBBED_AT],
      );
      if (last[0] && Number(last[0].ago) < minGapMs) return { scrubbed: [], deferred: [], waiting: [], skipped: 'recent' };
      // Read before the rewrites: their own horizon is at least this one.
      const { rows: horizon } = await client.query<{ horizon: string }>(READERS_HORIZON_SQL);
      // As text: a timestamp read into a JS Date loses its microseconds, and the entry would not match it again.
      const { rows: pending } = await client.query<{ relation: string; requested: string; settled: boolean }>(
        `SELECT relation, requested_at::text AS requested, erased_by IS NULL OR erased_by < $1::xid8 AS settled
         FROM scrub_pending ORDER BY requested_at`,
        [horizon[0]!.horizon],
      );
      const outcome: ScrubOutcome = { scrubbed: [], deferred: [], waiting: [] };
      if (pending.length === 0) return outcome;
      const started = Date.now();
      await client.query(
        `INSERT INTO meta (name, value) VALUES ($1, clock_timestamp()::text) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
        [SCRUBBED_AT],
      );
      for (const { relation, requested, settled } of pending) {
        const table = SCRUBBED_TABLES.find((name) => name === relation);
        try {
          // Rewritten even when not settled: the rows of the earlier erasures leave the files now.
          if (table) await client.query(`VACUUM (FULL) ${table}`);
          else logger?.warn('erasure_scrub_unknown_table', { table: relation });
          if (table && !settled) {
            // A transaction begun before its last erasure still runs: those rows may be in the new files. Queued still.
            outcome.waiting.push(table);
            continue;
          }
          await client.query('DELETE FROM scrub_pending WHERE relation = $1 AND requested_at <= $2::timestamptz', [relation, requested]);
          if (table) outcome.scrubbed.push(table);
        } catch (error) {
          if (isUnavailable(error)) throw error;
          // Its lock not had in time (a long query on the table) or cancelled: the entry stays for the next scrub.
          outcome.deferred.push(relation);
          logger?.warn('erasure_scrub_deferred', { table: relation, code: (error as { code?: string }).code, error });
        }
      }
      logger?.info('erasure_scrubbed', { tables: outcome.scrubbed, deferred: outcome.deferred, waiting: outcome.waiting, ms: Date.now() - started });
      return outcome;
    } finally {
      await client.end().catch(() => {});
    }
  };
  let scrubbing: Promise<unknown> | undefined;
  const scrubHours = options.scrubHours ?? STORE_DEFAULTS.pgScrubHours;
  const scrubTimer = setInterval(() => {
    if (!withinHours(now(), scrubHours)) return;
    scrubbing ??= scrub(scrubIntervalMs)
      .catch((error: unknown) => logger?.warn('erasure_scrub_failed', { error }))
      .finally(() => (scrubbing = undefined));
  }, scrubIntervalMs).unref();

  let closed = false;
  let closing: Promise<void> | undefined;
  // Counted in memory and written in one statement at most every STORE_DEFAULTS.counterFlushMs (as SQLite does):
  // a statement per question or check was a round trip per request. While PostgreSQL is unreachable the
  // counts wait in memory (said once in the log, and once more when they are written) and are written when it is back.
  const counts = countsInMemory({
    write: async (unwritten) =>
      void (await query(
        `INSERT INTO counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
         ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
        [unwritten.map(([name]) => name), unwritten.map(([, value]) => value)],
      )),
    isOpen: () => !closed,
    closed: () => new Error(`Cơ sở dữ liệu PostgreSQL ${where} đã đóng: lượt này không được đếm.`),
    onFailure: (error) => logger?.warn('store_counts_not_written', { error }),
    onRecovered: (failedTries) => logger?.info('store_counts_written_again', { failedTries }),
  });
  /** Everything kept about one user, in one statement, so a failure half-way cannot leave the shares without the sessions or the reverse. */
  const eraseUser = async (userKey: string): Promise<UserErasure> => {
    const outbox = outboxOf(userKey, ownerHash(userKey));
    const erasure = ownerHash(erasureName(userKey));
    const { rows } = await oneTripUnderLock<Record<Exclude<keyof UserErasure, 'pending'>, number>>(
      'exclusive',
      erasure,
      `WITH gone_sessions AS (DELETE FROM sessions WHERE owner = $1 RETURNING 1),
            gone_shares AS (DELETE FROM shares WHERE owner_key = $1 RETURNING 1),
            gone_reports AS (DELETE FROM reports WHERE owner = $1 RETURNING 1),
            gone_questions AS (DELETE FROM questions_unanswered WHERE owner = $1 RETURNING 1),
            gone_outbox AS (DELETE FROM outbox WHERE (channel = $2 AND recipient = $3) OR owner = $1 RETURNING 1),
            gone_checks AS (DELETE FROM draft_checks WHERE owner = $1),
            erased AS (INSERT INTO user_erasures (owner, erased_at) VALUES ($5, $4::bigint)
              ON CONFLICT (owner) DO UPDATE SET erased_at = greatest(user_erasures.erased_at + 1, excluded.erased_at)),
            ${queueScrub([
              ['sessions', 'gone_sessions'],
              ['shares', 'gone_shares'],
              ['reports', 'gone_reports'],
              ['questions_unanswered', 'gone_questions'],
              ['outbox', 'gone_outbox'],
            ])}
       SELECT (SELECT count(*) FROM gone_sessions) AS sessions, (SELECT count(*) FROM gone_shares) AS shares,
              (SELECT count(*) FROM gone_reports) AS reports, (SELECT count(*) FROM gone_questions) AS questions,
              (SELECT count(*) FROM gone_outbox) AS outbox`,
      // Stamped as it is sent (was: once the lock was had, a round trip more): a read it did not see is told by the erasure it
      // read (erasureRead), not by this stamp alone.
      [outbox.owner, outbox.channel, outbox.recipient, now().getTime(), erasure],
    );
    const row = rows[0]!;
    return { sessions: Number(row.sessions), shares: Number(row.shares), reports: Number(row.reports), questions: Number(row.questions), outbox: Number(row.outbox) };
  };

  return {
    backend: 'postgres',
    hashKey: (key) => ownerHash(key),
    pool,
    scrubErased: () => scrub(0),
    scrubNow: async () => {
      await purgeExpired();
      const outcome = await scrub(0);
      return {
        purged: purges.total(),
        compacted: outcome.scrubbed,
        deferred: [
          ...outcome.deferred.map((what) => ({ what, why: 'locked' as const })),
          ...outcome.waiting.map((what) => ({ what, why: 'readers' as const })),
          ...(outcome.skipped === 'busy' ? [{ what: 'scrub_pending', why: 'busy' as const }] : []),
        ],
      };
    },
    ping: async () => {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    // A failing PostgreSQL (refused, disk full: SQLSTATE class 53, …) is "unreachable" here, not degraded: the
    // request gets a 503 and /readyz fails until it is back, so nothing is answered without being saved.
    problems: async () => [],
    readSession: async (key) => {
      // With the user's erasure in the same snapshot (erasureRead): the session read is the one from before it, or none.
      const { rows } = await query<{ value: unknown; updated_at: string | null; erased: string | null }>(
        `SELECT s.value, s.updated_at, (SELECT erased_at::text FROM user_erasures WHERE owner = $2) AS erased
         FROM (SELECT 1) AS one LEFT JOIN sessions s ON s.key = $1`,
        [ownerHash(key), ownerHash(erasureName(ownerOfSession(key)))],
      );
      const row = rows[0];
      erasureRead.delete(key);
      erasureRead.set(key, row?.erased ?? '');
      if (erasureRead.size > STORE_DEFAULTS.erasuresReadKept) erasureRead.delete(erasureRead.keys().next().value!);
      if (!row || row.updated_at === null || Number(row.updated_at) < freshSince()) return undefined;
      return row.value;
    },
    writeSession: async (key, session, options) => {
      const at = now().getTime();
      const fence = options?.claim;
      const readAt = options?.readAt;
      // Erasing (what one message told, deleted): the session's old version stays in the pages until the table is rewritten.
      const ctes = [...(fence ? [heldClaim(5)] : []), ...(options?.erasing ? [queueScrub([['sessions']])] : [])];
      // Its user erased since the turn read it (SessionWrite.readAt; the erasure another than the one read with, erasureRead):
      // nothing of theirs written back.
      const e = fence ? 8 : 5;
      const notErased =
        readAt === undefined
          ? ''
          : `WHERE NOT EXISTS (SELECT 1 FROM user_erasures WHERE owner = $${e + 1} AND (erased_at > $${e}::bigint OR erased_at::text <> $${e + 2}::text))`;
      const erasure = ownerHash(erasureName(ownerOfSession(key)));
      const { rowCount } = await oneTripUnderLock(
        'shared',
        erasure,
        `${ctes.length > 0 ? `WITH ${ctes.join(', ')} ` : ''}INSERT INTO sessions (key, value, updated_at, owner)
         ${fence || readAt !== undefined ? `SELECT $1, $2::jsonb, $3::bigint, $4 ${fence ? 'FROM held' : ''} ${notErased}` : 'VALUES ($1, $2::jsonb, $3::bigint, $4)'}
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, owner = excluded.owner
         RETURNING 1`,
        [
          ownerHash(key),
          JSON.stringify(session),
          at,
          ownerHash(ownerOfSession(key)),
          ...(fence ? [fence.channel, fence.id, fence.token] : []),
          // Read with no erasure known here (another instance's read, forgotten): the stamp alone decides.
          ...(readAt !== undefined ? [readAt, erasure, erasureRead.get(key) ?? null] : []),
        ],
      );
      if ((fence || readAt !== undefined) && rowCount !== 1) {
        if (readAt !== undefined) logger?.warn('session_write_after_erasure_refused', {});
        throw new DeliveryClaimLostError();
      }
      await purgeIfDue();
    },
    deleteSession: async (key, options) => {
      const fence = options?.claim;
      const gone = `gone AS (DELETE FROM sessions WHERE key = $1${fence ? ' AND EXISTS (SELECT 1 FROM held)' : ''} RETURNING 1)`;
      const ctes = [...(fence ? [heldClaim(2)] : []), gone, ...(options?.erasing ? [queueScrub([['sessions', 'gone']])] : [])];
      const { rows } = await query<{ held: boolean }>(
        `WITH ${ctes.join(', ')} SELECT ${fence ? 'EXISTS (SELECT 1 FROM held)' : 'true'} AS held`,
        fence ? [ownerHash(key), fence.channel, fence.id, fence.token] : [ownerHash(key)],
      );
      if (rows[0]?.held !== true) throw new DeliveryClaimLostError();
    },
    deleteUser: async (userKey) => erasedRows(await eraseUser(userKey)),
    eraseUser,
    outboxUnowned: async () => {
      const { rows } = await query<{ count: string; newest: string | null }>(`SELECT count(*) AS count, max(created_at) AS newest FROM outbox WHERE ${UNOWNED_OUTBOX}`);
      const { count, newest } = rows[0]!;
      return unownedOutbox(Number(count), newest === null ? null : Number(newest), now(), ttlMs);
    },
    messageRef,
    deleteMessage: async (ownerKey, message) => {
      // One statement: both kinds go, or neither; with them the answers still waiting for the user (their private chat, or a
      // group their message was answered in: they may quote the message or the household facts it told), as deleteUser's.
      const outbox = outboxOf(ownerKey, ownerHash(ownerKey));
      const { rows } = await query<{ questions: string; asks: string; reports: string }>(
        `WITH q AS (DELETE FROM questions_unanswered WHERE ${refs.sentBy('$1', '$2::text')} RETURNING count),
              r AS (DELETE FROM reports WHERE owner = $1 AND message = $2 RETURNING 1),
              o AS (DELETE FROM outbox WHERE (channel = $3 AND recipient = $4) OR owner = $1 RETURNING 1),
              ${queueScrub([['questions_unanswered', 'q'], ['reports', 'r'], ['outbox', 'o']])}
         SELECT (SELECT count(*) FROM q) AS questions, (SELECT coalesce(sum(count), 0) FROM q) AS asks, (SELECT count(*) FROM r) AS reports`,
        [outbox.owner, message, outbox.channel, outbox.recipient],
      );
      return { questions: Number(rows[0]?.questions ?? 0), asks: Number(rows[0]?.asks ?? 0), reports: Number(rows[0]?.reports ?? 0) };
    },
    listMessages: async (ownerKey, limit) =>
      keptMessages((await query<{ ref: string; kind: string; text: string; at: string }>(MESSAGE_ROWS_SQL('$1'), [ownerHash(ownerKey)])).rows, limit),
    recordQuestion: async ({ answered, text, ownerKey, messageId }) => {
      counts.count('questions_asked');
      if (answered) return;
      counts.count('questions_unanswered');
      // Kept only with an owner, who can delete it (deleteUser): a question sent with no one to own it is counted, not kept.
      const clipped = ownerKey ? clip(text) : '';
      if (clipped && ownerKey) {
        // A message id names one message: rows recorded earlier under it are no longer that message's (one statement).
        await query(
          `WITH released_q AS (UPDATE questions_unanswered SET message = ${refs.without('message', '$4::text')} WHERE owner = $2 AND ${refs.holds('message', '$4::text')} AND text <> $1),
                released_r AS (UPDATE reports SET message = NULL WHERE owner = $2 AND message = $4)
           INSERT INTO questions_unanswered (text, owner, count, last_asked, message) VALUES ($1, $2, 1, $3, $5)
           ON CONFLICT (text, owner) DO UPDATE SET count = questions_unanswered.count + 1, last_asked = excluded.last_asked,
             message = ${refs.with('questions_unanswered.message', '$4::text', '$6::text')}`,
          // The ref after its day's mark (datedRef), dropped at retention (pruneRefs).
          [clipped, ownerHash(ownerKey), now().toISOString(), messageHash(ownerKey, messageId), datedRef(messageHash(ownerKey, messageId), now()), refDayMark(now())],
        );
      }
      await purgeIfDue();
    },
    recordCheck: async (classification) => counts.count(`check:${classification}`),
    recordFeedback: async ({ passageId, useful }) =>
      void (await query(
        `INSERT INTO feedback (passage_id, useful, not_useful) VALUES ($1, $2, $3)
         ON CONFLICT (passage_id) DO UPDATE SET useful = feedback.useful + excluded.useful,
           not_useful = feedback.not_useful + excluded.not_useful`,
        [passageId, useful ? 1 : 0, useful ? 0 : 1],
      )),
    recordReport: async ({ comment, subject, ownerKey, messageId }) => {
      await query(
        `WITH released_q AS (UPDATE questions_unanswered SET message = ${refs.without('message', '$5::text')} WHERE owner = $4 AND ${refs.holds('message', '$5::text')}),
              released_r AS (UPDATE reports SET message = NULL WHERE owner = $4 AND message = $5)
         INSERT INTO reports (comment, subject, created_at, owner, message) VALUES ($1, $2, $3, $4, $5)`, [
        clip(comment),
        clip(subject),
        now().toISOString(),
        ownerKey ? ownerHash(ownerKey) : null,
        messageHash(ownerKey, messageId),
      ]);
      await purgeIfDue();
    },
    claimDelivery: async (channel, id, lease) => {
      // A new claim, or one whose lease ran out taken over; a finished claim (lease_until NULL) stays.
      const { rows } = await query<{ claimed: boolean; finished: boolean | null }>(
        `WITH claimed AS (
           INSERT INTO deliveries (channel, id, seen_at, lease_until, lease_token) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (channel, id) DO UPDATE SET seen_at = excluded.seen_at, lease_until = excluded.lease_until, lease_token = excluded.lease_token
           WHERE deliveries.lease_until IS NOT NULL AND deliveries.lease_until <= excluded.seen_at
           RETURNING 1
         )
         SELECT EXISTS (SELECT 1 FROM claimed) AS claimed,
                (SELECT lease_until IS NULL FROM deliveries WHERE channel = $1 AND id = $2) AS finished`,
        [channel, id, now().getTime(), lease.untilMs, lease.token],
      );
      const row = rows[0];
      // The statement sees the table as it was before it: no row there means a claim made concurrently.
      return claimState(row?.claimed === true, () => row?.finished === true);
    },
    finishDelivery: async (channel, id, keep, token, claimed) => {
      const at = now().getTime();
      if (token !== undefined) {
        // Fenced: only the claim's holder marks it answered (the row locked, so a takeover waits for this or this for it).
        // A claim kept elsewhere (Redis): not over a finish, nor over another claim whose lease runs.
        const fenced =
          claimed === 'elsewhere'
            ? `INSERT INTO deliveries (channel, id, seen_at) VALUES ($1, $2, $4::bigint)
               ON CONFLICT (channel, id) DO UPDATE SET lease_until = NULL, lease_token = NULL
               WHERE deliveries.lease_until IS NOT NULL AND (deliveries.lease_token = $3 OR deliveries.lease_until <= $4::bigint) RETURNING 1`
            : `UPDATE deliveries SET lease_until = NULL, lease_token = NULL
           WHERE channel = $1 AND id = $2 AND lease_token = $3 AND lease_until IS NOT NULL RETURNING 1`;
        if (!keep) {
          if (((await query(fenced, claimed === 'elsewhere' ? [channel, id, token, at] : [channel, id, token])).rowCount ?? 0) !== 1) throw new DeliveryClaimLostError();
          return undefined;
        }
        const { rows } = await query<{ id: string }>(
          `WITH finished AS (${fenced})${channel === REPLAY_CHANNEL ? `, expired AS (${expiredReplays('$4')})` : ''}
           INSERT INTO outbox (channel, recipient, messages, created_at, lease_until, owner)
           SELECT $1, $5, $6, $4::bigint, $7::bigint, $8 WHERE EXISTS (SELECT 1 FROM finished) RETURNING id`,
          [channel, id, token, at, keep.recipient, keep.messages, at + keep.leaseMs, keep.ownerKey ? ownerHash(keep.ownerKey) : null],
        );
        if (rows.length === 0) throw new DeliveryClaimLostError();
        return Number(rows[0]!.id);
      }
      const finish = `INSERT INTO deliveries (channel, id, seen_at) VALUES ($1, $2, $3)
         ON CONFLICT (channel, id) DO UPDATE SET lease_until = NULL, lease_token = NULL`;
      if (!keep) return void (await query(finish, [channel, id, at]));
      // One statement with the answer kept (a data-modifying CTE always runs): one round trip, one transaction. A replayed
      // answer takes the place of those whose lease ran out (expiredReplays).
      const { rows } = await query<{ id: string }>(
        `WITH finished AS (${finish})${channel === REPLAY_CHANNEL ? `, expired AS (${expiredReplays('$3')})` : ''}
         INSERT INTO outbox (channel, recipient, messages, created_at, lease_until, owner) VALUES ($1, $4, $5, $3, $6, $7) RETURNING id`,
        [channel, id, at, keep.recipient, keep.messages, at + keep.leaseMs, keep.ownerKey ? ownerHash(keep.ownerKey) : null],
      );
      return Number(rows[0]!.id);
    },
    outboxPut: async ({ channel, recipient, messages, continues }) =>
      // The rest of an item (`continues`) keeps its user and when it was kept: handing it back never lengthens its retention.
      void (await query(
        `INSERT INTO outbox (channel, recipient, messages, created_at, owner)
         SELECT $1, $2, $3, coalesce(kept.created_at, $4), kept.owner FROM (SELECT 1) AS one LEFT JOIN outbox AS kept ON kept.id = $5`, [
        channel,
        recipient,
        messages,
        now().getTime(),
        continues ?? null,
      ])),
    outboxTake: async (channel, limit, leaseMs) => {
      const at = now().getTime();
      // SKIP LOCKED: two instances taking at once get different items.
      const { rows } = await query<{ id: string; channel: string; recipient: string; messages: string }>(
        `UPDATE outbox SET lease_until = $1 WHERE id IN (
           SELECT id FROM outbox WHERE channel = $2 AND lease_until <= $3 ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED
         ) RETURNING id, channel, recipient, messages`,
        [at + leaseMs, channel, at, limit],
      );
      return outboxItems(rows);
    },
    outboxDone: async (...ids) =>
      void (await query(
        `WITH gone AS (DELETE FROM outbox WHERE id = ANY($1::bigint[]) RETURNING id), ${keptBeforeErasure('gone')},
              ${queueScrub([['outbox', 'kept_before']], { byUser: false })} SELECT 1`,
        [ids],
      )),
    outboxRest: async (id, messages) =>
      void (await query(
        `WITH rest AS (UPDATE outbox SET messages = $1 WHERE id = $2 RETURNING id), ${keptBeforeErasure('rest')},
              ${queueScrub([['outbox', 'kept_before']], { byUser: false })} SELECT 1`,
        [messages, id],
      )),
    outboxRenew: async (ids, leaseMs) =>
      void (await query('UPDATE outbox SET lease_until = $1 WHERE id = ANY($2::bigint[])', [now().getTime() + leaseMs, ids])),
    outboxReplay: async (recipient) => {
      const { rows } = await query<{ messages: string }>(
        `SELECT messages FROM outbox WHERE channel = '${REPLAY_CHANNEL}' AND lease_until > $1 AND recipient = $2 ORDER BY id DESC LIMIT 1`,
        [now().getTime(), recipient],
      );
      return rows[0]?.messages;
    },
    releaseDelivery: async (channel, id, token) =>
      void (await query('DELETE FROM deliveries WHERE channel = $1 AND id = $2 AND lease_token = $3 AND lease_until IS NOT NULL', [
        channel,
        id,
        token,
      ])),
    renewDelivery: async (channel, id, lease) =>
      ((
        await query('UPDATE deliveries SET lease_until = $1 WHERE channel = $2 AND id = $3 AND lease_token = $4 AND lease_until IS NOT NULL', [
          lease.untilMs,
          channel,
          id,
          lease.token,
        ])
      ).rowCount ?? 0) === 1,
    now,
    markDraftStale: async (hash, at) =>
      void (await query(
        `INSERT INTO draft_marks (draft, marked_at) VALUES ($1, $2)
         ON CONFLICT (draft) DO UPDATE SET marked_at = greatest(draft_marks.marked_at, excluded.marked_at)`,
        [hash, at],
      )),
    staleDrafts: async ({ hash, limit, after }) =>
      (
        await query<{ hash: string; at: string }>(
          `SELECT draft AS hash, marked_at AS at FROM draft_marks
           WHERE ($1::text IS NULL OR draft = $1) AND ($3::bigint IS NULL OR (marked_at, draft) > ($3::bigint, $4::text))
           ORDER BY marked_at, draft LIMIT $2`,
          [hash ?? null, limit, after?.at ?? null, after?.hash ?? null],
        )
      ).rows.map((row) => ({ hash: row.hash, at: Number(row.at) })),
    staleDraftCleared: async (hash, at) => void (await query('DELETE FROM draft_marks WHERE draft = $1 AND marked_at <= $2', [hash, at])),
    unsettledErasures: async () => (await query<{ id: string }>('SELECT id FROM erasures_unsettled ORDER BY marked_at')).rows.map((row) => row.id),
    erasuresSettled: async (ids, marks = []) =>
      void (await query('SELECT settle_erasure_marks($1::text[], $2::bigint[], $3::uuid[])', [marks.map((mark) => mark.hash), marks.map((mark) => mark.at), ids])),
    markCopy: async (copy, owner, at) =>
      void (await query(
        `INSERT INTO draft_copies (copy, owner, marked_at, erased_at)
         SELECT $1::text, CASE WHEN settled.at IS NULL THEN $2::text END, $3::bigint, settled.at
         FROM (SELECT max(marked_at) AS at FROM erasures_settled WHERE marked_at >= $3::bigint) AS settled
         ON CONFLICT (copy) DO UPDATE SET marked_at = greatest(draft_copies.marked_at, excluded.marked_at),
           owner = CASE WHEN draft_copies.erased_at IS NULL THEN excluded.owner END`,
        [copy, owner, at],
      )),
    copyErasedAt: async (copy) => {
      const at = (await query<{ at: string | null }>('SELECT erased_at AS at FROM draft_copies WHERE copy = $1', [copy])).rows[0]?.at;
      return at === null || at === undefined ? undefined : Number(at);
    },
    copyDone: async (copy) => void (await query('DELETE FROM draft_copies WHERE copy = $1', [copy])),
    markCheck: async (key, step) => {
      if (step === undefined) return void (await query('DELETE FROM draft_checks WHERE draft = $1', [ownerHash(key)]));
      await query(
        `INSERT INTO draft_checks (draft, owner, step, marked_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (draft) DO UPDATE SET owner = excluded.owner, step = excluded.step, marked_at = excluded.marked_at`,
        [ownerHash(key), ownerHash(ownerOfSession(key)), step, now().getTime()],
      );
    },
    markRefused: async (channel, delivery) =>
      void (await query(
        'INSERT INTO refused_updates (id, refused_at) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET refused_at = excluded.refused_at',
        [ownerHash(`${channel}:${delivery}`), now().getTime()],
      )),
    wasRefused: async (channel, delivery) =>
      (await query('SELECT 1 FROM refused_updates WHERE id = $1 AND refused_at > $2', [ownerHash(`${channel}:${delivery}`), now().getTime() - REDELIVERY_MS])).rows.length > 0,
    checkStep: async (key) =>
      (await query<{ step: number }>('SELECT step FROM draft_checks WHERE draft = $1 AND marked_at >= $2', [ownerHash(key), staleDraftCutoff(now())])).rows[0]?.step,
    saveShare: async ({ token, passageId, question, ownerKey }) =>
      void (await query('INSERT INTO shares (token, passage_id, question, owner_key, created_at) VALUES ($1, $2, $3, $4, $5)', [
        token,
        passageId,
        clip(question),
        ownerHash(ownerOfSession(ownerKey)),
        now().toISOString(),
      ])),
    loadShare: async (token) => {
      const { rows } = await query<{ passageId: string; question: string }>(
        'SELECT passage_id AS "passageId", question FROM shares WHERE token = $1',
        [token],
      );
      return rows[0];
    },
    deleteShare: async (token, ownerKey) => {
      const { rows } = await query<{ gone: string }>(
        `WITH h AS (DELETE FROM shares WHERE token = $1 AND owner_key = $2 RETURNING 1), ${queueScrub([['shares', 'h']])} SELECT count(*) AS gone FROM h`,
        [token, ownerHash(ownerOfSession(ownerKey))],
      );
      return Number(rows[0]?.gone ?? 0) > 0;
    },
    stats: async () => {
      const [counters, feedback, unanswered, reports] = await Promise.all([
        query<{ name: string; value: number }>('SELECT name, value FROM counters'),
        query<{ useful: number | null; notUseful: number | null }>('SELECT SUM(useful) AS useful, SUM(not_useful) AS "notUseful" FROM feedback'),
        query<{ text: string; count: number; lastAsked: string }>(
          `SELECT text, SUM(count)::int AS count, MAX(last_asked) AS "lastAsked" FROM questions_unanswered
           GROUP BY text ORDER BY "lastAsked" DESC, count DESC LIMIT $1`,
          [STORE_DEFAULTS.maxListedUnanswered],
        ),
        query<{ comment: string; subject: string; createdAt: string }>(
          'SELECT comment, subject, created_at AS "createdAt" FROM reports ORDER BY id DESC LIMIT $1',
          [STORE_DEFAULTS.maxListedReports],
        ),
      ]);
      return statsFrom({ counters: counts.withUnwritten(counters.rows), feedback: feedback.rows[0], unanswered: unanswered.rows, reports: reports.rows });
    },
    // Once, however many callers: the counts are written first, then the pool ends.
    close: () =>
      (closing ??= (async () => {
        try {
          // Again while requests still being answered counted during the write.
          while (counts.pending()) await counts.flush();
        } catch (error) {
          logger?.error('store_counts_lost', { counts: counts.unwritten(), error });
        }
        counts.stop();
        clearInterval(scrubTimer);
        clearInterval(clockTimer);
        await scrubbing;
        closed = true;
        await pool.end();
      })()),
  };
}
