-- Up Migration
-- Round 26 masker (as SQLite's schema version 12): texts kept before held a phone split otherwise than in groups
-- ("0 912 345 678", "0912 - 345 - 678") as typed or as an identity number, and an industrial park's name as typed. SQL cannot
-- mask: this marks the kept texts to be masked again by the store's remask step (src/store/postgres.ts remaskKept), which runs
-- after the migrations, once, under an advisory lock, and removes the mark in the same transaction.
INSERT INTO meta (name, value) VALUES ('remask_pending', 'round26') ON CONFLICT (name) DO UPDATE SET value = excluded.value;

-- Down Migration
DELETE FROM meta WHERE name = 'remask_pending';
