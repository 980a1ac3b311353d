/**
 * Round 7: what residents type about their own data — deleting it in their own words, and what the assistant keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readRequest } from '../../src/chat/input.ts';
import { openHarness, type Harness } from '../chat/harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const CONFIRM = 'Bạn muốn xóa toàn bộ dữ liệu trợ lý lưu về bạn';

describe('deleting in residents\' words reaches the confirm-deletion flow (round 7)', () => {
  it.each(['tui muon xoa thong tin ho ngheo cua nha tui', 'xoa gium tui thong tin da khai', 'ko muon luu thong tin nua', 'Tôi không muốn lưu thông tin nữa'])(
    'reads a request to delete: %s',
    (text) => expect(readRequest(text)).toBe('deleteData'),
  );

  it.each(['dung xoa', 'xoa ho ngheo la sao', 'dung xoa thong tin cua tui', 'khi nao nha tui bi xoa khoi ho ngheo', 'xoa ten ho ngheo cua nha tui thi sao', 'bot co luu j cua tui ko'])(
    'reads no request: %s',
    (text) => expect(readRequest(text)).toBeUndefined(),
  );

  it('asks yes/no for plain words and deletes nothing until yes; /xoadulieu deletes at once', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra');
    await harness.say('1');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
    for (const text of ['tui muon xoa thong tin ho ngheo cua nha tui', 'ko muon luu thong tin nua']) {
      const asked = await harness.say(text);
      expect(asked.text, text).toContain(CONFIRM);
      // Deleting here is no request to leave the commune's list of poor households.
      expect(asked.text, text).toContain('không thay đổi danh sách hộ nghèo');
      expect(asked.buttons.map((button) => button.action)).toEqual(['erase:yes', 'erase:no']);
      expect(await harness.app.store.readSession('terminal:u1'), text).toBeDefined();
      expect((await harness.press('erase:no')).text).toContain('không xóa gì');
    }
    const deleted = await harness.say('xoa gium tui thong tin da khai');
    expect(deleted.text).toContain(CONFIRM);
    expect((await harness.press('erase:yes')).text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(await harness.app.store.readSession('terminal:u1')).toBeUndefined();

    await harness.say('/kiemtra');
    await harness.say('1');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
    expect((await harness.say('/xoadulieu')).text).toContain('Đã xóa toàn bộ dữ liệu');
    expect(await harness.app.store.readSession('terminal:u1')).toBeUndefined();
  });

  it('"dung xoa", "xoa ho ngheo la sao" delete nothing and ask nothing about deleting', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra');
    await harness.say('1');
    for (const text of ['dung xoa', 'xoa ho ngheo la sao']) {
      const reply = await harness.say(text);
      expect(reply.text, text).not.toContain(CONFIRM);
      expect(reply.text, text).not.toContain('Đã xóa');
    }
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
  });
});
