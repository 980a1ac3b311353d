/**
 * Round 32 (instances13): a resident's erasure at instance A ("xoa het du lieu cua tui") and a turn of theirs at instance B
 * (a group chat, "nha tui 5 nguoi thu nhap 6 trieu") saved at the same moment in PostgreSQL. B's write must not put their
 * data back after the erasure: refused (DeliveryClaimLostError), nothing of theirs left. Made deterministic with a third
 * connection holding the row A's erasure deletes, so A's statement waits mid-way while B writes. Was: B's new group session
 * written while A's erasure ran, unseen by its DELETE (taken before B's row) and B's check unseeing A's erasure (not yet
 * committed): the household left in the database after "Đã xóa".
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DeliveryClaimLostError, groupSessionKey } from '../../src/chat/ports.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { createTestDatabase, postgresUnavailable, titled } from '../services.ts';

const skip = await postgresUnavailable();
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.reverse()) await drop();
});

/** Until `done()` holds (polled), at most 10 s. */
async function until(done: () => Promise<boolean>) {
  const deadline = Date.now() + 10_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Two servers on one new database with one clock (`tick()` moves it a second), and a third connection (`holder`) that can hold
 * the row an erasure deletes.
 */
async function twoServers(name: string) {
  const database = await createTestDatabase(name);
  drops.push(database.drop);
  let clock = Date.parse('2026-12-05T09:00:00Z');
  const now = () => new Date(clock);
  const a = await openPostgresStore(database.url, { now });
  const b = await openPostgresStore(database.url, { now });
  drops.push(() => a.close(), () => b.close());
  const holder = new pg.Client({ connectionString: database.url });
  await holder.connect();
  drops.push(() => holder.end());
  return { a, b, holder, tick: () => (clock += 1000) };
}

describe.skipIf(skip !== undefined)(titled('PostgreSQL: an erasure at A and a turn saved at B at once', skip), () => {
  it('B\'s write while A\'s erasure runs is refused, and nothing of the resident is left', async () => {
    const { a, b, holder, tick } = await twoServers('erasurerace');
    const user = 'zalo:u-chi-Hoa-Soc-Trang';
    const group = groupSessionKey(user, 'nhom-ap-3');
    await a.writeSession(user, { v: 3, step: 'hoi-thu-nhap', said: 'nha tui 5 nguoi thu nhap 6 trieu' });
    const waiting = async (count: number) => {
      const { rows } = await holder.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      return Number(rows[0]!.n) >= count;
    };
    // Something else holds the resident's private session row a moment: A's erasure waits on it, half done.
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM sessions WHERE key = $1 FOR UPDATE', [a.hashKey(user)]);
    tick();
    const erasing = a.eraseUser(user);
    await until(() => waiting(1));
    // Meanwhile B read the group chat's session (none yet) and saves the turn.
    tick();
    const readAt = b.now().getTime();
    expect(await b.readSession(group)).toBeUndefined();
    const writing = b.writeSession(group, { v: 3, step: 'hoi-tinh', said: 'nha tui 5 nguoi thu nhap 6 trieu' }, { readAt }).then(
      () => 'written',
      (error: unknown) => error,
    );
    // B's write is done, or waits for the erasure: either way the erasure then goes on.
    await until(async () => (await waiting(2)) || (await Promise.race([writing, Promise.resolve('pending')])) !== 'pending');
    await holder.query('COMMIT');
    expect((await erasing).sessions).toBe(1);
    expect(await writing).toBeInstanceOf(DeliveryClaimLostError);
    expect(await a.readSession(group)).toBeUndefined();
    expect(await b.readSession(group)).toBeUndefined();
    expect(await b.readSession(user)).toBeUndefined();
  });

  it('B read the session before A\'s erasure committed, its clock later than the erasure\'s: its write is refused', async () => {
    const { a, b, holder, tick } = await twoServers('erasureread');
    const user = 'zalo:u-anh-Ba-Ca-Mau';
    const group = groupSessionKey(user, 'nhom-xa');
    await b.writeSession(group, { v: 3, step: 'hoi-nha', said: 'nha tui o dat muon' });
    await b.writeSession(user, { v: 3, step: 'hoi' });
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM sessions WHERE key = $1 FOR UPDATE', [a.hashKey(user)]);
    const erasing = a.eraseUser(user);
    await until(async () => {
      const { rows } = await holder.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return Number(rows[0]!.n) >= 1;
    });
    // B reads the group session the erasure has not removed yet (not committed), a second after A stamped its erasure.
    tick();
    const readAt = b.now().getTime();
    expect(await b.readSession(group)).toMatchObject({ step: 'hoi-nha' });
    await holder.query('COMMIT');
    expect((await erasing).sessions).toBe(2);
    await expect(b.writeSession(group, { v: 3, step: 'hoi-tinh', said: 'nha tui o dat muon' }, { readAt })).rejects.toBeInstanceOf(DeliveryClaimLostError);
    expect(await a.readSession(group)).toBeUndefined();
  });
});
