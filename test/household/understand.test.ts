/** A household told in one sentence: each part read from everyday words, nothing guessed. */
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules, parseMoney } from '../../src/rules/index.ts';
import { findAmounts, parseAmount } from '../../src/rules/money.ts';
import { profileFromUnderstanding, readMemberCount, understandHousehold } from '../../src/rules/understand.ts';

const rules = loadRules();
const DATE = '2026-12-01';
const read = (text: string) => understandHousehold(text, rules, DATE);

describe('money words', () => {
  const monthly: [string, number][] = [
    ['3 triệu rưỡi', 3_500_000],
    ['5 trieu 1 thang', 5_000_000],
    ['5 triệu một tháng', 5_000_000],
    ['5tr mỗi tháng', 5_000_000],
    ['60 triệu một năm', 5_000_000],
    ['18tr/năm', 1_500_000],
    ['1,4 cu', 1_400_000],
    ['1 triệu năm', 1_500_000],
    ['mot trieu mot thang', 1_000_000],
  ];
  for (const [text, value] of monthly) {
    it(`“${text}” is ${value} đồng a month`, () => expect(parseMoney(text)).toEqual({ ok: true, value }));
  }

  it('keeps what was said beside the monthly figure', () => {
    expect(parseAmount('18tr/năm')).toEqual({ ok: true, amount: { value: 1_500_000, said: 18_000_000, period: 'year', count: 1, perPerson: false } });
    expect(parseAmount('1tr5/người/tháng')).toEqual({ ok: true, amount: { value: 1_500_000, said: 1_500_000, period: 'month', count: 1, perPerson: true } });
  });

  it('asks for a month when the figure is per day or per week', () => {
    for (const text of ['200k/ngày', '200 nghìn một ngày', '1 triệu mỗi tuần']) {
      const parsed = parseMoney(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.question).toMatch(/cả tháng/);
    }
  });

  // Hand-computed: 20.000.000 ÷ 3 = 6.666.666,67 → 6.666.667; 9.000.000 ÷ 3 = 3.000.000; 120.000.000 ÷ (2 × 12) = 5.000.000.
  it('divides an amount said for several months or years by how many', () => {
    expect(parseAmount('20 triệu trong 3 tháng')).toEqual({ ok: true, amount: { value: 6_666_667, said: 20_000_000, period: 'month', count: 3, perPerson: false } });
    expect(parseMoney('3 thang 20 trieu')).toEqual({ ok: true, value: 6_666_667 });
    expect(parseMoney('ba tháng 9 triệu')).toEqual({ ok: true, value: 3_000_000 });
    expect(parseMoney('2 năm 120 triệu')).toEqual({ ok: true, value: 5_000_000 });
    for (const text of ['3 thang duoc 20 trieu', 'thu nhap 3 thang 20 trieu', '20 trieu trong 3 thang']) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBe(6_666_667);
      expect(understanding.questions ?? [], text).toEqual([]);
      expect(understanding.notes.join(' '), text).toContain('20.000.000 đồng trong 3 tháng ÷ 3 = 6.666.667 đồng một tháng');
    }
    const years = read('nha 4 nguoi o que, 2 nam kiem 120 trieu');
    expect(years.understood.monthlyIncome).toBe(5_000_000);
    expect(years.notes.join(' ')).toContain('trong 2 năm ÷ 24 = 5.000.000 đồng một tháng');
    // "từ tháng 3", "sau tháng 3" are dates, not a count of months.
    expect(read('tu thang 3 kiem 5 trieu moi thang').understood.monthlyIncome).toBe(5_000_000);
  });

  it('finds each amount in a sentence with its period', () => {
    const [amount] = findAmounts('nha e 6 nguoi, 1 nam kiem dc khoang 60 trieu');
    expect(amount?.said).toBe('60 trieu');
    expect(amount?.parse).toEqual({ ok: true, amount: { value: 5_000_000, said: 60_000_000, period: 'year', count: 1, perPerson: false } });
    expect(findAmounts('không biết').length).toBe(0);
  });
});

