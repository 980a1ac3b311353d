/**
 * `POST /api/check?lean=1` (issue 11, the API's bulk use): the decision without its sentences. Every
 * field equals the full result's (supports by id), errors are the same 400s, and the body is a
 * small fraction of the full one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHousehold, DEFAULT_RULES_DIR, loadRules, type CheckResult, type LeanCheckResult } from '../../src/rules/index.ts';
import { jsonBytes as parts } from '../../src/server/http.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
beforeAll(async () => {
  server = await startTestService();
});
afterAll(() => server?.close());

const PROFILES = [
  // Poor under the 2026 standard: 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (rural), 3 deprivations.
  { date: '2026-03-15', area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance', 'water_source', 'sanitation'] },
  // In the window before 2027: the class under the next standard comes too.
  { date: '2026-12-01', area: 'urban', members: 3, monthlyIncomePerPerson: 2_500_000, deprivations: ['telecom'] },
  { date: '2027-03-01', area: 'rural', members: 5, monthlyIncome: 11_000_000, memberDetails: [{ age: 72 }], unsure: ['nutrition'] },
];

describe('POST /api/check?lean=1', () => {
  it('gives the full result\'s fields, supports by id, in a much smaller body', async () => {
    for (const profile of PROFILES) {
      const full = await server.postJson('/api/check', profile);
      const lean = await server.postJson('/api/check?lean=1', profile);
      expect(lean.status).toBe(200);
      const fullText = await full.text();
      const leanText = await lean.text();
      const result = JSON.parse(fullText) as CheckResult;
      const { reasons: _reasons, ...upcoming } = result.upcoming ?? { reasons: [] };
      expect(JSON.parse(leanText) as LeanCheckResult).toEqual({
        classification: result.classification,
        incomePerPerson: result.incomePerPerson,
        deprivationCount: result.deprivationCount,
        deprivations: result.deprivations,
        standard: result.standard,
        provisional: result.provisional,
        supports: result.supports.map((support) => support.id),
        asOf: result.asOf,
        checkedOn: result.checkedOn,
        ...(result.upcoming ? { upcoming } : {}),
        rulesVersion: result.rulesVersion,
      });
      expect(leanText.length * 5).toBeLessThan(fullText.length);
    }
  });

  it('refuses a bad profile with the same 400 as the full check', async () => {
    const bad = { area: 'urban', members: 0, monthlyIncome: 3_000_000 };
    const full = await server.postJson('/api/check', bad);
    const lean = await server.postJson('/api/check?lean=1', bad);
    expect(lean.status).toBe(400);
    expect(await lean.json()).toEqual(await full.json());
  });
});

/** The parts jsonBytes writes, one after the other. */
const jsonBytes = (body: unknown) => Buffer.concat(parts(body));

describe('the full check result as bytes (jsonBytes: frozen values encoded once)', () => {
  it('is byte for byte JSON.stringify, the first time and when the shared data is reused', () => {
    const rules = loadRules(DEFAULT_RULES_DIR, null);
    const profiles = [...PROFILES, { area: 'urban', members: 2, monthlyIncome: 50_000_000 }];
    for (let round = 0; round < 2; round += 1) {
      for (const profile of profiles) {
        const outcome = checkHousehold(rules, profile);
        if (!outcome.ok) throw new Error(outcome.error.message);
        expect(jsonBytes(outcome.value).toString()).toBe(JSON.stringify(outcome.value));
      }
    }
    expect(jsonBytes({}).toString()).toBe('{}');
    expect(jsonBytes([]).toString()).toBe('[]');
    expect(jsonBytes('ố').toString()).toBe('"ố"');
    const odd = { a: undefined, b: [undefined, 'x', () => 1], c: 'é', d: { e: [1, { f: 'g' }], h: undefined }, i: new Date(0), j: null };
    expect(jsonBytes(odd).toString()).toBe(JSON.stringify(odd));
    const frozen = Object.freeze([Object.freeze({ x: 'ố' }), 2]);
    expect(jsonBytes({ a: 1, supports: frozen, more: [frozen], deep: { list: [frozen] } }).toString()).toBe(
      JSON.stringify({ a: 1, supports: frozen, more: [frozen], deep: { list: [frozen] } }),
    );
  });

  it('shares the rules data a result shows as it is: frozen, the same objects for a class on a date', () => {
    const rules = loadRules(DEFAULT_RULES_DIR, null);
    const check = (monthlyIncome: number) => {
      const outcome = checkHousehold(rules, { ...PROFILES[0]!, monthlyIncome });
      if (!outcome.ok) throw new Error(outcome.error.message);
      return outcome.value;
    };
    const [one, other] = [check(5_000_000), check(4_000_000)];
    for (const key of ['supports', 'nextSteps', 'margins', 'standard', 'provisionalReasons'] as const) {
      expect(one[key], key).toBeDefined();
      expect(Object.isFrozen(one[key]), key).toBe(true);
      expect(other[key], key).toBe(one[key]);
    }
    expect(one.supports.every((support) => Object.isFrozen(support))).toBe(true);
    // The household's own sentences are its own.
    expect(Object.isFrozen(one.reasons)).toBe(false);
    expect(other.reasons).not.toEqual(one.reasons);
  });
});
