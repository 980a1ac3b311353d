/**
 * Round 45 outreach49, on 07/12/2026: outreach staff ask for Zalo posts for bà con and edit them ("ngắn hơn", "viết lại cho người
 * lớn tuổi dễ hiểu", "thêm …"): each post keeps its warning, statuses, source and where to go, each "ngắn hơn" is shorter, a post
 * stays within a phone's message.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round45-outreach49');
const SCAM_POST = 'Soạn bài cảnh báo lừa đảo hỗ trợ hộ nghèo qua Zalo cho bà con';
const PENSION_POST = 'Viết thông báo trợ cấp hưu trí xã hội cho bà con theo NĐ 176/2025';
const REVIEW_POST = 'Viết giúp tôi một bài đăng Zalo thông báo cho bà con về việc rà soát hộ nghèo cuối năm 2026';
const YEAR_END_POST = 'Viết thông báo rà soát hộ nghèo cuối năm 2026 cho bà con';
const ELECTRICITY_POST = 'Viết bài đăng Zalo cho bà con về hỗ trợ tiền điện theo Quyết định 14/2025';
const HOUSING_POST = 'Viết bài đăng Zalo cho bà con về hỗ trợ nhà ở cho hộ nghèo';
const PLAINER = 'viết lại cho người lớn tuổi dễ hiểu';

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();
/** The words of a post's longest sentence (its heading, source, whom to ask and a notice's time line, whose aside says what is not known, left out). */
const longestSentence = (post: string) =>
  Math.max(
    ...body(post)
      .split('\n')
      .filter((line) => !/^(?:Nguồn:|Bà con có thể hỏi|Trợ lý không soạn|Thời gian:)|:$/u.test(line))
      .flatMap((line) => line.split(/(?<=[.;])\s+/u))
      .map((sentence) => sentence.split(/\s+/u).length),
  );

describe('"Soạn bài cảnh báo lừa đảo hỗ trợ hộ nghèo qua Zalo cho bà con" then "ngắn hơn": the warning stays', () => {
  it('each "ngắn hơn" keeps "đừng chuyển tiền, đừng đưa số CCCD" and where to file, and is shorter than the post before', async () => {
    const [post = '', ...shorter] = await DECEMBER.ask(SCAM_POST, 'ngắn hơn', 'ngắn hơn', 'ngắn hơn');
    expect(post).toContain('bà con đừng chuyển tiền, đừng đưa số CCCD hay mã nào');
    for (const one of shorter) {
      expect(one).toMatch(/^Cảnh báo: /u);
      expect(one).toContain('bà con đừng chuyển tiền, đừng đưa số CCCD hay mã nào');
      expect(one).toContain('mã OTP');
      expect(one).toContain('Mẫu số 04');
      expect(one).toContain('(tham khảo)');
      expect(one).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
    }
    expect(body(shorter[0]!).length).toBeLessThan(body(post).length);
    expect(body(shorter[1]!).length).toBeLessThan(body(shorter[0]!).length);
  });
});

describe('"ngắn hơn" after an edit is shorter than the post before it', () => {
  it('the electricity post (QĐ 14/2025) said plainer, then "ngắn hơn": shorter, still "chưa rõ", its source and UBND cấp xã', async () => {
    const [, plainer = '', shorter = ''] = await DECEMBER.ask(ELECTRICITY_POST, PLAINER, 'ngắn hơn');
    expect(body(shorter).length).toBeLessThan(body(plainer).length);
    expect(shorter).toContain('(chưa rõ)');
    expect(shorter).toContain('Nguồn: Quyết định 14/2025/QĐ-TTg');
    expect(shorter).toContain('Nơi làm: UBND cấp xã');
  });

  it('the housing post in 3 sentences, then "ngắn hơn": shorter, where to go kept', async () => {
    const [, three = '', shorter = ''] = await DECEMBER.ask(HOUSING_POST, 'viết ngắn 3 câu', 'ngắn hơn');
    expect(body(shorter).length).toBeLessThan(body(three).length);
    expect(shorter).toContain('Nơi làm: UBND cấp xã');
    expect(shorter).toContain('(chưa rõ)');
  });
});

