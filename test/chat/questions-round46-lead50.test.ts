/**
 * Round 46 (lead50, 08/12/2026 Vietnam time): residents' questions tryout50 saw answered with the procedure's card or the lost
 * certificate's card.
 * - "sao nam nay van xet ho ngheo theo chuan cu vay": households classed ("xét hộ nghèo") by the old standard is the review's
 *   standard: 2026 keeps the 2022–2025 standard (NĐ 351/2025, tham khảo), the new one from 01/01/2027, the end-2026 review's
 *   standard not known (chưa rõ). Was the procedure's card (Mẫu số 04, 15 ngày).
 * - "dt cua can bo giam ngheo xa tui so may": no phone numbers in the data, said plainly, whom to ask. Was the procedure's card.
 * - "nha tui ho can ngheo, qua 2027 co tu dong chuyen sang chuan moi hok": the list does not change by itself on 01/01/2027
 *   (rules/reference.yaml standing_next_year). Was the 2027 standard's lines alone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-07T22:00:00Z');
const { first } = conversationsAt(NOW, 'lead50');
const PROCEDURE = 'Hộ nộp Giấy đề nghị (Mẫu số 04)';
const WHOM = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('the old standard still used this year: the review\'s standard, not the procedure', () => {
  it.each([
    'sao nam nay van xet ho ngheo theo chuan cu vay, ko phai doi roi sao',
    'xa tui xet ho can ngheo theo chuan nao vay ban',
    'nam nay xet ho ngheo theo chuan cu hay chuan moi',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain(PROCEDURE);
    expect(answer).toContain('Năm 2026 dùng chuẩn nghèo giai đoạn 2022–2025');
    expect(answer).toContain('áp dụng đến hết 31/12/2026');
    expect(answer).toContain('(tham khảo)');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).toContain(WHOM);
    expect(answer.length).toBeLessThanOrEqual(1000);
  });
});

describe('a cadre\'s phone number asked: not in the data, said plainly', () => {
  it.each([
    'dt cua can bo giam ngheo xa tui so may',
    'cho tui xin dt can bo xa voi',
    'dien thoai cua can bo xa la bn vay ad',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain(PROCEDURE);
    expect(answer).toContain('số điện thoại, địa chỉ liên lạc của cán bộ không có trong dữ liệu của trợ lý');
    expect(answer).toContain(WHOM);
  });
});

describe('the class carried to the new standard by itself, asked', () => {
  it.each([
    'nha tui ho can ngheo, qua 2027 co tu dong chuyen sang chuan moi hok',
    'nha tui ho ngheo, nam 2027 co tu dong chuyen qua chuan moi ko',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toContain('danh sách hộ nghèo, hộ cận nghèo không tự thay đổi vào ngày đó');
    expect(answer).toContain('Chưa rõ: đợt rà soát theo chuẩn mới làm lúc nào');
    expect(answer).not.toContain('Mất, hư Giấy chứng nhận');
  });
});

describe('a cadre\'s "thuộc loại nào" of an income per person: the class, not a passage', () => {
  it('"Hộ gia đình có thu nhập 2.500.000 đồng/người/tháng ở phường, năm 2027 thuộc loại nào?"', async () => {
    const answer = await first('Hộ gia đình có thu nhập 2.500.000 đồng/người/tháng ở phường, năm 2027 thuộc loại nào?');
    expect(answer).not.toContain('Giải thích ngắn:');
    // 2027–2030, urban line 2.800.000 đồng (NĐ 351/2025, tham khảo): 2.500.000 is under it, near-poor or poor by deprivations.
    expect(answer).toContain('theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo), ở thành thị (mức ≤ 2.800.000 đồng)');
  });
  it.each([
    ['Hộ có thu nhập bình quân 1.800.000 đồng/người/tháng ở xã thuộc loại hộ nào?', 'ở nông thôn (mức > 1.500.000 đồng'],
    ['thu nhap 2tr 1 nguoi o xa thi thuoc loai nao', 'ở nông thôn, trên mức 1.500.000 đồng'],
  ])('"%s"', async (text, band) => {
    const answer = await first(text);
    expect(answer).not.toContain('Giải thích ngắn:');
    expect(answer).toContain(band);
  });
});

describe('a support that ended, asked as a rumour: ended, with its dates and basis, not "Không đúng"', () => {
  it.each([
    ['ho ngheo dc tang dien thoai thong minh phai ko, sao tui chua nhan', 'hộ nghèo'],
    ['nghe noi ho can ngheo dc cho dien thoai thong minh that ko', 'hộ cận nghèo'],
  ])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain('Không đúng');
    // TT 14/2022/TT-BTTTT (supports.md [V]): from 12/12/2022, ended in 2025.
    expect(answer).toContain('Không còn (theo dữ liệu chính sách, ngày 08/12/2026): hỗ trợ điện thoại thông minh cho hộ nghèo, hộ cận nghèo đã có từ 12/12/2022');
    expect(answer).toContain('Thông tư 14/2022/TT-BTTTT (đã kiểm tra), và đã kết thúc năm 2025');
    expect(answer).toContain('(chưa rõ)');
    expect(answer).toContain(WHOM);
  });
});
