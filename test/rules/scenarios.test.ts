import { afterAll, describe, expect, it } from 'vitest';
import { checkHousehold, loadRules, type RuleSet } from '../../src/rules/index.ts';
import { fixtureRules } from './fixtures.ts';
import { expectError, expectResult, loadScenarios } from './scenarios.ts';

const shipped = loadRules();
const scenarios = loadScenarios();
const fixtures = new Map<string, { rules: RuleSet; dispose: () => void }>();
afterAll(() => fixtures.forEach((fixture) => fixture.dispose()));

/** The shipped rules, or the fixture a scenario file names (loaded once). */
function rulesOf(name: string | undefined): RuleSet {
  if (!name) return shipped;
  if (!fixtures.has(name)) {
    const { dir, dispose } = fixtureRules(name);
    fixtures.set(name, { rules: loadRules(dir), dispose });
  }
  return fixtures.get(name)!.rules;
}

describe('hand-computed scenarios (test/rules/scenarios/*.yaml)', () => {
  it('has scenarios for every file, results and errors alike', () => {
    expect(new Set(scenarios.map((s) => s.file)).size).toBeGreaterThanOrEqual(4);
    expect(scenarios.filter((s) => s.error).length).toBeGreaterThan(10);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, () => {
      const rules = rulesOf(scenario.rules);
      const outcome = checkHousehold(rules, scenario.input);
      if (scenario.error) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expectError(outcome.error, scenario.error);
        return;
      }
      if (!outcome.ok) throw new Error(`${outcome.error.field}: ${outcome.error.message}`);
      expectResult(outcome.value, scenario.expected ?? {});
      expect(outcome.value.rulesVersion).toBe(rules.version);
      expect(outcome.value.asOf).toBe((scenario.input as { date: string }).date);
    });
  }
});
