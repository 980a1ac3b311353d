-- Up Migration
-- Checks without consent (as SQLite's schema version 10): a household check kept without consent (its answers in the
-- DraftStore, never here) is in progress in a conversation, at a step: the conversation's keyed hash, its user's, the step
-- and when, nothing the resident told (ChatStore.markCheck). Kept at most RETENTION.draftIdleHours.
CREATE TABLE draft_checks (
  draft TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  step INTEGER NOT NULL,
  marked_at BIGINT NOT NULL
);
CREATE INDEX draft_checks_owner ON draft_checks (owner);
CREATE INDEX draft_checks_marked ON draft_checks (marked_at);

-- Down Migration
DROP TABLE draft_checks;