describe('the social pension notice (NĐ 176/2025) within a phone\'s message', () => {
  it('≤ 1.000 characters, both groups, their status, where to go, source, to bà con', async () => {
    const post = body(await DECEMBER.first(PENSION_POST));
    expect(post.length).toBeLessThanOrEqual(1000);
    expect(post).toContain('Mọi hộ gia đình (chỉ khi có thành viên từ 75 tuổi trở lên');
    expect(post).toContain('Hộ nghèo, hộ cận nghèo (chỉ khi có thành viên từ 70 đến dưới 75 tuổi)');
    expect(post).not.toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo) (tham khảo), chỉ khi');
    expect(post.match(/\(tham khảo\)/gu)).toHaveLength(2);
    expect(post).toContain('Nơi làm: UBND cấp xã');
    expect(post).toContain('Nguồn: Nghị định 176/2025/NĐ-CP.');
    expect(post).toContain('Bà con có thể hỏi');
  });

  it('"thêm phần hỏi đáp": within 1.000 characters, three short answers, each bracket closed, the source and status kept', async () => {
    const [, qa = ''] = await DECEMBER.ask(PENSION_POST, 'thêm phần hỏi đáp');
    expect(body(qa).length).toBeLessThanOrEqual(1000);
    const answers = qa.match(/^Đáp: .*$/gmu) ?? [];
    expect(answers).toHaveLength(3);
    for (const answer of answers) {
      expect(answer.split(/\s+/u).length).toBeLessThanOrEqual(35);
      expect(answer.split('(').length).toBe(answer.split(')').length);
    }
    expect(qa).toMatch(/Đáp: Mọi hộ gia đình: [^\n]*75 tuổi[^\n]*\(tham khảo\)\./u);
    expect(qa).toMatch(/Đáp: Hộ nghèo, hộ cận nghèo: [^\n]*từ 70 đến dưới 75 tuổi[^\n]*\(tham khảo\)\./u);
    expect(qa).toContain('Nguồn: Nghị định 176/2025/NĐ-CP.');
    expect(qa).toContain('UBND cấp xã');
  });

  it('the Q&A of a post on the procedure after 01/7/2025: its source answered once, not whom to ask with it', async () => {
    const [, , qa = ''] = await DECEMBER.ask('Soạn bài cho bà con về thủ tục đề nghị xét hộ nghèo sau 01/7/2025', 'ngắn hơn', 'thêm phần hỏi đáp');
    expect(qa).toMatch(/Hỏi: Thông tin này căn cứ vào đâu\?\nĐáp: Quyết định 24\/2021\/QĐ-TTg;[^\n]*\.\n/u);
    expect(qa).not.toMatch(/Đáp: Quyết định[^\n]*Bà con có thể hỏi/u);
  });
});

