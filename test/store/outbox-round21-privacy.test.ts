/**
 * Round 21 (privacy): an answer waiting in the outbox lives at most RETENTION.outboxHours (24 h) from when it was kept. A
 * group answer Telegram throttles is sent in pieces: each piece not taken is handed back as the rest of the item
 * (outboxPut `continues`), and that rest was stamped with the time it was handed back, so an answer quoting a resident's
 * household could wait on well past 24 hours, one hand-back after another. SQLite and PostgreSQL.
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

const backends = await storeBackends('outbox21', drops);

const GROUP = '-1009876543';
const answer = (text: string) => JSON.stringify([{ text }]);
const waiting = async (store: Store) => (await store.outboxTake('telegram', 10, 0)).map((item) => item.messages);

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`a group answer handed back in pieces: ${backend.name}`, backend.skip), () => {
    it('goes 24 hours after it was first kept, however often its rest was handed back', async () => {
      let at = Date.now();
      const store = await backend.open({ now: () => new Date(at) });
      const first = await store.finishDelivery('telegram', 'update-21-1', {
        recipient: GROUP,
        messages: answer('@chi_Hai hỏi: nha tui 4 nguoi o ap 3 … Bạn cho biết: hộ 4 người, thu nhập 7.000.000 đồng/tháng'),
        leaseMs: 0,
        ownerKey: 'telegram:5559876',
      });
      // Telegram took the first message 20 hours on (a long throttle, a stop), the rest was handed back.
      at += 20 * HOUR_MS;
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: answer('Hộ gia đình của chị Hai có thể là hộ cận nghèo'), continues: first! });
      await store.outboxDone(first!);
      at += 3 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-21', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toHaveLength(1);
      // 25 hours after the answer was kept: the purge (with writes, at most hourly) takes its rest too.
      at += 2 * HOUR_MS;
      await store.writeSession('web:another-resident-tab-21', { province: 'Vĩnh Long' });
      expect(await waiting(store)).toEqual([]);
      if (backend.name === 'SQLite') await store.close();
    });

    it("keeps the rest's user: their erasure takes it", async () => {
      const store = await backend.open();
      const first = await store.finishDelivery('telegram', 'update-21-2', { recipient: GROUP, messages: answer('@anh_Ba hỏi …'), leaseMs: 0, ownerKey: 'telegram:5550001' });
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: answer('phần còn lại'), continues: first! });
      await store.outboxDone(first!);
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: answer('câu của người khác') });
      expect((await store.eraseUser('telegram:5550001')).outbox).toBe(1);
      expect(await waiting(store)).toEqual([answer('câu của người khác')]);
      if (backend.name === 'SQLite') await store.close();
    });
  });
}

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`the operator's erasure counts only what it cannot tell: ${backend.name}`, backend.skip), () => {
    it("an answer with no owner waiting for a resident's private chat is theirs, not one the erasure cannot tell", async () => {
      const store = await backend.open();
      // Kept with no owner (handed to a chat by its id alone): one for anh Ba's private chat, one for a group.
      await store.outboxPut({ channel: 'telegram', recipient: '5550001', messages: answer('Bạn cho biết: hộ 4 người ở ấp 3') });
      await store.outboxPut({ channel: 'telegram', recipient: GROUP, messages: answer('@chi_Hai hỏi: …') });
      expect((await store.outboxUnowned()).count).toBe(1);
      // Anh Ba's erasure takes the one for his chat; the group's is still the one it cannot tell.
      expect((await store.eraseUser('telegram:5550001')).outbox).toBe(1);
      expect((await store.outboxUnowned()).count).toBe(1);
      if (backend.name === 'SQLite') await store.close();
    });
  });
}
