-- Up Migration
-- Refused updates (as SQLite's schema version 11): a Telegram/Zalo update refused by its user's limit without Redis, by the
-- keyed hash of its channel and id only, so a redelivery after a restart or to another instance is refused again
-- (RefusedUpdates). Kept REDELIVERY_MS (the platforms' redelivery window, 24 hours), then purged.
CREATE TABLE refused_updates (
  id TEXT PRIMARY KEY,
  refused_at BIGINT NOT NULL
);
CREATE INDEX refused_updates_at ON refused_updates (refused_at);

-- Down Migration
DROP TABLE refused_updates;
