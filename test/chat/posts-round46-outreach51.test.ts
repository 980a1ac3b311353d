/**
 * Round 46 outreach51, on 07/12/2026: outreach staff ask for Zalo posts for bà con and edit them. No post sends bà con to the
 * district (gone from 01/07/2025); "ngắn hơn" keeps what each group gets and the line the staff added; a meeting of residents
 * is announced with the meeting's template; "5 câu hỏi đáp" gives five questions.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round46-outreach51');

/** A post's text without the buttons' lines. */
const body = (reply: string) => reply.split(/\n\n(?:1\. |Bạn có thể gõ:)/u)[0]!.trim();

describe('a procedure post to bà con never leads them to the district', () => {
  it.each([
    'viet bai cho ba con ve thu tuc ho ngheo khi khong con cap huyen',
    'Soạn bài đăng Zalo cho bà con: bỏ huyện rồi thì rà soát hộ nghèo thế nào',
  ])('"%s" says the old district step is gone and bà con go to UBND cấp xã', async (request) => {
    const post = body(await DECEMBER.first(request));
    expect(post).not.toMatch(/Bước 5 của rà soát định kỳ \(báo cáo, xin ý kiến Chủ tịch UBND cấp huyện\)/u);
    expect(post).toContain('quy trình cũ');
    expect(post).toContain('không phải lên huyện hay chờ huyện duyệt');
    expect(post).toContain('UBND cấp xã');
    expect(post).toContain('(tham khảo)');
  });
});

describe('"ngắn hơn" after a post', () => {
  it('on loans each group keeps what it gets, never "- Hộ nghèo (tham khảo)." alone', async () => {
    const [post = '', shorter = ''] = await DECEMBER.ask('viet bai cho ba con ve vay von', 'ngan hon');
    expect(body(shorter).length).toBeLessThanOrEqual(body(post).length);
    expect(shorter).not.toMatch(/^- Hộ [^:\n(]*\(tham khảo\)\.$/mu);
    expect(shorter).toContain('Hộ nghèo: được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội (tham khảo).');
    expect(shorter).toContain('lãi suất không quá 130% lãi suất cho hộ nghèo (tham khảo)');
  });

  it('keeps the phone line the staff added', async () => {
    const [, added = '', shorter = ''] = await DECEMBER.ask(
      'viet bai thong bao cho ba con ve ho tro bhyt cho ho can ngheo',
      'thêm số điện thoại cán bộ xã 0912 345 678',
      'ngắn hơn',
    );
    expect(added).toContain('0912 345 678');
    expect(shorter).toContain('0912 345 678');
    expect(shorter).toContain('tối thiểu 70%');
    expect(shorter).toContain('(tham khảo)');
  });
});

describe('kinds of posts asked', () => {
  it.each(['thông báo họp dân bình xét hộ nghèo', 'viet thong bao hop dan binh xet ho can ngheo'])(
    '"%s" is the village meeting template with blanks, not the review steps',
    async (request) => {
      const post = await DECEMBER.first(request);
      expect(post).toContain('THƯ MỜI HỌP THÔN');
      expect(post).toContain('Thời gian: … giờ …');
      expect(post).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
    },
  );

  it.each(['5 câu hỏi đáp về BHYT cho bà con', 'soan 5 cau hoi dap ve bhyt cho ba con'])('"%s" gives five questions answered by the data', async (request) => {
    const post = body(await DECEMBER.first(request));
    expect(post.match(/^Hỏi: /gmu)).toHaveLength(5);
    expect(post.match(/^Đáp: /gmu)).toHaveLength(5);
    expect(post).toContain('Đáp: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo (tham khảo).');
    expect(post).toContain('tối thiểu 70%');
    expect(post).toContain('UBND cấp xã');
    expect(post.length).toBeLessThanOrEqual(1000);
  });
});
