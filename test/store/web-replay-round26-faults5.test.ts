/**
 * Round 26 (faults5): the web chat keeps each answer of a message sent with its id (POST /api/chat `messageId`) in the
 * outbox, so a retry of that message (its answer lost on a cheap phone's connection) gets the same answer, not a second one.
 * Those rows lived until the hourly purge (an hour of every message's answer in the table), and the purge removing them
 * queued the whole outbox for a rewrite (VACUUM FULL on PostgreSQL) although they are sealed under ids the database never
 * holds. Now a new kept answer takes the place of those whose lease ran out, and removing them queues no rewrite; a retry
 * within the lease still gets its answer, and an erasure asked by the user still queues the rewrite. SQLite and PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { PostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/types.ts';
import { WEB_RETRY } from '../../src/channels/web/routes.ts';
import { titled } from '../services.ts';
import { storeBackends } from './backends.ts';

const MINUTE_MS = 60_000;
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const backends = await storeBackends('replay26', drops);

/** A web tab's message `n` answered, its (sealed) answer kept for a retry as the web routes keep it. */
const answer = (store: Store, tab: string, n: number) => {
  const delivery = store.hashKey(`web:${tab}\u0000tin-${n}`);
  return {
    delivery,
    finish: () => store.finishDelivery('web', delivery, { recipient: delivery, messages: `s1:niem-phong-${n}`, leaseMs: WEB_RETRY.keptMs, ownerKey: `web:${tab}` }),
  };
};

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`web chat answers kept for a retry: ${backend.name}`, backend.skip), () => {
    it('"nha tui 4 nguoi" then "thu nhap 6 trieu" 6 minutes later: only the answers a retry may still ask for stay', async () => {
      let at = Date.now();
      const store = await backend.open({ now: () => new Date(at) });
      const tab = 'r26-faults5-tab-0001';
      const first = answer(store, tab, 1);
      await first.finish();
      expect(await store.outboxReplay(first.delivery)).toBe('s1:niem-phong-1');
      at += WEB_RETRY.keptMs + MINUTE_MS;
      const second = answer(store, tab, 2);
      await second.finish();
      at += MINUTE_MS;
      const third = answer(store, tab, 3);
      await third.finish();
      // A retry of the second or third message (within the lease) still gets its own answer; the first's is gone.
      expect(await store.outboxReplay(second.delivery)).toBe('s1:niem-phong-2');
      expect(await store.outboxReplay(third.delivery)).toBe('s1:niem-phong-3');
      expect(await store.outboxReplay(first.delivery)).toBeUndefined();
      // What the table holds for this tab (the user's erasure counts it): the two answers a retry may ask for, not three.
      expect((await store.eraseUser(`web:${tab}`)).outbox).toBe(2);
      if (backend.name === 'SQLite') await store.close();
    });

    if (backend.name === 'PostgreSQL') {
      it('the purge removing expired web answers queues no rewrite of the outbox; the erasure "xoa du lieu" does', async () => {
        let at = Date.now();
        const store = (await backend.open({ now: () => new Date(at) })) as PostgresStore;
        const queued = async () => (await store.pool.query<{ relation: string }>('SELECT relation FROM scrub_pending')).rows.map((row) => row.relation);
        const tab = 'r26-faults5-tab-0002';
        await answer(store, tab, 1).finish();
        await answer(store, 'r26-faults5-tab-0003', 1).finish();
        // Two hours on, a write: the purge (at most hourly) removes both expired answers.
        at += 2 * 60 * MINUTE_MS;
        await store.writeSession('web:r26-faults5-other-tab', { province: 'Vĩnh Long' });
        expect(await store.eraseUser(`web:r26-faults5-tab-0003`)).toMatchObject({ outbox: 0 });
        expect(await queued()).not.toContain('outbox');
        // An answer the user erases while its lease runs: the outbox is queued, as before.
        await answer(store, tab, 2).finish();
        expect((await store.eraseUser(`web:${tab}`)).outbox).toBe(1);
        expect(await queued()).toContain('outbox');
      });
    }
  });
}
