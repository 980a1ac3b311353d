-- Up Migration
-- Hashed keys (as SQLite's schema version 6): sessions and shares keep keyed hashes (src/store/shared.ts keyedHash),
-- never the raw id. A session's key is the hash of its key, `owner` the hash of the user key it belongs to (what
-- /xoadulieu finds); a share's owner_key is its owner's hash. Rows kept before (and rows an instance of an older
-- version writes during a rolling upgrade) are hashed by the store at open and at each purge: the hash's key is in
-- `meta`, not known to SQL. The partial indexes find them.
ALTER TABLE sessions ADD COLUMN owner TEXT;
CREATE INDEX sessions_owner ON sessions (owner);
CREATE INDEX sessions_unhashed ON sessions (key) WHERE owner IS NULL;
CREATE INDEX shares_unhashed ON shares (token) WHERE position(':' in owner_key) > 0;

-- Down Migration
DROP INDEX shares_unhashed;
DROP INDEX sessions_unhashed;
DROP INDEX sessions_owner;
ALTER TABLE sessions DROP COLUMN owner;
