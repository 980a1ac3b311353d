/**
 * Round 33 (household21, 06/12/2026): a household told in one sentence marks a deprivation only when what was said fits the
 * indicator's own definition (rules/indicators.yaml, rules/parameters.yaml), and the interview asks what was not said.
 * - "ko co nuoc may": the water indicator's question counts "nước máy, giếng khoan, giếng đào có bảo vệ" as clean water, so a
 *   household without tap water may have clean water from a well: not marked, the interview asks the water question; was
 *   "Nguồn nước sinh hoạt: thiếu hụt".
 * - "con tui nghi hoc tu lop 5", "dua nho nha tui …", "thang con …": the child's schooling, not the speaker's (words18 read "tui
 *   nghi hoc tu lop 5" as the speaker's, and "con tui …" with it); stopped at a grade with no age told, the child may be past the
 *   indicator's 3 to under 16 (rules/parameters.yaml school_age_from, school_age_below): not known, asked at the interview by the
 *   question that says the ages; was "Trình độ giáo dục của người lớn" not known. "tui nghi hoc tu lop 5" stays the speaker's, and
 *   "con tui 12 tuoi …" the child's drop-out.
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

describe('"con tui nghi hoc tu lop 5": the child\'s schooling, of an age not told, asked', () => {
  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, con tui nghi hoc tu lop 5',
    'nha tui 4 nguoi o que thu nhap 5 trieu, dua nho nha tui nghi hoc tu lop 5',
    'nha 4 nguoi o que thu nhap 5 trieu, thang con nghi hoc tu lop 5',
    'nha 4 nguoi o que thu nhap 5 trieu, con em chi hoc het lop 3',
  ])('"%s": child schooling not known (asked), never the speaker\'s own', (text) => {
    const { understood } = read(text);
    expect(understood.unsure).toContain('child_schooling');
    expect(understood.unsure).not.toContain('adult_education');
    expect(understood.deprivations).not.toContain('adult_education');
    expect(understood.deprivations).not.toContain('child_schooling');
  });

  it('"tui nghi hoc tu lop 5" stays the speaker\'s, "con tui 12 tuoi nghi hoc tu lop 5" the child\'s drop-out (12 is in 3 to under 16)', () => {
    expect(read('nha tui 4 nguoi o que thu nhap 5 trieu, tui nghi hoc tu lop 5').understood.unsure).toEqual(['adult_education']);
    expect(read('nha 5 nguoi o que, thu nhap 6 trieu, con tui 12 tuoi nghi hoc tu lop 5').understood.deprivations).toEqual(['child_schooling']);
  });

  it('the interview asks the child\'s schooling with its ages', async () => {
    const [told, ...asked] = await in2026.ask('nha tui 4 nguoi o que thu nhap 5 trieu, con tui nghi hoc tu lop 5', '2', '2', '2', '2', '2', '2', '2', '2');
    expect(told).not.toContain('Tình trạng đi học của trẻ em: thiếu hụt');
    expect(asked.join('\n')).toContain('Trong hộ có trẻ từ 3 tuổi đến dưới 16 tuổi đang không đi học');
  });
});
