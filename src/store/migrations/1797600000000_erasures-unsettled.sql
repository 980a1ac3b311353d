-- Up Migration
-- A rolling upgrade: a server of round 36 or older reads the marks of stale drafts by a conversation's keyed hash alone
-- (`stale_drafts`), and knows no mark of a user's erasure (`user:<keyed hash>`, src/store/redis.ts erasureMark) or only some
-- rounds of it. When /xoadulieu or `privacy erase` was made while Redis was away, a server of round 32 read the user's group
-- drafts left in Redis back until a new server deleted them. A mark keyed by each conversation would hold a hash of the user
-- after the erasure; instead each erasure's mark leaves an unsettled erasure named by a random id and its time only, nothing
-- linked to the user, and older servers read the marks through a view that fails while one is unsettled: such a server reads
-- no draft of anyone meanwhile (each unreadable: a check interrupted, never the erased household read back). A server of
-- round 37 with Redis deletes the drafts every mark names (settleMark), then ends the unsettled erasures it saw before
-- (StaleDraftMarks.unsettledErasures: within REDIS_DEFAULTS.erasureSweepMs + erasureSettleGraceMs, about 3 seconds). One
-- older than RETENTION.draftIdleHours (6 hours, 21600000 ms) no longer counts: every draft older than it has expired in Redis
-- (an older server does not renew a draft it cannot read). test/store/rolling-upgrade-round37-instances19.test.ts.
ALTER TABLE stale_drafts RENAME TO draft_marks;
CREATE TABLE erasures_unsettled (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  marked_at BIGINT NOT NULL
);
CREATE INDEX erasures_unsettled_marked ON erasures_unsettled (marked_at);

CREATE FUNCTION note_unsettled_erasure() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO erasures_unsettled (marked_at) VALUES (NEW.marked_at);
  RETURN NULL;
END
$$;
-- Any server's erasure mark, of this round or an older one (through the view).
CREATE TRIGGER draft_marks_erasure_unsettled AFTER INSERT OR UPDATE ON draft_marks
  FOR EACH ROW WHEN (NEW.draft LIKE 'user:%') EXECUTE FUNCTION note_unsettled_erasure();

-- STABLE and without arguments: evaluated once per statement (a one-time filter), also when no mark matches.
CREATE FUNCTION erasures_settled() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM erasures_unsettled WHERE marked_at >= (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 21600000) THEN
    RAISE EXCEPTION 'an erasure made while Redis was away is not settled yet: no draft is read by a server of round 36 or older'
      USING ERRCODE = '55000';
  END IF;
  RETURN true;
END
$$;
-- Older servers' marks (an automatically updatable view): a new mark goes in; reads, deletions and a mark moved later fail
-- while an erasure is unsettled.
CREATE VIEW stale_drafts AS SELECT draft, marked_at FROM draft_marks WHERE erasures_settled();

-- Down Migration
DROP VIEW stale_drafts;
DROP FUNCTION erasures_settled();
DROP TRIGGER draft_marks_erasure_unsettled ON draft_marks;
DROP FUNCTION note_unsettled_erasure();
DROP TABLE erasures_unsettled;
ALTER TABLE draft_marks RENAME TO stale_drafts;
