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

describe('deprivations listed with spaces only are each counted (findings32 K02)', () => {
  // 1.200.000 ≤ 1.500.000 (nông thôn) with 3 chỉ số thiếu hụt → hộ nghèo (was: the last one dropped, hộ cận nghèo).
  const orders = [
    'hộ 4 người ở xã, thu nhập 1,2 triệu mỗi người, thiếu BHYT nước sạch nhà tiêu',
    'ho 4 nguoi o xa, thu nhap 1,2 trieu moi nguoi, thieu nuoc sach nha tieu bhyt',
    'ho 4 nguoi o xa, thu nhap 1tr2 moi nguoi, thieu bhyt nha tieu nuoc sach',
    'ho 4 nguoi o xa, thu nhap 1tr2 moi nguoi, thieu bhyt nha tieu HVS nuoc SH',
    'nha tui 4 nguoi o que, moi nguoi 1tr2, ko co bhyt nuoc sach nha tieu',
    'nhà tui 4 người ở quê, mỗi người 1tr2, hổng có bhyt nước sạch nhà vệ sinh',
  ];
  for (const text of orders) {
    it(`reads three indicators in “${text}”`, () => {
      const understanding = read(text);
      expect(understanding.understood.deprivations).toEqual(['health_insurance', 'water_source', 'sanitation']);
      expect(understanding.questions).toEqual([]);
      expect(classOf(text)).toEqual({ classification: 'poor', incomePerPerson: 1_200_000 });
    });
  }

  it('leaves a word it cannot read unsaid, never "không thiếu hụt"', () => {
    const understanding = read('ho 4 nguoi o xa, thu nhap 1tr2 moi nguoi, thieu bhyt nuoc sach nha xyz');
    expect(understanding.understood.deprivations).toEqual(['health_insurance', 'water_source']);
    expect(understanding.notMentioned).toContain('sanitation');
  });
});

describe('"NCT" is người cao tuổi in a household told (findings32 K04)', () => {
  it('reads "1 NCT 72 tuổi" as an old member, as "1 người cao tuổi 72 tuổi"', () => {
    const said = 'hộ 3 người ở xã, 1 NCT 72 tuổi, thu nhập 1 triệu mỗi người';
    const written = 'hộ 3 người ở xã, 1 người cao tuổi 72 tuổi, thu nhập 1 triệu mỗi người';
    expect(read(said).understood).toEqual(read(written).understood);
    expect(read(said).understood.memberDetails).toBeDefined();
  });
});
