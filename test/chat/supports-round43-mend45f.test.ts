/**
 * Round 43 mend45f, on 07/12/2026 (tryout45 R20.1, R24.1): a resident asks what hộ có mức sống trung bình is and what it gets,
 * and a poor household, angry, says it gets nothing. Was: the whole 2026 standard's table (1.204 characters, "có được gì"
 * unanswered; "mức sống" read as a narrower question's "mức"), and a search hit with its search buttons ("Thêm kết quả").
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-mend45f');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('hộ có mức sống trung bình: what it is, then what it gets', () => {
  for (const question of ['ho co muc song trung binh la sao ad, co dc j ko', 'hộ có mức sống trung bình là sao ad, có được gì ko', 'ho co muc song trung binh dc ho tro j', 'ho trung binh dc gi']) {
    it(`"${question}"`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toMatch(/^Hộ có mức sống trung bình hôm nay, 07\/12\/2026: thu nhập bình quân mỗi người mỗi tháng nông thôn > 1\.500\.000 đồng và ≤ 2\.250\.000 đồng, thành thị > 2\.000\.000 đồng và ≤ 3\.000\.000 đồng \(tham khảo\)\./u);
      expect(reply).toContain('(tham khảo). Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030 (tham khảo); mức hộ có mức sống trung bình (chưa rõ).');
      expect(reply).toContain('Hỗ trợ cho hộ có mức sống trung bình (áp dụng ngày 07/12/2026):');
      expect(reply).toMatch(/tối thiểu 30% mức đóng bảo hiểm y tế[^\n]*\(tham khảo\)/u);
      expect(reply).toContain('Nghị định 188/2025/NĐ-CP');
      expect(reply).toContain(CADRE);
      expect(reply).not.toContain('Chỉ số: 12 chỉ số');
      expect(reply.split('\n\nBạn có thể gõ:')[0]!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    });
  }
});

describe('a poor household angry it gets nothing: heard, where to raise it, the supports of the poor', () => {
  for (const question of ['ho ngheo ma ko dc cai j het, toan nghe noi, lam an kieu j vay', 'hộ nghèo mà ko được cái gì hết, toàn nghe nói, làm ăn kiểu gì vậy', 'nha tui ho ngheo ma chang dc gi het']) {
    it(`"${question}"`, async () => {
      const reply = await DECEMBER.first(question);
      expect(reply).toMatch(/^Mình hiểu bạn đang bức xúc\./u);
      expect(reply).toContain(`bạn hỏi ${CADRE}, hoặc gửi đơn kiến nghị bằng văn bản tới UBND cấp xã`);
      expect(reply).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 07/12/2026):');
      expect(reply).toMatch(/Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo \(tham khảo\)/u);
      expect(reply).toContain('Trợ giúp pháp lý miễn phí (đã kiểm tra)');
      expect(reply).not.toContain('Thêm kết quả');
      expect(reply).not.toContain('mục bên dưới');
      expect(reply.split('\n\nBạn có thể gõ:')[0]!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    });
  }
});
