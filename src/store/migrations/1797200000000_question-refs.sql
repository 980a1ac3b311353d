-- Up Migration
-- Round 27 (as SQLite's schema version 13): an unanswered question keeps the refs of every message that sent it, separated by
-- a space (src/store/shared.ts questionRefs), found by owner and substring: an index on the whole list serves no lookup, and a
-- long list exceeds a btree row.
DROP INDEX IF EXISTS questions_unanswered_message;

-- Down Migration
CREATE INDEX questions_unanswered_message ON questions_unanswered (message) WHERE message IS NOT NULL;
