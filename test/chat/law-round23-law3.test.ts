/**
 * Round 23 (law helper law3, 04/12/2026): the law in December 2026 and from 01/01/2027 as residents and cadres ask it. Each case
 * fails on the round-22 code (28956a8) unless marked a guard. Statuses and figures are those of shared/facts (updates-2026.md
 * over the older files), worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const { first } = conversationsAt(TESTED_ON, 'law23law3');

describe('a paper or a card said to run out at the end of the year, with no date, is answered for 01/01/2027', () => {
  // Was today's card ("chưa rõ văn bản và lịch rà soát áp dụng năm 2026"): "hết hạn cuối năm" was read as 31/12/2026 itself, while
  // "hết hạn 31/12" already meant the day after it. Now as the dated form: the list does not change by itself on 01/01/2027 (tham
  // khảo), the 2027–2030 figures, and what is not known, with the commune cadre.
  it.each([
    ['giay chung nhan ho ngheo het han cuoi nam thi sao', 'chưa rõ văn bản và lịch rà soát áp dụng năm 2027'],
    ['so ho can ngheo cua tui het han nam nay roi lam sao', 'chưa rõ văn bản và lịch rà soát áp dụng năm 2027'],
    ['the bhyt ho can ngheo het han cuoi nam thi sao', 'Thẻ hết hạn được cấp tiếp hay hộ phải làm lại'],
    ['the bao hiem y te ho ngheo het han het thang 12 roi sao', 'Thẻ hết hạn được cấp tiếp hay hộ phải làm lại'],
  ])('"%s"', async (question, unknown) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      expect(text).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó; hộ giữ loại hộ đã được công nhận cho đến khi được rà soát theo chuẩn mới và Chủ tịch UBND cấp xã công nhận kết quả (tham khảo)');
      expect(text).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
      expect(text).toMatch(new RegExp(`Cho năm 2027, dữ liệu của trợ lý chưa có:[^]*${unknown}`));
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).not.toContain('năm 2026');
    }
  });

  it('guard: the certificate asked with no expiry keeps the card of this year', async () => {
    const text = await first('giay chung nhan ho ngheo co gia tri bao lau');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });
});
