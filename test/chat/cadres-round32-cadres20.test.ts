/**
 * Round 32 cadres20: commune cadres checking the criteria precisely, typed on a work phone (formal or semi-formal). Each answer is
 * the rule asked, with its source and status (poverty-standards.md, updates-2026.md), never a card on something else:
 * - "Hộ có 1 thành viên BHYT hết hạn thì có tính thiếu hụt chỉ số BHYT không?": the BHYT indicator (a member aged 6 or over
 *   without health insurance, [M]), not the card on renewing an expired card.
 * - "Thu nhập tính có trừ tiền trợ cấp xã hội không?": how income is counted (state social assistance is not income, [V]), not
 *   the 2025 merger note ("thu nhập tính" folds to hold "nhập tỉnh", "xã hội" holds "xã").
 * - "Ngưỡng điểm A khu vực thành thị là bao nhiêu?": the review's points (175 points urban, TT 07/2021 [V]), not "ngoài phạm vi".
 * - "Tiêu chí trình độ giáo dục người lớn áp dụng độ tuổi nào?": the indicator (members aged 16–30, [M]), not "ngoài phạm vi".
 * - "tiêu chí hộ làm nông lâm ngư nghiệp có mức sống trung bình": the middle band of today's standard (rural > 1.500.000 đồng and
 *   ≤ 2.250.000 đồng), not the poor class's two criteria.
 * - "rà soát đột xuất khi nào": a review out of the yearly one is the monthly review a household asks for (QĐ 24/2021 Điều 5, [M]),
 *   not a provincial plan's passage.
 * - "Hộ không dùng internet nhưng có tivi thì thiếu hụt chỉ số nào?": the two information indicators ("nhưng" folds like the
 *   list's "những"; was the whole standard card).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_05 = () => new Date('2026-12-05T03:00:00Z');

describe('cadres asking a criterion get that criterion, with source and status', () => {
  it('an expired BHYT card asked as the indicator: the BHYT indicator entry', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Hộ có 1 thành viên BHYT hết hạn thì có tính thiếu hụt chỉ số BHYT không?');
    // Was "Thẻ bảo hiểm y tế hết hạn (gia hạn, cấp lại thẻ): …".
    expect(text).not.toContain('Thẻ bảo hiểm y tế hết hạn');
    expect(text).toContain('Bảo hiểm y tế (Y tế) (tham khảo): bị tính là thiếu hụt khi: hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế.');
    expect(text).toContain('Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b và Phụ lục (tham khảo)');
  });

  it('whether social assistance counts as income: the counting rule, not the merger note', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Thu nhập tính có trừ tiền trợ cấp xã hội không?');
    // Was "Từ 01/07/2025, chính quyền địa phương có hai cấp …" and the merged commune.
    expect(text).not.toContain('sáp nhập');
    expect(text).toMatch(/^Cách tính thu nhập của hộ khi xét hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('Các khoản trợ cấp xã hội do Nhà nước chi trả không tính vào thu nhập.');
    expect(text).toContain('đã kiểm tra');
  });

  it('a merged commune said with "xã" still gets the merger note', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('xa tui bi sap nhap roi, gio nop giay o dau');
    expect(text).toContain('Xã đã sáp nhập thì hồ sơ, thủ tục về hộ nghèo, hộ cận nghèo làm tại UBND cấp xã nơi hộ đang cư trú hiện nay');
  });

  it.each([
    ['Ngưỡng điểm A khu vực thành thị là bao nhiêu?'],
    ['Điểm B mỗi chỉ số thiếu hụt bao nhiêu điểm?'],
  ])('“%s”: the review points of TT 07/2021 (đã kiểm tra)', async (question) => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say(question);
    // Was "Câu hỏi này nằm ngoài phạm vi của trợ lý …" (điểm A) and an explainer quoted as a passage (điểm B).
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toMatch(/^Chấm điểm phiếu rà soát hộ nghèo, hộ cận nghèo \(điểm A, điểm B\):/);
    expect(text).toContain('175 điểm tương ứng 2.000.000 đồng/người/tháng ở thành thị. Căn cứ: Thông tư 07/2021/TT-BLĐTBXH (đã kiểm tra).');
    expect(text).toContain('mỗi chỉ số thiếu hụt được 10 điểm. Căn cứ: Thông tư 07/2021/TT-BLĐTBXH (đã kiểm tra).');
  });

  it('an indicator named as a "tiêu chí" with its ages asked: that indicator', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Tiêu chí trình độ giáo dục người lớn áp dụng độ tuổi nào?');
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toContain('Trình độ giáo dục của người lớn (Giáo dục) (tham khảo): bị tính là thiếu hụt khi: hộ có ít nhất một thành viên từ 16 đến 30 tuổi');
  });

  it('the criteria of farm households with an average living standard: the middle band of today', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('tiêu chí hộ làm nông lâm ngư nghiệp có mức sống trung bình');
    // Was "Xét hộ nghèo (hôm nay, …) …, hai tiêu chí:" with no word of the middle band.
    expect(text).not.toContain('hai tiêu chí');
    expect(text).toMatch(/^Hộ có mức sống trung bình hôm nay, 05\/12\/2026: thu nhập bình quân mỗi người mỗi tháng nông thôn > 1\.500\.000 đồng và ≤ 2\.250\.000 đồng, thành thị > 2\.000\.000 đồng và ≤ 3\.000\.000 đồng \(tham khảo\)\./);
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
  });

  it('“rà soát đột xuất khi nào”: the monthly review a household asks for when its situation changes', async () => {
    harness = await openHarness({ now: DEC_05 });
    const brief = (await harness.say('rà soát đột xuất khi nào')).text;
    // Was a passage of a provincial resolution on review staff ("xây dựng đội ngũ điều tra viên …").
    expect(brief).not.toContain('Theo văn bản');
    // In brief since round 36 (short27), with the article's status; the whole entry after "chi tiết".
    expect(brief).toContain('Hộ không phải chờ rà soát cuối năm: khi gặp biến cố, hộ nộp Giấy đề nghị để được rà soát thường xuyên hằng tháng; được công nhận hay không là theo kết quả rà soát (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    const { text } = await harness.say('chi tiết');
    expect(text).toContain('Hộ không phải chờ kỳ rà soát định kỳ cuối năm');
    expect(text).toContain('Rà soát thường xuyên (hằng tháng, từ ngày 15)');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    expect(text).toContain('(tham khảo)');
  });

  it('“nhưng” between a lack and a thing had: the indicators of that lack, not the list of twelve', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Hộ không dùng internet nhưng có tivi thì thiếu hụt chỉ số nào?');
    // Was "Số chỉ số thiếu hụt theo chuẩn nghèo đa chiều năm 2026 …" and the whole card.
    expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo áp dụng ngày 05\/12\/2026:/);
    expect(text).toContain('Sử dụng dịch vụ viễn thông (Thông tin) (tham khảo): bị tính là thiếu hụt khi: hộ không có thành viên nào sử dụng dịch vụ Internet.');
    expect(text).toContain('Phương tiện phục vụ tiếp cận thông tin (Thông tin) (tham khảo)');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản (12 chỉ số)');
  });

  it('guard: “gồm những chỉ số nào” still lists the indicators', async () => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say('Chuẩn nghèo năm 2026 gồm những chỉ số nào?');
    expect(text).toContain('Nhà ở: Chất lượng nhà ở; Diện tích nhà ở bình quân đầu người');
  });
});
