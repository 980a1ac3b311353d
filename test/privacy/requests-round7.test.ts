/**
 * Round 7: what residents type about their own data — deleting it in their own words, and what the assistant keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readPrivacyQuestion, readRequest } from '../../src/chat/input.ts';
import { RETENTION } from '../../src/privacy/retention.ts';
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

describe('what the assistant keeps, asked in residents\' words (round 7)', () => {
  it.each(['co ai xem dc thong tin tui khai ko', 'bot co luu j cua tui ko', 'thong tin tui khai de lam gi'])(
    'answers %s from what the stores keep: what, how long, who sees it, how to delete',
    async (text) => {
      harness = await openHarness();
      const reply = await harness.say(text);
      expect(reply.text).toContain('Trợ lý lưu gì về bạn');
      for (const days of [RETENTION.sessionDays, RETENTION.unansweredDays, RETENTION.reportDays, RETENTION.shareDays]) expect(reply.text).toContain(`${days} ngày`);
      expect(reply.text).toContain('“Đồng ý lưu”');
      expect(reply.text).toContain('Ai xem được');
      expect(reply.text).toContain('/xoadulieu');
      // Not a passage of a document about "công khai, minh bạch", nor "ngoài phạm vi".
      expect(reply.text).not.toContain('Theo văn bản');
      expect(reply.text).not.toContain('ngoài phạm vi');
      // Asking stores nothing.
      expect(await harness.app.store.readSession('terminal:u1')).toBeUndefined();
    },
  );

  it('a check in progress goes on after the question; questions about the commune\'s lists are not this', async () => {
    harness = await openHarness();
    await harness.say('/kiemtra');
    await harness.say('1');
    expect((await harness.say('bot co luu j cua tui ko')).text).toContain('Trợ lý lưu gì về bạn');
    expect(await harness.app.store.readSession('terminal:u1')).toBeDefined();
    for (const text of ['danh sach ho ngheo co cong khai ko, ai xem duoc', 'the bhyt cua tui de lam gi']) {
      expect(readPrivacyQuestion(text), text).toBe(false);
    }
  });
});
