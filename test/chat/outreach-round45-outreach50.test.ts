/**
 * Round 45 outreach50, on 07/12/2026 (tryout49 theme T5): outreach staff edit a Zalo post for bà con ("ghi thêm chỗ nộp hồ sơ",
 * "them y nguoi 70 tuoi ho ngheo"): the edit is done as a proper line of the post, never pasted as typed nor refused.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-outreach50');
const NEAR_POOR_POST = 'Viết giúp bài Zalo giải thích hộ cận nghèo được hỗ trợ những gì, ngắn gọn, có gạch đầu dòng';

describe('"ghi thêm chỗ nộp hồ sơ" after a post on what near-poor households get', () => {
  it('adds where to file (the poverty cadre of the commune) before the source; was "Mình chưa sửa bài theo đúng yêu cầu này được"', async () => {
    const [, edited = ''] = await DECEMBER.ask(NEAR_POOR_POST, 'ghi thêm chỗ nộp hồ sơ');
    expect(edited).not.toContain('Mình chưa sửa bài');
    expect(edited).toMatch(/^Hộ cận nghèo được hỗ trợ/u);
    expect(edited).toContain('Nộp hồ sơ, hỏi thêm: cán bộ phụ trách giảm nghèo ở UBND cấp xã.\nNguồn:');
  });
});

describe('"them y nguoi 70 tuoi ho ngheo" after a Zalo post on the pension from 75', () => {
  it('adds the 70 to under 75 group of poor and near-poor households as a line (NĐ 176/2025, tham khảo; amount chưa rõ); was "Y nguoi 70 tuoi ho ngheo." pasted in', async () => {
    const [, edited = ''] = await DECEMBER.ask('viet bai zalo ve tro cap huu tri xa hoi cho nguoi 75 tuoi', 'them y nguoi 70 tuoi ho ngheo');
    expect(edited).not.toContain('Y nguoi 70 tuoi ho ngheo');
    expect(edited).toContain('Người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo được trợ cấp hưu trí xã hội hằng tháng (Nghị định 176/2025/NĐ-CP, tham khảo); mức trợ cấp chưa rõ, bà con hỏi cán bộ phụ trách giảm nghèo ở UBND cấp xã.\nNguồn:');
  });
});
