/**
 * Round 46 (mend50a, tryout50 Theme 1): a household's income or size read wrongly gave the wrong class.
 * - "ban dc 20 trieu nam, them tien lam ruong 30 trieu, 5 nguoi" was 50.500.000 đồng a month ("20 triệu năm" read as 20.500.000,
 *   both amounts monthly): "năm" alone after 10 triệu or more is the year, and amounts joined by "thêm", "với", "cộng" are of the
 *   one period said among them (poverty-standards.md: income of 12 months ÷ 12 ÷ members).
 * - "ong noi 76 tuoi o chung vs vo chong tui va 1 chau" was 3 people: "vs" is "với"; "ba ngoai 80 tuoi song voi 2 chau" was no
 *   size: someone told living with others, the speaker named nowhere, is that household.
 * Figures by hand: (20.000.000 + 30.000.000) ÷ 12 = 4.166.667 đồng a month, ÷ 5 = 833.333 đồng/người/tháng.
 */
import { describe, expect, it } from 'vitest';
import { checkHousehold, loadRules } from '../../src/rules/index.ts';
import { profileFromUnderstanding, understandHousehold } from '../../src/rules/understand.ts';

const rules = loadRules();
const DATE = '2026-12-08';
const read = (text: string) => understandHousehold(text, rules, DATE);

describe('yearly amounts: "X trieu nam", and amounts joined by "them", "voi", "cong" in the one period said', () => {
  it.each([
    // (20 + 30) triệu a year ÷ 12.
    ['nha tui nuoi 2 con heo, ban dc 20 trieu nam, them tien lam ruong 30 trieu, 5 nguoi, o ap tan hoa, hau giang', 4_166_667, 5],
    // (40 + 20) triệu a year ÷ 12.
    ['nha tui 4 nguoi, trong lua dc 40 trieu 1 nam, voi ban ca them 20 trieu, o xa', 5_000_000, 4],
    // (24 + 12) triệu a year ÷ 12.
    ['moi nam ban heo dc 24 trieu cong tien lam thue 12 trieu, nha 3 nguoi o que', 3_000_000, 3],
    // (30 + 18) triệu a year ÷ 12.
    ['nha 5 nguoi o ap, lam ruong 30 trieu nam voi nuoi vit 18 trieu', 4_000_000, 5],
    // (36 + 24) triệu a year ÷ 12.
    ['1 nam tui kiem dc 36 trieu, vo tui them 24 trieu, nha 4 nguoi o xa', 5_000_000, 4],
    // 15 triệu a year ÷ 12.
    ['nha tui 6 nguoi o nong thon, ban bap dc 15 trieu nam', 1_250_000, 6],
  ])('"%s" is %i đồng a month, %i people', (text, monthly, members) => {
    const understood = read(text).understood;
    expect(understood.monthlyIncome).toBe(monthly);
    expect(understood.members).toBe(members);
  });

  it('R49: 833.333 đồng/người/tháng in the countryside is under the 2026 line, never "không thuộc diện"', () => {
    const understanding = read('nha tui nuoi 2 con heo, ban dc 20 trieu nam, them tien lam ruong 30 trieu, 5 nguoi, o ap tan hoa, hau giang');
    expect(understanding.notes).toContain('cộng các khoản thu nhập: 1.666.667 đồng + 2.500.000 đồng = 4.166.667 đồng');
    const checked = checkHousehold(rules, profileFromUnderstanding(understanding, DATE)!);
    expect(checked.ok && Math.round(checked.value.incomePerPerson)).toBe(833_333);
    expect(checked.ok && checked.value.classification).not.toBe('none');
  });

  it('a small figure before "nam" and a hundred after it stay the month\'s ("8 trieu nam", "20 trieu nam tram")', () => {
    expect(read('8 trieu nam').understood.monthlyIncome).toBe(8_500_000);
    expect(read('nha 4 nguoi o xa thu nhap 20 trieu nam tram').understood.monthlyIncome).toBe(20_500_000);
  });
});

describe('people counted from the relatives listed', () => {
  it.each([
    ['ong noi 76 tuoi o chung vs vo chong tui va 1 chau 5 tuoi, tui ban ve so, thu nhap 4tr/thang, o ca mau', 4],
    ['ong noi o chung vs vo chong tui va 1 chau, thu nhap 4tr/thang', 4],
    ['ong ba noi o chung vs vo chong tui va 2 chau, thu nhap 8tr/thang o que', 6],
    ['ba ngoai 80 tuoi song voi 2 chau 10 va 12 tuoi, thu nhap 2tr/thang tu tien ban rau, o nghe an, nha vach dat', 3],
    ['ba ngoai song voi 2 chau, thu nhap 2tr/thang', 3],
    ['ong noi 78 tuoi o voi 1 chau 9 tuoi, thu nhap 1tr5/thang, o que', 2],
    ['ba noi o voi co ut va 2 dua nho, thu nhap 4 trieu', 4],
  ])('"%s" is %i people', (text, members) => {
    expect(read(text).understood.members).toBe(members);
  });

  it('R51: 4.000.000 ÷ 4 = 1.000.000 đồng/người/tháng; "nha vs" is still the toilet', () => {
    // The area told as the chat asks it next ("o xa").
    const checked = checkHousehold(rules, profileFromUnderstanding(read('ong noi 76 tuoi o chung vs vo chong tui va 1 chau 5 tuoi, tui ban ve so, thu nhap 4tr/thang, o xa'), DATE)!);
    expect(checked.ok && checked.value.incomePerPerson).toBe(1_000_000);
    expect(read('nha 4 nguoi o xa thu nhap 5tr, ko co nha vs').understood.deprivations).toContain('sanitation');
  });

  it('check 2: the grandmother and 2 grandchildren are all dependants (80, 10, 12)', () => {
    const understanding = read('ba ngoai 80 tuoi song voi 2 chau 10 va 12 tuoi, thu nhap 2tr/thang tu tien ban rau, o nghe an, nha vach dat');
    expect(understanding.missing).not.toContain('members');
    const checked = checkHousehold(rules, profileFromUnderstanding(read('ba ngoai 80 tuoi song voi 2 chau 10 va 12 tuoi, thu nhap 2tr/thang tu tien ban rau, o xa, nha vach dat'), DATE)!);
    expect(checked.ok && checked.value.deprivations).toEqual(expect.arrayContaining(['dependents', 'housing_quality']));
    // 2.000.000 ÷ 3 = 666.667 đồng/người/tháng.
    expect(checked.ok && Math.round(checked.value.incomePerPerson)).toBe(666_667);
  });
});
