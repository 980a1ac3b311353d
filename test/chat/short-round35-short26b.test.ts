/**
 * Round 35 (short26b, 06/12/2026): residents' answers on illness, disability, the elderly, health insurance and the procedure
 * within a cheap phone's message: the answer to what was asked, the sure lines with source and status, what is not known on one
 * "Chưa rõ" line with whom to ask, the rest one "chi tiết" (or one typed question) away.
 * - A member gravely ill told with a support asked ("vo tui bi benh nang, nha tui dc vay von ko", 2.253 characters; "ong xa tui nam
 *   1 cho, lam the bhyt o dau", 2.105; "me tui bi ung thu, ho can ngheo dc bhyt bn phan tram", 1.797): the sick_member lines in
 *   brief, the card's first sentence for each class with status and basis, the whole card after "chi tiết".
 * - "vo tui bi mu, ho can ngheo dc tro cap hang thang hok" (2.074): the disability entry in brief.
 * - "sao nha tui ngheo vay ma hok dc xet ho ngheo" (3.500: every step of the review): what the data holds, how to ask to be
 *   reviewed, the unknown named on one line, every step one typed question away.
 * - "ba ngoai tui o 1 minh ko ai nuoi, nha ngheo, co tro cap j ko" (2.262): each card whom it is for, its amount and basis.
 * - The procedure asked where, when, who ("muon dang ky ho ngheo thi ra dau lam, nop cho ai", "chừng nào xã mới xét lại hộ
 *   nghèo dzậy", "ai la nguoi quyet dinh cho nha tui vo ho ngheo": 1.722 each): in brief.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short26b');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
// Round 41 resid42: shorter, with the meals line (was the ages counted and where a disability is certified, now after "chi tiết").
const SICK_LINE =
  'Người ốm đau, nằm một chỗ không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh (tham khảo). Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 1 điểm b';
const SICK_UNKNOWN = 'Chưa rõ: tiền ăn, tiền đi lại khi nằm viện của thành viên hộ nghèo, hộ cận nghèo: mức và ai được hưởng. Căn cứ: Quyết định 14/2012/QĐ-TTg.';
const NEAR_POOR_PREMIUM =
  'Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70% mức đóng bảo hiểm y tế cho thành viên hộ cận nghèo; hỗ trợ 100% nếu hộ sống ở xã nghèo (tham khảo). Căn cứ: Nghị định 188/2025/NĐ-CP';

describe('a member gravely ill told with a support asked: the sick lines in brief, the card in brief, the whole one word away', () => {
  it('"vo tui bi benh nang, nha tui dc vay von ko": within 1.400 characters, loans of both classes with status and basis', async () => {
    const [text, detail] = await ask('vo tui bi benh nang, nha tui dc vay von ko', 'chi tiet');
    expect(text!.length).toBeLessThanOrEqual(1400);
    expect(text).toContain(SICK_LINE);
    expect(text).toContain(SICK_UNKNOWN);
    expect(text).toContain('Hộ nghèo: Hộ nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội (tham khảo). Căn cứ: Nghị định 78/2002/NĐ-CP');
    expect(text).toContain('Hộ cận nghèo: Hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội, lãi suất không quá 130% lãi suất cho hộ nghèo (tham khảo). Căn cứ: Quyết định 15/2013/QĐ-TTg');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    expect(text).toContain(CADRE);
    // "chi tiết": the whole loans card, its figures.
    expect(detail).toContain('100.000.000 đồng/hộ');
    expect(detail).toContain('7,92%/năm');
  });

  it('"ong xa tui nam 1 cho, lam the bhyt o dau": within 1.400 characters, where first-hand with both classes\' shares', async () => {
    const text = await first('ong xa tui nam 1 cho, lam the bhyt o dau');
    expect(text.length).toBeLessThanOrEqual(1400);
    expect(text).toContain(SICK_LINE);
    expect(text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo). Căn cứ: Luật Bảo hiểm y tế, Điều 12');
    expect(text).toContain(NEAR_POOR_PREMIUM);
    expect(text).toContain('Nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ; thẻ do cơ quan Bảo hiểm xã hội cấp.');
  });

  it('"me tui bi ung thu, ho can ngheo dc bhyt bn phan tram": within 1.200 characters, the near-poor share alone', async () => {
    const text = await first('me tui bi ung thu, ho can ngheo dc bhyt bn phan tram');
    expect(text.length).toBeLessThanOrEqual(1200);
    expect(text).toContain(SICK_UNKNOWN);
    expect(text).toContain(NEAR_POOR_PREMIUM);
    expect(text).not.toContain('Hộ nghèo:');
  });
});

describe('a disabled member told with the monthly allowance asked: the disability entry in brief', () => {
  it('"vo tui bi mu, ho can ngheo dc tro cap hang thang hok": within 1.150 characters, the allowance, what is not known, the card after "chi tiết"', async () => {
    const [text, detail] = await ask('vo tui bi mu, ho can ngheo dc tro cap hang thang hok', 'chi tiet');
    expect(text!.length).toBeLessThanOrEqual(1150);
    expect(text).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(text).toContain('(tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
    // The not-known line in its brief words (round 38 short29, rules/reference.yaml disability); the whole line after "chi tiết".
    expect(text).toContain('số tiền mỗi tháng của một người thì dữ liệu của trợ lý chưa có (chưa rõ)');
    expect(detail).toContain('số tiền mỗi tháng của một người cụ thể không có trong dữ liệu của trợ lý, nên trợ lý không nêu (chưa rõ)');
    expect(text).toContain(CADRE);
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    expect(detail).toContain('Trợ giúp pháp lý miễn phí');
  });
});

describe('why a poor household was not recognised: in brief, every step one typed question away', () => {
  it('"sao nha tui ngheo vay ma hok dc xet ho ngheo": within 1.850 characters, the standard, the written reason, how to ask again, the unknown on one line', async () => {
    // In brief to a resident since round 40 (short33, test/chat/length-round40-short33): this is its whole answer, "chi tiết".
    const [, text] = (await ask('sao nha tui ngheo vay ma hok dc xet ho ngheo', 'chi tiết')) as [string, string];
    expect(text.length).toBeLessThanOrEqual(1850);
    expect(text).toContain('không quá 1.500.000 đồng (nông thôn), 2.000.000 đồng (thành thị)');
    expect(text).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản và nêu rõ lý do (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    expect(text).toMatch(/Thấy kết quả chưa đúng: hộ nộp Giấy đề nghị \(Mẫu số 04\)[^\n]*\(tham khảo\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg\./);
    expect(text).toMatch(/^• Chưa rõ: bảng điểm của từng câu hỏi trên phiếu; [^\n]*trình tự khiếu nại kết quả họp bình xét ở thôn hay kết quả rà soát\. Căn cứ: /m);
    expect(text).toContain(CADRE);
    expect(text).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    expect(text).not.toContain('gồm 6 bước');
  });
});

describe('an old person alone in a poor household: each card whom it is for, its amount and basis', () => {
  it('"ba ngoai tui o 1 minh ko ai nuoi, nha ngheo, co tro cap j ko": within 1.250 characters', async () => {
    const text = await first('ba ngoai tui o 1 minh ko ai nuoi, nha ngheo, co tro cap j ko');
    expect(text.length).toBeLessThanOrEqual(1250);
    expect(text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng (tham khảo). Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5');
    expect(text).toContain('từ 70 đến dưới 75 tuổi được hưởng trợ cấp hưu trí xã hội hằng tháng. Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('người từ 75 tuổi trở lên không có lương hưu');
    expect(text).toContain(CADRE);
  });
});

describe('the procedure asked where, when or who: in brief, every step one typed question away', () => {
  it.each([
    ['muon dang ky ho ngheo thi ra dau lam, nop cho ai', 'Mẫu số 04'],
    ['chừng nào xã mới xét lại hộ nghèo dzậy', 'Hôm nay 06/12/2026: theo Quyết định 24/2021/QĐ-TTg'],
    ['ai la nguoi quyet dinh cho nha tui vo ho ngheo', 'Chủ tịch UBND cấp xã'],
  ])('"%s": within 1.000 characters, led by "%s", its source, whom to ask', async (question, lead) => {
    const text = await first(question);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text).toContain(lead);
    expect(text).toMatch(/Quyết định 24\/2021\/QĐ-TTg/);
    expect(text).toContain(CADRE);
    expect(text).toMatch(/Xem đủ[^\n]*: gõ “/);
  });
});

describe('a small child without a health insurance card: the child\'s own rule, then each class\'s share on one line', () => {
  it('"con tui 3 tuoi chua co bhyt": within 1.900 characters, 100%, 70% and 30% each with status and basis, the card after "chi tiết"', async () => {
    const [text, detail] = await ask('con tui 3 tuoi chua co bhyt', 'chi tiet');
    expect(text!.length).toBeLessThanOrEqual(1900);
    expect(text).toContain('trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng bảo hiểm y tế, dù hộ thuộc loại nào');
    expect(text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo). Căn cứ: Luật Bảo hiểm y tế, Điều 12');
    expect(text).toContain(NEAR_POOR_PREMIUM);
    expect(text).toContain('Hộ có mức sống trung bình (hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp hoặc diêm nghiệp): Ngân sách nhà nước hỗ trợ tối thiểu 30% mức đóng bảo hiểm y tế');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    // "chi tiết": the card in full, the near-poor's "Mức:" with its article.
    expect(detail).toContain('Tối thiểu 70% mức đóng bảo hiểm y tế (Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a)');
  });
});
