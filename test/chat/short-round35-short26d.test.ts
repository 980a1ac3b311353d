/**
 * Round 35 (short26d, 06/12/2026): a resident asking whether a disabled member gets the household listed as poor ("nguoi khuyet
 * tat co dc xet vo ho ngheo ko", "con tui bi khuyet tat, nha co dc vo ho ngheo ko", "nha co nguoi tan tat co dc len ho can ngheo
 * hok"; were the whole disability card, 2.074 characters, or its brief on the allowance, neither answering): the answer first
 * (no criterion of its own; the dependants indicator, with status and basis), the monthly allowance on one line with status,
 * what is not known on one "Chưa rõ" line, the cán bộ, the whole card after "chi tiết".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short26d');
const ANSWER =
  'Khuyết tật không phải là một tiêu chí riêng của chuẩn nghèo: hộ được xét theo thu nhập và mức thiếu hụt dịch vụ xã hội cơ bản. Người khuyết tật đang hưởng trợ cấp xã hội hằng tháng được tính là người phụ thuộc (chỉ số “Người phụ thuộc trong hộ gia đình”) khi rà soát năm 2026 (tham khảo). Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục';

describe('a disabled member asked as a way onto the list: the answer first, in brief, the whole card one word away', () => {
  for (const question of ['nguoi khuyet tat co dc xet vo ho ngheo ko', 'con tui bi khuyet tat, nha co dc vo ho ngheo ko', 'nha co nguoi tan tat co dc len ho can ngheo hok']) {
    it(`"${question}": within 1.100 characters, no criterion of its own, the allowance with status, "Chưa rõ", the cán bộ`, async () => {
      const [text, detail] = await ask(question, 'chi tiet');
      expect(text!.length).toBeLessThanOrEqual(1100);
      // The answer to what was asked comes first, before the allowance.
      expect(text).toContain(ANSWER);
      expect(text!.indexOf(ANSWER)).toBeLessThan(text!.indexOf('Trợ cấp xã hội hằng tháng'));
      expect(text).toMatch(/^• Trợ cấp xã hội hằng tháng[^\n]*500\.000 đồng\/tháng từ 01\/07\/2024[^\n]*\(tham khảo\)\. Căn cứ: Nghị định 20\/2021\/NĐ-CP, Điều 5; Nghị định 76\/2024\/NĐ-CP\.$/m);
      expect(text).toMatch(/^• Chưa rõ: [^\n]*việc xác định mức độ khuyết tật[;.][^\n]*số tiền mỗi tháng/m);
      expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(text).toContain('Xem đủ: gõ “chi tiết”.');
      // "chi tiết": the whole disability card.
      expect(detail).toContain('Trợ giúp pháp lý miễn phí');
      expect(detail).toContain('Mức hỗ trợ đóng bảo hiểm y tế riêng cho người khuyết tật');
    });
  }
});
