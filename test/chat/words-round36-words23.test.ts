/**
 * Round 36 (words23, 06/12/2026): residents' words the assistant still answered beside the point, in their words.
 * - A household that has just left the poor list asking whether it can still borrow ("nha tui moi thoat ngheo thi con dc vay von
 *   uu dai ko") gets the loan card's newly escaped line (rate [M], where to ask; QĐ 28/2015), was the newly-escaped entry without
 *   them; how long it may borrow ("… vay may nam") keeps that entry.
 * - An orphan living with a grandmother whose age is told ("chau tui mo coi, ba noi 80 tuoi"): after "not in the data", the old
 *   member's social pension (NĐ 176/2025, tham khảo, its amount chưa rõ), was the allowance card alone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round36-words23');

describe('a newly escaped household asking for a loan', () => {
  it.each(['nha tui moi thoat ngheo thi con dc vay von uu dai ko', 'nha tui thoat ngheo nam ngoai, gio con dc vay von ko', 'vua thoat ngheo nam nay, con vay von ngan hang chinh sach dc hok'])(
    '"%s": the loan card, its newly escaped line with the rate and where to borrow',
    async (text) => {
      const answer = await in2026.first(text);
      expect(answer).toMatch(/^Vay vốn tín dụng chính sách/);
      expect(answer).toContain('Hộ mới thoát nghèo (ra khỏi danh sách hộ nghèo trong 3 năm gần nhất) được vay vốn ưu đãi');
      expect(answer).toContain('8,25%/năm');
      expect(answer).toContain('Quyết định 28/2015/QĐ-TTg (đã kiểm tra)');
      expect(answer).toContain('Ngân hàng Chính sách xã hội tại xã');
    },
  );

  it('"moi thoat ngheo dc vay may nam": how long is still the newly escaped entry (3 years)', async () => {
    const answer = await in2026.first('moi thoat ngheo dc vay may nam');
    expect(answer).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu/);
    expect(answer).toContain('3 năm (36 tháng)');
  });
});

describe('an orphan living with an old grandparent', () => {
  it.each(['chau tui mo coi, ba noi 80 tuoi, co dc ho tro j ko', 'con be mo coi o voi ba noi, ba tui 78 tuoi roi, co dc ho tro j hong'])(
    '"%s": not in the data first, then the grandparent\'s social pension from 75, its amount chưa rõ, then the allowance',
    async (text) => {
      const answer = await in2026.first(text);
      expect(answer).toMatch(/^Thông tin về hỗ trợ riêng cho trẻ em mồ côi không có trong dữ liệu của trợ lý/);
      expect(answer).toMatch(/Người (80|78) tuổi trong hộ có thể được:\n• Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ \(tham khảo\)\./);
      expect(answer).toContain('chưa rõ (tham khảo).\nCăn cứ: Nghị định 176/2025/NĐ-CP. Nơi làm: UBND cấp xã');
      expect(answer.indexOf('Trợ cấp hưu trí xã hội')).toBeLessThan(answer.indexOf('Trợ cấp xã hội hằng tháng'));
      expect(answer).toContain('Nghị định 20/2021/NĐ-CP');
      expect(answer).not.toMatch(/hưu trí xã hội[^\n]*\d{3}\.000 đồng/);
    },
  );

  it('"chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko": no age told, no pension line', async () => {
    const answer = await in2026.first('chau tui mo coi cha me, o voi ong ba, co dc ho tro j ko');
    expect(answer).toMatch(/^Thông tin về hỗ trợ riêng cho trẻ em mồ côi/);
    expect(answer).not.toContain('hưu trí');
  });
});
