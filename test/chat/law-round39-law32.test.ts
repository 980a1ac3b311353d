/**
 * Round 39 law32, on 06/12/2026 (the 2022–2025 standard of NĐ 07/2021 Điều 3 until 31/12/2026; NĐ 351/2025's from 01/01/2027,
 * rules/standards/2027-2030.yaml: "Phương tiện phục vụ tiếp cận thông tin" dropped, digital_services and waste of unknown threshold):
 * - a phone asked about as a lack ("ko co dien thoai") is said under both indicators it belongs to in 2026 (Internet, and the means
 *   of getting information, of which a smartphone is one), and in 2027 the first continued with its threshold chưa rõ and the second
 *   dropped (was the Internet indicator alone in 2026, and in 2027 "không có chỉ số", as if not counted at all);
 * - after a full household check, when the only indicators left that could add a deprivation under 2027 are those of unknown
 *   threshold, the answer says the household cannot know (was "thiếu hụt thêm 1 chỉ số nữa là hộ nghèo" alone).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round39-law32-dec');

describe('"không có điện thoại" asked in December 2026', () => {
  it('"nha tui ko co dien thoai co bi tinh thieu hut ko": both 2026 indicators, and what 01/01/2027 does to each', async () => {
    const reply = await DECEMBER.first('nha tui ko co dien thoai co bi tinh thieu hut ko');
    expect(reply).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo): bị tính là thiếu hụt khi');
    expect(reply).toContain('Không có điện thoại thông minh chưa phải là thiếu hụt');
    expect(reply).toContain('Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo).');
    expect(reply).toContain('“Sử dụng dịch vụ viễn thông” được nêu là “Sử dụng dịch vụ số, Internet” (chưa rõ)');
  });

  it('"nam 2027 nha ko co dien thoai co bi tinh thieu hut ko": the Internet criterion chưa rõ, the means of information dropped', async () => {
    const reply = await DECEMBER.first('nam 2027 nha ko co dien thoai co bi tinh thieu hut ko');
    expect(reply).toContain('Chuẩn nghèo áp dụng năm 2027 không có chỉ số “Phương tiện phục vụ tiếp cận thông tin”');
    expect(reply).not.toContain('không có chỉ số “Sử dụng dịch vụ viễn thông”');
    expect(reply).toContain('Sử dụng dịch vụ số, Internet (Thông tin) (chưa rõ)');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('a full household check in December 2026, the 2027 line', () => {
  it('rural 4, 8 trieu, employment and BHYT lacking, the rest "khong": only the criteria of unknown threshold are left', async () => {
    const answers = await DECEMBER.ask('kiem tra ho ngheo', 'Không lưu', 'nông thôn', '4', '8 trieu', 'co', 'khong', 'khong', 'co', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong', 'khong');
    const result = answers.at(-1)!;
    expect(result).toContain('thiếu hụt thêm 1 chỉ số nữa là hộ nghèo. Các chỉ số khác bạn đã trả lời là không thiếu hụt; chỉ còn “Sử dụng dịch vụ số, Internet”, “Xử lý rác thải sinh hoạt” có ngưỡng thiếu hụt chưa được công bố, nên hộ chưa thể biết mình có thiếu hụt thêm chỉ số nào nữa hay không (chưa rõ).');
  });

  it('guard: a household sentence with one lack told, the rest not told: no such line', async () => {
    const reply = await DECEMBER.first('nha 4 nguoi o que thu nhap 8 trieu, ko co bhyt, la ho gi');
    expect(reply).not.toContain('chỉ còn “Sử dụng dịch vụ số');
  });
});

describe('BHYT of near-poor members asked of 2027', () => {
  it('"ho can ngheo nam 2027 bhyt dc bao nhieu phan tram": the premium share (≥ 70 %, tham khảo) and the benefit level (100 %, its start chưa rõ)', async () => {
    // In brief since round 39 short32 (was 1.853 characters): each in its own words with status and basis.
    const reply = await DECEMBER.first('ho can ngheo nam 2027 bhyt dc bao nhieu phan tram');
    expect(reply).toContain('Mức: Tối thiểu 70% mức đóng bảo hiểm y tế (Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a); 100% mức đóng nếu hộ cận nghèo sống ở xã nghèo. Căn cứ: Nghị định 188/2025/NĐ-CP');
    expect(reply).toContain('quỹ bảo hiểm y tế sẽ trả 100% chi phí trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ. Căn cứ: Nghị quyết 261/2025/QH15 (tham khảo).');
    expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(reply.length).toBeLessThanOrEqual(1300);
  });

  it('a cadre\'s formal question of the same: both whole cards', async () => {
    const reply = await DECEMBER.first('Đề nghị cho biết năm 2027 hộ cận nghèo được hỗ trợ đóng bảo hiểm y tế bao nhiêu phần trăm');
    expect(reply).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế');
    expect(reply).toContain('chi trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng');
    expect(reply).toContain('thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ');
    expect(reply).toContain('Nghị quyết 261/2025/QH15');
  });
});

describe('"chi tiết" after a registering answer, an earlier whole answer before it', () => {
  it('"chuan ngheo 2026 va 2027", "lam sao dang ky vay von ngan hang chinh sach", "chi tiết": the loan card in full, not the standards', async () => {
    const [, brief, more] = await DECEMBER.ask('chuan ngheo 2026 va 2027', 'lam sao dang ky vay von ngan hang chinh sach', 'chi tiết');
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(more).toContain('Vay vốn tín dụng chính sách (theo dữ liệu chính sách');
    expect(more).toContain('Hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(more).not.toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
});
