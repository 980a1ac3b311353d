/**
 * A list row's own words in its reasons (assessmentLines: the income figures) are remembered by the income per person for
 * cli batch (issue 11): a household giving its total income with the same figure per person still says its division, and
 * every row says exactly what the full explanation (checkHousehold) says.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, assessmentLines, checkHousehold, loadRules } from '../../src/rules/index.ts';

const rules = loadRules();

/** The row's reasons as one line, and the full result's reasons after the standard's line, joined as a row shows them. */
function rowAndFull(profile: Record<string, unknown>): { row: string; full: string } {
  const assessed = assessHousehold(rules, profile);
  const checked = checkHousehold(rules, profile);
  if (!assessed.ok || !checked.ok) throw new Error('household not valid');
  const { reasons } = assessmentLines(rules, assessed.value);
  return { row: reasons.own + reasons.shared, full: checked.value.reasons.slice(1).join(' ') };
}

describe('income line of a list row (round 29, batchspeed8)', () => {
  it('nha 4 nguoi 6 trieu a thang and 1,5 trieu moi nguoi: same figure per person, each row says its own income', () => {
    const base = { date: '2026-12-01', area: 'rural', deprivations: [] };
    for (let round = 0; round < 2; round += 1) {
      const perPerson = rowAndFull({ ...base, members: 4, monthlyIncomePerPerson: 1_500_000 });
      const total = rowAndFull({ ...base, members: 4, monthlyIncome: 6_000_000 });
      expect(perPerson.row).toBe(perPerson.full);
      expect(total.row).toBe(total.full);
      expect(perPerson.row).toContain('Thu nhập bình quân: 1.500.000 đồng/người/tháng. Thu nhập 1.500.000 đồng ');
      expect(total.row).toContain('Thu nhập bình quân: 6.000.000 đồng ÷ 4 người = 1.500.000 đồng/người/tháng.');
    }
  });

  it('a figure with a fraction of a đồng and its rounded neighbour each keep their own line', () => {
    const base = { date: '2025-06-01', area: 'urban', members: 3, deprivations: ['telecom'] };
    const exact = rowAndFull({ ...base, monthlyIncomePerPerson: 2_000_000.4 });
    const whole = rowAndFull({ ...base, monthlyIncomePerPerson: 2_000_000 });
    expect(exact.row).toBe(exact.full);
    expect(whole.row).toBe(whole.full);
  });
});
