/**
 * Round 35 (short26a, 06/12/2026): a resident's question on a standard, no aspect asked, gets the card in brief: a transition
 * year says first whose standard it keeps and by which text; the lines with status, the source, what is not known and whom to
 * ask, the indicators counted; the whole card one "chi tiết" away.
 * - "nam 2026 van xai chuan ngheo cu ha ad" (3.977 characters: the whole 2026 card, its notes and what changes in 2027).
 * - "chuan ngheo 2027 2030 the nao", "chuan ngheo tu 2027 den 2030 ra sao ad" (3.286: the whole 2027–2030 card and its notes).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short26a');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('the standard of a transition year, asked by a resident: whose standard it keeps first, the card one word away', () => {
  // The cadre asking the whole ("… gồm những gì") still gets the whole card: test/chat/law-round32-law18.test.ts.
  it('"nam 2026 van xai chuan ngheo cu ha ad": within 1.200 characters, the kept standard first, basis, lines with status, 2027 lines', async () => {
    const [text, detail] = await ask('nam 2026 van xai chuan ngheo cu ha ad', 'chi tiet');
    expect(body(text!).length).toBeLessThanOrEqual(1200);
    expect(text!.split('\n')[0]).toBe('Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp) (tham khảo): vẫn dùng chuẩn nghèo đa chiều giai đoạn 2022–2025');
    expect(text!.split('\n')[1]).toBe(
      'Áp dụng cho năm 2026. Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), Điều 3 Nghị định 07/2021/NĐ-CP (tham khảo); hiệu lực 01/01/2026 – 31/12/2026.',
    );
    expect(text).toContain('• Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(text).toContain('• Nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng, thành thị > 2.000.000 đồng và ≤ 3.000.000 đồng: hộ có mức sống trung bình (tham khảo).');
    expect(text).toContain('Chỉ số: 12 chỉ số thiếu hụt trong 6 nhóm (tham khảo).');
    expect(text).toContain('Từ 01/01/2027 áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030: chuẩn nghèo nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng, theo Nghị định 351/2025/NĐ-CP (tham khảo); mức hộ có mức sống trung bình (chưa rõ).');
    expect(text).toContain(CADRE);
    expect(text).toMatch(/Tên từng chỉ số, \d+ ghi chú, lý do tạm tính, các thay đổi sắp tới: gõ “Chi tiết”\./);
    expect(text).not.toContain('Ghi chú:');
    expect(text).not.toContain('⚠️ Tạm tính:');
    // "chi tiết": the 2026 card whole, its notes and why it is provisional.
    expect(detail).toMatch(/^Chuẩn nghèo đa chiều năm 2026 \(năm chuyển tiếp\) \(tham khảo\)/);
    expect(detail).toContain('⚠️ Tạm tính:');
    expect(detail).toContain('Ghi chú:');
  });
});

describe('the 2027–2030 standard, asked by a resident: the lines in brief, the unknown band with whom to ask, the card one word away', () => {
  it.each(['chuan ngheo 2027 2030 the nao', 'chuan ngheo tu 2027 den 2030 ra sao ad'])(
    '"%s": within 1.000 characters, lines with status, source, the middle band not known, the cán bộ',
    async (question) => {
      const [text, detail] = await ask(question, 'chi tiet');
      expect(body(text!).length).toBeLessThanOrEqual(1000);
      expect(text).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)\nÁp dụng cho giai đoạn 2027–2030\. Căn cứ: Nghị định 351\/2025\/NĐ-CP, chưa đối chiếu điều khoản \(tham khảo\); hiệu lực 01\/01\/2027 – 31\/12\/2030\.\n/);
      expect(text).toContain('• Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
      expect(text).toContain('Chỉ số: 12 chỉ số thiếu hụt trong 6 nhóm (tham khảo), số lượng chính thức chưa rõ.');
      expect(text).toMatch(/^Chưa rõ: Ngưỡng hộ có mức sống trung bình giai đoạn 2027–2030 [^\n]*cán bộ phụ trách giảm nghèo ở UBND cấp xã/m);
      expect(text).toMatch(/Tên từng chỉ số, \d+ ghi chú, lý do tạm tính: gõ “Chi tiết”\./);
      expect(text).not.toContain('⚠️ Tạm tính:');
      expect(detail).toMatch(/^Chuẩn nghèo đa chiều giai đoạn 2027–2030 \(tham khảo\)/);
      expect(detail).toContain('⚠️ Tạm tính:');
      expect(detail).toContain('Ghi chú:');
    },
  );
});
