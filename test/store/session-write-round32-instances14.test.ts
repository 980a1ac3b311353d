/**
 * Round 32 (instances14): a turn's session write in PostgreSQL is one round trip (the user's erasure lock, shared, and the
 * write checked against their erasure, sent as one simple query), was four (BEGIN, lock, write, COMMIT: ×1.3 to ×1.8 a plain
 * upsert, `npm run bench -- session-write`). Its values are written in as literals: what residents type (quotes, a
 * backslash, "$1") comes back as typed. The erasure race it must still lose: test/store/erasure-race-round32-instances13.test.ts.
 */
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DeliveryClaimLostError, groupSessionKey } from '../../src/chat/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const skip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

describe.skipIf(skip !== undefined)(titled('PostgreSQL: a turn\'s session write in one round trip (round 32, instances14)', skip), () => {
  it('"nha tui o \'ap 3\' ko co dien \\ nuoc, $1 trieu" is written in one query and read back as typed; after an erasure refused', async () => {
    const database = await createTestDatabase('sessiononetrip');
    drops.push(database.drop);
    let clock = Date.parse('2026-12-05T09:00:00Z');
    const now = () => new Date(clock);
    const store = await openPostgresStore(database.url, { now });
    drops.push(() => store.close());
    const user = "zalo:u-co-Tu-O'Mon";
    const group = groupSessionKey(user, 'nhom-ap-3');
    const session = { v: 3, step: 'hoi-nha', said: "nha tui o 'ap 3' ko co dien \\ nuoc, $1 trieu \"bển\" hok biet; --" };
    const readAt = now().getTime();
    expect(await store.readSession(group)).toBeUndefined();
    const sent = vi.spyOn(pg.Client.prototype, 'query');
    try {
      await store.writeSession(group, session, { readAt });
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
    expect(await store.readSession(group)).toEqual(session);
    clock += 1000;
    const readAgain = now().getTime();
    await store.readSession(group);
    clock += 1000;
    await store.eraseUser(user);
    await expect(store.writeSession(group, { ...session, step: 'hoi-tinh' }, { readAt: readAgain })).rejects.toBeInstanceOf(DeliveryClaimLostError);
    expect(await store.readSession(group)).toBeUndefined();
  });
});
