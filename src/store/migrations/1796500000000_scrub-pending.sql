-- Up Migration
-- Erasure scrub (Luật 91/2025/QH15: what a user deletes must really be gone). A DELETE (and autovacuum after it) leaves
-- the row's bytes in the table's, its TOAST table's and its indexes' pages until they happen to be overwritten. Each
-- statement that erases a user's rows (deleteUser, deleteMessage, an erasing session write, the retention purge, raw keys
-- hashed) queues its tables here in the same statement; the store's scrub (src/store/postgres.ts scrubErased, one
-- instance at a time under an advisory lock) rewrites each queued table (VACUUM FULL: new files holding the live rows
-- only) and removes the entry it handled. Table names only: no user, no text.
CREATE TABLE scrub_pending (
  relation TEXT PRIMARY KEY,
  requested_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- Down Migration
DROP TABLE scrub_pending;
