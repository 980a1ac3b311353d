/**
 * Round 44 outreach47, on 07/12/2026: outreach staff ask for a post inviting bà con to the commune and edit it in their own words.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-outreach47');
const NEAR_POOR_INVITE = 'Viết tin ngắn mời bà con đến UBND xã làm thủ tục đề nghị công nhận hộ cận nghèo';

describe('"mời bà con đến UBND xã làm thủ tục đề nghị công nhận hộ cận nghèo": bà con invited to the commune, not to a village meeting', () => {
  it('a notice inviting households to UBND xã, where to file, no "THƯ MỜI HỌP THÔN"', async () => {
    const [invite = ''] = await DECEMBER.ask(NEAR_POOR_INVITE);
    expect(invite).not.toContain('THƯ MỜI HỌP THÔN');
    expect(invite).not.toContain('Nên nói tại buổi họp');
    expect(invite).toContain('mời đến UBND xã');
    expect(invite).toContain('Mẫu số 04');
  });
});

describe('"thêm giờ làm việc sáng thứ 7", "thêm số điện thoại …" after a post: with the place and time, not a loose line at the end', () => {
  it('the invitation to the commune: the hours right under its place and time lines, the phone under them', async () => {
    const [, hours = '', phone = ''] = await DECEMBER.ask(NEAR_POOR_INVITE, 'thêm giờ làm việc sáng thứ 7', 'thêm số điện thoại 0123 456 789 của chị Lan cán bộ xã');
    expect(hours).toMatch(/\nHạn đăng ký: [^\n]*\nGiờ làm việc: sáng thứ Bảy\.\n/u);
    expect(phone).toMatch(/\nHạn đăng ký: [^\n]*\nGiờ làm việc: sáng thứ Bảy\.\nSố điện thoại 0123 456 789 của chị Lan cán bộ xã\.\n- /u);
  });
});

describe('"viết cho người già dễ hiểu" after a post on the social pension: every group of households stays', () => {
  it('the poor and near-poor households\' members from 70 to under 75 are still in it, with their status', async () => {
    const [post = '', plain = ''] = await DECEMBER.ask('soạn thông báo ngắn về trợ cấp hưu trí xã hội cho người cao tuổi để đăng nhóm zalo ấp', 'viết cho người già dễ hiểu');
    expect(post).toContain('70 đến dưới 75 tuổi');
    expect(plain).toContain('70 đến dưới 75 tuổi');
    expect(plain).toMatch(/\nHộ nghèo, hộ cận nghèo: [^\n]*\(tham khảo\)/u);
    expect(plain).toContain('75 tuổi trở lên');
    expect(body(plain).length).toBeLessThanOrEqual(1000);
  });
});

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();
