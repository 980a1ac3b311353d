/**
 * A list's income cell of bare digits under 100.000 ("45000", "9"): parseMoney asks the question a bare number is asked
 * without the whole reading (issue 11: ~25 µs a refused row), and it must be word for word what the whole reading
 * (parseAmount) asks, for every such figure.
 */
import { describe, expect, it } from 'vitest';
import { approximateLead, parseAmount, parseMoney } from '../../src/rules/money.ts';

describe('bare digits under 100.000 đồng', () => {
  it('are asked back exactly as the whole reading asks, for every figure from 1 to 99.999', () => {
    const differ: string[] = [];
    for (let figure = 1; figure < 100_000; figure += 1) {
      const text = String(figure);
      const whole = parseAmount(text);
      const expected = whole.ok ? { ok: true, value: whole.amount.value } : whole;
      const got = parseMoney(text);
      if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(`${text}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(parseMoney('45000')).toEqual({ ok: false, question: expect.stringContaining('45.000 nghìn đồng hay 45.000 triệu đồng') });
  });
});

describe('bare digits are never an approximate figure', () => {
  // cli batch does not ask approximateLead about a cell of digits alone (issue 11): it needs "khoảng", "tầm" or "~" first.
  it('gives no approximate reading for digits alone, while "khoảng 45000" still has one', () => {
    const figures = ['0', '007', '45000', '1500000', '18000000', '123456789012'];
    for (let figure = 1; figure < 100_000; figure += figure < 1_000 ? 1 : 97) figures.push(String(figure));
    expect(figures.filter((text) => approximateLead(text) !== undefined)).toEqual([]);
    expect(approximateLead('khoảng 1500000')).toEqual({ about: 'khoảng', rest: '1500000' });
    expect(approximateLead('~1.500.000')).toEqual({ about: '~', rest: '1.500.000' });
  });
});
