-- Up Migration
-- The same tables as the SQLite store (src/store/sqlite.ts), for DATABASE_URL. Reports and counters
-- never carry a user id; sessions and shares are keyed by the channel's user key only.
CREATE TABLE sessions (
  key TEXT PRIMARY KEY,
  value JSONB NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX sessions_updated_at ON sessions (updated_at);
CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
CREATE TABLE unanswered_questions (
  text TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  last_asked TEXT NOT NULL
);
CREATE TABLE feedback (
  passage_id TEXT PRIMARY KEY,
  useful INTEGER NOT NULL DEFAULT 0,
  not_useful INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reports (
  id BIGSERIAL PRIMARY KEY,
  comment TEXT NOT NULL,
  subject TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE shares (
  token TEXT PRIMARY KEY,
  passage_id TEXT NOT NULL,
  question TEXT NOT NULL,
  owner_key TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX shares_owner ON shares (owner_key text_pattern_ops);
CREATE INDEX sessions_key_prefix ON sessions (key text_pattern_ops);

-- Down Migration
DROP TABLE shares;
DROP TABLE reports;
DROP TABLE feedback;
DROP TABLE unanswered_questions;
DROP TABLE counters;
DROP TABLE sessions;
