/**
 * Household words residents type on Zalo that the reader missed (findings14 #11, #13, B01, B08, B19, B37). Classes by hand from
 * NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): income per person = the household's monthly income ÷ members;
 * nông thôn ≤ 1.500.000 đ → nghèo (≥ 3 chỉ số) / cận nghèo (< 3), ≤ 2.250.000 đ → mức sống trung bình; thành thị ≤ 2.000.000 đ /
 * ≤ 3.000.000 đ. Indicator definitions: rules/indicators.yaml (chất lượng nhà ở: nhà thiếu kiên cố, "dễ dột, dễ sập"; trình độ
 * giáo dục của người lớn: 16–30 tuổi, rules/parameters.yaml).
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('a leaking tin roof is housing quality (chất lượng nhà ở)', () => {
  it('B01 "nha tole dot" with 3 dependants of 5 and a child out of school is hộ nghèo (was: cận nghèo, 2 chỉ số)', () => {
    const text = 'nha tui 5 nguoi, 2 ong ba gia, chong lam ho thang dc 4 trieu, o que, nha tole dot, con nho 8 tuoi hok di hoc';
    const { understood } = read(text);
    expect(understood.deprivations).toContain('housing_quality');
    expect(understood.deprivations).toContain('child_schooling');
    // 4.000.000 ÷ 5 = 800.000 ≤ 1.500.000 (nông thôn); người phụ thuộc 3/5 > 50 %, trẻ 8 tuổi không đi học, nhà tôn dột = 3 → nghèo.
    expect(classOf(text)).toEqual({ classification: 'poor', incomePerPerson: 800_000 });
  });

  it('"nha ton dot", "mai ton thung" are housing quality; a tin roof that does not leak is not', () => {
    for (const text of ['nha 3 nguoi o que thu nhap 3 trieu, nha ton dot', 'nha 3 nguoi o que thu nhap 3 trieu, mai ton thung het roi']) {
      expect(read(text).understood.deprivations, text).toContain('housing_quality');
    }
    expect(read('nha 3 nguoi o que thu nhap 3 trieu, nha lop ton ko dot').understood.deprivations).not.toContain('housing_quality');
  });

  it('"lam ho" alone is not read as work without a contract (asked by the interview); said with "ko hop dong" it is', () => {
    // Làm hồ, làm mướn are paid work; the indicator is paid work WITHOUT a labour contract, which the sentence has not said.
    expect(read('nha 2 nguoi o que, chong lam ho thang 3 trieu').understood.deprivations).not.toContain('employment');
    expect(read('nha 2 nguoi o que, chong lam ho ko hop dong thang 3 trieu').understood.deprivations).toContain('employment');
    expect(read('nha 2 nguoi o que, tui lam muon hok co hop dong, thang 3 trieu').understood.deprivations).toContain('employment');
  });
});

describe('a member of 16–30 without the lower-secondary diploma is adult education (trình độ giáo dục của người lớn)', () => {
  it('B19 "1 dua 20 tuoi hok hoc het cap 2" (was: not read)', () => {
    const text = 'ho tui 4 nguoi o que, thu nhap 9 trieu, 1 dua 20 tuoi hok hoc het cap 2';
    expect(read(text).understood.deprivations).toContain('adult_education');
    // 9.000.000 ÷ 4 = 2.250.000: > 1.500.000 and ≤ 2.250.000 (nông thôn) → mức sống trung bình, whatever the deprivations.
    expect(classOf(text)).toEqual({ classification: 'middle', incomePerPerson: 2_250_000 });
    expect(read('nha 4 nguoi o que thu nhap 5 trieu, con trai 22 tuoi chua co bang cap 2').understood.deprivations).toContain('adult_education');
  });

  it('a child of 12 still in lower secondary is deprived in neither schooling indicator', () => {
    const { deprivations } = read('nha 3 nguoi o que thu nhap 4 trieu, con 12 tuoi chua hoc het cap 2').understood;
    expect(deprivations).not.toContain('adult_education');
    expect(deprivations).not.toContain('child_schooling');
  });
});

describe('"sai gon" is TP.HCM, read as "tp hcm" is', () => {
  it('B08 "o sai gon" is urban, no area asked (was: "nông thôn hay thành thị?")', () => {
    const text = 'nha tui 4 nguoi o sai gon, chong chay grab kiem 9 trieu, vo o nha, 2 con di hoc';
    expect(read(text).understood.area).toBe('urban');
    expect(read(text).missing).toEqual([]);
    // 9.000.000 ÷ 4 = 2.250.000: > 2.000.000 and ≤ 3.000.000 (thành thị) → mức sống trung bình.
    expect(classOf(text)).toEqual({ classification: 'middle', incomePerPerson: 2_250_000 });
    expect(read('nha 3 nguoi o saigon thu nhap 5 trieu').understood.area).toBe('urban');
    // 5.000.000 ÷ 3 = 1.666.667 ≤ 2.000.000 (thành thị) → cận nghèo.
    expect(classOf('nha 3 nguoi o saigon thu nhap 5 trieu')).toEqual({ classification: 'near_poor', incomePerPerson: 1_666_666.67 });
  });

  it('a commune named with it keeps the commune’s area; "ha noi" alone is still asked (B10: the city has communes)', () => {
    expect(read('nha 3 nguoi o xa Tan Thanh, sai gon, thu nhap 5 trieu').understood.area).toBe('rural');
    const b10 = read('nha tui 3 nguoi o ha noi, moi thang 5 trieu, ko ai co bhyt, con 15 tuoi bo hoc');
    expect(b10.understood.area).toBeNull();
    expect(b10.missing).toContain('area');
  });
});

describe('a state allowance is not income', () => {
  it('B37 "ko co viec lam, song nho tro cap 1 trieu" is income 0 with the reason (was: income missing, no word why)', () => {
    const text = 'nha 6 nguoi o que, ko co viec lam, song nho tro cap 1 trieu';
    const reading = read(text);
    expect(reading.missing).toEqual([]);
    expect(reading.understood.deprivations).toContain('employment');
    expect(reading.notes.join(' ')).toContain('trợ cấp của Nhà nước không tính vào thu nhập khi rà soát');
    // 0 ÷ 6 = 0 ≤ 1.500.000 (nông thôn); 1 chỉ số told (việc làm) → cận nghèo until the interview asks the others.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 0 });
  });

  it('B34 with an income besides the allowance is unchanged', () => {
    // 2.000.000 ÷ 2 = 1.000.000 ≤ 1.500.000 → cận nghèo (the allowance is left out).
    expect(classOf('nha tui 2 nguoi o que, tui bi khuyet tat nang dang huong tro cap, vo ban rau kiem 2 trieu')).toEqual({
      classification: 'near_poor',
      incomePerPerson: 1_000_000,
    });
  });
});
