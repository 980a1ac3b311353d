-- Up Migration
-- A user's erasure made while Redis was away leaves a mark in stale_drafts named `user:<keyed hash of the user>`
-- (src/store/redis.ts erasureMark). It is kept until it expires: RETENTION.draftIdleHours (6 hours, 21600000 ms, by the
-- database's clock, which every mark is stamped by), when every copy older than it held in some server's memory has expired
-- too. An older server during a rolling upgrade (round 32 or before) takes it for a draft's mark and deletes it at once
-- without deleting the user's group drafts: such a delete is skipped for a mark younger than that. The retention purge
-- (marked_at older than 6 hours) goes through. Was: cleared by the first server settling it, the erased household written
-- back by a server holding an older copy (test/store/erasure-marks-round34-instances16.test.ts).
CREATE FUNCTION keep_erasure_marks() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.draft LIKE 'user:%' AND OLD.marked_at >= (extract(epoch FROM clock_timestamp()) * 1000)::bigint - 21600000 THEN
    RETURN NULL;
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER stale_drafts_keep_erasures BEFORE DELETE ON stale_drafts FOR EACH ROW EXECUTE FUNCTION keep_erasure_marks();

-- Down Migration
DROP TRIGGER stale_drafts_keep_erasures ON stale_drafts;
DROP FUNCTION keep_erasure_marks();