describe('a household in one sentence', () => {
  it('reads the example of the issue', () => {
    const understanding = read('nhà em 4 người ở quê, cả nhà kiếm chừng 5 triệu một tháng, chưa có bảo hiểm y tế');
    expect(understanding.understood).toEqual({ area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance'], unsure: [] });
    expect(understanding.missing).toEqual([]);
    expect(profileFromUnderstanding(understanding, DATE)).toEqual({
      date: DATE, area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance'], unsure: [],
    });
  });

  it('never guesses the area, and lists what is missing', () => {
    const understanding = read('nha toi 4 nguoi thu nhap 5 trieu 1 thang');
    expect(understanding.understood.area).toBeNull();
    expect(understanding.understood.monthlyIncome).toBe(5_000_000);
    expect(understanding.missing).toEqual(['area']);
    expect(profileFromUnderstanding(understanding, DATE)).toBeUndefined();
    expect(read('hai vo chong o tp').missing).toEqual(['monthlyIncome']);
  });

  it('asks when the sentence names two places where the household lives', () => {
    const understanding = read('nha 4 nguoi o xa Tan An phuong 5, thu nhap 5tr');
    expect(understanding.understood.area).toBeNull();
    expect(understanding.questions.join(' ')).toMatch(/nông thôn hay thành thị/);
    // Where someone works is not where the household lives (findings N04): the commune it lives in decides.
    expect(read('nha 4 nguoi o xa nhung di lam o thanh pho, thu nhap 5tr').understood.area).toBe('rural');
  });

  it('counts people from how families are described', () => {
    expect(read('hai vo chong voi 3 dua con').understood.members).toBe(5);
    expect(read('o mot minh').understood.members).toBe(1);
    expect(read('ba mẹ con tui ở thị trấn').understood.members).toBe(3);
    expect(read('vợ chồng tui với 2 đứa nhỏ và bà nội').understood.members).toBe(5);
    expect(read('tui voi 2 dua con o que').understood.members).toBe(3);
    expect(read('hai vo chong nuoi 3 con heo').understood.members).toBe(2);
    expect(read('nha 5 nguoi ma chi co 1 nguoi di lam').understood.members).toBe(5);
  });

  it('counts the people named one by one when no count is said, and asks when it is not plain', () => {
    // tôi + bé + ba = 3: 3.000.000 ÷ 3 = 1.000.000 ≤ 1.500.000; bé 4 tuổi và ba 80 tuổi = 2/3 > 50% phụ thuộc → cận nghèo.
    const three = read('tui o voi be 4 tuoi, ba tui 80 tuoi, o que, thu nhap 3 trieu 1 thang');
    expect(three.understood).toMatchObject({ members: 3, memberDetails: [{ age: 4 }, { age: 80 }] });
    const checked = checkHousehold(rules, profileFromUnderstanding(three, DATE)!);
    expect(checked.ok && [checked.value.classification, checked.value.deprivations]).toEqual(['near_poor', ['dependents']]);
    expect(read('tui o voi be 4 tuoi, ba tui 80 tuoi, thu nhap 3 trieu 1 thang').missing).toEqual(['area']);
    expect(read('nha co tui, vo tui, ba tui 70 tuoi, 2 dua nho, o xa').understood.members).toBe(5);
    expect(read('tui song voi me gia va 2 dua con, o que').understood.members).toBe(4);
    expect(read('tui o voi ba me, o que').understood.members).toBe(3);
    expect(read('tui voi ba tui o que, tui lam 3 trieu').understood.members).toBe(2);
    expect(read('tui o voi be, be bi suy dinh duong, o que').understood.members).toBe(2);
    // The speaker is one of them (before: "chồng và 2 con" = 3, so 5.000.000 ÷ 3 = 1.666.667, mức sống trung bình;
    // 5.000.000 ÷ 4 = 1.250.000 is cận nghèo).
    expect(read('em o voi chong va 2 con, o xa, chong lam 5 trieu').understood.members).toBe(4);
    // Not plain: a number of children not told, someone named elsewhere who may not live here, a house list without the speaker.
    for (const text of [
      'toi o voi vo va con, o phuong',
      'tui o voi cac con o que',
      'tui o voi ba tui, anh tui di lam o sai gon gui ve 2 trieu',
      'tui o voi ba tui, vo tui lam 2 trieu, o que',
      'nha co 2 dua con, o que, thu nhap 3 trieu',
    ]) {
      expect(read(text).understood.members, text).toBeNull();
    }
    // The interview's answer to "mấy người" is read the same way.
    expect(readMemberCount('tui voi ba tui va be')).toBe(3);
  });

  it('reads the income as the household’s unless it is said per person', () => {
    expect(read('nha 3 nguoi, moi nguoi tam 1tr2').understood).toMatchObject({ monthlyIncomePerPerson: 1_200_000 });
    expect(read('nha 3 nguoi, co 1 nguoi di lam duoc 3 trieu').understood).toMatchObject({ monthlyIncome: 3_000_000 });
    expect(read('tui o mot minh, ko co thu nhap gi').understood.monthlyIncome).toBe(0);
  });

  it('adds the earnings of each person, leaves debts out, and asks when amounts cannot be told apart', () => {
    const sum = read('chồng làm hồ được 4 triệu, vợ bán rau được 1 triệu rưỡi mỗi tháng');
    expect(sum.understood.monthlyIncome).toBe(5_500_000);
    expect(sum.notes.join(' ')).toMatch(/4\.000\.000 đồng \+ 1\.500\.000 đồng/);
    expect(read('thu nhap 5 trieu, dang no ngan hang 30 trieu').understood.monthlyIncome).toBe(5_000_000);
    const unclear = read('thu nhap 5 trieu, 8 trieu');
    expect(unclear.missing).toContain('monthlyIncome');
    expect(unclear.questions.join(' ')).toMatch(/nhiều số tiền/);
  });

  it('adds two earners\' amounts even when they are the same (findings3 §1, the tester\'s sentences)', () => {
    const same = read('nha 4 nguoi o que, chong lam 5 trieu, vo lam 5 trieu');
    expect(same.understood.monthlyIncome).toBe(10_000_000);
    expect(same.notes.join(' ')).toMatch(/5\.000\.000 đồng \+ 5\.000\.000 đồng = 10\.000\.000 đồng/);
    expect(read('nha 3 nguoi o que, chong kiem 4 trieu, vo kiem 4 trieu').understood.monthlyIncome).toBe(8_000_000);
    // A year's farm income and a son's monthly wage: 60.000.000 ÷ 12 + 5.000.000.
    const mixed = read('nha toi 6 nguoi o thon, vo chong lam ruong moi nam thu dc 60 trieu, them con trai di lam cong ty 5 trieu 1 thang');
    expect(mixed.understood.monthlyIncome).toBe(60_000_000 / 12 + 5_000_000);
    const profile = profileFromUnderstanding(mixed, DATE)!;
    // 10.000.000 ÷ 6 = 1.666.667 đồng: above the rural line 1.500.000, up to 2.250.000 → middle (NĐ 07/2021 Điều 3, kept for 2026).
    const checked = checkHousehold(rules, profile);
    expect(checked.ok && checked.value.classification).toBe('middle');
    // The same amount said twice by nobody in particular is one income.
    expect(read('nha 3 nguoi o xa, thu nhap 5 trieu 1 thang, tinh ra 60 trieu 1 nam').understood.monthlyIncome).toBe(5_000_000);
  });

  it('never reads a phone number or a CCCD as money (findings3 §2, the tester\'s sentence)', () => {
    const told = read('tui ten Nguyen Van A sdt 0912345678 cccd 079123456789 nha tui 4 nguoi o que thu nhap 4 trieu');
    expect(told.understood.monthlyIncome).toBe(4_000_000);
    expect(told.notes.join(' ')).not.toMatch(/912|0791/);
    expect(read('sdt 0912.345.678, nha 4 ng o que, thu nhap 5tr').understood.monthlyIncome).toBe(5_000_000);
    // A plain amount of many digits is still an amount.
    expect(read('nha 4 nguoi o que thu nhap 4500000').understood.monthlyIncome).toBe(4_500_000);
  });

  it('asks back an amount that could mean two things', () => {
    const understanding = read('nha toi 4 nguoi o que thu nhap 1.200');
    expect(understanding.missing).toEqual(['monthlyIncome']);
    expect(understanding.questions[0]).toMatch(/1\.200 đồng hay 1\.200\.000 đồng/);
  });

  it('reads deprivations from everyday words, negation included', () => {
    expect(read('ko co nha ve sinh, nha tam, uong nuoc song').understood.deprivations).toEqual(['housing_quality', 'water_source', 'sanitation']);
    expect(read('nuoc gieng khong hop ve sinh').understood.deprivations).toEqual(['water_source']);
    // Alum ("phèn") in the well water, with the well or "bị" between; alum in the soil is farmland, not water.
    for (const text of ['nha xai nuoc gieng nhiem phen', 'nuoc gieng bi phen', 'gieng khoan bi nhiem phen', 'nước bị phèn']) {
      expect(read(text).understood.deprivations, text).toEqual(['water_source']);
    }
    expect(read('dat ruong nhiem phen').understood.deprivations).toEqual([]);
    expect(read('co bhyt day du, co nha ve sinh').understood.deprivations).toEqual([]);
    expect(read('co bhyt day du').notDeprived).toEqual(['health_insurance']);
    expect(read('khong ai bo hoc').understood.deprivations).toEqual([]);
    expect(read('chong that nghiep, khong co tivi, ko co dt').understood.deprivations).toEqual(['employment', 'telecom', 'information_access']);
    expect(read('khong biet co bhyt khong').understood.unsure).toEqual(['health_insurance']);
    // "nhà ở không" asks about housing; "đang ở không" is a person without work.
    expect(read('nha 4 nguoi thu nhap 3tr, co duoc ho tro nha o khong').understood.deprivations).toEqual([]);
    expect(read('chong dang o khong').understood.deprivations).toEqual(['employment']);
  });
});

describe('the 2027–2030 indicators in everyday words (digital services, waste; [M], thresholds unknown)', () => {
  const IN_2027 = '2027-01-15';
  const read2027 = (text: string) => understandHousehold(text, rules, IN_2027);

  it('reads no Internet, 4G or smartphone, and not knowing how to use one, as digital_services', () => {
    for (const text of ['ko co mang', 'nha ko co 4G', 'khong ai xai smartphone', 'chưa có wifi', 'ko biet xai dt de chuyen khoan', 'xai dien thoai cuc gach']) {
      expect(read2027(text).understood.deprivations, text).toEqual(['digital_services']);
    }
    expect(read2027('co wifi').notDeprived).toEqual(['digital_services']);
    // From 2027 the one Internet indicator is dịch vụ số (rules/standards/2027-2030.yaml): telecom no longer counts,
    // so "không có điện thoại" alone names no 2027 indicator.
    expect(read2027('ko co dien thoai').understood.deprivations).toEqual([]);
  });

  it('reads waste thrown into a river or burnt, or nobody collecting it, as waste; collected waste is fine', () => {
    for (const text of ['rac thi vut ra suong', 'rác đem đốt', 'do rac ra muong', 'không có ai đến lấy rác', 'ko co xe rac', 'vứt rác bừa bãi']) {
      expect(read2027(text).understood.deprivations, text).toEqual(['waste']);
    }
    expect(read2027('co nguoi thu gom rac').notDeprived).toEqual(['waste']);
    expect(read2027('khong vut rac bua bai').understood.deprivations).toEqual([]);
  });

  it('reads the same words under the 2022–2025 indicators as telecom, and no waste indicator at all', () => {
    expect(read('ko co mang internet, rac vut ra song').understood.deprivations).toEqual(['telecom']);
    expect(read('nha ko co 4G').understood.deprivations).toEqual([]);
  });

  it('keeps the result "chưa xác định" for UBND cấp xã when those deprivations could tip the class', () => {
    const understanding = read2027('nha 4 nguoi o que, thu nhap 6 trieu, ko co bhyt, ko co mang, rac vut ra song');
    expect(understanding.understood.deprivations).toEqual(['health_insurance', 'digital_services', 'waste']);
    const profile = profileFromUnderstanding(understanding, IN_2027)!;
    const checked = checkHousehold(rules, profile);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.classification).toBe('unknown');
    expect(checked.value.deprivationCount).toBe(1);
    expect(checked.value.reasons.join(' ')).toContain('UBND cấp xã rà soát');
  });
});

describe('members by age, floor area, age bands (F3)', () => {
  it('describes members by their ages and counts, never "gia đình" or "giá" as old people', () => {
    expect(read('nha tui 7 nguoi o que, 3 dua con duoi 16 tuoi, ba noi 80 tuoi').understood.memberDetails).toEqual([
      { dependant: true }, { dependant: true }, { dependant: true }, { age: 80 },
    ]);
    expect(read('2 dua nho 3 tuoi voi 7 tuoi, nha 4 nguoi').understood.memberDetails).toEqual([{ age: 3 }, { age: 7 }]);
    expect(read('nha co 2 ong ba gia o que').understood.memberDetails).toEqual([{ dependant: true }, { dependant: true }]);
    expect(read('gia dinh 4 nguoi o que, gia ca dat do').understood.memberDetails).toBeUndefined();
    expect(read('nha 4 nguoi gia dinh tui o que').understood.memberDetails).toBeUndefined();
    // Disabled is a dependant only on the monthly allowance (NĐ 07/2021 Phụ lục).
    expect(read('nha 3 nguoi, ba xa bi tan tat').understood.memberDetails).toEqual([{}]);
    expect(read('nha 3 nguoi, ba xa bi tan tat').notes.join(' ')).toMatch(/chỉ được tính là người phụ thuộc khi đang hưởng trợ cấp/);
    expect(read('nha 3 nguoi, ba xa bi tan tat co tro cap hang thang').notes).toEqual([]);
    expect(read('nha 3 nguoi, ba xa bi tan tat co tro cap hang thang').understood.memberDetails).toEqual([{ dependant: true }]);
  });

  it('counts small children said without an age as under 16, and a child said again once', () => {
    // 2 đứa nhỏ + bà nội 70 tuổi = 3 / 5 > 50% → thiếu hụt người phụ thuộc; với BHYT, nhà tiêu: 3 chỉ số;
    // 5.000.000 ÷ 5 = 1.000.000 ≤ 1.500.000 (nông thôn) → hộ nghèo.
    const small = read('nha 5 nguoi o que, thu nhap 5 trieu, 2 dua nho, ba noi 70 tuoi, ko co bhyt, ko co nha ve sinh');
    expect(small.understood.memberDetails).toEqual([{ age: 70 }, { dependant: true }, { dependant: true }]);
    expect(small.decided).toMatchObject({ dependents: true });
    const poor = checkHousehold(rules, profileFromUnderstanding(small, DATE)!);
    expect(poor.ok && poor.value.classification).toBe('poor');
    for (const text of ['nha 5 nguoi, 2 dua con nho', 'nha 5 nguoi, co 2 be', 'nha 5 nguoi, 2 con nho']) {
      expect(read(text).understood.memberDetails, text).toEqual([{ dependant: true }, { dependant: true }]);
    }
    expect(read('nha 4 nguoi, con nho bi suy dinh duong').understood.memberDetails).toEqual([{ dependant: true }]);
    expect(read('nha 4 nguoi, thằng nhỏ nghỉ học').understood.memberDetails).toEqual([{ dependant: true }]);
    // No age said: unknown, as before; not a child: "bể nước", "Nhà Bè"; an age told after it is read as the age.
    expect(read('nha 4 nguoi, 2 dua con').understood.memberDetails).toBeUndefined();
    expect(read('nha 4 nguoi o nha be, co be nuoc').understood.memberDetails).toBeUndefined();
    expect(read('nha 4 nguoi, 2 dua nho deu duoi 10 tuoi').understood.memberDetails).toEqual([{ dependant: true }, { dependant: true }]);
    expect(read('nha 5 nguoi, 2 dua nho, dua nho bi suy dinh duong').understood.memberDetails).toEqual([{ dependant: true }, { dependant: true }]);

    // "đứa 8 tuổi" is the 8-year-old of the list: 2 / 4 = 50%, not more than half; 2 chỉ số; 1.000.000 → hộ cận nghèo.
    const again = read('nha 4 nguoi o que, thu nhap 4 trieu, 2 con 5 tuoi va 8 tuoi, dua 8 tuoi ko di hoc, ko co nha ve sinh');
    expect(again.understood.memberDetails).toEqual([{ age: 5 }, { age: 8 }]);
    // The two others are not described: not decided either way, so never counted as deprived.
    expect(again.decided.dependents).toBeUndefined();
    const nearPoor = checkHousehold(rules, profileFromUnderstanding(again, DATE)!);
    expect(nearPoor.ok && nearPoor.value.classification).toBe('near_poor');
    expect(read('nha 5 nguoi, 3 dua con 4 tuoi 9 tuoi va 12 tuoi, con lon 12 tuoi nghi hoc').understood.memberDetails).toEqual([{ age: 4 }, { age: 9 }, { age: 12 }]);
    // Two people of the same age named apart stay two; a child of a new age is one more.
    expect(read('nha 4 nguoi, ong noi 70 tuoi, ba noi 70 tuoi').understood.memberDetails).toEqual([{ age: 70 }, { age: 70 }]);
    expect(read('nha 4 nguoi, con 5 tuoi, dua 8 tuoi bo hoc').understood.memberDetails).toEqual([{ age: 5 }, { age: 8 }]);
  });

  it('reads ages listed with commas as the people of the group before them, each once', () => {
    // Before: [3, 3, 3, 7, 12] (the group took the first age three times, then two more people); [12, 80] (5 and 9 dropped).
    expect(read('nha 5 nguoi o que, 3 dua con 3 tuoi, 7 tuoi, 12 tuoi').understood.memberDetails).toEqual([{ age: 3 }, { age: 7 }, { age: 12 }]);
    // findings5 H04: 90.000.000 ÷ 12 ÷ 6 = 1.250.000; 3 con 5, 9, 12 tuổi + bà nội 80 = 4/6 > 50% → thiếu hụt người phụ thuộc → cận nghèo.
    const h04 = read('nha tui 6 nguoi, 2 vo chong lam ray, 3 dua con 5, 9, 12 tuoi, them ba noi 80 tuoi, thu nhap 1 nam khoang 90 trieu, o vung sau');
    expect(h04.understood.memberDetails).toEqual([{ age: 5 }, { age: 9 }, { age: 12 }, { age: 80 }]);
    expect(h04.decided).toMatchObject({ dependents: true });
    expect(read('nha 6 nguoi, 2 dua con 15, 17 tuoi, ong noi 62 tuoi').understood.memberDetails).toEqual([{ age: 15 }, { age: 17 }, { age: 62 }]);
    expect(read('nha 4 nguoi, 2 dua nho 3 tuoi va 7 tuoi, thu nhap 5, 6 trieu').understood.memberDetails).toEqual([{ age: 3 }, { age: 7 }]);
    // Separate people keep their own ages.
    expect(read('nha 4 nguoi, ong 70 tuoi, ba 65 tuoi').understood.memberDetails).toEqual([{ age: 70 }, { age: 65 }]);
  });

  it('"cả 2" is both people: two dependants, and no amount of money (findings5 H30, H10)', () => {
    // H30: 3.000.000 ÷ 2 = 1.500.000 ≤ 1.500.000; cả 2 khuyết tật hưởng trợ cấp = 2/2 phụ thuộc > 50% → cận nghèo, 1 chỉ số
    // (before: one dependant, 1/2 = 50% not more than half, no deprivation).
    const h30 = read('nha 2 nguoi o que, thu nhap 3tr, ca 2 deu khuyet tat nang dang huong tro cap');
    expect(h30.understood.memberDetails).toEqual([{ dependant: true }, { dependant: true }]);
    const checked = checkHousehold(rules, profileFromUnderstanding(h30, DATE)!);
    expect(checked.ok && [checked.value.classification, checked.value.deprivations]).toEqual(['near_poor', ['dependents']]);
    // H10: "cả 2" was asked as "2 nghìn hay 2 triệu"; 6.000.000 ÷ 2 = 3.000.000 ≤ 3.000.000 (thành thị) → mức sống trung bình.
    const h10 = read('2 vo chong o quan 8 sai gon, thu nhap ca 2 dc 6 trieu/thang');
    expect(h10.understood).toMatchObject({ area: 'urban', members: 2, monthlyIncome: 6_000_000 });
    expect(h10.questions).toEqual([]);
    expect(read('nha 3 nguoi o que, thu nhap ca 2 trieu').understood.monthlyIncome).toBe(2_000_000);
  });

  it('a day\'s pay with the days worked said in the sentence is a month (findings5 H13, H31); without the days it is asked', () => {
    // H13: 150.000 × 20 ngày = 3.000.000 mỗi người × 2 vợ chồng = 6.000.000 ÷ 4 = 1.500.000 ≤ 1.500.000 → cận nghèo.
    const h13 = read('2 vo chong di lam thue moi nguoi 150k 1 ngay, lam dc tam 20 ngay 1 thang, nha 4 nguoi o que');
    expect(h13.understood).toMatchObject({ members: 4, monthlyIncome: 6_000_000 });
    expect(h13.notes).toEqual(['150.000 đồng một ngày × 20 ngày = 3.000.000 đồng một tháng', 'mỗi người 3.000.000 đồng × 2 người = 6.000.000 đồng']);
    const checked = checkHousehold(rules, profileFromUnderstanding(h13, DATE)!);
    expect(checked.ok && checked.value.classification).toBe('near_poor');
    // H31: 200.000 × 25 = 5.000.000 ÷ 4 = 1.250.000; 2 trẻ / 4 = 50%, not more than half → cận nghèo.
    const h31 = read('vo chong tui voi 2 dua nho 6 tuoi va 10 tuoi, o xa, chong lam ho kiem 200k/ngay lam 25 ngay, vo o nha, nha cap 4, co gieng khoan, co bhyt het');
    expect(h31.understood).toMatchObject({ members: 4, monthlyIncome: 5_000_000 });
    expect(read('nha 3 nguoi o que, lam thue ngay 200 nghin, thang lam 22 ngay').understood.monthlyIncome).toBe(4_400_000);
    // No days: asked, never a guessed month. Days a week (round 9): × 4 weeks, said: 200.000 × 3 × 4 = 2.400.000.
    const weekly = read('nha 3 nguoi o que, lam thue 200k 1 ngay, 1 tuan lam 3 ngay');
    expect(weekly.understood.monthlyIncome).toBe(2_400_000);
    expect(weekly.notes).toEqual(['3 ngày một tuần × 4 tuần = 12 ngày một tháng', '200.000 đồng một ngày × 12 ngày = 2.400.000 đồng một tháng']);
    expect(read('nha 3 nguoi o que, lam thue 200k 1 ngay').understood.monthlyIncome).toBeNull();
    expect(read('nha 3 nguoi o que, lam thue 200k 1 ngay').questions.join(' ')).toContain('là tiền một ngày');
  });

  it('adds what one member sends to what the household earns, and takes an amount corrected with "à nhầm" (findings5 H36, H25)', () => {
    // H36: 3.000.000 + 2.000.000 = 5.000.000 (the area is still asked).
    const h36 = read('nha toi co 4 nguoi nhung 1 nguoi di lam xa o sg gui ve 3tr, o nha lam ruong dc 2tr');
    expect(h36.understood).toMatchObject({ members: 4, monthlyIncome: 5_000_000 });
    expect(h36.missing).toEqual(['area']);
    // H25: 15.000.000 ÷ 3 = 5.000.000 > 2.250.000 → không thuộc diện (none).
    const h25 = read('nha tui 3 nguoi o que thu nhap 5 trieu, a nham, 15 trieu 1 thang');
    expect(h25.understood.monthlyIncome).toBe(15_000_000);
    expect(h25.notes).toEqual(['bạn sửa 5.000.000 đồng thành 15.000.000 đồng, mình tính theo số sau']);
    // The same figure twice, with no one named, is still one income.
    expect(read('nha 4 nguoi o que, thu nhap 5 trieu, lam ruong 5 trieu').understood.monthlyIncome).toBe(5_000_000);
  });

  it('never reads an age as money: "1 cụ 62 tuổi" is a person, not "1 củ 62" (findings6 C4)', () => {
    const asked = read('hộ 5 người gồm 2 cháu dưới 16 tuổi và 1 cụ 62 tuổi thì có thiếu hụt chỉ số người phụ thuộc không?');
    // Before: monthlyIncome 1.620.000 and the 62-year-old taken as one of the two grandchildren.
    expect(asked.understood.monthlyIncome).toBeNull();
    expect(asked.missing).toContain('monthlyIncome');
    expect(asked.understood.memberDetails).toEqual([{ dependant: true }, { dependant: true }, { age: 62 }]);
    // 3 of 5 are dependants (2 under 16, 62 ≥ 60): 60% > 50%.
    expect(asked.decided.dependents).toBe(true);
    expect(read('nha 3 nguoi o que, thu nhap 1 cu 6').understood.monthlyIncome).toBe(1_600_000);
  });

  it('reads the floor area for the m² per person', () => {
    expect(read('3 nguoi o nha thue 15m2').understood.floorAreaM2).toBe(15);
    expect(read('3 nguoi o phong 20 mét vuông').understood.floorAreaM2).toBe(20);
    expect(read('thu nhap 15 trieu').understood.floorAreaM2).toBeUndefined();
  });

  it('names the schooling indicator by the age told, from the parameters (a drop-out of 17 is adult education)', () => {
    expect(read('con lon 17 tuoi bo hoc').understood.deprivations).toEqual(['adult_education']);
    expect(read('con 10 tuoi bo hoc').understood.deprivations).toEqual(['child_schooling']);
    expect(read('1 dua con bo hoc').understood.deprivations).toEqual(['child_schooling']);
    // The band edges (rules/parameters.yaml, NĐ 07/2021 Phụ lục): child schooling 3 to under 16, adult education 16 to 30.
    expect(read('con 15 tuoi bo hoc').understood.deprivations).toEqual(['child_schooling']);
    expect(read('con 16 tuoi bo hoc').understood.deprivations).toEqual(['adult_education']);
    expect(read('chau 30 tuoi bo hoc tu nho').understood.deprivations).toEqual(['adult_education']);
    expect(read('chau 31 tuoi bo hoc tu nho').understood.deprivations).toEqual([]);
    // findings5 H26: mẫu giáo is the level of a child of 3 (6.000.000 ÷ 4 = 1.500.000, 1 chỉ số → cận nghèo); a child of 2 is outside the band.
    expect(read('con nho 3 tuoi chua di mau giao').understood.deprivations).toEqual(['child_schooling']);
    expect(read('con 4 tuoi di mau giao').understood.deprivations).toEqual([]);
    expect(read('con 2 tuoi chua di mau giao').understood.deprivations).toEqual([]);
    expect(read('ong noi 70 tuoi mu chu').understood.deprivations).toEqual([]);
    // Parameters moved: the same sentence follows the data, not a number in code.
    const shifted = {
      ...rules,
      parameters: new Map([...rules.parameters].map(([id, parameter]) => [id, id === 'school_age_below' ? { ...parameter, values: parameter.values.map((v) => ({ ...v, value: 18 })) } : parameter])),
    };
    expect(understandHousehold('con lon 17 tuoi bo hoc', shifted, DATE).understood.deprivations).toEqual(['child_schooling']);
  });

  it('reads "không hợp đồng", "nhà gỗ tạm bợ", "nhà vs tạm bợ" as the indicators they are', () => {
    expect(read('chong lam thue ko hop dong').understood.deprivations).toEqual(['employment']);
    expect(read('co hop dong lao dong').notDeprived).toEqual(['employment']);
    expect(read('nha go tam bo').understood.deprivations).toEqual(['housing_quality']);
    expect(read('nha vs tam bo').understood.deprivations).toEqual(['sanitation']);
    expect(read('tui vs 2 dua con').understood.deprivations).toEqual([]);
  });

  it('lists the indicators in force the sentence did not mention', () => {
    const understanding = read('nha 4 nguoi o que thu nhap 5tr, ko co bhyt');
    expect(understanding.notMentioned).not.toContain('health_insurance');
    expect(understanding.notMentioned).toHaveLength(11);
  });
});

describe('time words in a household sentence (F19)', () => {
  it('checks "năm sau", "sang năm", "từ tháng 1" for 01/01 of the next year, with its indicators, and says so', () => {
    const understanding = read('nam sau nha 4 nguoi o que thu nhap 8tr thi co ngheo ko');
    expect(understanding.asOf).toBe('2027-01-01');

    const profile = profileFromUnderstanding(understanding, DATE)!;
    expect(profile.date).toBe('2027-01-01');
    const result = checkHousehold(rules, profile);
    // 8.000.000 ÷ 4 = 2.000.000 ≤ 2.200.000 (nông thôn 2027) → cận nghèo; at 01/12/2026 it is above 1.500.000 (trung bình).
    expect(result.ok && result.value.classification).toBe('near_poor');
    expect(read('sang nam o xa 3 nguoi, ko co mang internet').understood.deprivations).toEqual(['digital_services']);
    expect(read('nha 4 nguoi o que thu nhap 8tr').asOf).toBeUndefined();
    expect(read('nam nay nha 4 nguoi o que thu nhap 8tr').asOf).toBeUndefined();
  });

  it('"…/thang, tui o nha", "1 thang, tui lam may": the amount\'s month and "tui" are no "tháng tới" (findings8 H2)', () => {
    // Hand-computed on 01/12/2026 (2026 standard): 9.000.000 ÷ 4 = 2.250.000 > 2.000.000 (thành thị) and ≤ 3.000.000 → trung bình.
    for (const text of [
      'vo chong tui voi 2 dua nho o thanh pho, chong chay grab kiem 9tr/thang, tui o nha',
      'nha 4 nguoi o thanh pho, thu nhap 9tr 1 thang, tui lam may',
      'nha 4 nguoi o thanh pho, moi thang toi kiem 9 trieu',
    ]) {
      const understanding = read(text);
      expect(understanding.asOf, text).toBeUndefined();
      const result = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
      expect(result.ok && result.value.classification, text).toBe('middle');
    }
    expect(read('2 vo chong gia o que, trong lua thu 30 trieu 1 nam, tui o nha').asOf).toBeUndefined();
    expect(read('nha 4 nguoi o thanh pho thu nhap 9 trieu 1 thang sau khi tru tien nha').asOf).toBeUndefined();
    // A time said as such still is one.
    expect(read('nha 4 nguoi o thanh pho thu nhap 9 trieu, thang toi thi sao').asOf).toBe('2027-01-01');
    expect(read('nha 4 nguoi o que thu nhap 8tr, tinh tu thang 3 nam sau').asOf).toBe('2027-01-01');
    expect(read('trong thang toi nha 4 nguoi o que thu nhap 8tr').asOf).toBe('2027-01-01');
  });
});

describe('ranges, signs and counts beside an amount (findings §3)', () => {
  it('reads "6-7 triệu" with the unit for both ends; ends in two classes are asked, never one picked (round 9)', () => {
    for (const text of ['nha 4 nguoi o que thu nhap 6-7 trieu', 'ca nha kiem 6 den 7tr, 4 nguoi o xa', 'nha 4 nguoi o que thu nhap 6tr-7tr']) {
      const understanding = read(text);
      // 6.000.000 ÷ 4 = 1.500.000 ≤ 1.500.000 (cận nghèo); 7.000.000 ÷ 4 = 1.750.000 ≤ 2.250.000 (trung bình).
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.questions.join(' '), text).toContain(
        'khoảng 6.000.000 đồng đến 7.000.000 đồng một tháng. Với 6.000.000 đồng: hộ cận nghèo; với 7.000.000 đồng: hộ có mức sống trung bình.',
      );
    }
  });

  it('refuses a negative income instead of dropping the minus', () => {
    for (const text of ['nha 4 nguoi thu nhap -5 trieu o que', 'nha 4 nguoi o que, thu nhap am 5 trieu']) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.questions.join(' '), text).toMatch(/không thể là số âm/);
    }
  });

  it('reads "2 vợ chồng" as people, not as 2 nghìn or 2 triệu', () => {
    const understanding = read('luong 2 vo chong dc 7tr');
    expect(understanding.understood.monthlyIncome).toBe(7_000_000);
    expect(understanding.understood.members).toBe(2);
    expect(understanding.questions).toEqual([]);
  });
});

