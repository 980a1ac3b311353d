/**
 * Round 33 (household21, 06/12/2026): a household told in one sentence marks a deprivation only when what was said fits the
 * indicator's own definition (rules/indicators.yaml, rules/parameters.yaml), and the interview asks what was not said.
 * - "ko co nuoc may": the water indicator's question counts "nước máy, giếng khoan, giếng đào có bảo vệ" as clean water, so a
 *   household without tap water may have clean water from a well: not marked, the interview asks the water question; was
 *   "Nguồn nước sinh hoạt: thiếu hụt".
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);

// 06/12/2026 10:00 in Vietnam: the 2026 standard (NĐ 07/2021 kept by NĐ 351/2025).
const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-household21-2026');

describe('"ko co nuoc may": no tap water is not a lack of clean water (a drilled or protected well is clean water)', () => {
  it.each(['nha tui 4 nguoi o que thu nhap 5 trieu, ko co nuoc may', 'nha 3 nguoi o xa, thang 4 trieu, chua co nuoc may'])('"%s": water not marked', (text) => {
    expect(read(text).understood.deprivations).not.toContain('water_source');
  });

  it('"… ko co nuoc may, xai nuoc song": river water is still the lack', () => {
    expect(read('nha tui 4 nguoi o que thu nhap 5 trieu, ko co nuoc may, xai nuoc song').understood.deprivations).toContain('water_source');
  });

  it('the chat does not say the lack, and the interview asks the water question naming the wells', async () => {
    // 5.000.000 ÷ 4 = 1.250.000 đồng a person a month.
    const [told, ...asked] = await in2026.ask('nha tui 4 nguoi o que thu nhap 5 trieu, ko co nuoc may', '2', '2', '2', '2', '2', '2', '2', '2', '2');
    expect(told).toContain('1.250.000 đồng/người/tháng');
    expect(told).not.toContain('Nguồn nước sinh hoạt: thiếu hụt');
    expect(asked.join('\n')).toContain('Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh');
  });
});
