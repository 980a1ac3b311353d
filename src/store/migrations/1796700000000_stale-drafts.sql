-- Up Migration
-- Stale drafts (as SQLite's schema version 8): a draft write Redis did not take (it was away: an erasure, a newer answer)
-- is remembered by the draft's keyed hash, so no instance reads the older draft left in Redis, also after the process
-- that saw Redis away stopped (src/store/types.ts StaleDraftMarks). Kept at most RETENTION.draftIdleHours.
CREATE TABLE stale_drafts (
  draft TEXT PRIMARY KEY,
  marked_at BIGINT NOT NULL
);
CREATE INDEX stale_drafts_marked ON stale_drafts (marked_at);

-- Down Migration
DROP TABLE stale_drafts;
