/**
 * Round 46 law53: "tháng tui kiếm được 5 triệu" is a month's income, no "tháng tới". "tui" folds to "toi" like "tới", so "tháng tui
 * kiếm", "tháng 1 tui lãnh", "tháng nhà tui làm được" were read as the coming month / the coming January: on 07/12/2026 the
 * household was checked by the 2027 standard, on 05/01/2027 by 2028's ("Bạn hỏi về năm 2028").
 *
 * By hand: 5.000.000 đ ÷ 3 người = 1.666.667 đ/người/tháng, nông thôn, no deprivation said.
 * - 07/12/2026, the 2026 standard (NĐ 07/2021/NĐ-CP Điều 3 kept by NĐ 351/2025/NĐ-CP): 1.500.000 < 1.666.667 ≤ 2.250.000 → hộ có
 *   mức sống trung bình.
 * - 05/01/2027, the 2027–2030 standard (NĐ 351/2025/NĐ-CP [M]): 1.666.667 ≤ 2.200.000, fewer than 3 chỉ số thiếu hụt → hộ cận nghèo.
 * A time said ("tháng tới", "từ tháng 1", "năm sau") still moves the check.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const DECEMBER = readerOn('2026-12-07');
const JANUARY = readerOn('2027-01-05');

const EARNED = [
  'nha tui 3 nguoi o que, thang tui kiem dc 5 trieu',
  'thang 1 tui kiem dc 5 trieu, nha 3 nguoi o que',
  '3 nguoi o que, thang nha tui kiem dc 5 trieu',
  'nhà tui 3 người ở quê, tháng tui lãnh 5 triệu',
  'ở quê nhà 3 người, tháng tôi làm được 5 triệu',
];

describe('a month\'s income said with "tui" is checked on the day asked', () => {
  it.each(EARNED)('07/12/2026 “%s”: today\'s standard, hộ có mức sống trung bình', (text) => {
    const read = DECEMBER.read(text);
    expect(read.understood.monthlyIncome).toBe(5_000_000);
    expect(read.understood.members).toBe(3);
    expect(read.asOf).toBeUndefined();
    expect(DECEMBER.classOf(text)?.classification).toBe('middle');
  });

  it.each(EARNED)('05/01/2027 “%s”: this year\'s standard, not 2028\'s, hộ cận nghèo', (text) => {
    expect(JANUARY.read(text).asOf).toBeUndefined();
    expect(JANUARY.classOf(text)?.classification).toBe('near_poor');
  });
});

describe('a time said still moves the check to the coming standard', () => {
  it.each([
    'nha tui 3 nguoi o que thu nhap 5 trieu, tu thang 1 thi sao',
    'nam sau nha tui 3 nguoi o que thu nhap 5 trieu co con la ho can ngheo ko',
  ])('07/12/2026 “%s”: 01/01/2027', (text) => {
    expect(DECEMBER.read(text).asOf).toBe('2027-01-01');
  });
});
