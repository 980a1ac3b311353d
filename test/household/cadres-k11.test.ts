/**
 * Round 11 (commune cadres, findings32): a household as a cadre writes it ("hộ 4 người xã Phú Lộc, thu nhập bình quân 1
 * triệu 9, thiếu BHYT nước sạch nhà tiêu"). Classes by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ
 * 351/2025/NĐ-CP), on 02/12/2026: nông thôn ≤ 1.500.000 đ/người/tháng → hộ nghèo with ≥ 3 chỉ số thiếu hụt, hộ cận nghèo with
 * < 3; above it up to 2.250.000 → hộ có mức sống trung bình. Thành thị: 2.000.000 and 3.000.000.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('"bình quân 2 triệu" is an income per person, never "quận 2" (findings32 K01)', () => {
  it('asks the area when only "bình quân N triệu" is said (was: thành thị assumed)', () => {
    for (const text of ['hộ 3 người, thu nhập bình quân 2 triệu', 'ho 3 nguoi, thu nhap binh quan 2 trieu', 'nha tui 4 nguoi binh quan 3 trieu 1 thang']) {
      const understanding = read(text);
      expect(understanding.understood.area, text).toBeNull();
      expect(understanding.missing, text).toContain('area');
    }
  });

  it('still reads a real district as urban: "quan 1", "Q.1", "quận 3 tp hcm", "ở quận 2"', () => {
    for (const text of [
      'ho 3 nguoi o quan 1, thu nhap binh quan 1 trieu',
      'hộ 3 người Q.1, thu nhập 1 triệu mỗi người',
      'hộ 3 người, quận 3 tp hcm, bình quân 1 triệu',
      'nhà 4 người ở quận 2, bình quân 2 triệu',
    ]) {
      expect(read(text).understood.area, text).toBe('urban');
    }
    // Thành thị, 2.000.000 ≤ 2.000.000 and no deprivation said → hộ cận nghèo.
    expect(classOf('nhà 4 người ở quận 2, bình quân 2 triệu')?.classification).toBe('near_poor');
  });
});

describe('"hộ X xã Y": the commune right after the household\'s size names the area (findings32 K05)', () => {
  it('reads "hộ 3 người xã Tân An" as rural (was: area asked)', () => {
    const text = 'hộ 3 người xã Tân An, thu nhập 1 triệu mỗi người';
    expect(read(text).understood.area).toBe('rural');
    // 1.000.000 ≤ 1.500.000 (nông thôn), no deprivation said → hộ cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_000_000 });
    expect(read('ho 5 khau xa Tan An, tnbq 1tr2').understood.area).toBe('rural');
  });

  it('reads "hộ 4 khẩu phường Tân An" as urban', () => {
    expect(read('hộ 4 khẩu phường Tân An, bình quân 1,8 triệu').understood.area).toBe('urban');
  });

  it('reads "hộ 4 người xã Phú Lộc, thu nhập bình quân 1 triệu 9" as rural: hộ có mức sống trung bình (findings32 K01; was thành thị, hộ nghèo)', () => {
    const text = 'hộ 4 người xã Phú Lộc, thu nhập bình quân 1 triệu 9, thiếu BHYT, nước sạch, nhà tiêu';
    expect(read(text).understood.area).toBe('rural');
    // 1.900.000 > 1.500.000 (nông thôn) and ≤ 2.250.000 → hộ có mức sống trung bình (thành thị would be ≤ 2.000.000, hộ nghèo).
    expect(classOf(text)).toEqual({ classification: 'middle', incomePerPerson: 1_900_000 });
    expect(classOf('ho 4 nguoi xa Phu Loc, binh quan 1 trieu 9, thieu bhyt, nuoc sach, nha tieu')).toEqual({ classification: 'middle', incomePerPerson: 1_900_000 });
  });

  it('reads no place in "4 người đi làm xa" nor in "4 người quan tâm"', () => {
    expect(read('nhà 4 người, 2 người đi làm xa, thu nhập 5 triệu').understood.area).toBeNull();
    expect(read('hộ 4 người quan tâm chính sách, thu nhập 5 triệu').understood.area).toBeNull();
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
