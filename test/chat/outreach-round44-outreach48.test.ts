/**
 * Round 44 outreach48, on 07/12/2026: outreach staff ask for a Zalo post telling bà con of the year-end review (tryout47 O01.1–O01.3).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-outreach48');
const REVIEW_POST = 'Viết giúp tôi một bài đăng Zalo thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026';

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();

describe('"bài đăng Zalo thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026": a notice to bà con, not the procedure', () => {
  it('who comes, Giấy đề nghị (Mẫu số 04) at UBND cấp xã, the 2026 schedule from the commune (not known), whom to ask; no "Bước 5"', async () => {
    const [post = ''] = await DECEMBER.ask(REVIEW_POST);
    expect(post).not.toContain('Bước 5');
    expect(post).not.toContain('cấp huyện');
    expect(post).toContain('THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT');
    expect(post).toContain('Hộ gia đình đang gặp khó khăn');
    expect(post).toMatch(/Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã[^\n]*\(tham khảo\)/u);
    expect(post).toMatch(/\nThời gian: theo thông báo của UBND xã … về đợt rà soát năm 2026 \([^\n]*2022 – 2025; lịch năm 2026 chưa rõ\)\./u);
    expect(post).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(body(post).length).toBeLessThanOrEqual(1000);
  });

  it('"ngắn hơn" is really shorter and keeps Mẫu số 04 at UBND cấp xã; the phone then added stays in the notice', async () => {
    const [post = '', shorter = '', phone = ''] = await DECEMBER.ask(REVIEW_POST, 'ngắn hơn', 'thêm số điện thoại 0123 456 789 của chị Lan cán bộ xã');
    expect(body(shorter).length).toBeLessThan(body(post).length - 200);
    expect(shorter).toContain('Mẫu số 04');
    expect(shorter).toContain('UBND cấp xã');
    expect(shorter).not.toContain('Bước 5');
    expect(phone).toContain('THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT');
    expect(phone).toContain('Số điện thoại 0123 456 789 của chị Lan cán bộ xã.');
  });

  it('the phone added to the notice goes with its place and time lines', async () => {
    const [, phone = ''] = await DECEMBER.ask(REVIEW_POST, 'thêm số điện thoại 0123 456 789 của chị Lan cán bộ xã');
    expect(phone).toMatch(/\nNơi đăng ký: [^\n]*\nThời gian: [^\n]*\nSố điện thoại 0123 456 789 của chị Lan cán bộ xã\.\n- /u);
  });
});

describe('a cadre asking how a step is done still gets the procedure', () => {
  it('"bước báo cáo Chủ tịch UBND cấp huyện … thực hiện thế nào?": Bước 5, no notice', async () => {
    const [answer = ''] = await DECEMBER.ask('Sau 01/7/2025 không còn cấp huyện thì bước báo cáo Chủ tịch UBND cấp huyện trong rà soát hộ nghèo thực hiện thế nào?');
    expect(answer).toContain('Bước 5');
    expect(answer).not.toContain('THÔNG BÁO MỜI BÀ CON');
  });
});