describe('a count with a period word ("1 tháng", "một năm", "mỗi tháng") is the period, before or after the amount', () => {
  // [sentence, area, members, household income a month, income per person = total ÷ members], computed by hand.
  const households: [string, 'rural' | 'urban', number, number, number][] = [
    ['nha 4 nguoi o que, thu nhap 1 thang 6 trieu', 'rural', 4, 6_000_000, 1_500_000],
    ['nha 4 nguoi o que, 6tr 1 thang', 'rural', 4, 6_000_000, 1_500_000],
    ['nha 4 nguoi o que, 1 thang 6tr', 'rural', 4, 6_000_000, 1_500_000],
    ['nha 4 nguoi o que, thu nhap moi thang khoang 6 trieu', 'rural', 4, 6_000_000, 1_500_000],
    ['nha 4 nguoi o que, 1 nam duoc 60 trieu', 'rural', 4, 5_000_000, 1_250_000],
    ['o que nha 3 nguoi, thu nhap 1 nam 48 trieu', 'rural', 3, 4_000_000, 1_333_333.33],
    ['nha 5 nguoi o tp, thu nhap 1thang tong cong 12tr', 'urban', 5, 12_000_000, 2_400_000],
    ['2 vo chong o xa, thu nhap mot thang 3tr2', 'rural', 2, 3_200_000, 1_600_000],
    ['nha 6 nguoi o thi tran, thu nhap hang thang chung 7 trieu ruoi', 'urban', 6, 7_500_000, 1_250_000],
    ['nha tui 3 nguoi o que, thu nhap ca nam 36tr', 'rural', 3, 3_000_000, 1_000_000],
  ];
  for (const [text, area, members, monthly, perPerson] of households) {
    it(`“${text}”: ${monthly} đồng a month for ${members}, ${perPerson} a person`, () => {
      const understanding = read(text);
      expect(understanding.understood).toMatchObject({ area, members, monthlyIncome: monthly });
      expect(understanding.questions).toEqual([]);
      const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
      expect(checked.ok && checked.value.incomePerPerson).toBe(perPerson);
    });
  }

  it('reads the tester’s sentence: "thu nhap 1 thang 6 trieu ruoi" is 6.500.000 đồng, not "1 nghìn hay 1 triệu"', () => {
    const understanding = read('nha tui 4 ng, thu nhap 1 thang 6 trieu ruoi, chua co bhyt');
    expect(understanding.understood).toMatchObject({ members: 4, monthlyIncome: 6_500_000, deprivations: ['health_insurance'] });
    expect(understanding.questions).toEqual([]);
    expect(understanding.missing).toEqual(['area']);
  });

  it('asks about the amount, never about the "1" of the period, when the amount has no unit', () => {
    const understanding = read('nha 4 nguoi o que, thu nhap 1 thang 1500');
    expect(understanding.understood.monthlyIncome).toBeNull();
    expect(understanding.questions.join(' ')).toContain('“1500” là 1.500 nghìn đồng hay 1.500 triệu đồng');
  });

  it('reads an amount answered alone with the period first', () => {
    expect(parseMoney('1 tháng 6 triệu rưỡi')).toEqual({ ok: true, value: 6_500_000 });
    expect(parseMoney('mỗi tháng 5tr')).toEqual({ ok: true, value: 5_000_000 });
    expect(parseAmount('một năm 24tr')).toEqual({ ok: true, amount: { value: 2_000_000, said: 24_000_000, period: 'year', count: 1, perPerson: false } });
    expect(parseAmount('1 thang 1tr2/nguoi')).toEqual({ ok: true, amount: { value: 1_200_000, said: 1_200_000, period: 'month', count: 1, perPerson: true } });
  });
});

