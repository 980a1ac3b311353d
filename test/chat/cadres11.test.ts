/**
 * Round 11 (commune cadres, findings32): what the chat says it understood from a household told as a cadre types it.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-02T03:00:00Z'), 'cadres11');

describe('a list of deprivations typed with spaces only (findings32 K02)', () => {
  for (const text of [
    'hộ 4 người ở xã, thu nhập 1,2 triệu mỗi người, thiếu BHYT nước sạch nhà tiêu',
    'ho 4 nguoi o xa, thu nhap 1tr2 moi nguoi, ko co bhyt nuoc sach nha tieu',
  ]) {
    it(`says each of the three is lacked in “${text}” (was: "Nhà tiêu hợp vệ sinh: không thiếu hụt")`, async () => {
      const reply = await first(text);
      expect(reply).toContain('Bảo hiểm y tế: thiếu hụt; Nguồn nước sinh hoạt: thiếu hụt; Nhà tiêu hợp vệ sinh: thiếu hụt');
      expect(reply).not.toContain('không thiếu hụt');
    });
  }
});

describe('"hộ thoát nghèo" (no "mới") asking what it keeps reaches the newly escaped answer (findings32 K03)', () => {
  for (const question of ['hộ thoát nghèo có được hưởng tiếp không', 'ho thoat ngheo co dc huong tiep ko', 'ho thoat ngheo con duoc huong gi']) {
    it(`answers “${question}” with the 36 months, in the chat and /api/ask (was: a Hưng Yên plan's passage)`, async () => {
      for (const answer of [await first(question), askApiText(question, '2026-12-02')]) {
        expect(answer).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu:/);
        expect(answer).toContain('trong vòng 3 năm (36 tháng)');
        expect(answer).not.toContain('Hưng Yên');
      }
    });
  }

  it('still quotes the plans for "hộ thoát nghèo bền vững" (their aim, not a class)', () => {
    expect(askApiText('hộ thoát nghèo bền vững', '2026-12-02')).toMatch(/^Theo văn bản:/);
  });
});
