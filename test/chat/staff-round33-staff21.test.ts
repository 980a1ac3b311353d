/**
 * Round 33 staff21: commune cadres (formal, with diacritics, in a hurry) and outreach staff writing posts for Zalo groups.
 * - "Hộ có 1 thành viên đi XKLĐ có tính nhân khẩu không?": whether a member abroad counts in the household (the residence entry:
 *   not in the data, chưa rõ, decided by UBND cấp xã), not the kinds of support that include work abroad.
 * - "Quy trình rà soát … gồm mấy bước, ai ký quyết định công nhận?": the procedure's card (the 6 steps and the Chủ tịch UBND cấp
 *   xã), not who decides alone.
 * - "Hộ thành thị 3 người, tổng thu nhập 6.600.000 đồng/tháng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?": income within the
 *   2027 line (2.800.000 đồng đô thị), so "hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt"; was "chưa xác định được hoặc hộ nghèo".
 * - "tóm tắt chính sách trợ cấp hưu trí xã hội NĐ 176/2025 để đăng nhóm": the post's heading with one bracket ("(người cao tuổi
 *   không có lương hưu, mọi hộ; áp dụng ngày 06/12/2026)"), was two side by side.
 * - "Thời hạn giấy chứng nhận hộ nghèo bao lâu?": the certificate's term (not in the data, chưa rõ), not the whole procedure card.
 * - A post, then "chi tiết" (its next level, still for the group), then "ngắn hơn": still for the group, never "Bạn có thể hỏi …
 *   nơi bạn cư trú" pasted into a Zalo group.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, spansOf, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('cadres get what they asked, with source and status', () => {
  it.each([
    ['Hộ có 1 thành viên đi XKLĐ có tính nhân khẩu không?'],
    ['thành viên đi xuất khẩu lao động có tính vào nhân khẩu không'],
  ])('“%s”: the member abroad and the household, not the supports for work abroad', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const brief = (await harness.say(question)).text;
    // Was "Các hỗ trợ khác (…): • Hộ nghèo, hộ cận nghèo: Còn có các hỗ trợ như đi làm việc ở nước ngoài theo hợp đồng, …".
    expect(brief).not.toContain('Các hỗ trợ khác');
    // In brief since round 36 (short27): the member abroad on the moving line, with its status; every line after "chi tiết".
    expect(brief).toContain('người đi làm xa, ở nước ngoài, đang ở tù hay đi nghĩa vụ quân sự có tính trong hộ không: do UBND cấp xã xác định (chưa rõ)');
    expect(brief).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    const { text } = await harness.say('chi tiết');
    expect(text).toContain('Thành viên đi làm việc ở nước ngoài (xuất khẩu lao động) có được tính là người trong hộ hay không');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('a poor household asking about work abroad still gets that support', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('ho ngheo di xkld dc ho tro gi');
    expect(text).toContain('đi làm việc ở nước ngoài theo hợp đồng');
  });

  it('the review’s steps counted and who signs: the procedure with its 6 steps, not who decides alone', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Quy trình rà soát hộ nghèo cuối năm 2026 gồm mấy bước, ai ký quyết định công nhận?');
    // Was "Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo: • Chủ tịch UBND cấp xã quyết định …" and no step.
    expect(text).not.toMatch(/^Thẩm quyền công nhận/);
    // Numbered in their order (round 41 cadre41; was "gồm 6 bước: lập danh sách hộ cần rà soát, …" in one sentence).
    expect(text).toContain('gồm 6 bước, theo thứ tự:\n   1. Lập danh sách hộ cần rà soát.');
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });
});

describe('a cadre asks the certificate’s term', () => {
  it('“Thời hạn giấy chứng nhận hộ nghèo bao lâu?”: not known, said so with whom to ask', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Thời hạn giấy chứng nhận hộ nghèo bao lâu?');
    // Was "Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo: …", nothing on the certificate's term.
    expect(text).toMatch(/^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('thời hạn của giấy không có trong dữ liệu của trợ lý (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('a cadre checks one household in a sentence', () => {
  it('within the 2027 urban line with 2 deprivations told: near-poor or poor, never "chưa xác định được"', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('Hộ thành thị 3 người, tổng thu nhập 6.600.000 đồng/tháng, thiếu BHYT và nước sạch, năm 2027 xếp loại gì?');
    expect(text).not.toContain('chưa xác định được');
    // Since round 36 law28 in December: today's class, then from 01/01/2027 (was the 2027 check alone, "… tùy số chỉ số thiếu hụt
    // (bạn đã kể 2 chỉ số thiếu hụt)").
    expect(text).toContain('Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính)');
    expect(text).toContain('thành thị 2.800.000 đồng (tham khảo)');
  });
});

describe('outreach staff: a post stays a post for the group', () => {
  it.each([
    ['soạn tin nhắn nhắc bà con đăng ký rà soát hộ nghèo', 'Nguồn: Quyết định 24/2021/QĐ-TTg'],
    ['viết bài đăng nhóm zalo: hộ cận nghèo được hỗ trợ gì', 'Hộ cận nghèo được hỗ trợ (áp dụng ngày 06/12/2026):'],
  ])('“%s”, “chi tiết”, “ngắn hơn”: shorter, still said to bà con', async (question, kept) => {
    harness = await openHarness({ now: DEC_06 });
    const post = await harness.say(question);
    expect(post.text).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi mình cư trú.');
    const fuller = await harness.say('chi tiết');
    expect(fuller.text).toContain('nơi mình cư trú');
    const shorter = await harness.say('ngắn hơn');
    // Was "… Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú." in the post's shorter form.
    expect(spansOf(shorter)).not.toMatch(/(^|\s)bạn(\s|$)/iu);
    expect(shorter.text).toContain(kept);
    expect(shorter.text.length).toBeLessThan(fuller.text.length);
    // One more "chi tiết" after it: the card, as before.
    expect((await harness.say('chi tiết')).text).not.toBe(shorter.text);
  });

  it('the social pension post: one bracket in its heading, both groups of NĐ 176/2025 with their status', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('tóm tắt chính sách trợ cấp hưu trí xã hội NĐ 176/2025 để đăng nhóm');
    // Was "Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) (áp dụng ngày 06/12/2026):".
    expect(text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ; áp dụng ngày 06\/12\/2026\):\n/);
    expect(text).not.toContain(') (áp dụng');
    expect(text).toContain('thành viên hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi');
    expect(text).toContain('Nguồn: Nghị định 176/2025/NĐ-CP.');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ.');
  });
});
