-- Up Migration
-- A statement run under one user's erasure lock in one round trip, its values bound (src/store/postgres.ts oneTripUnderLock):
-- the lock (exclusive for their erasure, shared for a session write) held to the end of the caller's transaction, then the
-- statement, its text from the code (the scrub queued as queueScrub writes it), its parameters $1..$10 the values as text.
-- VOLATILE: the statement's snapshot is taken after the lock is had, so an erasure sees a session written before it and a
-- write after it sees the erasure (test/store/erasure-race-round32-instances13.test.ts). Was a simple query with the values
-- written in as literals: the platform id and the household's answers in pg_stat_activity and the server log.
CREATE FUNCTION under_erasure_lock(exclusive BOOLEAN, erasure TEXT, statement TEXT, params TEXT[]) RETURNS SETOF JSONB
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  found_row RECORD;
BEGIN
  IF exclusive THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(erasure, 32));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended(erasure, 32));
  END IF;
  FOR found_row IN EXECUTE statement
    USING params[1], params[2], params[3], params[4], params[5], params[6], params[7], params[8], params[9], params[10]
  LOOP
    RETURN NEXT to_jsonb(found_row);
  END LOOP;
END
$$;

-- Down Migration
DROP FUNCTION under_erasure_lock(BOOLEAN, TEXT, TEXT, TEXT[]);
