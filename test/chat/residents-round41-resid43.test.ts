/**
 * Round 41 (resid43): residents on phones, typing without diacritics, tried on main on 07/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid43');

describe('1: a sum to borrow asked plainly ("vay … dc ko") is said back against the loan\'s ceiling, as "muon vay …" is', () => {
  it.each([
    ['ho ngheo vay 150 trieu dc ko', 'Bạn muốn vay 150.000.000 đồng: với hộ nghèo, số này cao hơn mức vay tối đa công bố trước đây (xem bên dưới).'],
    ['ho ngheo vay 100 trieu dc ko', 'Bạn muốn vay 100.000.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa công bố trước đây (xem bên dưới).'],
    ['ho ngheo vay dc 150tr ko ad', 'Bạn muốn vay 150.000.000 đồng: với hộ nghèo, số này cao hơn mức vay tối đa'],
    ['ho can ngheo vay 50tr duoc khong', 'Bạn muốn vay 50.000.000 đồng: với hộ cận nghèo, mức vay tối đa chưa rõ.'],
    ['tui vay 30 trieu dc ko', 'Bạn muốn vay 30.000.000 đồng: với hộ nghèo, số này không vượt mức vay tối đa'],
  ])('"%s": the loans card led by the sum (was "không tìm thấy" or an explainer found by search)', async (text, lead) => {
    const answer = await first(text);
    expect(answer.startsWith(lead), answer).toBe(true);
    expect(answer).toContain('Tổ tiết kiệm và vay vốn tại thôn');
    expect(answer).not.toContain('không tìm thấy');
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer.length, answer).toBeLessThanOrEqual(1100);
  });

  it('guard: a ceiling rumoured is still not confirmed ("ho ngheo dc vay 150 trieu ko", "nghe noi ho ngheo dc vay 200 trieu")', async () => {
    expect(await first('ho ngheo dc vay 150 trieu ko')).toContain('Chưa xác nhận được: mức 150.000.000 đồng');
    expect(await first('nghe noi ho ngheo dc vay 200 trieu')).toContain('Chưa xác nhận được: mức 200.000.000 đồng');
  });
});
