/**
 * Round 11 (commune cadres, findings32): what the chat says it understood from a household told as a cadre types it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

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
