/**
 * Round 10 (cadres): a household told by a commune cadre in the indicators' official names and list shorthand, and a year
 * said with the income (findings22 K01, K04, worst 1, 7, 12). Classes by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by
 * NĐ 351/2025/NĐ-CP): nông thôn ≤ 1.500.000 đ/người/tháng → hộ nghèo with ≥ 3 chỉ số thiếu hụt, hộ cận nghèo with < 3.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('"TNBQ" (thu nhập bình quân) is an income per person (findings24 K03)', () => {
  it('reads "TNBQ 2,25 triệu" as 2.250.000 đồng per person, not the household\'s (was 750.000 đồng, hộ cận nghèo)', () => {
    const text = 'Hộ bà Lê Thị Hoa, 3 khẩu, nông thôn, TNBQ 2,25 triệu';
    // 2.250.000 > 1.500.000 (nông thôn, 2026) and ≤ 2.250.000 (mức sống trung bình, nông thôn) → hộ có mức sống trung bình.
    expect(classOf(text)).toEqual({ classification: 'middle', incomePerPerson: 2_250_000 });
  });
});

describe('indicators named by their official names or a cadre shorthand are counted', () => {
  it('counts "chất lượng nhà ở, diện tích nhà ở, tình trạng đi học của trẻ em" (was: 0 chỉ số, hộ cận nghèo)', () => {
    const text = 'Ho 6 nhan khau o xa Tan An, thu nhap ca ho 7 trieu/thang, thieu hut chat luong nha o, dien tich nha o, tinh trang di hoc cua tre em';
    expect(read(text).understood.deprivations).toEqual(['child_schooling', 'housing_quality', 'housing_area']);
    // 7.000.000 ÷ 6 = 1.166.667 ≤ 1.500.000 and 3 chỉ số → hộ nghèo.
    expect(classOf(text)?.classification).toBe('poor');
    expect(classOf('thon 3 xa Tan An, 6 khau, thu nhap ca ho 7 trieu/thang, thieu chat luong nha o, dien tich nha o, tre em ko di hoc')?.classification).toBe('poor');
  });

  it('counts "BHYT, nhà tiêu HVS, nước sinh hoạt" and "nước SH", "GD người lớn", "TE đi học" (was: only BHYT)', () => {
    const text = 'thon 3 xa Tan An, 5 nhan khau, tong thu nhap ca nam 84 trieu, thieu hut BHYT, nha tieu HVS, nuoc sinh hoat';
    expect(read(text).understood.deprivations).toEqual(['health_insurance', 'water_source', 'sanitation']);
    // 84.000.000 ÷ 12 ÷ 5 = 1.400.000 ≤ 1.500.000, 3 chỉ số → hộ nghèo.
    expect(classOf(text)).toEqual({ classification: 'poor', incomePerPerson: 1_400_000 });
    const short = read('ap 2, 4 nguoi, thu nhap 5 trieu, thieu cac chi so: nuoc SH, GD nguoi lon, TE di hoc');
    expect(short.understood.deprivations).toEqual(['adult_education', 'child_schooling', 'water_source']);
    expect(read('4 nguoi o que thu nhap 5 trieu, ko dat chi so nha tieu HVS').understood.deprivations).toEqual(['sanitation']);
  });

  it('says what it could not read, and how it counts a service of two indicators, instead of dropping it', () => {
    const understanding = read('ap 2, 4 nguoi, thu nhap 5 trieu, thieu hut: BHYT, NƠ, mấy cái khác');
    // Round 14 (N38-65): "NƠ" (nhà ở) counts as at least one housing indicator, the reading said (was: asked back, not counted).
    expect(understanding.understood.deprivations).toEqual(['health_insurance', 'housing_quality']);
    expect(understanding.notes.join(' ')).toContain('“nhà ở” gồm 2 chỉ số (chất lượng nhà ở; diện tích nhà ở bình quân đầu người): mình tính là thiếu ít nhất 1 chỉ số nhà ở');
    expect(understanding.questions.join(' ')).toContain('Mình chưa hiểu “mấy cái khác” là chỉ số thiếu hụt nào, nên chưa tính');
  });

  it('reads no list where none is named: "thiếu tiền", "không thiếu hụt chỉ số nào", "thiếu hụt lắm"', () => {
    expect(read('nha tui thieu tien, no ngan hang, 4 nguoi o que thu nhap 5 trieu').questions).toEqual([]);
    expect(read('4 nguoi o que thu nhap 5 trieu, khong thieu hut chi so nao').understood.deprivations).toEqual([]);
    const much = read('nha tui thieu hut lam, ko co bhyt');
    expect(much.understood.deprivations).toEqual(['health_insurance']);
    expect(much.questions).toEqual([]);
  });
});

describe('a year after "năm" is never an amount', () => {
  it('reads "tổng thu nhập năm 2026 là 84 triệu" as 84 triệu a year (was: “2026” là 2.026 nghìn hay triệu?, income lost)', () => {
    const text = 'Ho ong Tu, thon 3 xa Tan An, 5 nhan khau, tong thu nhap nam 2026 la 84 trieu, thieu hut BHYT, nha tieu HVS, nuoc sinh hoat';
    const understanding = read(text);
    expect(understanding.questions).toEqual([]);
    expect(understanding.understood.monthlyIncome).toBe(7_000_000);
    expect(classOf(text)).toEqual({ classification: 'poor', incomePerPerson: 1_400_000 });
  });
});

describe('residents: crops, an unusual count of people, a thị xã, a tổ dân phố', () => {
  it('reads "2 vu moi vu thu 30 trieu" as 60 triệu a year (was: 30 triệu a month, "không thuộc diện")', () => {
    const text = 'nha tui 5 nguoi o que, mua lua 2 vu moi vu thu 30 trieu, ngoai ra ko co j';
    expect(read(text).understood.monthlyIncome).toBe(5_000_000);
    expect(read(text).notes).toContain('2 vụ × 30.000.000 đồng = 60.000.000 đồng một năm ÷ 12 = 5.000.000 đồng một tháng');
    // 60.000.000 ÷ 12 ÷ 5 = 1.000.000 ≤ 1.500.000 (nông thôn), no deprivation told → hộ cận nghèo.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_000_000 });
    expect(read('nha 4 nguoi o que, 1 nam 3 vu lua, 15tr/vu').understood.monthlyIncome).toBe(3_750_000);
  });

  it('asks how many crops a year when only each crop is told', () => {
    const understanding = read('nha 4 nguoi o que, lam lua moi vu duoc 20 trieu');
    expect(understanding.missing).toContain('monthlyIncome');
    expect(understanding.questions.join(' ')).toContain('20.000.000 đồng là thu nhập mỗi vụ. Một năm hộ làm mấy vụ?');
  });

  it('asks back "40 người" instead of dropping it (was: "câu chưa nói hộ có mấy người")', () => {
    const understanding = read('nha 40 nguoi o que thu nhap 5 trieu');
    expect(understanding.understood.members).toBeNull();
    expect(understanding.questions[0]).toMatch(/^Hộ 40 người có đúng không\? Số người này lớn bất thường/);
  });

  it('asks phường or xã for a thị xã, and reads "TDP 5 phường Hòa Khánh" as urban as a list does', () => {
    const town = read('o thi xa, nha 5 nguoi thu nhap 9 trieu');
    expect(town.understood.area).toBeNull();
    expect(town.questions.join(' ')).toContain('Hộ đang ở phường (thành thị) hay xã (nông thôn)?');
    expect(read('phuong 2 thi xa Son Tay, 5 nguoi thu nhap 9 trieu').understood.area).toBe('urban');
    expect(read('xa Co Dong, TX Son Tay, 5 nguoi thu nhap 9 trieu').understood.area).toBe('rural');
    // 4.200.000 ÷ 2 = 2.100.000: > 2.000.000, ≤ 3.000.000 (thành thị) → mức sống trung bình.
    const ward = 'Ho o TDP 5 phuong Hoa Khanh, 2 nguoi, thu nhap ca ho 4,2 trieu/thang, thieu BHYT';
    expect(read(ward).understood.area).toBe('urban');
    expect(classOf(ward)?.classification).toBe('middle');
  });
});
