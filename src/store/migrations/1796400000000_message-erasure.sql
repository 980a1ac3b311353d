-- Up Migration
-- Per-message deletion (as SQLite's schema version 7): an unanswered question and a report carry the keyed hash of the
-- message that sent them (src/chat/ports.ts messageKey), so deleteMessage removes what one message left.
ALTER TABLE questions_unanswered ADD COLUMN message TEXT;
ALTER TABLE reports ADD COLUMN message TEXT;
CREATE INDEX questions_unanswered_message ON questions_unanswered (message) WHERE message IS NOT NULL;
CREATE INDEX reports_message ON reports (message) WHERE message IS NOT NULL;

-- Down Migration
DROP INDEX reports_message;
DROP INDEX questions_unanswered_message;
ALTER TABLE reports DROP COLUMN message;
ALTER TABLE questions_unanswered DROP COLUMN message;
