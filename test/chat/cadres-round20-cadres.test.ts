/**
 * Round 20 (commune cadres): the one-line /kiemtra as cadres type it. A date is the day checked (not money), a ward or a
 * commune named as the address is the area, "ông 72 bà 68" are ages, "npt" is người phụ thuộc, and the Excel-minded
 * shorthand ("tn", "k co", "ko", "bhyt+nuoc") is read. Classes by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by
 * NĐ 351/2025/NĐ-CP): nông thôn ≤ 1.500.000, thành thị ≤ 2.000.000 đ/người/tháng; người phụ thuộc: more than 50% of the
 * members (children under 16, people from 60).
 */
import { describe, expect, it } from 'vitest';
import { parseQuickCheck } from '../../src/chat/quickcheck.ts';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-04';
const rules = loadRules();
const parse = (line: string) => parseQuickCheck(line, rules, TODAY);
const profileOf = (line: string) => {
  const parsed = parse(line);
  if (!parsed.ok) throw new Error(`not read: ${line}: ${parsed.message}`);
  return parsed;
};
const { first } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'cadres20');

describe('a date in /kiemtra is the day checked, never money', () => {
  for (const line of ['nt 4 nguoi tong 8tr 01/01/2027', 'nt 4 nguoi tong 8tr ngay 1/1/2027', 'nt 4 nguoi tong 8tr tu 1/1', 'nt tong 8tr 4ng ap dung tu 01-01-2027']) {
    it(`“/kiemtra ${line}” is checked on 01/01/2027 (was: “1” là 1 nghìn đồng hay 1 triệu đồng?)`, () => {
      const parsed = profileOf(line);
      expect(parsed.profile).toMatchObject({ date: '2027-01-01', area: 'rural', members: 4, monthlyIncome: 8_000_000 });
      expect(parsed.summary).toContain('theo chuẩn áp dụng ngày 01/01/2027');
      expect(parsed.summary).not.toContain('chưa hiểu');
    });
  }

  it('the chat says the standard of that day, and the buttons carry it', async () => {
    const reply = await first('/kiemtra nt 4 nguoi tong 8tr 01/01/2027');
    expect(reply).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect(reply).toContain('2.000.000 đồng/người/tháng');
    expect(reply).not.toContain('nghìn đồng hay');
  });

  it('a bare amount with the date is still asked back, and the line to type again keeps the date', () => {
    const parsed = parse('nt 4 nguoi 8tr 01/01/2027');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain('/kiemtra nt 4 nguoi tong 8tr 01/01/2027');
    expect(parsed.message).not.toContain('“1”');
  });

  it('a date that is no day is said so, not read as money', () => {
    const parsed = parse('nt 1.2tr bhyt 31/2/2027');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('Ngày “31/2/2027”');
  });
});

describe('a ward or a commune typed as the address is the area', () => {
  for (const [line, area] of [
    ['P.7 1.5tr bhyt', 'urban'],
    ['phuong 7 1.5tr bhyt', 'urban'],
    ['p7 1.5tr bhyt', 'urban'],
    ['xa 1.2tr bhyt', 'rural'],
    ['thon 3 1.2tr bhyt', 'rural'],
  ] as const) {
    it(`“/kiemtra ${line}” is ${area} (was: Thu nhập “P.7”/“7”/“3”, or “xa” not understood)`, () => {
      expect(profileOf(line).profile).toMatchObject({ area, deprivations: ['health_insurance'] });
    });
  }

  it('a ward said with the other area alias is two areas', () => {
    expect(parse('nt P.7 1.5tr').ok).toBe(false);
  });

  it('"thi xa" holds both: asked which', () => {
    const parsed = parse('thi xa 1.2tr bhyt');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('nt (nông thôn');
  });
});

describe('ages said with a person are ages, not money', () => {
  it('“/kiemtra nt 1.2tr ong 72 ba 68” checks 1.200.000 and says the ages (was: 72 nghìn hay 72 triệu)', () => {
    const parsed = profileOf('nt 1.2tr ong 72 ba 68');
    expect(parsed.profile).toMatchObject({ monthlyIncomePerPerson: 1_200_000, area: 'rural' });
    expect(parsed.summary).toContain('tuổi: 72, 68');
  });

  it('with the size said, two of three members from 60 make the household lack người phụ thuộc', () => {
    const parsed = profileOf('nt 3ng tong 3tr ong 72 ba 68');
    expect(parsed.profile.deprivations).toContain('dependents');
  });

  it('"ba noi 80 k bhyt": the k is không, not 80 nghìn', () => {
    const parsed = profileOf('nt 4ng tong 5tr ba noi 80 k bhyt');
    expect(parsed.profile).toMatchObject({ monthlyIncome: 5_000_000, deprivations: ['health_insurance'] });
  });
});

