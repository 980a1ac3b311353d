-- Up Migration
-- Delivery leases (as SQLite's schema version 3): a claim is held until lease_until (epoch ms) while its
-- delivery is handled, then finished (lease_until NULL); a claim whose holder died (SIGKILL) is free
-- again once its lease ran out, so the platform's redelivery is answered. Claims kept before are
-- finished ones (NULL).
ALTER TABLE deliveries ADD COLUMN lease_until BIGINT;
ALTER TABLE deliveries ADD COLUMN lease_token TEXT;

-- Down Migration
ALTER TABLE deliveries DROP COLUMN lease_token;
ALTER TABLE deliveries DROP COLUMN lease_until;
