/**
 * Round 35 (short26c, 06/12/2026): residents' answers on a group's support and the health-insurance shares within a cheap
 * phone's message: the answer to what was asked, each class's line with status and basis, whom to ask once, the whole card one
 * "chi tiết" away.
 * - "con tui hoc dai hoc vay von ngan hang chinh sach dc ko" (1.811 characters: every class's loans card in full after the
 *   notice): the notice, each class's first sentence with status and basis.
 * - "con tui 3 tuoi chua co bhyt" (1.851; 2.039 typed while the check's consent waits), "ong xa tui nam 1 cho, lam the bhyt o
 *   dau" (1.331): each class's share once with its status, the basis without the asides the whole card keeps.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short26c');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('a group with no rule of its own: the notice, each class in brief, the whole card one word away', () => {
  it('"con tui hoc dai hoc vay von ngan hang chinh sach dc ko": within 1.100 characters, each class with status and basis', async () => {
    const [text, detail] = await ask('con tui hoc dai hoc vay von ngan hang chinh sach dc ko', 'chi tiet');
    expect(text!.length).toBeLessThanOrEqual(1100);
    expect(text).toContain('không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học');
    expect(text).toContain('Hộ nghèo: Hộ nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội (tham khảo). Căn cứ: Nghị định 78/2002/NĐ-CP');
    expect(text).toContain('lãi suất không quá 130% lãi suất cho hộ nghèo (tham khảo). Căn cứ: Quyết định 15/2013/QĐ-TTg.');
    expect(text).toContain('Hộ mới thoát nghèo: Hộ mới thoát nghèo được vay vốn ưu đãi (tham khảo). Căn cứ: Quyết định 28/2015/QĐ-TTg.');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    expect(count(text!, CADRE)).toBe(1);
    // "chi tiết": the whole card, its figures.
    expect(detail).toContain('100.000.000 đồng/hộ');
    expect(detail).toContain('7,92%/năm');
  });
});

describe('health-insurance shares in brief: each class once with its status, the basis without asides', () => {
  const shares = (text: string | undefined) => {
    expect(text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo). Căn cứ: Luật Bảo hiểm y tế, Điều 12.');
    expect(text).toContain(
      'Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo (tham khảo). Căn cứ: Nghị định 188/2025/NĐ-CP ngày 01/07/2025, Điều 6 khoản 6.',
    );
  };

  it('"con tui 3 tuoi chua co bhyt": within 1.700 characters, the child\'s own line, 100% / 70% / 30%, the newly escaped once "tham khảo"', async () => {
    const [text] = await ask('con tui 3 tuoi chua co bhyt');
    expect(text!.length).toBeLessThanOrEqual(1700);
    expect(text).toContain('trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng bảo hiểm y tế, dù hộ thuộc loại nào');
    shares(text);
    expect(text).toContain('Hộ mới thoát nghèo: Nghị định 188/2025/NĐ-CP không có mức riêng cho hộ mới thoát nghèo');
    expect(text).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP; nghị quyết của HĐND tỉnh, thành.');
    expect(text).toContain('tối thiểu 30% mức đóng bảo hiểm y tế');
    expect(text).not.toContain('Theo thông tin tham khảo');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
  });

  it('"con tui 3 tuoi chua co bhyt" while the check\'s consent waits: within 1.900 characters, the shares and the choice again', async () => {
    const [, text] = await ask('tui mun kiem tra nha tui co phai ho ngheo ko', 'con tui 3 tuoi chua co bhyt');
    expect(text!.length).toBeLessThanOrEqual(1900);
    shares(text);
    expect(text).toContain('“Đồng ý lưu” hoặc “Không lưu”');
  });

  it('"ong xa tui nam 1 cho, lam the bhyt o dau": within 1.250 characters, both classes\' shares with status and basis', async () => {
    const [text] = await ask('ong xa tui nam 1 cho, lam the bhyt o dau');
    expect(text!.length).toBeLessThanOrEqual(1250);
    shares(text);
    expect(text).toContain('Nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ');
  });
});
