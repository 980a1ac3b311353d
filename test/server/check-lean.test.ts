/**
 * `POST /api/check?lean=1` (issue 11, the API's bulk use): the decision without its sentences. Every
 * field equals the full result's (supports by id), errors are the same 400s, and the body is a
 * small fraction of the full one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHousehold, DEFAULT_RULES_DIR, loadRules, type CheckResult, type LeanCheckResult } from '../../src/rules/index.ts';
import { jsonBytes } from '../../src/server/http.ts';
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

describe('the full check result as bytes (jsonBytes: supports encoded once per object)', () => {
  it('is byte for byte JSON.stringify, the first time and when the supports are reused', () => {
    const rules = loadRules(DEFAULT_RULES_DIR, null);
    const profiles = [...PROFILES, { area: 'urban', members: 2, monthlyIncome: 50_000_000 }];
    for (let round = 0; round < 2; round += 1) {
      for (const profile of profiles) {
        const outcome = checkHousehold(rules, profile);
        if (!outcome.ok) throw new Error(outcome.error.message);
        const result = outcome.value as unknown as Record<string, unknown>;
        expect(jsonBytes(result, ['supports']).toString()).toBe(JSON.stringify(result));
      }
    }
    expect(jsonBytes({}, ['supports']).toString()).toBe('{}');
    const odd = { supports: [], a: undefined, b: [undefined, 'x'], c: 'é' };
    expect(jsonBytes(odd, ['supports', 'b']).toString()).toBe(JSON.stringify(odd));
    expect(jsonBytes({ a: 1, supports: [{ x: 'ố' }, 2] }, ['supports']).toString()).toBe('{"a":1,"supports":[{"x":"ố"},2]}');
  });
});