describe('the year-end review notice for bà con: where to go kept, hours under it, plainer in short sentences', () => {
  it('"Viết thông báo rà soát hộ nghèo cuối năm 2026 cho bà con", then "ngắn hơn": UBND cấp xã said, shorter', async () => {
    const [post = '', shorter = ''] = await DECEMBER.ask(YEAR_END_POST, 'ngắn hơn');
    expect(post).toContain('Nơi làm: UBND cấp xã');
    expect(shorter).toContain('Nơi làm: UBND cấp xã');
    expect(shorter).toContain('(chưa rõ)');
    expect(body(shorter).length).toBeLessThan(body(post).length);
  });

  it('the notice shortened keeps "Nơi đăng ký"; "thêm giờ làm việc sáng thứ 7" is its own line under it', async () => {
    const [, shorter = '', hours = ''] = await DECEMBER.ask(REVIEW_POST, 'ngắn hơn', 'thêm giờ làm việc sáng thứ 7');
    expect(shorter).toContain('Nơi đăng ký: UBND xã …');
    expect(hours).toMatch(/\nNơi đăng ký: [^\n]*\nGiờ làm việc: sáng thứ Bảy\.\n/u);
    expect(hours).not.toContain('Giờ làm việc sáng thứ 7.');
  });

  it('"thêm giờ làm việc sáng thứ 7" after the year-end post: under its "Nơi làm" line', async () => {
    const [, hours = ''] = await DECEMBER.ask(YEAR_END_POST, 'thêm giờ làm việc sáng thứ 7');
    expect(hours).toMatch(/\nNơi làm: UBND cấp xã[^\n]*\nGiờ làm việc: sáng thứ Bảy\.\nNguồn: /u);
  });

  it(`"${PLAINER}" after the notice: the same notice, its place, form, hours and statuses, sentences of 25 words at most`, async () => {
    const [, , hours = '', plainer = ''] = await DECEMBER.ask(REVIEW_POST, 'ngắn hơn', 'thêm giờ làm việc sáng thứ 7', PLAINER);
    expect(plainer).toContain('THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT');
    expect(plainer).toContain('Nơi đăng ký: UBND xã …');
    expect(plainer).toContain('Giờ làm việc: sáng thứ Bảy.');
    expect(plainer).toContain('Mẫu số 04');
    expect(plainer).toContain('(tham khảo)');
    expect(body(plainer).length).toBeLessThanOrEqual(body(hours).length);
    expect(longestSentence(plainer)).toBeLessThanOrEqual(25);
  });

  it(`"${PLAINER}" after the whole notice: sentences of 25 words at most, what is not known kept`, async () => {
    const [, plainer = ''] = await DECEMBER.ask(REVIEW_POST, PLAINER);
    expect(plainer).toContain('THÔNG BÁO MỜI BÀ CON ĐĂNG KÝ RÀ SOÁT');
    expect(plainer).toContain('chưa rõ');
    expect(longestSentence(plainer)).toBeLessThanOrEqual(25);
  });

  it(`"${PLAINER}" after the year-end post: never longer than it, where to go kept, no 40-word sentence`, async () => {
    const [post = '', plainer = ''] = await DECEMBER.ask(YEAR_END_POST, PLAINER);
    expect(body(plainer).length).toBeLessThanOrEqual(body(post).length);
    expect(plainer).toContain('Nơi làm: UBND cấp xã');
    expect(plainer).toContain('(chưa rõ)');
    expect(longestSentence(plainer)).toBeLessThanOrEqual(25);
  });
});

describe('more edits of a post for bà con', () => {
  it('"thêm lời chào" after the 2027 standard post: opened warmly, the figures, status and source kept', async () => {
    const [, greeted = ''] = await DECEMBER.ask('Viết bài đăng Zalo cho bà con về chuẩn nghèo 2027', 'thêm lời chào');
    expect(greeted).not.toContain('chưa sửa bài');
    expect(greeted).toMatch(/^Bà con mình lưu ý nhé:\n/u);
    expect(greeted).toContain('2.200.000');
    expect(greeted).toContain('(tham khảo)');
    expect(greeted).toContain('Nguồn: Nghị định 351/2025/NĐ-CP.');
  });

  it('"viết giọng thân thiện hơn" after the BHYT post for near-poor households: the same post opened warmly, the phone added kept', async () => {
    const [post = '', , friendly = ''] = await DECEMBER.ask('Viết bài đăng Zalo cho bà con về hỗ trợ BHYT cho hộ cận nghèo', 'thêm số điện thoại 0912 345 678 của anh Tư', 'viết giọng thân thiện hơn');
    expect(friendly).toMatch(/^Bà con mình lưu ý nhé:\n/u);
    expect(friendly).toContain('Số điện thoại 0912 345 678 của anh Tư.');
    for (const line of body(post).split('\n')) expect(friendly).toContain(line);
  });

  it('"viết giọng thân thiện hơn" after the post on loans: every line of it kept (was its first line alone)', async () => {
    const [post = '', friendly = ''] = await DECEMBER.ask('Viết bài đăng Zalo cho bà con về vay vốn', 'viết giọng thân thiện hơn');
    expect(friendly).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(friendly).toContain('Nơi làm: Tổ tiết kiệm và vay vốn tại thôn');
    expect(body(friendly).length).toBeGreaterThan(body(post).length);
  });
});
