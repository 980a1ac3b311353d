import type { ChatStore } from '../chat/ports.ts';
import type { PurgedRows } from './shared.ts';

/**
 * A store behind the chat core's port, plus what the server needs besides the core: the cadres'
 * statistics and closing. Stores keep the least they can: sessions (with interview answers only when
 * the user consented), anonymous counters and feedback, problem reports and shares without user ids.
 */
export interface Store extends ChatStore, Outbox, StaleDraftMarks, RefusedUpdates {
  /** Which engine, for /healthz. */
  readonly backend: 'sqlite' | 'postgres';
  /** The store's clock (StaleDraftMarks.now), also ChatStore.now. */
  now(): Date;
  /**
   * The keyed hash the store keeps in place of a session's or a user's key (shared.ts keyedHash, this database's key):
   * what else names things by a user (Redis keys) uses it too, so no raw id is kept anywhere.
   */
  hashKey(key: string): string;
  /**
   * ChatStore.deleteUser, saying what went by kind: the operator's erasure of one user on request
   * (`npm run cli -- privacy erase`), which tells what was erased.
   */
  eraseUser(userKey: string): Promise<UserErasure>;
  /**
   * Answers waiting in the outbox that name no user (no owner: kept before the outbox had its owner column, round 19, or
   * handed to a chat by its id alone): an erasure cannot tell whose they are, so they go only at RETENTION.outboxHours. Their
   * number, and when the newest of them goes (ms since the epoch), for the operator's erasure to say so.
   */
  outboxUnowned(): Promise<{ count: number; goneBy?: number }>;
  /** True when the database answers a trivial query now (readiness); never throws. */
  ping(): Promise<boolean>;
  /**
   * What does not work now although the database answers (writes failing: disk full, a lock held
   * elsewhere; damaged pages), for /healthz; empty when all is well. Never throws.
   */
  problems(): Promise<StoreProblem[]>;
  stats(): Promise<StoreStats>;
  /**
   * The operator's scrub (`npm run cli -- privacy scrub`): what is past its retention limit removed now, and the bytes of
   * erased rows removed from the files now instead of at the store's next round (SQLite: VACUUM, the WAL truncated;
   * PostgreSQL: the tables queued in scrub_pending rewritten). Never throws for a part left for later: it says so.
   */
  scrubNow(): Promise<ScrubReport>;
  close(): Promise<void>;
}

/** What erasing one user removed (Store.eraseUser): rows by kind. */
export interface UserErasure {
  sessions: number;
  shares: number;
  reports: number;
  questions: number;
  /** Answers waiting in the outbox for the user's private chat or answering them in a group. */
  outbox: number;
  /** SQLite: some rows stood on a damaged page; they are never read again and are deleted at the next start. */
  pending?: boolean;
}

/** What Store.scrubNow did. */
export interface ScrubReport {
  /** Rows every retention purge since the store opened removed (the one at open included), per table. */
  purged: PurgedRows;
  /** What was rewritten with the live rows only: the SQLite file, or PostgreSQL tables. */
  compacted: string[];
  /**
   * Left for later, with why: a table whose lock was not had in time (a long query), a table rewritten while a
   * transaction begun before its last erasure still ran (readers: the erased rows may have been copied), the WAL a
   * reader holds, or another instance's scrub running. Empty when all is done.
   */
  deferred: { what: string; why: 'locked' | 'readers' | 'reader' | 'busy' }[];
  /** SQLite: the file's size (with its WAL) before and after, and whether deleted rows are zeroed (secure_delete). */
  file?: { bytesBefore: number; bytesAfter: number; secureDelete: boolean };
}

/**
 * Draft writes Redis did not take because it was away (src/store/redis.ts): the draft it holds under that name is older
 * than what its user did since (deleted it: /xoadulieu, "Xóa tin này", a check cancelled; or told more), and must not be
 * read by any instance. Kept in the database, which every instance reads and which outlives the process that saw Redis
 * away, until the stale draft is deleted from Redis (by any instance, on Redis's return or at a read), at most
 * RETENTION.draftIdleHours (the draft has expired by then). Named by the draft's keyed hash only (Store.hashKey).
 */
export interface StaleDraftMarks {
  /**
   * The store's clock, which marks are stamped and compared by (PostgreSQL: the database server's, shared by every
   * instance, STORE_DEFAULTS.clockCheckMs): an instance whose own clock is off neither keeps a stale draft readable nor
   * clears a newer instance's mark.
   */
  now(): Date;
  /** The draft named `hash` in Redis is stale since `at` (ms since the epoch): a later mark keeps the later time. */
  markDraftStale(hash: string, at: number): Promise<void>;
  /**
   * The stale drafts not yet deleted from Redis, oldest first (then by name), at most `limit`, those after `after` in that
   * order only (a page: an erasure's mark stays after it is settled); or `hash`'s alone.
   */
  staleDrafts(options: { hash?: string; limit: number; after?: StaleDraft }): Promise<StaleDraft[]>;
  /** Redis no longer holds the stale draft (deleted, or replaced by a newer one): the mark goes, unless marked after `at`. */
  staleDraftCleared(hash: string, at: number): Promise<void>;
  /**
   * PostgreSQL (servers of several rounds on one database): the erasures marked while Redis was away (an erasure's mark,
   * `user:`) that servers of round 36 or older wait on, reading no draft meanwhile (migration
   * 1797600000000_erasures-unsettled.sql), by random ids, nothing linked to a user; and their end, once the drafts every
   * mark names are deleted from Redis. SQLite has no older server beside it (one process a file): its erasures unsettled are
   * the erasures' marks themselves, settled by them (round 39; was none, the marks kept 6 hours).
   */
  unsettledErasures?(): Promise<string[]>;
  /**
   * `ids` end; and each erasure's mark in `marks` (`user:`, as read, settled in Redis past the grace) goes (round 38: was kept
   * 6 hours, a hash of the user after their erasure), the copies of its user made up to it (markCopy) keeping its time alone.
   */
  erasuresSettled?(ids: string[], marks?: StaleDraft[]): Promise<void>;
  /**
   * A copy of a draft held in one server's memory because Redis did not take its write (by a random id, `copy`): its user's
   * keyed hash while it is pending, and when it was last written (a later time kept). An erasure of that user settled since
   * (erasuresSettled) leaves it the erasure's time and no user (copyErasedAt); copyDone when the copy is written or dropped.
   * PostgreSQL (round 38) and SQLite (round 39, where a process opening the file drops the notes of the one before: its
   * copies died with it); without them an erasure's mark is kept until it expires, as before.
   */
  markCopy?(copy: string, owner: string, at: number): Promise<void>;
  copyErasedAt?(copy: string): Promise<number | undefined>;
  copyDone?(copy: string): Promise<void>;
}

