import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, parseMoney } from '../../src/rules/index.ts';
import { findAmounts, parseAmount } from '../../src/rules/money.ts';

describe('parseMoney', () => {
  const amounts: [string, number][] = [
    ['1tr2', 1_200_000],
    ['1,2 triệu', 1_200_000],
    ['1.200.000đ', 1_200_000],
    ['1.200.000 đồng', 1_200_000],
    ['1200k', 1_200_000],
    ['1 triệu 2', 1_200_000],
    ['1.4tr', 1_400_000],
    ['1,4tr', 1_400_000],
    ['5 triệu', 5_000_000],
    ['một triệu hai trăm nghìn', 1_200_000],
    ['mot trieu hai tram nghin', 1_200_000],
    ['1tr200', 1_200_000],
    ['1tr25', 1_250_000],
    ['2 trieu ruoi', 2_500_000],
    ['nửa triệu', 500_000],
    ['nua cu', 500_000],
    ['trăm rưỡi nghìn', 150_000],
    ['hai trăm rưỡi nghìn', 250_000],
    ['2 trăm rưỡi nghìn', 250_000],
    ['2 triệu rưỡi', 2_500_000],
    ['hai triệu tư', 2_400_000],
    ['mười lăm triệu', 15_000_000],
    ['9 chục triệu', 90_000_000],
    ['3 chuc trieu', 30_000_000],
    ['năm trăm nghìn', 500_000],
    ['2 triệu 300 nghìn đồng', 2_300_000],
    ['1500000', 1_500_000],
    ['150k', 150_000],
    ['1.500.000 đ/người/tháng', 1_500_000],
    ['1,2tr một tháng', 1_200_000],
    ['1.200đ', 1_200],
    ['0', 0],
    ['  1TR5  ', 1_500_000],
    // A year's income typed whole, as lists and residents write it: a round amount, not an identity number.
    ['120000000 một năm', 10_000_000],
    // findings12 L05/U6: one group of thousands written with its separator is đồng, as "800000" is; "1.200" is still asked.
    ['800.000', 800_000],
    ['800,000', 800_000],
    ['150.500', 150_500],
    // Round 41 (lists41): 1,2 nghìn would be 1.200 đồng, no amount anyone says: the digits are grouped.
    ['1.200k', 1_200_000],
    ['1,200k', 1_200_000],
    ['1.500 nghìn', 1_500_000],
  ];
  for (const [text, value] of amounts) {
    it(`reads “${text}” as ${value}`, () => expect(parseMoney(text)).toEqual({ ok: true, value }));
  }

  const ambiguous: [string, string][] = [
    ['1.200', '1.200 đồng hay 1.200.000 đồng'],
    ['12', '12 nghìn đồng hay 12 triệu đồng'],
    ['1,5', '1,5 triệu đồng'],
    ['1.200 triệu', '1,2 triệu hay 1.200 triệu'],
  ];
  for (const [text, question] of ambiguous) {
    it(`asks back for the ambiguous “${text}”`, () => {
      const parsed = parseMoney(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.question).toContain(question);
    });
  }

  for (const text of ['abc', '', '-5', '1tr2000', 'triệu', '1 triệu 2 nghìn 3 triệu']) {
    it(`refuses “${text}” with a Vietnamese question`, () => {
      const parsed = parseMoney(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.question).toMatch(/số tiền|Số tiền/);
    });
  }
});

describe('formatting', () => {
  it('writes money the Vietnamese way', () => {
    expect(formatMoney(1_500_000)).toBe('1.500.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
    // findings14 #10: money is shown in whole đồng (compared unrounded elsewhere).
    expect(formatMoney(1_500_000.25)).toBe('1.500.000 đồng');
  });
  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });
});

describe('a range answered on its own', () => {
  it('reads the unit for both ends and asks once which figure, instead of "6 nghìn hay 6 triệu"', () => {
    for (const text of ['6-7 trieu', '6 đến 7 triệu', '6-7 triệu/tháng']) {
      const parsed = parseAmount(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.question, text).toContain('khoảng 6.000.000 đồng đến 7.000.000 đồng');
    }
  });
});

describe('"năm sau", "năm tới" right after an amount (round 15, the 2027 change)', () => {
  it('is a time, not "năm" (five): "8 trieu nam toi" is 8.000.000 đồng, "8 trieu nam" alone still 8.500.000 đồng', () => {
    const read = (text: string) => findAmounts(text).map((amount) => (amount.parse.ok ? amount.parse.amount.said : amount.parse.question));
    expect(read('thu nhap 8 trieu nam toi')).toEqual([8_000_000]);
    expect(read('thu nhap 8 trieu nam sau co phai ho ngheo ko')).toEqual([8_000_000]);
    expect(read('8 trieu nam')).toEqual([8_500_000]);
    expect(read('2 trieu nam tram')).toEqual([2_500_000]);
  });
});