describe('several earners (findings3 item 1): every amount counts, each per month by its own period word', () => {
  // Hand-computed from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025): rural line 1.500.000 đ, middle up to 2.250.000 đ,
  // above that not covered ("none"). [sentence, household income a month, income per person, class]
  const households: [string, number, number, string][] = [
    // 5.000.000 + 5.000.000 = 10.000.000 ÷ 4 = 2.500.000 > 2.250.000 → none (was read as 5.000.000 → near_poor)
    ['nha 4 nguoi o que, chong lam 5 trieu, vo lam 5 trieu', 10_000_000, 2_500_000, 'none'],
    // 4.000.000 + 4.000.000 = 8.000.000 ÷ 3 = 2.666.666,67 → none
    ['nha 3 nguoi o que, chong kiem 4 trieu, vo kiem 4 trieu', 8_000_000, 2_666_666.67, 'none'],
    // 60.000.000 ÷ 12 = 5.000.000, + 5.000.000 = 10.000.000 ÷ 6 = 1.666.666,67 → middle
    ['nha toi 6 nguoi o thon, vo chong lam ruong moi nam thu dc 60 trieu, them con trai di lam cong ty 5 trieu 1 thang', 10_000_000, 1_666_666.67, 'middle'],
    // 3.000.000 + 2.000.000 + 1.000.000 = 6.000.000 ÷ 4 = 1.500.000 ≤ 1.500.000 → near_poor (was asked back)
    ['nha 4 nguoi o que, chong 3 trieu, vo 2 trieu, con 1 trieu', 6_000_000, 1_500_000, 'near_poor'],
    // 24.000.000 ÷ 12 = 2.000.000, + 3.000.000 = 5.000.000 ÷ 4 = 1.250.000 → near_poor (was asked back)
    ['nha 4 nguoi o que, lam ruong 1 nam 24 trieu, con gai gui ve 3 trieu 1 thang', 5_000_000, 1_250_000, 'near_poor'],
    // 6.000.000 + 6.000.000 = 12.000.000 ÷ 4 = 3.000.000 ≤ 3.000.000 (urban middle) → middle
    ['nha 4 nguoi o phuong, chong chay grab 6 trieu, vo ban hang 6 trieu', 12_000_000, 3_000_000, 'middle'],
    // 2.500.000 × 2 = 5.000.000 ÷ 4 = 1.250.000 → near_poor
    ['nha toi 4 nguoi o que, chong 2 trieu ruoi, vo 2 trieu ruoi', 5_000_000, 1_250_000, 'near_poor'],
    // 5.000.000 (chồng, a month) + 5.000.000 (con lớn) = 10.000.000 ÷ 4 = 2.500.000 → none
    ['nha toi 4 nguoi o que, chong lam ho moi thang 5 trieu, vo o nha cham con, con lon gui ve 5 trieu', 10_000_000, 2_500_000, 'none'],
  ];
  for (const [text, monthly, perPerson, classification] of households) {
    it(`“${text}”: ${monthly} đồng a month, ${perPerson} a person, ${classification}`, () => {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome).toBe(monthly);
      expect(understanding.questions).toEqual([]);
      const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
      expect(checked.ok && [checked.value.incomePerPerson, checked.value.classification]).toEqual([perPerson, classification]);
    });
  }

  it('says how the amounts were added, and names the earners when each has one ("vo 2 trieu" is the wife, not "vào")', () => {
    expect(read('nha 4 nguoi o que, chong 3 trieu, vo 2 trieu, con 1 trieu').notes).toContain(
      'cộng thu nhập của từng người: 3.000.000 đồng + 2.000.000 đồng + 1.000.000 đồng = 6.000.000 đồng',
    );
    expect(read('nha 4 nguoi o que, lam ruong 1 nam 24 trieu, con gai gui ve 3 trieu 1 thang').notes).toEqual([
      '24.000.000 đồng một năm ÷ 12 = 2.000.000 đồng một tháng',
      'cộng các khoản thu nhập: 2.000.000 đồng + 3.000.000 đồng = 5.000.000 đồng',
      // round 32 household19: what was counted, said.
      'tiền người nhà gửi về có tính vào thu nhập của hộ (chỉ không tính trợ cấp của Nhà nước)',
    ]);
  });

  // The rule for an amount told twice: the same monthly value counts once when it is said again ("tức là", "nghĩa là", or a
  // figure with no words of its own right after another) or said of the same earner (or of no one both times).
  it('counts an amount said again for the same thing once', () => {
    for (const text of [
      'nha toi o que 5 nguoi, thu nhap 5 trieu, tuc la 5 trieu mot thang',
      'o que nha 5 nguoi, chong lam 60 trieu mot nam tuc la 5 trieu mot thang',
      'nha 5 nguoi o que, chong lam 5 trieu 1 thang, 60 trieu 1 nam',
      'nha 5 nguoi o que, thu nhap 5 trieu, chong lam 5 trieu',
    ]) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBe(5_000_000);
      expect(understanding.questions, text).toEqual([]);
    }
    expect(read('nha toi o que 5 nguoi, thu nhap 5 trieu, tuc la 5 trieu mot thang').notes).toContain(
      '5.000.000 đồng một tháng được kể hai lần cho cùng một khoản, chỉ tính một lần',
    );
  });

  it('takes the household total when the parts told add up to it, and asks when they do not', () => {
    // 5.000.000 + 3.000.000 = 8.000.000 = the total: 8.000.000 ÷ 4 = 2.000.000 → middle
    const whole = read('nha 4 nguoi o que, thu nhap 8 trieu, chong 5 trieu vo 3 trieu');
    expect(whole.understood.monthlyIncome).toBe(8_000_000);
    expect(whole.notes.join(' ')).toContain('thu nhập cả hộ 8.000.000 đồng bằng tổng các khoản kể ra (5.000.000 đồng + 3.000.000 đồng = 8.000.000 đồng)');
    for (const text of ['nha 4 nguoi o que, thu nhap 9 trieu, chong 5 trieu vo 3 trieu', 'nha 4 nguoi o que, 5 trieu, 8 trieu', 'nha 4 nguoi, moi nguoi 1tr5, chong 3 trieu']) {
      const unclear = read(text);
      expect(unclear.missing, text).toContain('monthlyIncome');
      expect(unclear.questions.join(' '), text).toMatch(/nhiều số tiền/);
    }
  });

  it('reads "60 triệu một năm" inside a sentence as a yearly amount, not as 60 triệu and "một năm" more digits', () => {
    const understanding = read('nha 4 nguoi o que, 60 trieu mot nam, nha tam');
    expect(understanding.understood).toMatchObject({ monthlyIncome: 5_000_000, deprivations: ['housing_quality'] });
    expect(understanding.notes).toEqual(['60.000.000 đồng một năm ÷ 12 = 5.000.000 đồng một tháng']);
    expect(read('1 trieu nam').understood.monthlyIncome).toBe(1_500_000);
  });
});

