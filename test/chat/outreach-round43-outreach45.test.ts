/**
 * Round 43 outreach45, on 07/12/2026 (tryout45 O4.1, O7.1): outreach staff writing to bà con.
 * - A notice about the social pension "cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo" names a group of households,
 *   no household's result: no "Kết quả tự kiểm tra chỉ để tham khảo …" note (was the note, "tuổi thuộc hộ" read as a result),
 *   and keeps to that age band (was half of it the pension from 75 of every household, 1.229 characters).
 * - A warning about the rumour "đăng ký hộ nghèo qua mạng được nhận 2 triệu đồng" is the scam warning post (review_fees): no fee,
 *   no policy paying money for registering, no CCCD or OTP to strangers, whom to ask (was whether the form can be filed online).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-outreach45');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('a notice about the social pension for a group of households', () => {
  it('"Viết thông báo về trợ cấp hưu trí xã hội cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo" has no self-check note', async () => {
    const post = await DECEMBER.first('Viết thông báo về trợ cấp hưu trí xã hội cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo');
    expect(post).toContain('từ 70 đến dưới 75 tuổi');
    expect(post).toContain('UBND cấp xã');
    expect(post).not.toContain('Kết quả tự kiểm tra');
    expect(post.split('\nBạn có thể gõ:')[0]).not.toMatch(/\bBạn /);
  });

  it('the same notice keeps to the 70–75 group: the pension from 75 of every household at most one mention, no line of its own', async () => {
    const post = (await DECEMBER.first('Viết thông báo về trợ cấp hưu trí xã hội cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo')).split('\nBạn có thể gõ:')[0]!;
    expect(post).not.toContain('Mọi hộ gia đình');
    expect(post.match(/từ 75 tuổi trở lên/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(post).toContain('Mức trợ cấp hằng tháng chưa rõ');
    expect(post.length).toBeLessThanOrEqual(700);
  });

  it('guard: "viết thông báo về trợ cấp hưu trí xã hội cho hộ nghèo, hộ cận nghèo" (no age band) still names both groups', async () => {
    const post = await DECEMBER.first('viết thông báo về trợ cấp hưu trí xã hội cho hộ nghèo, hộ cận nghèo');
    expect(post).toContain('Mọi hộ gia đình');
  });

  it('guard: "soạn tin zalo ngắn báo kết quả: nhà bà Năm là hộ cận nghèo" keeps the note (a household\'s result)', async () => {
    const post = await DECEMBER.first('soạn tin zalo ngắn báo kết quả: nhà bà Năm là hộ cận nghèo');
    expect(post).toContain('Kết quả tự kiểm tra chỉ để tham khảo');
  });
});

describe('a warning about money promised for registering', () => {
  it('"Viết bài cảnh báo bà con về tin đồn đăng ký hộ nghèo qua mạng được nhận 2 triệu đồng" is the scam warning, no invented payment', async () => {
    const post = await DECEMBER.first('Viết bài cảnh báo bà con về tin đồn đăng ký hộ nghèo qua mạng được nhận 2 triệu đồng');
    expect(post.split('\n')[0]).toMatch(/^Cảnh báo: /);
    expect(post).toContain('các văn bản đang lưu không có chính sách nào trả tiền cho việc đăng ký');
    expect(post).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
    expect(post).toMatch(/đừng đưa số CCCD/);
    expect(post).toContain('Mẫu số 04');
    expect(post).toContain(CADRE);
    expect(post).not.toContain('2.000.000');
    expect(post).not.toContain('Nộp Giấy đề nghị qua mạng');
  });

  it('a resident\'s "dang ky ho ngheo dc nhan 2 trieu ko" is told no such payment is known', async () => {
    const reply = await DECEMBER.first('dang ky ho ngheo dc nhan 2 trieu ko');
    expect(reply).toContain('không có chính sách nào trả tiền cho việc đăng ký');
  });

  it('guard: "co dang ky online dc ko" stays the online filing answer', async () => {
    const reply = await DECEMBER.first('co dang ky online dc ko');
    expect(reply).toContain('Nộp Giấy đề nghị qua mạng');
    expect(reply).not.toContain('trả tiền cho việc đăng ký');
  });
});
