-- Up Migration
-- Outbox (as SQLite's schema version 5): answers a channel could not hand to its platform before a stop
-- (or within the platform's wait), sent at the next start or by another instance. A taker holds an item
-- until lease_until (epoch ms); rows are deleted when sent, at most RETENTION.outboxHours after.
CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  messages TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  lease_until BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX outbox_waiting ON outbox (channel, lease_until);

-- Down Migration
DROP TABLE outbox;
