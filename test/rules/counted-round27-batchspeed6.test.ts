/**
 * The deprivations that count are worked out once per list of ids named alone (what a commune list's reader gives: one
 * array per distinct "thieu_hut" cell), and shared by every household of that list (issue 11: fewer objects per row of
 * `cli batch`); a household naming an id twice, or with member facts, still gets its own, with its reasons; the results
 * given out (check, lean) hold lists of their own, which the caller may change.
 */
import { describe, expect, it } from 'vitest';
import { assessHousehold, checkHousehold, leanResult, loadRules } from '../../src/rules/index.ts';

const rules = loadRules();

const assessed = (input: object) => {
  const outcome = assessHousehold(rules, input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
};

describe('deprivations counted once per list of ids (round 27, batchspeed6)', () => {
  it('two households of one list cell share the counted list, and it is the same as worked out alone', () => {
    const cell = ['health_insurance', 'telecom'];
    const first = assessed({ date: '2025-06-01', area: 'rural', members: 4, monthlyIncomePerPerson: 1_200_000, deprivations: cell });
    const second = assessed({ date: '2025-06-01', area: 'rural', members: 2, monthlyIncomePerPerson: 3_100_000, deprivations: cell });
    expect(second.under.found.counted).toBe(first.under.found.counted);
    expect(first.under.found.counted).toEqual(['health_insurance', 'telecom']);
    // Another array with the same ids (another cell, or a chat profile) gets the same answer.
    const alone = assessed({ date: '2025-06-01', area: 'rural', members: 4, monthlyIncomePerPerson: 1_200_000, deprivations: ['telecom', 'health_insurance'] });
    expect(alone.under.found.counted).toEqual(first.under.found.counted);
    expect(alone.under.classification).toBe(first.under.classification);
  });

  it('an id named twice is counted once and said, on every household naming it so', () => {
    const cell = ['telecom', 'telecom'];
    for (const members of [3, 5]) {
      const result = assessed({ date: '2025-06-01', area: 'urban', members, monthlyIncomePerPerson: 1_000_000, deprivations: cell });
      expect(result.under.found.counted).toEqual(['telecom']);
      expect(result.under.memberReasons.join(' ')).toMatch(/được nêu 2 lần, chỉ tính 1 lần/);
    }
  });

  it('results given out hold their own list: changing one changes no other household', () => {
    const cell = ['health_insurance'];
    const input = { date: '2025-06-01', area: 'rural', members: 4, monthlyIncomePerPerson: 1_200_000, deprivations: cell };
    const checked = checkHousehold(rules, input);
    if (!checked.ok) throw new Error(checked.error.message);
    checked.value.deprivations.push('telecom');
    const lean = leanResult(rules, assessed(input));
    lean.deprivations.push('waste');
    expect(assessed(input).under.found.counted).toEqual(['health_insurance']);
    const again = checkHousehold(rules, input);
    expect(again.ok && again.value.deprivations).toEqual(['health_insurance']);
  });
});
