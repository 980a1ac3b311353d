import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';
import { expectError, expectResult, loadScenarios } from './scenarios.ts';

const rules = loadRules();
const scenarios = loadScenarios();

describe('hand-computed scenarios (test/rules/scenarios/*.yaml)', () => {
  it('has scenarios for every file, results and errors alike', () => {
    expect(new Set(scenarios.map((s) => s.file)).size).toBeGreaterThanOrEqual(4);
    expect(scenarios.filter((s) => s.error).length).toBeGreaterThan(10);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, () => {
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
