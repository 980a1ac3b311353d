/**
 * Round 45 (resid51, 08/12/2026): residents' answers within a cheap phone's message (≤ 1.000 characters), the answer first, each
 * status word, the source and where to go kept; a point said once.
 * - "thu nhap 1tr6 1 nguoi o que la ngheo hay can ngheo" (1.417): the 12 indicators' services and basis, the day again and the 2027
 *   class again ("Từ 01/01/2027 thì khác … (như trên)") after the line that says both.
 * - a household told, then "dc ho tro j" (1.774): every conditional and unknown support named one by one, "chi tiết" offered where
 *   it explains the consent, the consent sentence in full again under the consent just asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-08T03:00:00Z'), 'resid51');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('an amount per person with "ngheo hay can ngheo" asked: the class today and from 2027, the basis, ≤ 1.000', () => {
  it.each([
    ['thu nhap 1tr6 1 nguoi o que la ngheo hay can ngheo', '1.600.000'],
    ['thu nhap 2tr1 1 nguoi o que la ngheo hay can ngheo', '2.100.000'],
  ])('"%s" (was 1.417 characters)', async (asked, amount) => {
    const answer = await first(asked);
    expect(answer).toMatch(new RegExp(`^Thu nhập bình quân ${amount.replaceAll('.', '\\.')} đồng/người/tháng: theo chuẩn áp dụng ngày 08/12/2026`));
    expect(answer).toContain('ở nông thôn (mức > 1.500.000 đồng và ≤ 2.250.000 đồng): hộ có mức sống trung bình.');
    expect(answer).toContain('(giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo)');
    expect(answer).toContain('ở nông thôn (mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo.');
    expect(answer).toContain('Căn cứ của mức áp dụng ngày 08/12/2026: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm c (đã kiểm tra)');
    expect(answer).toContain('Các chỉ số thiếu hụt chỉ quyết định hộ nghèo hay hộ cận nghèo khi thu nhập ≤ 1.500.000 đồng; với mức này, chúng không làm thay đổi kết quả cho đến 31/12/2026.');
    // The 2027 class said once, the day once more than the basis needs it: no "Từ 01/01/2027 thì khác … (như trên)".
    expect(answer).not.toContain('thì khác');
    expect(count(answer, 'thiếu hụt từ 3 chỉ số')).toBe(1);
    expect(answer).toContain(CADRE);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: written as a cadre writes ("hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn là hộ gì"), the whole explanation', async () => {
    const answer = await first('hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn là hộ gì');
    expect(answer).toContain('Theo chuẩn áp dụng ngày 08/12/2026, ngoài thu nhập, chuẩn xét 12 chỉ số');
    expect(answer).toContain('Từ 01/01/2027 thì khác');
  });
});

describe('a household told, then "dc ho tro j" while the consent waits: the class\'s supports in brief, ≤ 1.000', () => {
  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, nha tam bo, ko co nha ve sinh',
    'nha tui 5 nguoi o que, thu nhap 6 trieu 1 thang, nha dot nat, ko co nuoc sach, 2 dua nho ko co bhyt',
    'nha tui 3 nguoi o tp thu nhap 3 trieu',
  ])('"%s" then "dc ho tro j" (was 1.774 characters)', async (household) => {
    const answer = await after([household], 'dc ho tro j');
    expect(answer).toMatch(/^Với số liệu bạn kể \(thu nhập [\d.]+ đồng\/người\/tháng, theo chuẩn áp dụng ngày 08\/12\/2026\), hộ là hộ cận nghèo hoặc hộ nghèo/);
    expect(answer).toContain('Hộ cận nghèo được hỗ trợ (áp dụng ngày 08/12/2026):');
    expect(answer).toContain('- Hỗ trợ đóng bảo hiểm y tế: Tối thiểu 70% mức đóng bảo hiểm y tế; 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo (tham khảo)');
    expect(answer).toContain('Vay vốn tín dụng chính sách');
    // The rest counted, seen where it is shown while the consent waits ("chi tiết" there explains the consent).
    expect(answer).toMatch(/^- Còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không \(gõ \/hotro canngheo\)\.$/m);
    expect(answer).not.toContain('(xem “chi tiết”)');
    expect(answer).toMatch(/^Nguồn: Nghị định 188\/2025\/NĐ-CP[^\n]*\.$/m);
    expect(answer).toContain(CADRE);
    expect(answer).toContain('Nếu kiểm tra đầy đủ thấy hộ là hộ nghèo: các hỗ trợ của loại hộ đó (gõ /hotro ngheo).');
    expect(answer).toContain('(Bạn chưa chọn: “Đồng ý lưu” / “Không lưu” để bắt đầu kiểm tra.)');
    // A status said once a line: no "(tham khảo): …; … (tham khảo)".
    for (const line of answer.split('\n')) expect(count(line, '(tham khảo)'), line).toBeLessThanOrEqual(1);
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('a housing amount asked by a resident: not known said once, the card in brief, ≤ 1.000', () => {
  it.each([
    ['ho ngheo sua nha dc bao nhieu tien', 'Hộ nghèo'],
    ['ho can ngheo xay nha dc ho tro bn tien', 'Hộ cận nghèo'],
  ])('"%s" (was 1.271 characters, the whole housing card after the notice)', async (asked, name) => {
    const answer = await first(asked);
    expect(answer).toMatch(/^Mức hỗ trợ bạn hỏi, theo dữ liệu chính sách \(ngày 08\/12\/2026\):\n• Hỗ trợ nhà ở: dữ liệu của trợ lý chưa có số tiền của hỗ trợ này \(chưa rõ\), nên mình không nêu con số nào\./);
    expect(answer).toContain(`• ${name}: Áp dụng khi: Hộ ở xã nghèo`);
    expect(answer).toContain('Từ năm 2026 thuộc Chương trình mục tiêu quốc gia 2026–2035. Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra; không áp dụng các mức của giai đoạn trước.');
    expect(answer).toContain('Căn cứ: Nghị quyết 257/2025/QH15; Nghị quyết 424/NQ-CP; Quyết định 417/QĐ-BNNMT (chưa rõ).');
    expect(answer).toContain(`${name} không thuộc trường hợp trên: có hỗ trợ này hay không chưa rõ`);
    expect(answer).toContain('Nơi làm: UBND cấp xã');
    expect(answer).toContain(CADRE);
    // The campaign that ended in 2025 is not what was asked: "chi tiết" has it.
    expect(answer).not.toContain('Đã kết thúc');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });
});

describe('two ages told that reach both social pensions: each card in brief, the band from 75 said once, ≤ 1.000', () => {
  it.each(['ba me tui 72 va 76 tuoi o que ko co luong huu co dc ho tro j ko', '2 vo chong tui 72 va 78 tuoi o que, ko co luong huu, co dc tro cap j ko'])(
    '"%s" (was 1.241 characters)',
    async (asked) => {
      const answer = await first(asked);
      expect(answer).toContain('• Hộ nghèo, hộ cận nghèo: Từ 01/07/2025, thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội hằng tháng. Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
      expect(answer).toContain('Từ 01/07/2025, người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng, dù hộ thuộc loại nào.');
      expect(count(answer, 'từ 75 tuổi trở lên')).toBe(1);
      expect(answer).toContain('Nơi làm: UBND cấp xã.');
      expect(answer).toContain(CADRE);
      expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
      expect(answer.length, answer).toBeLessThanOrEqual(1000);
    },
  );
});
