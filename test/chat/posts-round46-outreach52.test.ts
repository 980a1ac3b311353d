/**
 * Round 46 outreach52, on 07/12/2026: outreach staff edit the Zalo posts written for bà con. "bỏ số hiệu văn bản" leaves the
 * documents' numbers out of the body too; "ngắn hơn" keeps the line the staff added and whom to ask; "gửi cho bà con đọc" after
 * a text read aloud is the card's post, never its greeting alone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round46-outreach52');

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();
/** A document named by its number. */
const NUMBER = /(?:Nghị định|Nghị quyết|Quyết định|Thông tư|NĐ|QĐ)\s\d+\/\d{4}/u;

describe('"bỏ số hiệu văn bản" after a post', () => {
  it.each(['bỏ số hiệu văn bản', 'bo bot so hieu van ban', 'đừng ghi số nghị định'])('"%s" leaves every number out, facts and statuses kept', async (edit) => {
    const [post = '', edited = ''] = await DECEMBER.ask('Viet giup bai nhac ba con ho can ngheo di lam the BHYT nam 2027', edit);
    expect(post).toContain('(Nghị quyết 261/2025/QH15)');
    const text = body(edited);
    expect(text).not.toMatch(NUMBER);
    expect(text).not.toContain('Nguồn:');
    expect(text).toContain('tối thiểu 70%');
    expect(text).toContain('chi trả 100% chi phí khám chữa bệnh');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('chưa rõ');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });

  it('a procedure post keeps what is not known without "theo Quyết định 24/2021/QĐ-TTg"', async () => {
    const [, edited = ''] = await DECEMBER.ask('viet bai zalo cho ba con ve quy trinh dang ky ho ngheo', 'dung ghi so quyet dinh');
    const text = body(edited);
    expect(text).not.toMatch(NUMBER);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('"giai đoạn 2022 – 2025"');
    expect(text).toContain('(chưa rõ)');
  });

  it('"thêm số nghị định" never drops the source', async () => {
    const [, edited = ''] = await DECEMBER.ask('Viet giup bai nhac ba con ho can ngheo di lam the BHYT nam 2027', 'thêm số nghị định');
    expect(edited).toContain('Nghị định 188/2025/NĐ-CP');
  });
});

describe('"ngắn hơn" after a post', () => {
  it.each([
    ['ngắn hơn, 2 câu thôi', 'ngắn hơn nữa'],
    ['rut gon con 3 dong', 'ngan hon nua'],
  ])('"%s" then "%s" keep the phone the staff added and whom to ask', async (shorter, again) => {
    const [, , short = '', shorterStill = ''] = await DECEMBER.ask(
      'Viet giup bai nhac ba con ho can ngheo di lam the BHYT nam 2027',
      'thêm số điện thoại liên hệ 0909 123 456',
      shorter,
      again,
    );
    for (const reply of [short, shorterStill]) {
      expect(reply).toContain('0909 123 456');
      expect(reply).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(reply).toContain('tối thiểu 70%');
    }
  });

  it('the review notice keeps the phone and "Cần hỏi thêm"', async () => {
    const [, , shorter = ''] = await DECEMBER.ask(
      'Soạn thông báo cho bà con ấp về việc đăng ký rà soát hộ nghèo, hộ cận nghèo',
      'thêm số điện thoại liên hệ 0909 123 456',
      'ngắn hơn nữa',
    );
    expect(shorter).toContain('0909 123 456');
    expect(shorter).toContain('Cần hỏi thêm: cán bộ phụ trách giảm nghèo ở UBND cấp xã.');
  });

  it.each(['ngắn hơn', 'ngan hon'])('"%s" after the 2027 standard post keeps whom to ask', async (shorter) => {
    const [post = '', short = ''] = await DECEMBER.ask('Viết giúp tôi bài đăng nhóm Zalo thông báo cho bà con về chuẩn nghèo mới áp dụng từ 01/01/2027', shorter);
    expect(body(short).length).toBeLessThan(body(post).length);
    expect(short).toContain('2.200.000');
    expect(short).toContain('Bà con có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('a text read aloud, then a post to read', () => {
  it.each(['gui cho ba con doc', 'gửi cho bà con đọc'])('"%s" gives the review\'s post, not the greeting alone', async (toRead) => {
    const [, , post = ''] = await DECEMBER.ask('quy trinh ra soat ho ngheo gom nhung buoc nao', 'viet thanh bai doc loa', toRead);
    const text = body(post);
    expect(text).not.toContain('Kính thưa bà con!');
    expect(text).toContain('gồm 6 bước');
    expect(text).toContain('01/09 đến 14/12');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain('UBND cấp xã');
  });
});
