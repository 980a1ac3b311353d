/**
 * Round 14 (cadres, 03/12/2026): a household's housing said lacking without saying which of its two indicators (rules/indicators.yaml,
 * service "Nhà ở": chất lượng nhà ở, diện tích nhà ở bình quân đầu người). Classes by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for
 * 2026 by NĐ 351/2025/NĐ-CP): nông thôn ≤ 1.500.000 đ/người/tháng → hộ nghèo with ≥ 3 chỉ số thiếu hụt, hộ cận nghèo with < 3.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-03');
const ASSUMED = 'mình tính là thiếu ít nhất 1 chỉ số nhà ở';

describe('N38-65: "thiếu nhà ở", "nhà ở không đạt" counts as at least one housing indicator, and says so', () => {
  it.each([
    'ho 4 nguoi o nong thon thu nhap 1,2 trieu/nguoi, thieu bhyt, nuoc sach, ho nay thieu nha o',
    'ho 4 nguoi o nong thon, thu nhap 1,2 trieu/nguoi, ko co bhyt, ko co nuoc sach, nha o khong dat',
    'ap 3, 4 nguoi, tn 1tr2/nguoi, thieu hut: bhyt, nuoc sach, nha o',
  ])('"%s": BHYT, water and one housing indicator → 3 chỉ số, hộ nghèo (was 2, hộ cận nghèo)', (text) => {
    const understanding = read(text);
    expect(understanding.understood.deprivations).toEqual(['health_insurance', 'housing_quality', 'water_source']);
    const note = understanding.notes.join(' ');
    expect(note).toContain(ASSUMED);
    expect(note).toContain('nếu thiếu cả chất lượng nhà ở và diện tích nhà ở bình quân đầu người thì là 2');
    // Was: "Mình chưa hiểu “ho nay thieu nha o”", or "“nhà ở” là nhiều chỉ số … Bạn ghi rõ" — never counted.
    expect(understanding.questions.join(' ')).not.toMatch(/nha o|nhà ở/);
    expect(classOf(text)?.classification).toBe('poor');
  });

  it('the floor area told settles the area indicator: "nhà ở không đạt" with 5 người in 20 m² is that one, no assumption said', () => {
    const understanding = read('ho 5 nguoi o nong thon, thu nhap 1 trieu/nguoi, nha 20m2, nha o khong dat, ko co bhyt');
    expect(understanding.decided.housing_area).toBe(true);
    expect(understanding.understood.deprivations).not.toContain('housing_quality');
    expect(understanding.notes.join(' ')).not.toContain(ASSUMED);
  });

  it('guards: "không thiếu nhà ở" counts nothing; a named housing indicator needs no assumption; "y tế" is still asked back', () => {
    expect(read('ho 4 nguoi o nong thon thu nhap 1,2 trieu/nguoi, ko thieu nha o, thieu bhyt').understood.deprivations).toEqual(['health_insurance']);
    const tent = read('ho 4 nguoi o nong thon thu nhap 1,2 trieu/nguoi, nha tam, thieu nha o');
    expect(tent.understood.deprivations).toEqual(['housing_quality']);
    expect(tent.notes.join(' ')).not.toContain(ASSUMED);
    expect(read('ap 2, 4 nguoi, thu nhap 5 trieu, thieu hut: y te, nuoc SH').questions.join(' ')).toContain('Dinh dưỡng');
  });
});
