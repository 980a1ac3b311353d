/**
 * Round 30 (mend30b): residents' and outreach answers seen wrong, in their words.
 * - "me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang": the pension from 70 of poor households (NĐ 176/2025, amount
 *   chưa rõ) and, nobody supporting her, the monthly social allowance (NĐ 20/2021 Điều 5, mức chuẩn 500.000 đồng, tham khảo), as
 *   the father of 81 gets; was the poverty line's card ("lương" read as income).
 * - "ho can ngheo xai dien co dc bot tien ko", "nha ngheo xai dien co dc giam ko": the electricity card; was an explainer quoted by
 *   search. "xài điện thoại" (the phone) is no electricity.
 * - The post on university fees for near-poor students: one referral, the conditions "ở trên"; was the cadre twice, "bên dưới".
 * - The BHYT post "cho người thuộc hộ nghèo": no "Kết quả tự kiểm tra …" note, nothing was checked.
 * - "nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu": the data's word on members away (chưa rõ, the review decides) and how
 *   to count them out; was 6 people with no word on them.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30-mend30b');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const ALLOWANCE = '• Trợ cấp xã hội hằng tháng: mức: Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra).';

describe('an old member of a poor household whom nobody supports: the pension of her age and the social allowance', () => {
  it.each([
    ['me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang', 'Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)'],
    ['ba tui 73 tuoi nha ngheo ko ai phung dung, dc bn tien 1 thang', 'Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)'],
    // The father of 81 (round 29): the same allowance line beside the pension of every household.
    ['bo tui 81 tuoi nha ngheo ko ai co luong, dc tro cap bn 1 thang', 'Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)'],
  ])('"%s"', async (question, pension) => {
    const text = await first(question);
    expect(text).toMatch(/^Mức hỗ trợ bạn hỏi/);
    expect(text).toContain(`• ${pension}: dữ liệu của trợ lý chưa có số tiền của hỗ trợ này (chưa rõ)`);
    expect(text).toContain(ALLOWANCE);
    expect(text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng (tham khảo)');
    expect(text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5');
    expect(text).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
    expect(text).not.toContain('Chuẩn nghèo áp dụng');
  });

  it('"me tui 72 tuoi nha ngheo dc nhiu tien 1 thang": nobody unsupported said, the pension alone (round 26 short8)', async () => {
    const text = await first('me tui 72 tuoi nha ngheo dc nhiu tien 1 thang');
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo)');
    expect(text).not.toContain(ALLOWANCE);
  });
});

describe('using electricity ("xài điện"), not the phone ("xài điện thoại")', () => {
  it('"ho can ngheo xai dien co dc bot tien ko": the near-poor have no national support', async () => {
    const text = await first('ho can ngheo xai dien co dc bot tien ko');
    expect(text).toMatch(/^Hỗ trợ tiền điện/);
    expect(text).toContain('hộ cận nghèo không có hỗ trợ này');
    expect(text).toContain('Quyết định 14/2025/QĐ-TTg');
  });

  it('"nha ngheo xai dien co dc giam ko"', async () => {
    const text = await first('nha ngheo xai dien co dc giam ko');
    expect(text).toMatch(/^Hỗ trợ tiền điện/);
    expect(text).toContain('• Hộ nghèo: Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không');
    expect(text).toContain(CADRE);
  });

  it.each(['nha ngheo xai dien thoai co dc ho tro ko', 'ho ngheo dung dien thoai co dc ho tro ko'])('"%s" is no electricity card', async (question) => {
    const text = await first(question);
    expect(text).not.toMatch(/^Hỗ trợ tiền điện/);
    expect(text).not.toContain('Quyết định 14/2025/QĐ-TTg');
  });
});

describe('posts for outreach staff', () => {
  it('the post on university fees for near-poor students: one referral, the conditions above', async () => {
    const text = await first('viết bài đăng Zalo về miễn giảm học phí đại học cho sinh viên hộ cận nghèo');
    expect(text).toMatch(/^Miễn học phí trung cấp, cao đẳng, đại học/);
    expect(text.split(CADRE).length - 1, text).toBe(1);
    expect(text).toContain('(điều kiện ở trên)');
    expect(text).not.toContain('bên dưới');
  });

  it('the chat card still leads with that notice: its conditions are below it', async () => {
    const text = await first('con tui hoc dai hoc ho can ngheo dc giam hoc phi ko');
    expect(text).toContain('(điều kiện bên dưới)');
  });

  it('the BHYT post "cho người thuộc hộ nghèo" carries no self-check note', async () => {
    const text = await first('viết bài đăng Zalo về thẻ BHYT cho người thuộc hộ nghèo');
    expect(text).toContain('Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế');
    expect(text).not.toContain('Kết quả tự kiểm tra');
    expect(text).toContain(CADRE);
  });

  it('a result told keeps it ("báo kết quả: nhà bà Năm là hộ cận nghèo")', async () => {
    const text = await first('soạn tin zalo ngắn báo kết quả: nhà bà Năm là hộ cận nghèo');
    expect(text).toContain('Kết quả tự kiểm tra chỉ để tham khảo');
  });
});

describe('members working away told with the household', () => {
  it('"nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu", then "4 người"', async () => {
    const [told, corrected] = await ask('nha 6 nguoi nhung 2 dua di lam xa thu nhap 6 trieu', '4 người');
    expect(told).toContain('÷ 6 người'); // the size in the class said first since round 43 resid46 (was "Số người: 6")
    // Round 34 household23: the rule said in one short sentence with its status and basis (was the data's whole line).
    expect(told).toContain('Người đi làm ăn xa có tính vào hộ không: dữ liệu chưa có quy định (chưa rõ), căn cứ Quyết định 24/2021/QĐ-TTg;');
    expect(told).toContain(`hỏi chắc: ${CADRE}.`);
    expect(told).toContain('Tạm tính cả 2 người đó; không tính thì gõ “4 người”');
    expect(corrected).toContain('Số người: 4');
  });

  it('no one away said: no word on it', async () => {
    const [told] = await ask('nha 6 nguoi thu nhap 6 trieu');
    expect(told).not.toContain('đi làm ăn xa');
  });
});
