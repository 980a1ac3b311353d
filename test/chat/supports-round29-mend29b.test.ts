/**
 * Round 29 (mend29b): a support asked by a resident whose class the data has no figure for, or no such support for, says what is
 * known for that class and who has it, with the status, never only "không có hỗ trợ này".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T09:00:00Z'), 'mend29b');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"nha ngheo di kham o benh vien tinh co dc bao hiem tra het ko": what the card pays a poor household', () => {
  // Was the 75+ social-pension line, then "Hộ nghèo không thuộc trường hợp trên: dữ liệu chính sách không có hỗ trợ này".
  it.each(['nha ngheo di kham o benh vien tinh co dc bao hiem tra het ko', 'ho ngheo di kham benh bhyt tra bao nhieu phan tram'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer).not.toContain('không có hỗ trợ này');
    expect(answer).not.toMatch(/Hộ nghèo: Áp dụng khi/);
    // The premium is paid by the state (tham khảo); how much the fund pays is not in the data: no figure, said not known.
    expect(answer).toContain('ngân sách nhà nước đóng 100% bảo hiểm y tế (tham khảo)');
    expect(answer).toMatch(/cho thành viên hộ nghèo \(mức hưởng[^)]*\) thì dữ liệu của trợ lý chưa có, nên chưa rõ/);
    expect(answer).toContain(CADRE);
  });
});

describe('"thang nao cung dong tien dien 300 ngan, nha can ngheo co dc bớt ko": who has it, politely', () => {
  // Was only "Trong dữ liệu chính sách, hộ cận nghèo không có hỗ trợ này."
  it.each(['thang nao cung dong tien dien 300 ngan, nha can ngheo co dc bớt ko', 'ho can ngheo co dc ho tro tien dien ko'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer).toContain('Rất tiếc, theo dữ liệu chính sách, hộ cận nghèo không có hỗ trợ này');
    expect(answer).toContain('Tỉnh, thành có thể có chính sách riêng cho hộ cận nghèo (chưa rõ)');
    expect(answer).toContain('Với hộ nghèo: Hỗ trợ tiền điện cho hộ nghèo hiện còn hay không');
    expect(answer).toContain(CADRE);
  });
});
