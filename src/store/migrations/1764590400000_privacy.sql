-- Up Migration
-- Privacy (as SQLite's schema version 2): reports and unanswered questions carry their sender's keyed
-- hash (HMAC-SHA256 of the private session key under a random key kept in `meta`, never the raw id) so
-- /xoadulieu removes them, and a date for the retention limit; delivery ids of handled updates are
-- remembered so a re-delivery is not answered twice. Texts are masked when written and when shown.
ALTER TABLE reports ADD COLUMN owner TEXT;
CREATE INDEX reports_owner ON reports (owner);
CREATE INDEX reports_created ON reports (created_at);
CREATE TABLE questions_unanswered (
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  count INTEGER NOT NULL,
  last_asked TEXT NOT NULL,
  PRIMARY KEY (text, owner)
);
CREATE INDEX questions_unanswered_owner ON questions_unanswered (owner);
CREATE INDEX questions_unanswered_last ON questions_unanswered (last_asked);
INSERT INTO questions_unanswered (text, owner, count, last_asked)
  SELECT text, '', count, last_asked FROM unanswered_questions;
DROP TABLE unanswered_questions;
CREATE TABLE meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE deliveries (
  channel TEXT NOT NULL,
  id TEXT NOT NULL,
  seen_at BIGINT NOT NULL,
  PRIMARY KEY (channel, id)
);
CREATE INDEX deliveries_seen ON deliveries (seen_at);

-- Down Migration
DROP TABLE deliveries;
DROP TABLE meta;
CREATE TABLE unanswered_questions (
  text TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  last_asked TEXT NOT NULL
);
INSERT INTO unanswered_questions (text, count, last_asked)
  SELECT text, SUM(count), MAX(last_asked) FROM questions_unanswered GROUP BY text;
DROP TABLE questions_unanswered;
DROP INDEX reports_created;
DROP INDEX reports_owner;
ALTER TABLE reports DROP COLUMN owner;
