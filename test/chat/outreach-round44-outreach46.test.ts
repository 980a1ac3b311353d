/**
 * Round 44 outreach46, on 07/12/2026: outreach staff write a Zalo post or notice for bà con and then edit it in their own words.
 * Each post is one the edit reader can edit; each edit keeps what the post must say (its figures' statuses, a correction's
 * verdict, where to go).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-outreach46');
const SCAM_POST = 'Viết bài cảnh báo lừa đảo đăng ký hộ nghèo qua mạng được nhận 2 triệu';
const CORRECTION_POST = 'soạn bài đính chính: tin ho ngheo dc 500k/thang la sai';
const BHYT_NOTICE = 'soạn thông báo về bảo hiểm y tế cho bà con';

describe('"thêm phần hỏi đáp 3 câu" after a post: three short Q&A from the post itself', () => {
  it('the scam warning: three questions, each answered from its lines, the form and where to file it kept', async () => {
    const [, qa = ''] = await DECEMBER.ask(SCAM_POST, 'thêm phần hỏi đáp 3 câu');
    expect(qa).not.toContain('chưa soạn được phần hỏi đáp');
    expect(qa.match(/^Hỏi: /gmu)).toHaveLength(3);
    expect(qa.match(/^Đáp: /gmu)).toHaveLength(3);
    expect(qa).toMatch(/Đáp: [^\n]*Mẫu số 04/u);
  });

  it('a correction post: its verdict answers "Tin đó có đúng không?", no figure the post does not say', async () => {
    const [post = '', qa = ''] = await DECEMBER.ask(CORRECTION_POST, 'thêm phần hỏi đáp 3 câu');
    expect(qa).toContain('Hỏi: Tin đó có đúng không?\nĐáp: Không đúng');
    const figures = (text: string) => new Set(text.match(/\d[\d.]*(?:%|\s*đồng)/gu) ?? []);
    expect([...figures(qa)].filter((figure) => !figures(post).has(figure))).toEqual([]);
  });

  it('the BHYT notice: the answer to where to go is its "Nơi làm" line, statuses kept', async () => {
    const [, qa = ''] = await DECEMBER.ask(BHYT_NOTICE, 'thêm phần hỏi đáp 3 câu');
    expect(qa).toContain('Hỏi: Bà con cần làm gì, hỏi ở đâu?\nĐáp: UBND cấp xã lập danh sách đề nghị cấp thẻ');
    expect(qa).toMatch(/Đáp: [^\n]*\(tham khảo\)/u);
  });
});

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();

describe('"soạn thông báo về NQ 261/2025 cho bà con": a post for bà con the edits reach', () => {
  it.each(['soạn thông báo về NQ 261/2025 cho bà con', 'soạn thông báo về Nghị quyết 261/2025 cho bà con', 'soan thong bao ve nq 261 cho ba con'])('%s', async (asked) => {
    const post = await DECEMBER.first(asked);
    expect(post).not.toContain('ngoài phạm vi');
    expect(post).not.toContain('Kính gửi');
    expect(body(post).length).toBeLessThanOrEqual(1000);
    expect(post).toContain('100% chi phí khám chữa bệnh trong phạm vi được hưởng (tham khảo)');
    expect(post).toContain('(chưa rõ)');
    expect(post).toContain('Nơi làm: UBND cấp xã');
    expect(post).toContain('Bà con có thể hỏi');
  });

  it('then "ngắn hơn" and "thêm số điện thoại liên hệ 0912 345 678 của anh Tư": shorter, the number added, where to go kept', async () => {
    const [post = '', shorter = '', phoned = ''] = await DECEMBER.ask('soạn thông báo về NQ 261/2025 cho bà con', 'ngắn hơn', 'thêm số điện thoại liên hệ 0912 345 678 của anh Tư');
    expect(body(shorter).length).toBeLessThan(body(post).length);
    expect(shorter).toContain('100%');
    expect(shorter).toContain('Nơi làm:');
    expect(phoned).toContain('0912 345 678');
    expect(phoned).toContain('100%');
  });

  it('then "viết lại cho người lớn tuổi dễ hiểu" after the number: the number stays', async () => {
    const replies = await DECEMBER.ask('soạn thông báo về NQ 261/2025 cho bà con', 'thêm số điện thoại liên hệ 0912 345 678 của anh Tư', 'viết lại cho người lớn tuổi dễ hiểu');
    expect(replies.at(-1)).toContain('0912 345 678');
    expect(replies.at(-1)).toContain('(tham khảo)');
  });
});

describe('"viết lại cho người lớn tuổi dễ hiểu" after a post: no jargon, facts and statuses kept', () => {
  it('the 2027 standard post: "Điều kiện sống được xét", not "Chỉ số thiếu hụt" nor "ngưỡng"', async () => {
    const [, plainer] = await DECEMBER.ask('Soạn bài đăng Zalo giải thích chuẩn nghèo mới áp dụng từ năm 2027', 'viết lại cho người lớn tuổi dễ hiểu');
    expect(plainer).not.toMatch(/chỉ số thiếu hụt|ngưỡng/iu);
    expect(plainer).toContain('Điều kiện sống được xét');
    expect(plainer).toContain('2.200.000');
    expect(plainer).toContain('(tham khảo)');
    expect(plainer).toContain('(chưa rõ)');
  });
});

describe('a correction post shortened keeps its verdict', () => {
  it.each(['ngắn hơn', 'rút gọn còn 5 dòng', 'viết lại cho người lớn tuổi dễ hiểu'])('then "%s": "Không đúng" first', async (asked) => {
    const [, edited = ''] = await DECEMBER.ask(CORRECTION_POST, asked);
    expect(edited.startsWith('Không đúng:')).toBe(true);
    expect(edited).toContain('500.000 đồng');
  });

  it('"ngắn hơn" twice: still "Không đúng"', async () => {
    const replies = await DECEMBER.ask(CORRECTION_POST, 'ngắn hơn', 'ngắn hơn nữa');
    expect(replies.at(-1)!.startsWith('Không đúng:')).toBe(true);
  });
});

describe('the scam warning: within a phone screen, shortened it keeps the warning and where to file', () => {
  it('the post is within 1.000 characters, its advice and Mẫu số 04 in it', async () => {
    const post = await DECEMBER.first(SCAM_POST);
    expect(body(post).length).toBeLessThanOrEqual(1000);
    expect(post.split('\n')[0]).toMatch(/^Cảnh báo: /u);
    expect(post).toContain('Mẫu số 04');
    expect(post).toContain('dấu hiệu lừa đảo');
  });

  it('"rút gọn còn 5 dòng" then "ngắn hơn": still the warning, Mẫu số 04 kept each time', async () => {
    const [, five = '', shorter = ''] = await DECEMBER.ask(SCAM_POST, 'rút gọn còn 5 dòng', 'ngắn hơn');
    for (const edited of [five, shorter]) {
      expect(edited.split('\n')[0]).toMatch(/^Cảnh báo: /u);
      expect(edited).toContain('Mẫu số 04');
    }
    expect(body(five).split('\n').length).toBeLessThanOrEqual(5);
  });
});
