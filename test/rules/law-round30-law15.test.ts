/**
 * Round 30 (law helper law15): a household check dated from 01/01/2027 names the 2027–2030 indicators by the data's names
 * (rules/indicators.yaml digital_services), never the 2022–2025 "Sử dụng dịch vụ viễn thông", in its reasons.
 */
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';

const rules = loadRules();

describe('a cadre\'s check on 05/01/2027 of a household listed as without Internet (code telecom)', () => {
  it.each(['2027-01-01', '2027-01-05'])('dated %s: reasons name “Sử dụng dịch vụ số, Internet”, not the 2022–2025 name', (date) => {
    const outcome = checkHousehold(rules, { date, area: 'rural', members: 4, monthlyIncomePerPerson: 1_800_000, deprivations: ['telecom', 'health_insurance'] });
    expect(outcome.ok).toBe(true);
    const reasons = outcome.ok ? outcome.value.reasons.join('\n') : '';
    // Was "Chỉ số “Sử dụng dịch vụ viễn thông”: trong Chuẩn … nội dung này được nêu là tiêu chí …".
    expect(reasons).not.toContain('Sử dụng dịch vụ viễn thông');
    expect(reasons).toContain('Tiêu chí “Sử dụng dịch vụ số, Internet” của Chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
  it('dated 31/12/2026 it is still the 2022–2025 indicator "Sử dụng dịch vụ viễn thông", counted', () => {
    const outcome = checkHousehold(rules, { date: '2026-12-31', area: 'rural', members: 4, monthlyIncomePerPerson: 1_200_000, deprivations: ['telecom', 'health_insurance'] });
    expect(outcome.ok && outcome.value.deprivations).toEqual(['health_insurance', 'telecom']);
  });
});
