/**
 * Round 43 mend45c, on 07/12/2026 (tryout45 theme-outreach): outreach staff edit a post in words a little different from those read
 * before. While a post is in the draft, a message opening with an edit (thêm, bỏ, viết lại, nhắc…) stays on that post: a contact
 * with no number is a blank to fill in, a reminder a line in the staff's words, the source line dropped when asked, a friendlier
 * or Southern rewrite keeps the lines added; what cannot be done is said and the post given back unchanged. Were a refusal
 * ("không có trong dữ liệu"), "ngoài phạm vi", another card, the literal line "Phần hỏi đáp 3 câu.", the post lost.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round43-mend45c');
const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
const BHYT_POST = 'Soạn bài đăng Zalo về hỗ trợ BHYT cho hộ cận nghèo năm 2026';
const REVIEW_NOTICE = 'Viết thông báo cho bà con về lịch rà soát hộ nghèo, hộ cận nghèo cuối năm 2026';
const PENSION_NOTICE = 'Viết thông báo về trợ cấp hưu trí xã hội cho người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo';
const BLANK = '[điền số điện thoại]';

describe('a contact asked without its number: the post kept, a blank for the staff to fill in', () => {
  it.each(['thêm số điện thoại liên hệ của UBND xã', 'them sdt lien he cua xa nha', 'bổ sung số điện thoại liên hệ giúp mình'])('%s (O1.2)', async (asked) => {
    const [post, edited] = await DECEMBER.ask(BHYT_POST, asked);
    expect(post).toContain('70%');
    expect(edited).toContain('70%');
    expect(edited).toContain('100% nếu hộ sống ở xã nghèo (tham khảo)');
    expect(edited).toContain(BLANK);
    expect(edited).not.toContain('không có trong dữ liệu');
  });

  it('then "viết lại giọng miền Tây cho bà con dễ nghe" (O1.3): Southern, figures, statuses and the blank kept', async () => {
    const [, , southern] = await DECEMBER.ask(BHYT_POST, 'thêm số điện thoại liên hệ của UBND xã', 'viết lại giọng miền Tây cho bà con dễ nghe');
    expect(southern).toContain('nhen');
    expect(southern).toContain('70%');
    expect(southern).toContain('(tham khảo)');
    expect(southern).toContain(BLANK);
    expect(southern).not.toContain('gõ lại câu hỏi');
  });

  it('then "bỏ phần căn cứ pháp lý đi" (O1.4): the post without its source line, the rest kept', async () => {
    const replies = await DECEMBER.ask(BHYT_POST, 'thêm số điện thoại liên hệ của UBND xã', 'viết lại giọng miền Tây cho bà con dễ nghe', 'bỏ phần căn cứ pháp lý đi');
    const last = replies.at(-1)!;
    expect(replies[2]).toContain('Nguồn: Nghị định 188/2025/NĐ-CP');
    expect(last).not.toContain('Nguồn:');
    expect(last).not.toContain(OUT_OF_SCOPE);
    expect(last).toContain('70%');
    expect(last).toContain('(tham khảo)');
    expect(last).toContain(BLANK);
  });

  it.each(['bo phan nguon di', 'bỏ phần căn cứ pháp lý đi'])('%s right after the post', async (asked) => {
    const [, without] = await DECEMBER.ask(BHYT_POST, asked);
    expect(without).not.toContain('Nguồn:');
    expect(without).toContain('Hộ cận nghèo');
    expect(without).toContain('(tham khảo)');
  });
});

describe('a length asked after a post (O2.2): never longer than that post', () => {
  it.each(['rút gọn lại còn khoảng 5 dòng', 'rut gon con 5 dong thoi'])('%s after the review notice', async (asked) => {
    const [notice, shorter] = (await DECEMBER.ask(REVIEW_NOTICE, asked)).map((said) => said.split('\n\n')[0]!);
    expect(shorter!.length).toBeLessThan(notice!.length);
    expect(shorter!.split('\n').length).toBeLessThanOrEqual(5);
    expect(shorter).toContain('Rà soát định kỳ hằng năm');
    expect(shorter).toContain('(chưa rõ)');
  });
});

describe('a reminder added in the staff\'s words, the post kept', () => {
  it('"thêm lời nhắc mang theo căn cước công dân" after the review notice (O2.3): the same notice and the reminder', async () => {
    const [notice, reminded] = await DECEMBER.ask(REVIEW_NOTICE, 'thêm lời nhắc mang theo căn cước công dân');
    expect(notice).toContain('Rà soát định kỳ hằng năm');
    expect(reminded).toContain('Rà soát định kỳ hằng năm');
    expect(reminded).toContain('bà con nhớ mang theo căn cước công dân.');
    expect(reminded).not.toContain('Kiểm tra hộ gia đình');
  });

  it('"viết thêm một câu nhắc bà con mang thẻ BHYT khi đi khám" after the BHYT post', async () => {
    const [, reminded] = await DECEMBER.ask(BHYT_POST, 'viết thêm một câu nhắc bà con mang thẻ BHYT khi đi khám');
    expect(reminded).toContain('Hộ cận nghèo');
    expect(reminded).toContain('bà con nhớ mang thẻ BHYT khi đi khám.');
  });
});

describe('what cannot be done: said briefly, the post given back unchanged', () => {
  it.each(['thêm mức tiền mỗi tháng', 'them so tien moi thang di'])('%s after the social pension notice (O4.2): the amount chưa rõ, no figure', async (asked) => {
    const [notice, kept] = await DECEMBER.ask(PENSION_NOTICE, asked);
    expect(notice).toContain('Trợ cấp hưu trí xã hội');
    expect(kept).not.toContain(OUT_OF_SCOPE);
    expect(kept).toContain('chưa rõ');
    expect(kept).toContain('Trợ cấp hưu trí xã hội');
    expect(kept).toContain('từ 70 đến dưới 75 tuổi');
    expect(kept).not.toMatch(/\d[\d.]*\s*đồng/u);
  });

  it('"thêm phần hỏi đáp 3 câu" (O3.3): never the literal line "Phần hỏi đáp 3 câu.", the post kept', async () => {
    const [post, kept] = await DECEMBER.ask('Soạn bài đăng Zalo giải thích chuẩn nghèo mới áp dụng từ năm 2027', 'thêm phần hỏi đáp 3 câu');
    expect(post).toContain('2.200.000');
    expect(kept).not.toContain('Phần hỏi đáp 3 câu.');
    expect(kept).toContain('2.200.000');
    expect(kept).toContain('(tham khảo)');
  });

  it('"đổi tiêu đề thành in hoa" after a post: not done, the post kept, never "ngoài phạm vi"', async () => {
    const [, kept] = await DECEMBER.ask(BHYT_POST, 'đổi tiêu đề thành in hoa');
    expect(kept).not.toContain(OUT_OF_SCOPE);
    expect(kept).toContain('Bài vẫn giữ nguyên');
    expect(kept).toContain('70%');
  });
});

describe('friendlier wording asked in other words (O5.2)', () => {
  it.each(['viết kiểu thân mật như nói chuyện với hàng xóm', 'viet than mat nhu noi chuyen voi hang xom nha'])('%s: the lunch SMS friendlier, figures kept', async (asked) => {
    const [, friendly] = await DECEMBER.ask('Soạn tin nhắn ngắn nhắc phụ huynh hộ nghèo, cận nghèo đăng ký hỗ trợ tiền ăn trưa cho trẻ mẫu giáo', asked);
    expect(friendly).not.toContain(OUT_OF_SCOPE);
    expect(friendly).toContain('Bà con mình');
    expect(friendly).toContain('160.000 đồng');
    expect(friendly).toContain('9 tháng');
    expect(friendly).toContain('Nghị định 105/2020');
  });
});

describe('a new post asked after a post is that post, not an edit', () => {
  it('"Viết thông báo về trợ cấp hưu trí xã hội…" after the BHYT post', async () => {
    const [, next] = await DECEMBER.ask(BHYT_POST, PENSION_NOTICE);
    expect(next).toContain('Trợ cấp hưu trí xã hội');
    expect(next).not.toContain('Bài vẫn giữ nguyên');
  });
});
