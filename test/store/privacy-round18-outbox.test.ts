/**
 * Round 18 (privacy): an answer still waiting in the outbox for a resident's private chat (Telegram away, say) may quote the
 * question they erase or the household facts it told: "Xóa tin này" / "/xoatin n" / the API's delete-data with a messageId
 * take it too, in SQLite and PostgreSQL, instead of keeping it until sent or RETENTION.outboxHours (24 h). Others' answers,
 * and the same id on another channel, stay.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { titled } from '../services.ts';
import { storeBackends } from './backends.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const backends = await storeBackends('outbox18', drops);

for (const backend of backends) {
  describe.skipIf(backend.skip !== undefined)(titled(`erasing one message takes the answers waiting for that resident: ${backend.name}`, backend.skip), () => {
    it("'/xoatin' after 'tui ten nguyen van a o ap 3 xa tan phu …' was answered while Telegram was away", async () => {
      const store = await backend.open();
      const me = 'telegram:5551234';
      const typed = 'tui ten nguyen van a o ap 3 xa tan phu, nha 4 nguoi thu nhap 7tr2, chung nao ra ket qua ho ngheo';
      await store.recordQuestion({ answered: false, text: typed, ownerKey: me, messageId: 'tg-901' });
      // The answer (quoting what was told) could not be handed to Telegram: kept in the outbox.
      await store.outboxPut({ channel: 'telegram', recipient: '5551234', messages: JSON.stringify([{ text: 'Bạn cho biết: hộ 4 người, thu nhập 7.200.000 đồng/tháng …' }]) });
      await store.outboxPut({ channel: 'telegram', recipient: '5559999', messages: JSON.stringify([{ text: 'câu trả lời của người khác' }]) });
      await store.outboxPut({ channel: 'zalo', recipient: '5551234', messages: JSON.stringify([{ text: 'cùng số, kênh khác' }]) });

      expect(await store.deleteMessage(me, store.messageRef(me, 'tg-901'))).toEqual({ questions: 1, asks: 1, reports: 0 });

      const waiting = [...(await store.outboxTake('telegram', 10, 60_000)), ...(await store.outboxTake('zalo', 10, 60_000))];
      expect(waiting.map((item) => `${item.channel}:${item.recipient}`).sort()).toEqual(['telegram:5559999', 'zalo:5551234']);
      expect(JSON.stringify(waiting)).not.toContain('7.200.000');
      if (backend.name === 'SQLite') await store.close();
    });
  });
}
