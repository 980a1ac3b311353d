/**
 * Round 34 staff22: commune cadres (formal, criteria checks) and outreach staff (posts for bà con in Zalo groups).
 * - "Chỉ tiêu giảm tỷ lệ hộ nghèo giai đoạn 2026-2030": the period's target (giảm 1–1,5% mỗi năm, tham khảo) from the national
 *   rate's card; was the explainer's passage opening on the programme's 423.000 tỷ đồng.
 * - The social pension post shortened ("ngắn hơn"): each group with its condition and status, the pension not named again under
 *   its heading and no brackets side by side; was "- Hộ nghèo, hộ cận nghèo: Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)
 *   (tham khảo) (khi …)".
 * - "chi tiết" after a post on one support ("soạn bài đăng cho bà con về hỗ trợ tiền điện"): each group's line whole (amount,
 *   basis), still for bà con; was the card said to one reader ("Bạn có thể hỏi … nơi bạn cư trú", "Kiểm tra hộ gia đình").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('a cadre asks the period’s target', () => {
  it.each([
    ['Chỉ tiêu giảm tỷ lệ hộ nghèo giai đoạn 2026-2030'],
    ['chi tieu giam ngheo 2026 2030 la bn'],
    ['muc tieu giam ty le ho ngheo moi nam bao nhieu phan tram'],
  ])('“%s”: the target with its status, not the budget', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    // Was "Giải thích ngắn: “Kinh phí nhà nước cho Chương trình … khoảng 423.000 tỷ đồng …”".
    expect(text).not.toContain('423.000 tỷ');
    expect(text).toContain('Mục tiêu giai đoạn 2026–2030: tỷ lệ nghèo đa chiều giảm 1–1,5% mỗi năm (tham khảo)');
  });

  it('a province’s target stays its document’s: “muc tieu giam ngheo cua hung yen den nam 2030”', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('muc tieu giam ngheo cua hung yen den nam 2030');
    expect(text).not.toContain('Tỷ lệ hộ nghèo đa chiều cả nước');
    expect(text).toContain('Hưng Yên');
  });

  it('the programme’s money asked keeps the programme’s card', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('kinh phi chuong trinh mtqg giai doan 2026-2030 bn');
    expect(text).toContain('khoảng 423.000 tỷ đồng');
  });
});

describe('outreach staff shorten the social pension post', () => {
  it.each([
    ['tóm tắt chính sách trợ cấp hưu trí xã hội NĐ 176/2025 để đăng nhóm', 'ngắn hơn'],
    ['viet bai dang nhom zalo ve tro cap huu tri xa hoi cho ba con', 'ngan hon nua'],
  ])('“%s”, “%s”: one line a group, the pension named once, no brackets side by side', async (question, shorter) => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say(question);
    const { text } = await harness.say(shorter);
    expect(text).toContain('- Mọi hộ gia đình: khi có thành viên từ 75 tuổi trở lên và người cao tuổi đó không có lương hưu (tham khảo).');
    expect(text).toContain('- Hộ nghèo, hộ cận nghèo: khi có thành viên từ 70 đến dưới 75 tuổi (tham khảo).');
    expect(text.match(/Trợ cấp hưu trí xã hội/g)).toHaveLength(1);
    expect(text).not.toMatch(/\) \(/);
  });
});

describe('outreach staff: “chi tiết” after a post on one support stays a post for bà con', () => {
  it.each([
    // Round 35 (staff23): the basis once, on the post's one source line (was "Căn cứ: Quyết định 14/2025/QĐ-TTg ngày 29/05/2025 (…)"
    // on the line too); the line says its status and whom to ask.
    ['soạn bài đăng cho bà con về hỗ trợ tiền điện', 'chi tiết', 'Nội dung này chưa có thông tin chắc chắn, hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã.\nNơi làm: UBND cấp xã (hỏi cán bộ xã ai lập danh sách và chi trả).\nNguồn: Quyết định 14/2025/QĐ-TTg'],
    ['viet bai dang nhom zalo ve bhyt cho ho can ngheo', 'chi tiet', 'Mức: Tối thiểu 70% mức đóng bảo hiểm y tế'],
  ])('“%s”, “%s”: more, still said to bà con', async (question, more, detail) => {
    harness = await openHarness({ now: DEC_06 });
    const post = await harness.say(question);
    const { text, buttons } = await harness.say(more);
    expect(text.length).toBeGreaterThan(post.text.length);
    expect(text).toContain(detail);
    expect(text).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi mình cư trú.');
    expect(text).not.toContain('nơi bạn cư trú');
    expect(buttons.map((button) => button.label)).not.toContain('Kiểm tra hộ gia đình');
  });
});
