/**
 * Round 23 (law helper law5, 04/12/2026): the day a document took effect, from rules/documents.yaml, as residents and cadres ask.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law23law5');

describe('the effective date of NQ 257/2025 is said to be unknown, with what is known of it', () => {
  // Was "Nghị quyết 257/2025/QH15: thay thế Quyết định 90/QĐ-TTg từ 01/01/2026 (tham khảo); căn cứ của hỗ trợ … (chưa rõ)": the
  // date asked never answered. updates-2026.md: adopted 11/12/2025 [V], phase I by QĐ 417/QĐ-BNNMT 31/01/2026 [V], in force [?].
  it.each(['nq 257/2025 co hieu luc tu ngay nao', 'nghi quyet 257 ap dung tu khi nao vay ad'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toContain('Ngày có hiệu lực của Nghị quyết 257/2025/QH15: chưa rõ.');
      expect(text).toContain('tại Nghị quyết 257/2025/QH15 ngày 11/12/2025; giai đoạn 1 (2026–2030) được phê duyệt tại Quyết định 417/QĐ-BNNMT ngày 31/01/2026');
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('thay thế Quyết định 90/QĐ-TTg');
      expect(text).not.toMatch(/hiệu lực từ \d/);
    }
  });

  it.each([
    ['nd 188/2025 co hieu luc tu ngay nao', 'Nghị định 188/2025/NĐ-CP có hiệu lực từ 15/08/2025 (tham khảo).'],
    ['nghi quyet 261/2025 hieu luc tu khi nao ad', 'Nghị quyết 261/2025/QH15 có hiệu lực từ 01/01/2026 (tham khảo).'],
  ])('a date the data gives is said first: "%s"', async (question, lead) => {
    const text = await first(question);
    expect(text.startsWith(lead), text).toBe(true);
  });
});
