-- Up Migration
-- The erasure scrub waits for the readers of the erased rows (Luật 91/2025/QH15: what a user deletes must really be
-- gone). VACUUM FULL copies into the new files every deleted row a running transaction may still see (one begun before
-- the erasure, in any database of the server: the rewrite's own snapshot is held back by it), so a table rewritten while
-- such a transaction ran kept the erased text, and its queue entry was removed all the same. Each erasure now records
-- its transaction id (the latest one queueing the table); the scrub removes the entry only when every transaction that
-- could see those rows has ended, else the table stays queued for the next scrub. NULL: queued by an older instance.
ALTER TABLE scrub_pending ADD COLUMN erased_by xid8;

-- Down Migration
ALTER TABLE scrub_pending DROP COLUMN erased_by;
