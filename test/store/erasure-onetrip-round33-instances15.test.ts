/**
 * Round 33 (instances15): a resident's erasure in PostgreSQL ("xoa du lieu cua tui", `privacy erase`) is one round trip: the
 * user's erasure lock, exclusive, and the statement that deletes everything of theirs, sent as one simple query (an implicit
 * transaction holding the lock to its end); was four (BEGIN, lock, statement, COMMIT). What residents typed comes through the
 * literals written in as it was (a quote in a name). The races it must still win against a turn saved at another server:
 * test/store/erasure-race-round32-instances13.test.ts.
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

describe.skipIf(skip !== undefined)(titled('PostgreSQL: an erasure in one round trip (round 33, instances15)', skip), () => {
  it('"xoa du lieu cua tui" of "zalo:u-co-Tu-O\'Mon" is one query; the two servers then read nothing of her, a turn read before is refused', async () => {
    const database = await createTestDatabase('erasureonetrip15');
    drops.push(database.drop);
    let clock = Date.parse('2026-12-06T08:00:00Z');
    const now = () => new Date(clock);
    const a = await openPostgresStore(database.url, { now });
    const b = await openPostgresStore(database.url, { now });
    drops.push(() => a.close(), () => b.close());
    const user = "zalo:u-co-Tu-O'Mon";
    const group = groupSessionKey(user, "nhom-ap-3'; --");
    await a.writeSession(user, { v: 3, step: 'hoi-nha', said: "nha tui o 'ap 3' ko co dien" });
    await b.writeSession(group, { v: 3, step: 'hoi-tinh', said: 'nha tui 5 nguoi' });
    const other = 'zalo:u-anh-Ba-Ca-Mau';
    await a.writeSession(other, { v: 3, step: 'hoi' });
    clock += 1000;
    const readAt = now().getTime();
    expect(await b.readSession(group)).toMatchObject({ step: 'hoi-tinh' });
    clock += 1000;
    const sent = vi.spyOn(pg.Client.prototype, 'query');
    let erased;
    try {
      erased = await a.eraseUser(user);
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
    expect(erased.sessions).toBe(2);
    for (const store of [a, b]) {
      expect(await store.readSession(user)).toBeUndefined();
      expect(await store.readSession(group)).toBeUndefined();
      expect(await store.readSession(other)).toEqual({ v: 3, step: 'hoi' });
    }
    await expect(b.writeSession(group, { v: 3, step: 'hoi-thu-nhap' }, { readAt })).rejects.toBeInstanceOf(DeliveryClaimLostError);
    expect(await a.readSession(group)).toBeUndefined();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 FROM sessions WHERE owner = $1', [a.hashKey(user)])).rowCount).toBe(0);
      expect((await client.query('SELECT 1 FROM user_erasures')).rowCount).toBe(1);
      const queued = (await client.query<{ relation: string }>('SELECT relation FROM scrub_pending')).rows.map((row) => row.relation);
      expect(queued).toContain('sessions');
    } finally {
      await client.end();
    }
  });
});
