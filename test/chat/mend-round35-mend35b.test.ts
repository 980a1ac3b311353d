/**
 * Round 35 (mend35b, 06/12/2026): left over from this round's helpers, in the residents' words.
 * - "ổng bả nhà bển hông có đất… vô hộ nghèo ko": land told lacked with a poverty question starts the check and says land is no
 *   indicator of the standard (was nothing said of the land), as "ruộng 3 công" is said back (FARMLAND).
 * - "be 18 thang", "be 1 tuoi" sent alone: a short question back, what can be asked of the child (was "ngoài phạm vi").
 * - A cadre's "Tỷ lệ HN đa chiều năm 2025 là bao nhiêu" (no "cả nước"): the national rate card (was a province plan's passage).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round35-mend35b');
const NO_LAND = 'không có ruộng, đất: chuẩn nghèo không có chỉ số về đất nên không tính';

describe('a household told with no land', () => {
  it.each([
    'ổng bả nhà bển hông có đất… vô hộ nghèo ko',
    'nha tui 4 nguoi ko co ruong dat, thu nhap 3 trieu, co dc ho ngheo ko',
  ])('"%s": the check starts, land said to be no indicator', async (text) => {
    const first = await in2026.first(text);
    expect(first).toMatch(/Mình hiểu: |^Thu nhập cả hộ: /);
    expect(first).toContain(NO_LAND);
    expect(first).not.toContain('nông sản');
    expect(first).toContain('Đồng ý lưu');
  });
});

describe('a small child named alone', () => {
  it.each(['be 18 thang', 'be 1 tuoi', 'con tui 8 thang'])('"%s": what can be asked of the child, never "ngoài phạm vi"', async (text) => {
    const first = await in2026.first(text);
    expect(first).toContain('Bạn muốn biết gì về bé?');
    expect(first).toContain('bhyt cho be duoi 6 tuoi');
    expect(first).not.toContain('ngoài phạm vi');
    expect(first.length).toBeLessThan(400);
  });

  it('guard: "con tui 8 thang, lam the bhyt o dau" (a support named) keeps the BHYT card: the under-6 line leads, with where the card is made', async () => {
    const first = await in2026.first('con tui 8 thang, lam the bhyt o dau');
    expect(first.startsWith('Cho trẻ em dưới 6 tuổi')).toBe(true);
    expect(first).toContain('cha mẹ làm thẻ cho trẻ khi đăng ký khai sinh hoặc tại UBND cấp xã');
  });
});

describe('a cadre asks the rate of 2025 without "cả nước"', () => {
  it('"Tỷ lệ HN đa chiều năm 2025 là bao nhiêu": the national rate with its basis; a province named keeps its documents', async () => {
    const first = await in2026.first('Tỷ lệ HN đa chiều năm 2025 là bao nhiêu');
    expect(first.startsWith('Tỷ lệ hộ nghèo đa chiều cả nước:')).toBe(true);
    expect(first).toContain('(năm 2025)');
    expect(first).not.toContain('Theo văn bản:');
    expect(await in2026.first('ty le ho ngheo cua tinh nam 2025')).not.toContain('Tỷ lệ hộ nghèo đa chiều cả nước:');
  });
});