describe('phone and identity numbers are never money (findings3 item 2), found by src/privacy/mask.ts', () => {
  // [sentence, household income a month]: what is left once the numbers are out, computed by hand.
  const households: [string, number][] = [
    ['cmnd 272123456, nha 3 nguoi o que, vo ban rau 2 trieu, chong phu ho 3 trieu', 5_000_000],
    ['sdt em 0987 654 321, nha 3 nguoi o thi tran, vo chong lam 4tr5', 4_500_000],
    ['cccd cua tui 038201004567, nha 2 nguoi o xa, thu nhap 2 trieu', 2_000_000],
    ['tui o tp 1 minh, luong 3tr5, sdt 0903111222', 3_500_000],
    ['so cua e +84 912 345 678, nha 4 nguoi o que thu nhap 5 trieu', 5_000_000],
    ['nha 4 nguoi o que sdt0912345678 thu nhap 5 trieu', 5_000_000],
    ['stk 19036123456017 techcombank, nha 4 nguoi o que, chong 3 trieu vo 2 trieu', 5_000_000],
  ];
  for (const [text, monthly] of households) {
    it(`“${text}”: ${monthly} đồng, the number neither summed nor said back`, () => {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome).toBe(monthly);
      const said = [...understanding.questions, ...understanding.notes].join(' ');
      for (const digits of text.match(/\d[\d .+]{7,}\d/g) ?? []) expect(said).not.toContain(digits.replace(/\D/g, '').slice(-6));
    });
  }

  it('reads a year’s income typed whole as money, not as an identity number: 120.000.000 ÷ 12 = 10.000.000 a month', () => {
    const understanding = read('nha tui 4 nguoi o que, thu nhap 1 nam 120000000, ko co bhyt');
    expect(understanding.understood.monthlyIncome).toBe(10_000_000);
    expect(understanding.questions).toEqual([]);
  });

  it('gives the tester’s sentence its class: 4.000.000 ÷ 4 = 1.000.000 ≤ 1.500.000, no deprivation → hộ cận nghèo', () => {
    const understanding = read('tui ten Nguyen Van A sdt 0912345678 cccd 079123456789 nha tui 4 nguoi o que thu nhap 4 trieu');
    const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
    expect(checked.ok && [checked.value.incomePerPerson, checked.value.classification]).toEqual([1_000_000, 'near_poor']);
  });

  it('asks for an amount when only a number like that is typed, without saying it back', () => {
    for (const text of ['0912345678', '079123456789', '0912.345.678', '272123456', 'sdt 0912 345 678']) {
      const parsed = parseAmount(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) {
        expect(parsed.question, text).toMatch(/không phải số tiền/);
        expect(parsed.question, text).not.toMatch(/345|912|272/);
      }
      expect(parseMoney(text), text).toEqual(parsed);
    }
    // An amount that is not such a number is read as before; a name typed instead of an amount is said back masked.
    expect(parseMoney('4500000')).toEqual({ ok: true, value: 4_500_000 });
    expect(parseMoney('150000000 đồng')).toEqual({ ok: true, value: 150_000_000 });
    const named = parseAmount('tui ten Lan');
    expect(!named.ok && named.question).toContain('“tui ten [tên]”');
  });
});

