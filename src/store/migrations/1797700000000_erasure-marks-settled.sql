-- Up Migration
-- An erasure made while Redis was away (/xoadulieu, `privacy erase`) left `user:<keyed hash of the user>` in draft_marks for
-- RETENTION.draftIdleHours (6 hours): a hash of the resident kept after they asked to be erased, because a server cut off from
-- Redis holding a copy of their draft made before the erasure finds it by that name when it is back. Now each such copy is
-- noted by a random id of the copy (draft_copies: the copy, the keyed hash of its user while it is pending, when it was last
-- written), and a server of round 38 with Redis, once it has deleted the drafts the erasure names and waited out the grace,
-- settles it in one call (settle_erasure_marks): the copies of that user made up to the erasure keep their random id and the
-- erasure's time only (owner gone), the `user:` mark goes, and the unsettled erasures it saw end. A copy's server, back, asks
-- the erasure's mark, then its copy's row: never writes the erased household back. A copy's row goes when its server wrote it
-- to Redis or dropped it, or after 6 hours (the purge). test/store/erasure-settled-round38-instances20.test.ts,
-- test/server/erasure-outage-round38-instances20.test.ts.
CREATE TABLE draft_copies (
  copy TEXT PRIMARY KEY,
  owner TEXT,
  marked_at BIGINT NOT NULL,
  erased_at BIGINT
);
CREATE INDEX draft_copies_owner ON draft_copies (owner) WHERE owner IS NOT NULL;
CREATE INDEX draft_copies_marked ON draft_copies (marked_at);
-- When each erasure settled was made, nothing else: a copy noted only after (its server slow between Redis's failure and the
-- database) but older than one is taken as erased, whoever's it is (a check interrupted rather than a household back).
CREATE TABLE erasures_settled (marked_at BIGINT NOT NULL);
CREATE INDEX erasures_settled_marked ON erasures_settled (marked_at);

-- The `user:` marks are still kept from a server of round 32 or older (which takes one for a draft's mark), but not from the
-- settlement below, which sets assistant.erasure_settling for its own transaction.
CREATE OR REPLACE FUNCTION keep_erasure_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.draft LIKE 'user:%' AND OLD.marked_at >= (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 21600000
     AND current_setting('assistant.erasure_settling', true) IS DISTINCT FROM 'on' THEN
    RETURN NULL;
  END IF;
  RETURN OLD;
END
$$;

-- marks: the `user:` marks settled (names and times, as read), ids: the unsettled erasures seen before they were settled.
CREATE FUNCTION settle_erasure_marks(marks TEXT[], times BIGINT[], ids UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('assistant.erasure_settling', 'on', true);
  UPDATE draft_copies c SET owner = NULL, erased_at = greatest(coalesce(c.erased_at, 0), m.at)
    FROM unnest(marks, times) AS m(draft, at)
    WHERE c.owner = substr(m.draft, 6) AND c.marked_at <= m.at;
  DELETE FROM draft_marks d USING unnest(marks, times) AS m(draft, at) WHERE d.draft = m.draft AND d.marked_at <= m.at;
  DELETE FROM erasures_unsettled WHERE id = ANY(ids);
  INSERT INTO erasures_settled (marked_at) SELECT DISTINCT at FROM unnest(times) AS t(at);
  PERFORM set_config('assistant.erasure_settling', '', true);
END
$$;

-- Down Migration
DROP FUNCTION settle_erasure_marks(TEXT[], BIGINT[], UUID[]);
CREATE OR REPLACE FUNCTION keep_erasure_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.draft LIKE 'user:%' AND OLD.marked_at >= (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 21600000 THEN
    RETURN NULL;
  END IF;
  RETURN OLD;
END
$$;
DROP TABLE erasures_settled;
DROP TABLE draft_copies;
