/**
 * findings9 #2 (outside test): a year named between "thu nhập" and the amount is the amount's period. Classes by hand from
 * NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): thành thị ≤ 2.000.000 đ → nghèo (≥ 3 chỉ số) / cận nghèo.
 */
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';
import { profileFromUnderstanding, understandHousehold } from '../../src/rules/understand.ts';

const rules = loadRules();
const DATE = '2026-12-01';

describe('"tổng thu nhập năm 120 triệu" is a year’s income', () => {
  it.each([
    'nhà 5 người ở thị trấn, tổng thu nhập năm 120 triệu, không có bhyt',
    'nha 5 nguoi o thi tran, thu nhap nam 120tr, ko co bhyt',
  ])('%s → 120.000.000 ÷ 12 ÷ 5 = 2.000.000 đ/người, hộ cận nghèo (was 120.000.000 a month, none)', (text) => {
    const understanding = understandHousehold(text, rules, DATE);
    expect(understanding.understood).toMatchObject({ area: 'urban', members: 5, monthlyIncome: 10_000_000 });
    const profile = profileFromUnderstanding(understanding, DATE);
    const checked = profile && checkHousehold(rules, profile);
    expect(checked?.ok && [checked.value.classification, checked.value.incomePerPerson]).toEqual(['near_poor', 2_000_000]);
  });

  it('"năm" as the digit five is still five: "thu nhập năm triệu"', () => {
    expect(understandHousehold('nha 2 nguoi o que thu nhap nam trieu', rules, DATE).understood).toMatchObject({ monthlyIncome: 5_000_000 });
  });
});