describe('half amounts as residents say them (findings3 item 17)', () => {
  it('reads "nửa triệu" as 500.000 đồng: the tester’s sentence, 500.000 ÷ 2 = 250.000 ≤ 1.500.000 → hộ cận nghèo', () => {
    const understanding = read('nha 2 nguoi o xa thu nhap nua trieu 1 thang');
    expect(understanding.understood).toMatchObject({ area: 'rural', members: 2, monthlyIncome: 500_000 });
    const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
    expect(checked.ok && [checked.value.incomePerPerson, checked.value.classification]).toEqual([250_000, 'near_poor']);
    // 3.000.000 + 500.000 = 3.500.000; "1 triệu nữa" ("more") is not a half.
    expect(read('nha 3 nguoi o xa, chong lam 3 trieu, vo ban rau nua trieu').understood.monthlyIncome).toBe(3_500_000);
    expect(read('nha 4 nguoi o que, con gui 1 trieu nua').understood.monthlyIncome).toBe(1_000_000);
  });

  it('reads "trăm rưỡi nghìn" (150.000) and asks for the month when it is a day’s pay', () => {
    const daily = read('nha 3 nguoi o que, me gia ban ve so moi ngay tram ruoi nghin');
    expect(daily.understood.monthlyIncome).toBeNull();
    expect(daily.questions.join(' ')).toMatch(/tiền một ngày\. Mình cần thu nhập cả tháng/);
    // 500.000 + 250.000 = 750.000 a month.
    expect(read('nha 2 nguoi o que, luong huu nua trieu, con cho hai tram ruoi nghin moi thang').understood.monthlyIncome).toBe(750_000);
  });
});

