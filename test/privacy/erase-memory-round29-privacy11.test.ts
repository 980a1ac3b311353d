/**
 * Round 29 (privacy11): a resident who did not consent asked one question ("ho ngheo dc ho tro j v ad": what the answer was
 * about and its choices stay in memory for this chat, never the database), then typed /xoadulieu: that memory went, but the
 * reply said "(hiện không có gì được lưu)". Now it says truthfully what went: the conversation kept in memory for this chat,
 * and that the database kept nothing. One who left nothing anywhere is still told nothing was kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { Reply } from '../../src/chat/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'tro-ly-erase-memory29-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const textOf = (replies: Reply[]) => replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');

describe('/xoadulieu after a question asked without consent', () => {
  it('says the conversation kept in memory for this chat went, not "nothing was kept"', async () => {
    const database = join(dir, 'memory.db');
    const app = await createApp({ databasePath: database });
    try {
      await app.core.handle({ channel: 'telegram', userId: '8801', text: 'ho ngheo dc ho tro j v ad' });
      // Nothing about this user in the database: only the memory of this chat.
      const db = new Database(database, { readonly: true });
      const rows = (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
      db.close();
      expect(rows).toBe(0);
      const erased = textOf(await app.core.handle({ channel: 'telegram', userId: '8801', text: '/xoadulieu' }));
      expect(erased).not.toContain('hiện không có gì được lưu');
      expect(erased).toContain('Đã xóa cả cuộc trò chuyện này mà trợ lý giữ tạm trong bộ nhớ');
      expect(erased).toContain('Trong cơ sở dữ liệu không có gì được lưu về bạn.');
      // The memory is gone: the next /xoadulieu finds nothing, and says so.
      const again = textOf(await app.core.handle({ channel: 'telegram', userId: '8801', text: '/xoadulieu' }));
      expect(again).toContain('(hiện không có gì được lưu)');
      expect(again).not.toContain('giữ tạm trong bộ nhớ');
      // Someone who said nothing before is told nothing was kept.
      const nobody = textOf(await app.core.handle({ channel: 'zalo', userId: 'z-8802', text: '/xoadulieu' }));
      expect(nobody).toContain('(hiện không có gì được lưu)');
    } finally {
      await app.close();
    }
  });

  it('a quick check\'s figures held in its buttons count; the menu alone after /start does not', async () => {
    const app = await createApp({ databasePath: join(dir, 'quick.db') });
    try {
      await app.core.handle({ channel: 'zalo', userId: 'z-8804', text: '/kiemtra nt 1.4tr bhyt' });
      const erased = textOf(await app.core.handle({ channel: 'zalo', userId: 'z-8804', text: '/xoadulieu' }));
      expect(erased).not.toContain('hiện không có gì được lưu');
      expect(erased).toContain('giữ tạm trong bộ nhớ');
      await app.core.handle({ channel: 'zalo', userId: 'z-8805', text: '/start' });
      const menuOnly = textOf(await app.core.handle({ channel: 'zalo', userId: 'z-8805', text: '/xoadulieu' }));
      expect(menuOnly).toContain('(hiện không có gì được lưu)');
    } finally {
      await app.close();
    }
  });

  it('names the household told in memory too', async () => {
    const app = await createApp({ databasePath: join(dir, 'household.db') });
    try {
      await app.core.handle({ channel: 'telegram', userId: '8803', text: 'nha tui 4 nguoi o que thu nhap 5 trieu 1 thang thi la ho gi' });
      const erased = textOf(await app.core.handle({ channel: 'telegram', userId: '8803', text: '/xoadulieu' }));
      expect(erased).not.toContain('hiện không có gì được lưu');
      expect(erased).toContain('thông tin hộ gia đình bạn đã kể');
    } finally {
      await app.close();
    }
  });
});
