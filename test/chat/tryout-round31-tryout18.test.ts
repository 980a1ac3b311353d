/**
 * Round 31 (tryout18): commune cadres, in the words of test/eval/routing-round31-tryout18.yaml, whose answers were wrong: "Mẫu số 01
 * trong Thông tư … là mẫu gì?", "mau so 2 dung de lam gi" got the procedure card, never saying which form a number is; "Hộ có thu
 * nhập đúng bằng chuẩn nghèo thì xếp loại gì?" got the whole standard card (about 5.000 characters) for a one-line answer.
 */
import { describe, expect, it } from 'vitest';
import { readTopic } from '../../src/chat/topics.ts';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'tryout18');
const TODAY = '2026-12-05';

describe('a form asked by its number says which form it is (rules/reference.yaml procedure_forms)', () => {
  it('“Mẫu số 01 trong Thông tư 07/2021/TT-BLĐTBXH là mẫu gì?”: the Giấy đề nghị of the yearly review, QĐ 24/2021, not the circular’s forms', async () => {
    const answer = await first('Mẫu số 01 trong Thông tư 07/2021/TT-BLĐTBXH là mẫu gì?');
    expect(answer).toContain('Mẫu số 01: Giấy đề nghị');
    expect(answer).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg Điều 4 khoản 1');
    expect(answer).toContain('không phải mẫu phiếu rà soát, chấm điểm của Thông tư 07/2021/TT-BLĐTBXH');
    expect(answer).toContain('(tham khảo)');
    expect(answer).not.toContain('Thủ tục rà soát, công nhận hộ nghèo');
    expect(answer.length).toBeLessThan(1500);
  });
  it('“mau so 2 dung de lam gi”: a number the data does not hold is said to be missing (chưa rõ), never described', async () => {
    const answer = await first('mau so 2 dung de lam gi');
    expect(answer).toContain('Tên và công dụng của các mẫu số khác không có trong dữ liệu của trợ lý');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer).not.toContain('Mẫu số 02:');
    expect(readTopic('Hộ gia đình đề nghị rà soát thường xuyên thì nộp theo Mẫu số mấy?', TODAY)).toMatchObject({ kind: 'reference', entryId: 'procedure_forms' });
  });
});

describe('an income exactly at the line: which class, short (was the whole card)', () => {
  it('“Hộ có thu nhập đúng bằng chuẩn nghèo thì xếp loại gì?”: “bằng hoặc thấp hơn chuẩn”, hộ nghèo or hộ cận nghèo by the indicators, basis and status', async () => {
    const answer = await first('Hộ có thu nhập đúng bằng chuẩn nghèo thì xếp loại gì?');
    expect(answer).toMatch(/^Thu nhập bình quân đúng bằng chuẩn nghèo áp dụng hôm nay, 05\/12\/2026 \(nông thôn 1\.500\.000 đồng, thành thị 2\.000\.000 đồng\/người\/tháng\) thuộc mức “bằng hoặc thấp hơn chuẩn”/);
    expect(answer).toContain('hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo). Căn cứ: NĐ 07/2021/NĐ-CP Điều 3 khoản 2 điểm a, b');
    expect(answer).toContain('Thu nhập trên chuẩn (nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng');
    expect(answer.length).toBeLessThan(1200);
  });
  it('“thu nhap dung bang chuan ngheo nam 2027 thi xep loai gi”: the 2027 line, and that above it is not known (chưa rõ)', async () => {
    const answer = await first('thu nhap dung bang chuan ngheo nam 2027 thi xep loai gi');
    expect(answer).toContain('(nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng/người/tháng) thuộc mức “bằng hoặc thấp hơn chuẩn”');
    expect(answer).toContain('(chưa rõ)');
    expect(answer.length).toBeLessThan(1200);
  });
  it('“đợt rà soát xét bằng chuẩn nào” is no income at the line', () => {
    expect(readTopic('đợt rà soát cuối năm xét bằng chuẩn nào', TODAY)).not.toMatchObject({ atLine: true });
  });
});

describe('outreach staff asking for a post on declaring income truthfully', () => {
  it('“viết bài đăng zalo nhắc bà con khai đúng thu nhập khi rà soát”: the review’s checks (khai đúng sự thật), not a passage on the survey’s points', async () => {
    expect(readTopic('viết bài đăng zalo nhắc bà con khai đúng thu nhập khi rà soát', TODAY)).toMatchObject({ kind: 'procedure', about: 'declaring' });
    const answer = await first('viết bài đăng zalo nhắc bà con khai đúng thu nhập khi rà soát');
    expect(answer).toContain('hộ cần khai đúng sự thật');
    expect(answer).not.toContain('điểm A');
  });
});

describe('"áp dụng chuẩn" is no income at the line', () => {
  it('“ngay 31/12 ap dung chuan ngheo nao”, “rà soát bằng chuẩn mới hay chuẩn cũ” keep their answers', () => {
    expect(readTopic('ngay 31/12 ap dung chuan ngheo nao', TODAY)).not.toMatchObject({ atLine: true });
    expect(readTopic('rà soát cuối năm bằng chuẩn mới hay chuẩn cũ', TODAY)).not.toMatchObject({ atLine: true });
    expect(readTopic('thu nhập bằng đúng chuẩn cận nghèo thì là hộ gì', TODAY)).toMatchObject({ kind: 'standard', atLine: true });
  });
});

describe('“chi tiết” after a post on the indicators gives the next level, not the whole card', () => {
  const { ask } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'tryout18-post');
  it('“viết bài đăng Zalo … thế nào là thiếu hụt dịch vụ xã hội cơ bản”, “chi tiết”, “chi tiết”: the indicators in short, then the card', async () => {
    const [post, more, card] = await ask('viết bài đăng Zalo giải thích cho bà con thế nào là thiếu hụt dịch vụ xã hội cơ bản', 'chi tiết', 'chi tiết');
    expect(post).toContain('Chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    // The 2027–2030 indicators as what changes, not their whole list again (was 1.420 characters).
    expect(post).toContain('Từ 01/01/2027, chuẩn nghèo đa chiều giai đoạn 2027–2030: bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin”; thêm tiêu chí “Sử dụng dịch vụ số, Internet” (ngưỡng chưa rõ)');
    expect(post).not.toContain('giai đoạn 2027–2030, các chỉ số thiếu hụt');
    expect(post!.length).toBeLessThan(1200);
    expect(more!.length).toBeLessThan(2000);
    expect(more).toContain('Bảo hiểm y tế');
    expect(more).not.toContain('Ghi chú:');
    expect(card).toContain('Ghi chú:');
  });
});
