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

describe('cadre shorthand "NCT" (người cao tuổi) and "phiếu B1", "phiếu B2" (findings32 K04)', () => {
  it('reads "hộ NCT nghèo được trợ cấp gì" as "người cao tuổi": the social pension from 70 in poor households (was: a passage on NĐ 20/2021)', async () => {
    for (const question of ['hộ NCT nghèo được trợ cấp gì', 'ho nct ngheo dc tro cap j']) {
      for (const answer of [await first(question), askApiText(question, '2026-12-02')]) {
        expect(answer).toMatch(/^Trợ cấp hưu trí xã hội/);
        expect(answer).toContain('từ 70 đến dưới 75 tuổi');
      }
    }
  });

  it('says what the data holds of "phiếu B1", "phieu b2" and that the 2026–2030 forms are not known (was: the A/B points only)', async () => {
    for (const question of ['phiếu B1 dùng để làm gì', 'phieu b2 la gi']) {
      for (const answer of [await first(question), askApiText(question, '2026-12-02')]) {
        expect(answer).toMatch(/^Mẫu phiếu rà soát hộ nghèo, hộ cận nghèo/);
        expect(answer).toContain('chưa biết từ năm 2027 dùng mẫu phiếu theo thông tư nào');
        expect(answer).toContain('UBND cấp xã');
      }
    }
    // Its points are still the scoring card.
    expect(askApiText('điểm phiếu B1 bao nhiêu thì là hộ nghèo', '2026-12-02')).toMatch(/^Chấm điểm phiếu rà soát/);
  });
});
