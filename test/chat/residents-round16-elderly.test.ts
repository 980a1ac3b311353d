/**
 * Round 16 (lead): money for an old member asked the way a grandchild types it ("bà nội tui 80 tuổi có dc tiền ko"): the social
 * pension of NĐ 176/2025 (75+ without a pension in any household; 70–74 in a poor or near-poor household), in the chat and
 * through /api/ask. Was "Câu hỏi này nằm ngoài phạm vi của trợ lý" or "không tìm thấy nội dung này".
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round16-elderly');

describe('money asked for an old member, no support named', () => {
  it.each(['ba noi tui 80 tuoi co dc tien ko', 'ong ngoai tui 78 tuoi co dc lanh tien ko', 'ba ngoai 76 tuoi dc nhan tien ko ban'])('"%s": the pension from 75, any household', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
      expect(text).toContain('người từ 75 tuổi trở lên không có lương hưu');
      expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ');
      expect(text).toContain('Nghị định 176/2025/NĐ-CP');
    }
  });

  it('"me tui 72 tuoi nha can ngheo co dc lanh tien ko": 70–74 in a near-poor household', async () => {
    const question = 'me tui 72 tuoi nha can ngheo co dc lanh tien ko';
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(hộ nghèo, hộ cận nghèo\)/);
      // Round 20: 72 meets the 70–75 band, so it is no "Áp dụng khi" any more.
      expect(text).toContain('Hộ cận nghèo: Từ 01/07/2025, thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi');
    }
  });

  it('guard: a wage told is no question about an allowance', async () => {
    expect(await first('tui 30 tuoi lanh tien luong 5 trieu')).not.toMatch(/^Trợ cấp/);
  });
});
