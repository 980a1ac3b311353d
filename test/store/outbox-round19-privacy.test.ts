/**
 * Round 19 (privacy): an answer kept in the outbox for a group (Telegram would not take it) was kept 24 hours whatever the
 * store's retention and whoever asked: a resident's /xoadulieu or "Xóa tin này" left it, quoting what they told, and a
 * store keeping sessions 12 hours kept it 24. Now it carries the keyed hash of the user it answers (KeptAnswer.ownerKey,
 * set by the core), goes with their erasure (also its rest handed back as a new item), and lives no longer than the
 * store's session time to live when that is shorter (shared.ts outboxCutoff). SQLite and PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/store/shared.ts';
import type { Store } from '../../src/store/types.ts';
import { titled } from '../services.ts';
import { storeBackends } from './backends.ts';

const HOUR_MS = DAY_MS / 24;
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const backends = await storeBackends('outbox19', drops);

const ME = 'telegram:5551234';
const GROUP = '-1001234567';
const told = JSON.stringify([{ text: '@chi_Hai hỏi: tui ten nguyen van teo o ap 3 … Bạn cho biết: hộ 4 người, thu nhập 7.200.000 đồng/tháng' }]);
const other = JSON.stringify([{ text: 'trả lời câu hỏi của người khác trong nhóm' }]);
const waiting = async (store: Store) => (await store.outboxTake('telegram', 10, 0)).map((item) => item.messages);

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`answers kept for a group follow their user and the retention: ${backend.name}`, backend.skip), () => {
    it("/xoadulieu takes the answer to 'tui ten nguyen van teo …' waiting for the group, and its rest handed back; others' stay", async () => {
      let at = Date.now();
      const store = await backend.open({ now: () => new Date(at) });
      await store.claimDelivery('telegram', '901', { token: 't1', untilMs: at + 60_000 });
      const kept = await store.finishDelivery('telegram', '901', { recipient: GROUP, messages: told, leaseMs: 0, ownerKey: ME });
      // Telegram took the first message only: the rest goes back as a new item, still the resident's.
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: `${told} (phần còn lại)`, continues: kept! });
      await store.outboxDone(kept!);
      await store.claimDelivery('telegram', '902', { token: 't2', untilMs: at + 60_000 });
      await store.finishDelivery('telegram', '902', { recipient: GROUP, messages: other, leaseMs: 0, ownerKey: 'telegram:5559999' });
      at += 1000;

      expect(await store.deleteUser(ME)).toBe(1);
      expect(await waiting(store)).toEqual([other]);
      if (backend.name === 'SQLite') await store.close();
    });

    it("'Xóa tin này' takes the resident's answers waiting for the group too", async () => {
      const store = await backend.open({ now: () => new Date() });
      await store.recordQuestion({ answered: false, text: 'tui ten nguyen van teo o ap 3, lich cup dien khi nao', ownerKey: ME, messageId: 'm1' });
      await store.claimDelivery('telegram', '903', { token: 't3', untilMs: Date.now() + 60_000 });
      await store.finishDelivery('telegram', '903', { recipient: GROUP, messages: told, leaseMs: 0, ownerKey: ME });
      await store.deleteMessage(ME, store.messageRef(ME, 'm1'));
      expect(await waiting(store)).toEqual([]);
      if (backend.name === 'SQLite') await store.close();
    });

    it('a store keeping sessions 12 hours keeps an answer waiting for a group no longer than that', async () => {
      let at = Date.now();
      const store = await backend.open({ now: () => new Date(at), sessionTtlDays: 0.5 });
      await store.claimDelivery('telegram', '904', { token: 't4', untilMs: at + 60_000 });
      await store.finishDelivery('telegram', '904', { recipient: GROUP, messages: told, leaseMs: 0, ownerKey: ME });
      // The purge runs with session writes at most every STORE_DEFAULTS.purgeIntervalMs (1 h).
      at += 11 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-1', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toEqual([told]);
      at += 2 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-1', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toEqual([]);
      if (backend.name === 'SQLite') await store.close();
    });
  });
}