describe('m² per person (findings3 item 9, the reading part)', () => {
  it('reads "8 mét vuông 1 người" as the standard asked about, and the home as 30 m² for 5 people: 6 m²/người < 8 → thiếu hụt', () => {
    const asked = read('8 met vuong 1 nguoi la sao, nha tui 30m2 5 nguoi');
    expect(asked.understood).toMatchObject({ members: 5, floorAreaM2: 30 });
    expect(asked.decided).toEqual({ housing_area: true });
    // With the rest told: 6.000.000 ÷ 5 = 1.200.000 ≤ 1.500.000, 1 chỉ số (diện tích nhà ở) → hộ cận nghèo.
    const told = read('8 met vuong 1 nguoi la sao, nha tui o que 30m2 5 nguoi, thu nhap 6 trieu');
    const checked = checkHousehold(rules, profileFromUnderstanding(told, DATE)!);
    expect(checked.ok && [checked.value.classification, checked.value.deprivations]).toEqual(['near_poor', ['housing_area']]);
  });

  it('never takes an area said per person for the home’s floor area', () => {
    for (const text of ['nha 4 nguoi o phuong, 8m2/nguoi, thu nhap 7 trieu', 'nha 5 nguoi o que, moi nguoi co 6m2, thu nhap 6 trieu']) {
      expect(read(text).understood.floorAreaM2, text).toBeUndefined();
    }
    // A one-person home of 12 m²: 12 ≥ 8, not deprived.
    const alone = read('nha 1 nguoi 12m2 o que thu nhap 1 trieu');
    expect(alone.understood).toMatchObject({ members: 1, floorAreaM2: 12 });
    expect(alone.decided).toEqual({ housing_area: false });
  });
});

