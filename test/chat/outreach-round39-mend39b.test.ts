/**
 * Round 39 mend39b, on 06/12/2026: texts outreach staff ask to share into Zalo groups (tryout39) say what was asked, short:
 * a rumour of 0 % loans is answered with its verdict first (the loan is preferential, with interest; the rate last published
 * 6,6%/năm for poor households, tham khảo; today's rate chưa rõ), a rumour of supports cut in 2027 with a few lines (no text cuts
 * them; the list does not change by itself on 01/01/2027; the review's timing chưa rõ), and a post on the new standard with
 * what changes on 01/01/2027 (the lines from and to, the indicators, what is not known). Were the loan card without a verdict,
 * 1.829 characters with every support and the whole standard, and the new standard's one line (401 characters).
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round39-mend39b-outreach');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** The text before the buttons line ("Bạn có thể gõ: …"), what is shared. */
const shared = (reply: string) => reply.split('\nBạn có thể gõ:')[0]!;

describe('a rumour of 0 % loans, a text asked to answer it', () => {
  it('"Có người nói vay vốn ngân hàng chính sách giờ lãi 0%, đúng không? soạn tin trả lời." leads with "Không đúng", short', async () => {
    const post = await DECEMBER.first('Có người nói vay vốn ngân hàng chính sách giờ lãi 0%, đúng không? soạn tin trả lời.');
    const lines = post.split('\n');
    // The verdict first, before the heading and any class's line (round 40 short33; was right under the heading).
    expect(lines[0]).toMatch(/^Không đúng: vay vốn tín dụng chính sách là vay ưu đãi, vẫn có lãi suất, không phải lãi 0%/);
    expect(post).toContain('6,6%/năm với hộ nghèo');
    expect(post).toMatch(/Lãi suất áp dụng hiện nay dữ liệu của trợ lý chưa có[^\n]*\(chưa rõ\)/);
    expect(post).toContain(CADRE);
    expect(post).toContain('Nguồn:');
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('a resident\'s "ho can ngheo vay lai 0% dung ko" is told so of the near-poor (7,92%/năm, tham khảo)', async () => {
    const reply = await DECEMBER.first('ho can ngheo vay lai 0% dung ko');
    expect(reply).toMatch(/^Không đúng: hộ cận nghèo vay vốn ưu đãi vẫn có lãi suất/);
    expect(reply).toContain('7,92%/năm (tham khảo)');
  });

  it('guard: "ho ngheo vay lai suat bao nhieu" is the loan card, no verdict', async () => {
    const reply = await DECEMBER.first('ho ngheo vay lai suat bao nhieu');
    expect(reply).not.toContain('Không đúng');
    expect(reply).toContain('6,6%/năm');
  });
});

describe('a rumour of supports cut in 2027, a rebuttal asked', () => {
  it('"Có tin đồn năm 2027 hộ nghèo bị cắt hết hỗ trợ, soạn câu trả lời bác bỏ giúp tôi." is a few lines, not the standard', async () => {
    const post = await DECEMBER.first('Có tin đồn năm 2027 hộ nghèo bị cắt hết hỗ trợ, soạn câu trả lời bác bỏ giúp tôi.');
    expect(post).toContain('Không đúng: không có văn bản nào cắt hết hỗ trợ của hộ nghèo từ ngày 01/01/2027; các hỗ trợ do văn bản pháp luật quy định');
    expect(post).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(post).toMatch(/Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào[^\n]*\(chưa rõ\)/);
    expect(post).toContain(CADRE);
    // Not the whole standard's table nor every support's name.
    expect(post).not.toContain('Nông thôn > 2.200.000');
    expect(post).not.toContain('hỗ trợ tiền ăn trưa');
    const lines = shared(post).split('\n');
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('the resident asking "nghe noi nam 2027 ho ngheo bi cat het ho tro phai ko" still gets the whole answer (no post)', async () => {
    const reply = await DECEMBER.first('nghe noi nam 2027 ho ngheo bi cat het ho tro phai ko');
    expect(reply).toContain('Không đúng theo dữ liệu');
    expect(reply).toContain('Ngày 01/01/2027 dữ liệu vẫn có');
  });
});

describe('a post on the new standard before it starts', () => {
  it('"Viết bài ngắn cho bà con về chuẩn nghèo mới từ 01/01/2027." says what changes on that day', async () => {
    const post = await DECEMBER.first('Viết bài ngắn cho bà con về chuẩn nghèo mới từ 01/01/2027.');
    expect(post).toContain('nông thôn từ 1.500.000 lên 2.200.000 đồng, thành thị từ 2.000.000 lên 2.800.000 đồng (tham khảo)');
    expect(post).toContain('bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(post).toMatch(/Internet[^\n]*Xử lý rác thải sinh hoạt/);
    // Said to bà con in plain words since round 44 (outreach46): "mức bị tính là thiếu", the fact and its status the same.
    expect(post).toMatch(/Tên và (?:ngưỡng thiếu hụt|mức bị tính là thiếu) chính thức[^\n]*\(chưa rõ\)/);
    expect(post).toContain(CADRE);
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "viết bài ngắn về chuẩn nghèo năm 2026" keeps the lines of 2026', async () => {
    const post = await DECEMBER.first('viết bài ngắn về chuẩn nghèo năm 2026');
    expect(post).toContain('nông thôn ≤ 1.500.000 đồng');
    expect(post).not.toContain('Thay đổi từ');
  });
});

describe('a notice inviting bà con to register', () => {
  it('"Viết thông báo ngắn mời bà con đăng ký rà soát hộ nghèo, nói rõ cần mang giấy tờ gì." is how to file, no meeting', async () => {
    const post = await DECEMBER.first('Viết thông báo ngắn mời bà con đăng ký rà soát hộ nghèo, nói rõ cần mang giấy tờ gì.');
    expect(post).not.toContain('THƯ MỜI HỌP THÔN');
    expect(post).toContain('Giấy đề nghị (Mẫu số 04');
    expect(post).toContain('giấy tờ tùy thân');
    expect(post).toContain('UBND cấp xã');
    // No flat review dates beside a schedule said unknown.
    expect(post).not.toContain('01/09 đến 14/12');
    expect(shared(post).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "viết thư mời họp thôn về rà soát hộ nghèo" is still the invitation', async () => {
    const post = await DECEMBER.first('viết thư mời họp thôn về rà soát hộ nghèo');
    expect(post).toContain('THƯ MỜI HỌP THÔN');
  });
});
