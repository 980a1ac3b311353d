/**
 * How long each kind of kept data lives (Luật 91/2025/QH15: no longer than needed). One place for
 * every store (SQLite, PostgreSQL) and for what the chat tells people.
 */
export const RETENTION = {
  /** Sessions untouched this long are purged: long enough to finish a check, short enough to keep little. */
  sessionDays: 30,
  /** "Báo sai" reports: a quarter is enough for cadres to read and act on them. */
  reportDays: 90,
  /** Texts of unanswered questions (to add documents), masked: as long as reports. */
  unansweredDays: 90,
  /**
   * Share links: the question (masked) and which passage it opened. A link lives a quarter, like reports: long enough to
   * pass on, and an answer that old may no longer be the one in force.
   */
  shareDays: 90,
  /**
   * A message typed on the web page that could not be sent (no connection after every try): its text, with nothing of the
   * replies, kept in that browser only (localStorage, with the session's id) to offer "Gửi lại" after a reload or the next
   * visit; dropped once sent, deleted ("Xóa tin này", "Xóa dữ liệu của tôi"), or older than this, as the answers the outbox
   * could not deliver are.
   */
  unsentHours: 24,
  /** Delivery ids of Telegram/Zalo updates already handled: platforms re-deliver within a day. */
  deliveryDays: 7,
  /**
   * How long a platform may deliver an update again (its 200 lost: the instance killed, the connection cut, or a 503):
   * Telegram keeps an update not yet taken at most 24 hours (Bot API, "Getting updates": "Incoming updates are stored on the
   * server until the bot receives them either way, but they will not be kept longer than 24 hours"), webhook or polling; the
   * Zalo Bot Platform is the same API (getUpdates, setWebhook) and is held to the same window. What a channel decided of an
   * update without a claim in the store (refused by the per-user limit: src/channels/user-limit.ts) is remembered this long
   * (a keyed hash of its id only), within deliveryDays.
   */
  redeliveryHours: 24,
  /**
   * Answers kept in the outbox because the platform would not take them before a stop: sent at the next
   * start; one still there after a day is stale (and may echo what the person typed), so it is dropped.
   */
  outboxHours: 24,
  /**
   * Interview drafts of users who did not consent (memory, or Redis with several instances): forgotten after this long
   * without use. A draft erasure Redis did not take (it was away) is remembered in the database as long, no longer: the
   * draft it names has expired by then.
   */
  draftIdleHours: 6,
  /**
   * A household list sent to POST /api/batch is kept only while it is checked (seconds): its temporary folder older than
   * this is a leftover whatever its name says (a folder named before round 21 without its process id, a process id
   * reused by another process, the same pid 1 of every start in a container), removed at start and every hour.
   */
  uploadFolderMinutes: 60,
} as const;

/**
 * How long the web page keeps its session id in the browser (localStorage) after its last use: as long as anything kept under it
 * may still be on the server (the session, a report, an unanswered question, a share link), so "Xóa dữ liệu của tôi" still reaches
 * it; unused longer, the page forgets it and starts with a new one (round 28: it was kept for ever).
 */
export const WEB_SESSION_ID_DAYS = Math.max(RETENTION.sessionDays, RETENTION.reportDays, RETENTION.unansweredDays, RETENTION.shareDays);

/** RETENTION.redeliveryHours in milliseconds: how long a channel's decision on an update is remembered (memory and Redis alike). */
export const REDELIVERY_MS = RETENTION.redeliveryHours * 60 * 60 * 1000;
