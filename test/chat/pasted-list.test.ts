/** Findings 15 (chat, commune cadres): a household list pasted into the chat (c32) is told how lists are checked, and never kept. */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, app } = conversationsAt(new Date('2026-12-02T04:00:00Z'), 'f15');

describe('c32: a household list pasted into the chat', () => {
  const pasted = [
    'Mã hộ;Khu vực;Số người;Thu nhập\nAB001;Xã An Bình;4;5.600.000\nAB002;Xã An Bình;3;4.500.000',
    'ma ho\tkhu vuc\tso nguoi\tthu nhap\nAB001\txa\t4\t5600000\nAB002\txa\t3\t4500000',
    'Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập\nAB001,Xã An Bình,4,5600000',
  ];
  for (const text of pasted) {
    it(`“${text.split('\n')[0]}…” is answered with how to check a list on the web page, not a passage; the text is not kept`, async () => {
      const answer = await first(text);
      expect(answer).toMatch(/^Có vẻ bạn vừa dán một bảng danh sách hộ/);
      expect(answer).toContain('không lưu nội dung bạn vừa dán');
      expect(answer).toContain('“Kiểm tra danh sách hộ”');
      expect(answer).not.toContain('Nguồn:');
      const stats = await app().store.stats();
      expect(JSON.stringify(stats.unansweredQuestions)).not.toContain('AB001');
    });
  }

  it('a question typed on two lines with commas is still a question', async () => {
    const answer = await first('nha tui 4 nguoi, o que, thu nhap 5 trieu\nko co bhyt, nuoc sach, nha tieu');
    expect(answer).not.toMatch(/dán một bảng/);
  });
});
