/**
 * Round 31 law17: a member-level threshold's reference is said with its own status (rules/parameters.yaml `status`); was the
 * reference alone. Computed by hand from NĐ 07/2021/NĐ-CP Phụ lục: a member aged 6 or more without health insurance makes the
 * household deprived in "bảo hiểm y tế" (value and reference: reported); dependants over 50 % of members make it deprived in
 * "người phụ thuộc" (verified): 2 of 4 is 50 %, not more, so not deprived.
 */
import { describe, expect, it } from 'vitest';
import { decideFromMembers, loadRules, thresholdsOn } from '../../src/rules/index.ts';

const rules = loadRules();

describe('a member-level decision cites its parameter with the parameter’s status', () => {
  it('health insurance (reported) and dependants (verified), 15/03/2026', () => {
    const decided = decideFromMembers(
      {
        members: 4,
        memberDetails: [
          { age: 30, hasHealthInsurance: false, dependant: false },
          { age: 35, hasHealthInsurance: true, dependant: false },
          { age: 10, hasHealthInsurance: true, dependant: true },
          { age: 70, hasHealthInsurance: true, dependant: true },
        ],
      },
      thresholdsOn(rules, '2026-03-15'),
    );
    expect(decided.get('health_insurance')).toEqual({
      deprived: true,
      reason: 'Có 1 thành viên từ 6 tuổi trở lên chưa có bảo hiểm y tế, nên hộ thiếu hụt chỉ số bảo hiểm y tế (NĐ 07/2021/NĐ-CP Phụ lục (chỉ số bảo hiểm y tế; tham khảo)).',
    });
    expect(decided.get('dependents')?.deprived).toBe(false);
    expect(decided.get('dependents')?.reason).toContain('(NĐ 07/2021/NĐ-CP Phụ lục (chỉ số người phụ thuộc; đã kiểm tra)).');
  });
});
