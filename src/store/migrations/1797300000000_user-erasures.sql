-- Up Migration
-- A user's last erasure (as SQLite's schema version 14): /xoadulieu or `privacy erase`, by the user's keyed hash and its
-- time (the store's clock) only, kept RETENTION.draftIdleHours: a turn of one of their chats that read its session before
-- it, at any instance, writes nothing back after it (SessionWrite.readAt).
CREATE TABLE user_erasures (
  owner TEXT PRIMARY KEY,
  erased_at BIGINT NOT NULL
);
CREATE INDEX user_erasures_at ON user_erasures (erased_at);

-- Down Migration
DROP TABLE user_erasures;
