/**
 * Round 28 (outreach13, 05/12/2026): a post on the merged programme 2026–2035 for a Zalo group, as outreach staff ask it, is
 * short enough for a group (was 1.498 characters: the plan's number, the budget and what of it is not known, all the card's),
 * keeps its source, status and where bà con ask; the card asked by a cadre stays whole.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28-outreach13');

/** The post: what is shared, not the buttons under it. */
const postOf = (text: string) => /^[\s\S]*?\nBà con có thể hỏi[^\n]*/u.exec(text)?.[0] ?? '';

describe('a Zalo group post on the programme 2026–2035', () => {
  it.each([
    'viết bài ngắn đăng nhóm zalo về chương trình giảm nghèo 2026-2035',
    'soan giup bai dang zalo ve chuong trinh mtqg giam ngheo moi',
    'viet bai dang nhom zalo ve chuong trinh mtqg 2026-2035 cho ba con',
  ])('"%s": at most 900 characters, its source and status, bà con told where to ask', async (asked) => {
    const answer = await first(asked);
    expect(answer).toContain('Bà con có thể hỏi');
    const post = postOf(answer);
    expect(post.length).toBeLessThanOrEqual(900);
    expect(post).toMatch(/^Chương trình MTQG giai đoạn 2026–2035/);
    expect(post).toContain('Nguồn: Nghị quyết 257/2025/QH15; Quyết định 417/QĐ-BNNMT.');
    expect(post).toContain('100% xã nghèo thoát nghèo vào năm 2030');
    expect(post).toContain('(tham khảo)');
    expect(post).toContain('Mức hỗ trợ nhà ở, sinh kế, học nghề của chương trình mới chưa được công bố trong các văn bản đang lưu');
    expect(post).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // The card's details stay the card's; a group post says nothing to one reader ("bạn") nor of the assistant.
    expect(post).not.toContain('424/NQ-CP');
    expect(post).not.toContain('423.000');
    expect(post).not.toMatch(/\bbạn\b|trợ lý/iu);
  });

  it('the programme asked: its entry in brief, then "chi tiết" the whole card: the plan, the budget as reported, the total not known', async () => {
    // Round 38 short30: "chuong trinh giam ngheo moi … la gi" is said in brief first, as written with diacritics too (was the whole
    // card, 2.104 characters on a phone); the plan and the budget are one "chi tiết" away.
    const [answer, whole] = await ask('Chương trình MTQG giảm nghèo mới là gì?', 'chi tiết');
    expect(answer).toContain('Nghị quyết 257/2025/QH15');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
    expect(whole).toContain('Nghị quyết 424/NQ-CP ngày 30/12/2025');
    expect(whole).toContain('khoảng 423.000 tỷ đồng');
    expect(whole).toContain('Tổng vốn của cả giai đoạn 2026–2035 và vốn phân bổ cho từng tỉnh không có trong dữ liệu của trợ lý (chưa rõ)');
  });
});
