/**
 * Round 11 (cadres): one vocabulary of indicator shorthand for the chat's household reader and the household list, so what a
 * list reads ("người PT", "TS tiếp cận TT", "TĐGD người lớn", "nhà tiêu VS") the chat and /kiemtra read too. Classes by hand
 * from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): nông thôn ≤ 1.500.000 đ/người/tháng → hộ nghèo with ≥ 3
 * chỉ số thiếu hụt, hộ cận nghèo with < 3.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('the list shorthand is read in a cadre’s sentence too (one vocabulary, lexicon household.ts)', () => {
  it('“thieu hut: nguoi PT, BHYT, TS tiep can TT” is dependants, BHYT and information (was: only BHYT, the two asked back)', () => {
    const text = 'Ho 4 nguoi o xa, thu nhap 1,2 trieu/nguoi, thieu hut: nguoi PT, BHYT, TS tiep can TT';
    expect(read(text).understood.deprivations).toEqual(['dependents', 'health_insurance', 'information_access']);
    expect(read(text).questions.join(' ')).not.toContain('chưa hiểu');
    // 1.200.000 ≤ 1.500.000 and 3 chỉ số → hộ nghèo (was hộ cận nghèo with 1).
    expect(classOf(text)?.classification).toBe('poor');
  });

  it('“thieu cac chi so: nha tieu VS, TDGD nguoi lon, bhyt” is sanitation, adult education and BHYT', () => {
    const text = 'ap 2, 4 nguoi, thu nhap 5 trieu, thieu cac chi so: nha tieu VS, TDGD nguoi lon, bhyt';
    expect(read(text).understood.deprivations).toEqual(['health_insurance', 'adult_education', 'sanitation']);
  });

  it('guard: “y tế” is never “y trẻ em” (“tế” after “y”, “kinh” is the word itself): “y tế” still asks which of its two indicators', () => {
    const understanding = read('ap 2, 4 nguoi, thu nhap 5 trieu, thieu hut: y te, nuoc SH');
    expect(understanding.understood.deprivations).toEqual(['water_source']);
    expect(understanding.questions.join(' ')).toContain('Dinh dưỡng');
    expect(understanding.understood.deprivations).not.toContain('child_schooling');
  });
});
