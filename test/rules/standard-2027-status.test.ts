/**
 * c36 (findings15): `cli standard --date 01/01/2027` marked Việc làm, Người phụ thuộc, Dinh dưỡng "đã kiểm tra" for 2027 and
 * printed "12/undefined chỉ số". An indicator's status in a period comes from the rules data: the 2027–2030 list holds the
 * 2022–2025 thresholds by a draft (thresholdsNote), so no indicator of it is stronger than the list (tham khảo).
 */
import { describe, expect, it } from 'vitest';
import { describeStandard, formatStandardTable, indicatorsFor, loadRules } from '../../src/rules/index.ts';

const rules = loadRules();

describe('2027–2030 indicator statuses', () => {
  it('no kept indicator is "đã kiểm tra" in 2027; the two new ones are "chưa rõ"; the count is not "undefined"', () => {
    const table = formatStandardTable(describeStandard(rules, '2027-01-01'));
    expect(table).not.toContain('undefined');
    expect(table).toContain('Chỉ số thiếu hụt (12 chỉ số; số lượng chính thức chưa rõ; danh sách: tham khảo)');
    for (const id of ['employment', 'dependents', 'nutrition']) expect(table).toMatch(new RegExp(`\\| ${id} +\\| tham khảo`));
    for (const id of ['digital_services', 'waste']) expect(table).toMatch(new RegExp(`\\| ${id} +\\| chưa rõ`));
  });

  it('2026 (NĐ 07/2021 kept, no draft thresholds) keeps the verified text of employment; 12/12', () => {
    const table = formatStandardTable(describeStandard(rules, '2026-12-02'));
    expect(table).toMatch(/\| employment +\| đã kiểm tra/);
    expect(table).toContain('12/12 chỉ số');
    expect(indicatorsFor(rules, '2026-12-02').find((indicator) => indicator.id === 'employment')?.status).toBe('verified');
    expect(indicatorsFor(rules, '2027-01-01').find((indicator) => indicator.id === 'employment')?.status).toBe('reported');
  });
});
