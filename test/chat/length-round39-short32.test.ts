/**
 * Round 39 (short32, 06/12/2026): a household told in one message said once, and its consent question in one paragraph.
 * - "o nha tui co 2 ong ba gia benh, … kiem dc 3 trieu 1 thang, tui la ho gi" (1.942 characters): "Mình hiểu: Thu nhập cả hộ …"
 *   with how it was read was said after the result and again before the check; the consent question ~600 characters.
 * - "nha tui 5 nguoi o que, thu nhap ca nha 6tr/thang, chua co bhyt, nha tranh vach dat" (914): the consent question shorter.
 * - "sao nha tui ngheo vay ma hok dc xet ho ngheo" (1.814): the check offered in a line (was ~230 characters).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short32');
// After the estimate, the consent question in brief (round 41 resid41; was the heading and ~480 characters).
const CONSENT = 'Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a household told in one message: how the income was read said once, the consent question short and whole', () => {
  it('"o nha tui co 2 ong ba gia benh, 1 dua con khuyet tat, ruong 3 sao, kiem dc 3 trieu 1 thang, tui la ho gi"', async () => {
    const [first] = await ask('o nha tui co 2 ong ba gia benh, 1 dua con khuyet tat, ruong 3 sao, kiem dc 3 trieu 1 thang, tui la ho gi');
    expect(first!.length, first).toBeLessThanOrEqual(1500);
    expect(count(first!, 'Thu nhập cả hộ: 3.000.000 đồng/tháng ÷ 4 người = 750.000 đồng/người/tháng')).toBe(1);
    expect(count(first!, 'chuẩn nghèo không có chỉ số về đất nên không tính')).toBe(1);
    // The class (provisional), the facts left to review, then the consent.
    expect(first).toContain('hộ bạn là hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên');
    expect(first).toContain('÷ 4 người');
    expect(first).toContain(CONSENT);
  });

  it('"nha tui 5 nguoi o que, thu nhap ca nha 6tr/thang, chua co bhyt, nha tranh vach dat": the consent question in one paragraph, what each choice keeps, how long, how to delete, the law, the buttons', async () => {
    const [first, chosen] = await ask('nha tui 5 nguoi o que, thu nhap ca nha 6tr/thang, chua co bhyt, nha tranh vach dat', 'Không lưu');
    const consent = first!.slice(first!.indexOf('Trước khi bắt đầu: về thông tin của hộ gia đình bạn'));
    expect(consent.length, consent).toBeLessThanOrEqual(500);
    expect(consent).toContain('thông tin cá nhân nhạy cảm');
    expect(consent).toContain('Đồng ý lưu: giữ câu trả lời tối đa 30 ngày để bạn làm tiếp, không chia sẻ cho ai; xóa, rút lại đồng ý: gõ /xoadulieu.');
    expect(consent).toContain('Không lưu: vẫn kiểm tra, chỉ giữ tạm vài giờ.');
    expect(consent).toContain('Chưa chọn thì không lưu gì.');
    expect(consent).toContain('Chủ tịch UBND cấp xã quyết định sau rà soát (QĐ 24/2021/QĐ-TTg)');
    expect(consent).toContain('Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.');
    expect(consent).toContain('Đồng ý lưu · Không lưu · Hủy');
    expect(chosen).toContain('Câu trả lời chỉ giữ tạm trong cuộc trò chuyện này');
  });

  it('"nha tui 4 nguoi, nha la, ko co nha ve sinh, xai nuoc song, thu nhap 3 trieu": after the estimate, the consent question in brief, what each choice keeps, how long, how to delete, the law, the buttons', async () => {
    const [first, chosen] = await ask('nha tui 4 nguoi, nha la, ko co nha ve sinh, xai nuoc song, thu nhap 3 trieu', 'Không lưu');
    const consent = first!.slice(first!.indexOf(CONSENT));
    expect(first).toContain(CONSENT);
    expect(consent.length, consent).toBeLessThanOrEqual(350);
    expectBriefConsent(consent);
    expect(consent).toContain('Đồng ý lưu · Không lưu · Hủy');
    expect(chosen).toContain('Câu trả lời chỉ giữ tạm trong cuộc trò chuyện này');
  });

  it('guard: "/kiemtra" alone still lists what is asked and where the drafts live', async () => {
    const [first] = await ask('/kiemtra');
    expect(first).toContain('Trợ lý sẽ hỏi khu vực, số người, thu nhập và điều kiện sống của hộ');
    expect(first).toContain('Xóa và rút lại sự đồng ý bất cứ lúc nào: gõ /xoadulieu.');
  });
});

describe('why a household was not recognised: the check offered in a line', () => {
  for (const question of ['sao nha tui ngheo vay ma hok dc xet ho ngheo', 'nha tui ngheo vay ma ko dc gi het']) {
    it(`"${question}": the reasons with their sources, whom to ask, the check offered in one line`, async () => {
      const [first] = await ask(question);
      expect(first!.length, first).toBeLessThanOrEqual(1750);
      // In brief to a resident since round 40 (short33): the offer without "Kết quả chỉ để tham khảo." (the check's result says so).
      expect(first).toContain('Xem trước hộ mình thuộc diện nào: Gõ “Kiểm tra hộ gia đình” hoặc kể về hộ trong một câu (số người, thu nhập, ở quê hay thành phố).');
      expect(first).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(first).toContain('Quyết định 24/2021/QĐ-TTg');
    });
  }
});

describe('the near-poor BHYT asked of 2027 in residents words: the benefit in its own words, the premium figures and basis, "chi tiết" the premium card whole', () => {
  it('"ho can ngheo nam 2027 bhyt dc bao nhieu phan tram", then "chi tiết"', async () => {
    const [brief, detail] = await ask('ho can ngheo nam 2027 bhyt dc bao nhieu phan tram', 'chi tiết');
    expect(brief!.length, brief).toBeLessThanOrEqual(1300);
    expect(brief).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế (Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a); 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo.');
    expect(brief).toContain('Nghị định 188/2025/NĐ-CP');
    expect(brief).toContain('100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ');
    expect(brief).toContain('Nghị quyết 261/2025/QH15');
    expect(brief).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(detail).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế (Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a); 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo.');
  });
});
