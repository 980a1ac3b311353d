/**
 * Round 33 (mend33b, 06/12/2026): fixes to what a household sentence is read as.
 * - "moi vu 3 tan lua, chong ban ve so 5 trieu/thang": the harvest's weight is said not counted as money, as with "làm hồ"; was
 *   dropped silently because "bán" anywhere in the amount's clause was taken for the harvest's sale ("bán vé số" is a job).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);
const NOT_COUNTED = 'không phải số tiền, nên mình chưa tính vào thu nhập';

describe('a harvest by its weight beside a job with "bán": said not counted', () => {
  it.each([
    ['moi vu 3 tan lua, chong ban ve so 5 trieu/thang, nha 5 nguoi o que', 5_000_000],
    ['nha 4 nguoi o que, vo ban tap hoa thang 4 trieu, ruong thu hoach 2 ta lua', 4_000_000],
  ])('"%s": %i đồng a month, the weight said not counted', (text, income) => {
    const understanding = read(text);
    expect(understanding.understood.monthlyIncome).toBe(income);
    expect(understanding.notes.join(' ')).toContain(NOT_COUNTED);
  });

  it.each([
    ['nha 5 nguoi o que, moi vu 3 tan lua, ban dc 20 trieu'],
    ['nha 5 nguoi o que, moi vu 3 tan lua ban dc 20 trieu'],
  ])('"%s": the sale is the harvest\'s money, no such note', (text) => {
    expect(read(text).notes.join(' ')).not.toContain(NOT_COUNTED);
  });
});
