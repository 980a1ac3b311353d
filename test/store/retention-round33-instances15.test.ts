/**
 * Round 33 (instances15): the retention sweep with two servers on one PostgreSQL database. Both sweep at once (each does at
 * open and while writing, `cli privacy scrub` too): every session past its limit goes, each counted by exactly one server
 * (its `retention_purged` log and scrubNow's totals), the other finding it gone; a session still within its limit stays.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { DAY_MS } from '../../src/store/shared.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const skip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

describe.skipIf(skip !== undefined)(titled('PostgreSQL: the retention sweep run by two servers at once (round 33, instances15)', skip), () => {
  it('30 residents\' sessions past their limit: both servers sweep, 30 go, counted once between them; a fresh one stays', async () => {
    const database = await createTestDatabase('retention15');
    drops.push(database.drop);
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const now = () => new Date(clock);
    const a = await openPostgresStore(database.url, { now, sessionTtlDays: 1 });
    const b = await openPostgresStore(database.url, { now, sessionTtlDays: 1 });
    drops.push(() => a.close(), () => b.close());
    const residents = Array.from({ length: 30 }, (_, index) => `zalo:u-ho-${index}-ap-7`);
    for (const [index, user] of residents.entries()) await (index % 2 === 0 ? a : b).writeSession(user, { v: 3, step: 'hoi-nha', said: 'nha tui 4 nguoi' });
    // Half a day later a new resident's session (a sweep due at that write finds nothing past its limit yet).
    clock += DAY_MS / 2;
    await a.writeSession('zalo:u-chi-moi', { v: 3, step: 'hoi' });
    clock += (3 * DAY_MS) / 4;
    const [fromA, fromB] = await Promise.all([a.scrubNow(), b.scrubNow()]);
    expect(fromA.purged.sessions + fromB.purged.sessions).toBe(residents.length);
    for (const user of residents) expect(await b.readSession(user)).toBeUndefined();
    expect(await b.readSession('zalo:u-chi-moi')).toEqual({ v: 3, step: 'hoi' });
    const again = await Promise.all([a.scrubNow(), b.scrubNow()]);
    expect(again.map((each) => each.purged.sessions)).toEqual([fromA.purged.sessions, fromB.purged.sessions]);
  });
});