describe('"npt" is người phụ thuộc (rules/indicators.yaml otherNames NPT)', () => {
  it('“/kiemtra nt 1.2tr npt” lacks người phụ thuộc (was: “npt” — có phải “nt”?)', () => {
    expect(profileOf('nt 1.2tr npt').profile.deprivations).toEqual(['dependents']);
  });

  it('"3npt" of 5 members is more than half: lacking; "1npt" of 4 is not', () => {
    expect(profileOf('nt 5ng tong 6tr 3npt').profile.deprivations).toEqual(['dependents']);
    expect(profileOf('nt 4ng tong 6tr 1 npt').profile.deprivations).toEqual([]);
  });
});

describe('cadres’ shorthand in the one line', () => {
  for (const [line, expected] of [
    ['nt tn 1.4tr bhyt', { monthlyIncomePerPerson: 1_400_000, deprivations: ['health_insurance'] }],
    ['nt 3ng tong tn 4tr5 nha tam', { monthlyIncome: 4_500_000, deprivations: ['housing_quality'] }],
    ['tt 4 nk tn bq 1,8tr k co bhyt', { area: 'urban', members: 4, monthlyIncomePerPerson: 1_800_000, deprivations: ['health_insurance'] }],
    ['nt 1.2tr k co bhyt', { monthlyIncomePerPerson: 1_200_000, deprivations: ['health_insurance'] }],
    ['nt 1tr2 ko bhyt ko nuoc sach', { deprivations: ['health_insurance', 'water_source'] }],
    ['tt tong 7,5tr 5 khau k bhyt k nha ve sinh', { monthlyIncome: 7_500_000, members: 5, deprivations: ['health_insurance', 'sanitation'] }],
    ['tt 2tr ko co bhyt, k co nuoc sach', { deprivations: ['health_insurance', 'water_source'] }],
    ['nt 1tr4 bhyt+nuoc', { deprivations: ['health_insurance', 'water_source'] }],
    ['nt 1.4tr bhyt;nuoc', { deprivations: ['health_insurance', 'water_source'] }],
    ['nt, 1.4tr, bhyt, nuoc', { monthlyIncomePerPerson: 1_400_000, deprivations: ['health_insurance', 'water_source'] }],
    ['nt 1400 k bhyt', { monthlyIncomePerPerson: 1_400_000, deprivations: ['health_insurance'] }],
  ] as const) {
    it(`reads “/kiemtra ${line}”`, () => {
      const parsed = profileOf(line);
      expect(parsed.profile).toMatchObject(expected);
      expect(parsed.summary).not.toContain('chưa hiểu');
    });
  }

  it('the chat checks “/kiemtra tt 2tr ko co bhyt, k co nuoc sach” as one line: hộ cận nghèo with two lacks', async () => {
    const reply = await first('/kiemtra tt 2tr ko co bhyt, k co nuoc sach');
    expect(reply).toContain('Kiểm tra nhanh: Thành thị');
    expect(reply).toContain('HỘ CẬN NGHÈO');
  });
});

describe('a year alone in /kiemtra is that year’s standard, never money', () => {
  for (const line of ['nt 1.4tr bhyt nam 2027', 'nt 1.4tr bhyt 2027', 'nt 4ng tong 5tr6 bhyt tu nam 2027']) {
    it(`“/kiemtra ${line}” is checked on 01/01/2027 (was: “2027” là 2.027 nghìn đồng hay 2.027 triệu đồng?)`, () => {
      const parsed = profileOf(line);
      expect(parsed.profile.date).toBe('2027-01-01');
      expect(parsed.summary).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    });
  }

  it('a past year asks for the day, with the line to type', () => {
    const parsed = parse('nt 1.4tr nam 2024');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('/kiemtra nt 1.4tr 31/12/2024');
  });

  it('"2030 nghin" is still an amount', () => {
    expect(profileOf('nt 2030 nghin bhyt').profile).toMatchObject({ date: TODAY, monthlyIncomePerPerson: 2_030_000 });
  });
});
