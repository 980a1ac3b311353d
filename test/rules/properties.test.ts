/** Properties that must hold for every profile, not just the hand-computed ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules, type CheckResult, type HouseholdProfileInput } from '../../src/rules/index.ts';

const rules = loadRules();

const INDICATOR_IDS = rules.indicatorIds;

/**
 * Poorer first. "unknown" is either below the line with the class hanging on indicators whose threshold
 * is not known (between poor and near-poor), or above the near-poor line where the bands are not known.
 */
function rank(result: CheckResult): number {
  if (result.classification !== 'unknown') return { poor: 0, near_poor: 1, middle: 2, none: 3 }[result.classification];
  return result.between ? 0.5 : 2;
}

const isoDay = fc
  .date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const indicators = fc.uniqueArray(fc.constantFrom(...INDICATOR_IDS), { maxLength: INDICATOR_IDS.length });
const profile = fc.record({
  date: isoDay,
  area: fc.constantFrom('rural' as const, 'urban' as const),
  members: fc.integer({ min: 1, max: 15 }),
  monthlyIncomePerPerson: fc.integer({ min: 0, max: 5_000_000 }),
  deprivations: indicators,
});

function rankOf(input: HouseholdProfileInput): number {
  const outcome = checkHousehold(rules, input);
  if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
  return rank(outcome.value);
}

describe('classification properties', () => {
  it('more income never moves a household to a poorer class', () => {
    fc.assert(
      fc.property(profile, fc.integer({ min: 1, max: 3_000_000 }), (p, extra) => {
        const richer = { ...p, monthlyIncomePerPerson: p.monthlyIncomePerPerson + extra };
        expect(rankOf(richer)).toBeGreaterThanOrEqual(rankOf(p));
      }),
      { numRuns: 500 },
    );
  });

  it('one more deprivation never moves a household to a richer class', () => {
    fc.assert(
      fc.property(profile, fc.constantFrom(...INDICATOR_IDS), (p, added) => {
        fc.pre(!p.deprivations.includes(added));
        const worse = { ...p, deprivations: [...p.deprivations, added] };
        expect(rankOf(worse)).toBeLessThanOrEqual(rankOf(p));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for any valid profile, member facts and "không rõ" answers included', () => {
    const member = fc.record(
      { age: fc.integer({ min: 0, max: 110 }), hasHealthInsurance: fc.boolean(), inSchool: fc.boolean(), dependant: fc.boolean() },
      { requiredKeys: [] },
    );
    const full = fc
      .record({
        date: isoDay,
        area: fc.constantFrom('rural' as const, 'urban' as const),
        members: fc.integer({ min: 1, max: 12 }),
        monthlyIncome: fc.double({ min: 0, max: 1e9, noNaN: true }),
        deprivations: fc.array(fc.constantFrom(...INDICATOR_IDS), { maxLength: 20 }),
        unsure: indicators,
        memberDetails: fc.array(member, { maxLength: 12 }),
        floorAreaM2: fc.double({ min: 0, max: 500, noNaN: true }),
        circumstances: fc.record({ newlyEscaped: fc.boolean(), hasPreschoolChild: fc.boolean() }, { requiredKeys: [] }),
      })
      // An indicator both deprived and unsure is refused (which is meant is not guessed): valid profiles keep them apart.
      .map((p) => ({ ...p, memberDetails: p.memberDetails.slice(0, p.members), unsure: p.unsure.filter((id) => !p.deprivations.includes(id)) }));
    fc.assert(
      fc.property(full, (p) => {
        const outcome = checkHousehold(rules, p);
        expect(outcome.ok).toBe(true);
        if (outcome.ok) {
          expect(outcome.value.reasons.length).toBeGreaterThan(2);
          expect(outcome.value.deprivationCount).toBe(new Set(outcome.value.deprivations).size);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for arbitrary JSON, answering with a field error instead', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = checkHousehold(rules, value);
        if (!outcome.ok) expect(outcome.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