describe('a leaking house (findings3 item 17: "nha go dot")', () => {
  it('reads a leaking wooden house or roof as Chất lượng nhà ở, and never "không bị dột"', () => {
    // The tester's sentence: 30.000.000 ÷ 12 = 2.500.000 ÷ 7 = 357.143 ≤ 1.500.000 and 4 chỉ số → hộ nghèo.
    const told = read('nha con o ban, 7 nguoi, lam nuong 1 nam dc 30 trieu, 3 dua nho suy dinh duong, 1 dua 10 tuoi bo hoc, nha go dot, uong nuoc suoi');
    expect(told.understood.deprivations).toEqual(['nutrition', 'child_schooling', 'housing_quality', 'water_source']);
    const checked = checkHousehold(rules, profileFromUnderstanding(told, DATE)!);
    expect(checked.ok && checked.value.classification).toBe('poor');
    expect(read('nha 4 nguoi o que, mai dot, thu nhap 4 trieu').understood.deprivations).toEqual(['housing_quality']);
    expect(read('nha tui ko bi dot, 4 nguoi o que thu nhap 4 trieu').understood.deprivations).toEqual([]);
  });
});

describe('a day or a week named right before the amount', () => {
  it('asks for the month instead of taking a day’s pay for a month ("lam thue ngay 200 nghin" was summed as 200.000 a month)', () => {
    for (const [text, unit] of [
      ['me con tui o que, tui lam thue ngay 200 nghin, con gai gui 1 trieu moi thang', 'ngày'],
      ['nha 4 nguoi o que, vo ban hang tuan 1 trieu', 'tuần'],
    ] as const) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.questions.join(' '), text).toContain(`là tiền một ${unit}. Mình cần thu nhập cả tháng`);
    }
    // "từ ngày 15" is a date, not a period: the income is the month's.
    expect(read('nha 4 nguoi, tu ngay 15 thu nhap 5 trieu').understood.monthlyIncome).toBe(5_000_000);
  });
});

describe('"mỗi người" after a counted group of earners is what each of them earns', () => {
  // [sentence, household income a month, income per person, class], by hand (NĐ 07/2021 Điều 3, kept for 2026).
  const households: [string, number, number, string][] = [
    // 2 × 3.000.000 = 6.000.000 ÷ 4 = 1.500.000 ≤ 1.500.000 → near_poor (was read as 3.000.000 per person → none)
    ['nha 4 nguoi o que, hai vo chong moi nguoi lam 3 trieu', 6_000_000, 1_500_000, 'near_poor'],
    // 2 × 5.000.000 = 10.000.000 ÷ 3 = 3.333.333,33 > 3.000.000 (urban) → none
    ['toi o phuong, nha 3 nguoi, 2 vo chong lam cong nhan moi nguoi 5 trieu', 10_000_000, 3_333_333.33, 'none'],
    // 2 × 3.000.000 = 6.000.000 ÷ 5 = 1.200.000 → near_poor (was 3.000.000 for the household)
    ['nha 5 nguoi o que, 2 dua con di lam moi dua 3 trieu', 6_000_000, 1_200_000, 'near_poor'],
    // 24.000.000 ÷ 12 = 2.000.000 each, × 2 = 4.000.000 ÷ 4 = 1.000.000 → near_poor
    ['nha 4 nguoi o que, 2 vo chong lam ruong 1 nam moi nguoi 24 trieu', 4_000_000, 1_000_000, 'near_poor'],
  ];
  for (const [text, monthly, perPerson, classification] of households) {
    it(`“${text}”: ${monthly} đồng a month, ${classification}`, () => {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome).toBe(monthly);
      expect(understanding.notes.join(' ')).toMatch(/× \d người =/);
      const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
      expect(checked.ok && [checked.value.incomePerPerson, checked.value.classification]).toEqual([perPerson, classification]);
    });
  }

  it('keeps "mỗi người" per member when the household is what is counted', () => {
    for (const text of ['nha 5 nguoi o xa gom 2 vo chong va 3 con, moi nguoi 1 trieu', 'nha 5 nguoi gom 2 vo chong va 3 con moi nguoi 1 trieu o que', 'o que, nha 3 nguoi, moi nguoi tam 1tr2']) {
      expect(read(text).understood.monthlyIncomePerPerson, text).toBeGreaterThan(0);
    }
  });
});

describe('"1 người" said after an amount is its "per person", not the household size (findings3 item 17)', () => {
  it('reads "thu nhap 2tr2 1 nguoi" as 2.200.000 per person and leaves the size to ask', () => {
    const understanding = read('tui o phuong 3 tp hcm thu nhap 2tr2 1 nguoi co dc ho can ngheo ko');
    expect(understanding.understood).toMatchObject({ area: 'urban', members: null, monthlyIncomePerPerson: 2_200_000 });
    expect(understanding.missing).toEqual(['members']);
    // A size told elsewhere is kept: 1.200.000 per person ≤ 1.500.000 → near_poor.
    expect(read('nha 4 nguoi o que thu nhap 1tr2 1 nguoi').understood).toMatchObject({ members: 4, monthlyIncomePerPerson: 1_200_000 });
    expect(read('nha co 1 nguoi o que thu nhap 2 trieu').understood.members).toBe(1);
  });
});

describe('readDaysAnswer: the days worked a month, answered after a day\'s pay', () => {
  it('reads days, a bare count and weeks as residents type them; an income is none', async () => {
    const { readDaysAnswer } = await import('../../src/rules/understand.ts');
    expect(readDaysAnswer('tam 20 ngay')).toEqual({ days: 20 });
    expect(readDaysAnswer('20')).toEqual({ days: 20 });
    expect(readDaysAnswer('lam dc 22 ngay cong')).toEqual({ days: 22 });
    expect(readDaysAnswer('khoang 3 tuan')?.days).toBe(21);
    expect(readDaysAnswer('1 tuan lam 3 ngay')).toEqual({ days: 12, note: '3 ngày một tuần × 4 tuần = 12 ngày một tháng' });
    for (const income of ['1500000', '5 trieu', '6tr', '40']) expect(readDaysAnswer(income), income).toBeUndefined();
  });
});

describe('a lack said after the thing, and a sign after another lack (findings8 H6, H25)', () => {
  it('"nha ve sinh ko co" is no toilet: the elderly couple is poor (H6)', () => {
    const understanding = read('2 vo chong gia o que, trong lua thu 30 trieu 1 nam, nha ve sinh ko co, ko xai internet');
    expect(understanding.understood.deprivations).toContain('sanitation');
    // 30.000.000 ÷ 12 ÷ 2 = 1.250.000 ≤ 1.500.000 (rural); dependants (two old people) + sanitation + telecom = 3 → poor.
    const result = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
    expect(result.ok && result.value.classification).toBe('poor');
    expect(read('bhyt thi chua co').understood.deprivations).toEqual(['health_insurance']);
    expect(read('nha ve sinh co').understood.deprivations).toEqual([]);
  });

  it('"thieu bhyt va nha chat": the lack is BHYT\'s, "nhà chật" stays a sign (H25)', () => {
    const understanding = read('nha tui 5 nguoi o que, thu nhap hang thang khoang 7 den 8 trieu, thieu bhyt va nha chat');
    expect(understanding.understood.deprivations).toEqual(['health_insurance', 'housing_area']);
    expect(understanding.notDeprived).not.toContain('housing_area');
  });
});

describe('a young adult without a diploma, a thin tin roof (findings8 H29, H22)', () => {
  it('"con trai 25 tuoi ko co bang cap 3 cung ko hoc nghe" is adult education (16–30); "nha lop ton don so", "mai ton mong" housing', () => {
    const understanding = read('nha tui co 4 nguoi o nong thon, con trai 25 tuoi ko co bang cap 3 cung ko hoc nghe, thu nhap 5 trieu, nha lop ton don so');
    expect(understanding.understood.deprivations).toEqual(expect.arrayContaining(['adult_education', 'housing_quality']));
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (rural); 2 deprivations < 3 → near-poor (not 0 deprivations as before).
    const result = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
    expect(result.ok && result.value.deprivationCount).toBe(2);
    expect(read('nha tam bo, mai ton mong').understood.deprivations).toEqual(['housing_quality']);
    expect(read('con tui dang hoc nghe').understood.deprivations).toEqual([]);
  });
});
