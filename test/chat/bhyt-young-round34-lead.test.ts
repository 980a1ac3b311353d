/**
 * Round 34 (lead, after review34): the BHYT indicator counts members from 6 years old (rules/parameters.yaml
 * health_insurance_min_age), so a child named by any child word ("con tui", "2 cháu") whose age is told under 6 is no lack,
 * as "2 đứa nhỏ 2 tuổi" already was (household22); was "Bảo hiểm y tế: thiếu hụt" unless the child was called "nhỏ" or "bé".
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';

const rules = loadRules();
const read = (text: string) => understandHousehold(text, rules, '2026-12-06');

describe('a child of any name, its age told under 6, lacking a BHYT card', () => {
  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi chua co bhyt',
    'Hộ 4 người ở nông thôn thu nhập 5 triệu/tháng, 2 cháu 3 tuổi và 5 tuổi chưa có thẻ BHYT',
    'nha 3 nguoi o que thang 4tr, thang con 2 tuoi hong co the bhyt',
  ])('"%s": no lack, said why', (text) => {
    const understanding = read(text);
    expect(understanding.understood.deprivations).not.toContain('health_insurance');
    expect(understanding.notes.join(' ')).toContain('chỉ số bảo hiểm y tế chỉ tính thành viên từ 6 tuổi trở lên (tham khảo)');
  });

  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 8 tuoi chua co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, con tui 3 tuoi voi ba tui chua co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, 2 chau 3 tuoi va 7 tuoi chua co bhyt',
  ])('"%s": still the lack (a member from 6, or someone else with the child)', (text) => {
    expect(read(text).understood.deprivations).toContain('health_insurance');
  });
});