/**
 * Telegram/Zalo updates refused by their user's limit (src/channels/user-limit.ts) without Redis: kept in the database, which
 * outlives the process and every instance reads, so the same update delivered again (its 200 lost) after a restart or to
 * another instance is refused again, not answered after its sender was told to slow down. By a keyed hash of the channel
 * and the platform's id only (Store.hashKey), REDELIVERY_MS (the platforms' redelivery window), then purged.
 */
export interface RefusedUpdates {
  markRefused(channel: string, delivery: string): Promise<void>;
  /** True when the update was refused within REDELIVERY_MS. */
  wasRefused(channel: string, delivery: string): Promise<boolean>;
}

/** A draft in Redis older than its user's last change (StaleDraftMarks). */
export interface StaleDraft {
  hash: string;
  /** When the change Redis did not take was made (ms since the epoch). */
  at: number;
}

/** A channel's answer waiting in the outbox: the platform calls still to make, in order. */
export interface OutboxItem {
  id: number;
  channel: string;
  /** The platform's chat id the messages go to. */
  recipient: string;
  /** The channel's own description of its calls (JSON), opaque to the store. */
  messages: string;
}

/**
 * Answers a channel could not hand to its platform before a stop (or within the platform's wait), kept
 * so the next start or another instance sends them. Rows live until sent, at most RETENTION.outboxHours (or the
 * store's session time to live if shorter: shared.ts outboxCutoff), and go with their user's erasure (deleteUser,
 * deleteMessage): answers to their private chat, and those to their messages in a group (kept with their keyed hash).
 */
export interface Outbox {
  /**
   * Keeps an answer; `continues`: the item whose rest it is (handed back as a new item), whose user it keeps, so their
   * erasure takes it as it would have taken that item, and whose time kept, so it goes RETENTION.outboxHours after the
   * answer was first kept, however often its rest is handed back.
   */
  outboxPut(item: Omit<OutboxItem, 'id'> & { continues?: number }): Promise<void>;
  /**
   * Takes up to `limit` of `channel`'s oldest waiting items for `leaseMs`: another taker skips them
   * meanwhile; one not marked sent by then (its taker died) is taken again.
   */
  outboxTake(channel: string, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  /** The items were sent (or handed back as new items): they are removed, together. */
  outboxDone(...ids: number[]): Promise<void>;
  /**
   * The first calls of an item were made: `messages` is what is left (the channel's JSON, as outboxPut's). A taker
   * dying after it (a crash mid-answer) leaves the rest to the next, not the whole answer sent again.
   */
  outboxRest(id: number, messages: string): Promise<void>;
  /**
   * The taker still sends these items (heartbeat): each is left to it `leaseMs` more from now. A taker that died
   * renews nothing, so others take its items once the last lease ran out.
   */
  outboxRenew(ids: number[], leaseMs: number): Promise<void>;
  /**
   * The newest answer kept for `recipient` of a channel that replays its answers instead of sending them (REPLAY_CHANNEL, the
   * web chat: its recipient is the delivery's keyed hash) while its lease runs, or none: a retried request (its answer lost on
   * the way) reaching any instance gets it. Gone at the store's next purge once its lease ran out.
   */
  outboxReplay(recipient: string): Promise<string | undefined>;
}

export interface StoreStats {
  questionsAsked: number;
  questionsUnanswered: number;
  /** Recent unanswered questions, text only (no user ids), newest first. */
  unansweredQuestions: { text: string; count: number; lastAsked: string }[];
  checksByClass: Record<string, number>;
  feedback: { useful: number; notUseful: number };
  reports: { comment: string; subject: string; createdAt: string }[];
}

/**
 * Why the store is degraded: answers keep coming, but something is not saved or not read. `missing`: the SQLite file was
 * removed (or replaced) under the running server; what it writes would go nowhere, until a restart.
 */
export type StoreProblemReason = 'disk_full' | 'locked' | 'io' | 'damaged' | 'missing';

export interface StoreProblem {
  reason: StoreProblemReason;
  /** When it was first seen (ISO 8601). */
  since: string;
  /** For the operator, in Vietnamese: what happens and what to do, naming the file. */
  message: string;
}
