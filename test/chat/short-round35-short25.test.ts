/**
 * Round 35 (short25, 06/12/2026): residents' answers within a cheap phone's message, the sure lines first with their source and
 * status, what is not known counted with whom to ask, the rest one "chi tiết" away.
 * - "qua nam 2027 chuan ngheo thay doi sao" (4.469 characters: the changes and the whole 2027–2030 card with its notes): the
 *   changes the data holds, with status, those not known named on one line, the cán bộ, the card after "chi tiết".
 * - "ho can ngheo co nguoi benh nang ko lam dc" (2.023: the sick_member entry in full and the premium of poor and near-poor):
 *   the entry's lines in brief, the premium of the class named alone with its figure, status and basis.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short25');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('what changes next year, asked by a resident: the changes in brief, the card one word away', () => {
  it.each(['qua nam 2027 chuan ngheo thay doi sao', 'tu 1/1/2027 co gi thay doi ko ad', 'qua nam chuan ngheo o que tang len bn'])(
    '"%s": within 1.150 characters, the new lines with status, the unknown named on one line, the cán bộ',
    async (question) => {
      const [text, detail] = await ask(question, 'chi tiet');
      expect(body(text!).length).toBeLessThanOrEqual(1150);
      expect(text).toContain('Hôm nay, 06/12/2026, đang áp dụng chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp) (tham khảo), theo Nghị định 351/2025/NĐ-CP');
      expect(text).toContain('01/01/2027: Chuẩn nghèo Nông thôn: 1.500.000 đồng → 2.200.000 đồng/người/tháng (tham khảo)');
      expect(text).toContain('01/01/2027: Chuẩn nghèo Thành thị: 2.000.000 đồng → 2.800.000 đồng/người/tháng (tham khảo)');
      expect(text).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030 bắt đầu (Nghị định 351/2025/NĐ-CP) (tham khảo)');
      expect(text).toMatch(/^Chưa rõ \(chưa công bố hoặc chưa được kiểm tra\): ngưỡng hộ có mức sống trung bình Nông thôn; [^\n]*“Xử lý rác thải sinh hoạt”\. /m);
      expect(text).toContain(CADRE);
      expect(text).not.toContain('Ghi chú:');
      // "chi tiết": the 2027–2030 card whole, its notes and why it is provisional.
      expect(detail).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
      expect(detail).toContain('⚠️ Tạm tính:');
      expect(detail).toContain('Ghi chú:');
    },
  );
});

describe('a grave illness told with the household\'s class: that class\'s premium in brief', () => {
  it('"ho can ngheo co nguoi benh nang ko lam dc": within 1.220 characters, the near-poor 70% with status and basis, whom to ask', async () => {
    const text = await first('ho can ngheo co nguoi benh nang ko lam dc');
    expect(body(text).length).toBeLessThanOrEqual(1220);
    expect(text).toContain('Mình rất tiếc khi nghe người nhà bạn đang bệnh nặng.');
    expect(text).toContain("không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh");
    expect(text).toMatch(/• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế[^\n]*\(tham khảo\)\. Căn cứ: Nghị định 188\/2025\/NĐ-CP/);
    expect(text).not.toContain('• Hộ nghèo:');
    // Round 35 short26b: what is not known on one "Chưa rõ" line (was "… (chưa rõ). Căn cứ: Không có văn bản …", no source).
    // Round 41 resid42: the meals and travel while in hospital on it (was where a disability is certified, now after "chi tiết").
    expect(text).toMatch(/^• Chưa rõ: tiền ăn, tiền đi lại khi nằm viện[^\n]*Căn cứ: Quyết định 14\/2012\/QĐ-TTg\.$/m);
    expect(text).toContain(CADRE);
  });

  it('"ba tui om nang lam ko noi" (no class): the premium of poor and near-poor, each with status and basis, and the check offered', async () => {
    const text = await first('ba tui om nang lam ko noi');
    expect(body(text).length).toBeLessThanOrEqual(1600);
    expect(text).toMatch(/• Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế[^\n]*\(tham khảo\)\. Căn cứ: Luật Bảo hiểm y tế/);
    expect(text).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế');
    // The check offered by its button (round 41 resid42: was also in words, "Muốn biết hộ có thuộc diện …").
    expect(text).toContain('Kiểm tra hộ gia đình');
    expect(text).toContain(CADRE);
  });
});
