-- Up Migration
-- Outbox owner (as SQLite's schema version 9): an answer kept in the outbox carries the keyed hash of the user whose message
-- it answers (src/chat/ports.ts KeptAnswer.ownerKey), so their erasure (/xoadulieu, "Xóa tin này") takes it also when it
-- waits for a group. Rows kept before have none (a group's answer then goes at RETENTION.outboxHours, as before).
ALTER TABLE outbox ADD COLUMN owner TEXT;
CREATE INDEX outbox_owner ON outbox (owner) WHERE owner IS NOT NULL;

-- Down Migration
DROP INDEX outbox_owner;
ALTER TABLE outbox DROP COLUMN owner;
