/**
 * Round 12 (findings35, outside tester playing residents): what the household sentence reader got wrong, in the residents'
 * own words. Classes by hand from NĐ 07/2021/NĐ-CP Điều 3, kept for 2026 by NĐ 351/2025/NĐ-CP: income per person = the
 * household's monthly income ÷ members; nông thôn ≤ 1.500.000 đ → nghèo (≥ 3 chỉ số) / cận nghèo, ≤ 2.250.000 đ → mức sống
 * trung bình.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { findAmounts } from '../../src/rules/money.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('"X triệu từ <nguồn>" is X triệu from that source, never "X triệu tư" (N35-05)', () => {
  it.each([
    ['nha 4 nguoi o que, thang dc 6 trieu tu ban ca', 6_000_000],
    ['nha 4 nguoi o que, thang dc 3 trieu tu tien ban rau', 3_000_000],
    ['nha 4 nguoi o que, thu nhap 5 trieu tu lam thue', 5_000_000],
    ['nha 4 nguoi o que thang dc 6 trieu từ bán cá', 6_000_000],
    ['nha 4 nguoi o que thang kiem dc 4 trieu tu lam ruong', 4_000_000],
  ])('"%s" → %i đồng a month', (text, monthly) => {
    const understood = read(text);
    expect(understood.understood.monthlyIncome).toBe(monthly);
    expect(understood.questions).toEqual([]);
  });
  it('a year from a crop or a herd is that year ÷ 12 (60 and 40 triệu, not 60,4 and 40,4)', () => {
    expect(read('nha em 5 nguoi, o xa, 1 nam thu dc 60 trieu tu lua').understood.monthlyIncome).toBe(5_000_000);
    expect(read('nha 3 nguoi o que, 1 nam dc 40 trieu tu nuoi heo').understood.monthlyIncome).toBe(Math.round(40_000_000 / 12));
  });
  it('the class it changes: 6.000.000 ÷ 4 = 1.500.000, within the rural line (was 1.600.000, mức sống trung bình)', () => {
    expect(classOf('nha 4 nguoi o que, thang dc 6 trieu tu ban ca')).toEqual({ classification: 'near_poor', incomePerPerson: 1_500_000 });
  });
  it('guards: "tư" ending the amount is still 400.000 more', () => {
    for (const text of ['thang dc 6 trieu tu', '2 trieu tu moi thang', 'thu nhap 2 trieu tu thoi', 'thu nhap 2 trieu tu, ko co bhyt', 'hai trieu tu']) {
      const [found] = findAmounts(text);
      expect(found?.parse.ok && found.parse.amount.said, text).toBe(text.includes('6') ? 6_400_000 : 2_400_000);
    }
  });
});

describe('a latrine over a fish pond is no hygienic latrine (N35-06)', () => {
  it.each([
    'nha tui 4 nguoi o que, thang dc 5 trieu, xai cau tieu ao ca, nuoc song',
    'nha tui 5 nguoi o que, thang dc 6 trieu, cau tieu ca',
    'nha tui 5 nguoi o que, thang dc 6 trieu, cầu tiêu ao cá',
    'nha tui 5 nguoi o que, thang dc 6 trieu, di cau ca',
    'nha tui 5 nguoi o que, thang dc 6 trieu, nha co cau tieu tren ao',
  ])('"%s": sanitation deprived', (text) => {
    const { understood, notDeprived } = read(text);
    expect(understood.deprivations).toContain('sanitation');
    expect(notDeprived).not.toContain('sanitation');
  });
  it('guard: "có cầu tiêu tự hoại" is a latrine had', () => {
    expect(read('nha tui 4 nguoi o que, thang dc 5 trieu, co cau tieu tu hoai').understood.deprivations).not.toContain('sanitation');
  });
});

describe('a pair of parents is two people: "ba má tui với 3 đứa nhỏ" (N35-04)', () => {
  it.each([
    ['ba má tui với 3 đứa nhỏ, ở dưới quê, thang 7 trieu rưỡi', 5],
    ['ba ma tui voi 3 dua nho, o que, thang 6 trieu', 5],
    ['bo me chau voi 2 dua em, o que, thang duoc 4 trieu', 4],
    ['bố mẹ cháu với 2 đứa em, ở quê, tháng được 4 triệu', 4],
    // Northern "thầy u" = father and mother.
    ['thay u chau voi 2 dua em, o xom, thang duoc 3 trieu', 4],
  ])('"%s" → %i people', (text, members) => {
    expect(read(text).understood.members).toBe(members);
  });
  it('7.500.000 ÷ 5 = 1.500.000 (within the rural line), not ÷ 4 = 1.875.000 (mức sống trung bình)', () => {
    expect(classOf('ba ma tui voi 3 dua nho, o que, thang 7 trieu 5')).toEqual({ classification: 'near_poor', incomePerPerson: 1_500_000 });
  });
  it('guards: the speaker listed counts, "tui với 2 đứa con" is the speaker and two', () => {
    expect(read('ba me tui, tui va em gai, o que, thang 4 trieu').understood.members).toBe(4);
    expect(read('vo chong tui voi 3 dua nho, o que, thang 6 trieu').understood.members).toBe(5);
    expect(read('ba ma voi tui, o que, thang 4 trieu').understood.members).toBe(3);
    expect(read('tui voi 2 dua con o que thang 3 trieu').understood.members).toBe(3);
  });
});

// Integration (round 12): the pair after "nhà có" is two people too; "má" ending the pair is not one earner joined by the children.
describe('a pair listed after "nhà có" (round 12 integration)', () => {
  it.each([
    ['nha co ba ma voi 3 dua nho o que, thang kiem dc 6 trieu', 5],
    ['nha co bo me voi 2 dua nho o que thu nhap 4 trieu', 4],
  ])('%s → %i people', (typed, members) => {
    expect(read(typed).understood.members).toBe(members);
  });

  it('"nha tui co ba ma voi 3 dua nho": whether the speaker lives there is not said, so the size is asked, never 4', () => {
    expect(read('nha tui co ba ma voi 3 dua nho o que thu nhap 6 trieu').understood.members).toBeNull();
  });
});
