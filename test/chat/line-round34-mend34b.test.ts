/**
 * Round 34 (mend34b, 06/12/2026): "bn tien thi dc ho ngheo" (how much money makes a household poor) asks the income line of the
 * standard in force, with its status; "ho ngheo dc bn tien" (what a poor household gets) is no line asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'line34b');

describe('the money before "thì" and the class asks the line', () => {
  it('"bn tien thi dc ho ngheo": the standard of the day', async () => {
    const text = await first('bn tien thi dc ho ngheo');
    expect(text).toMatch(/^Chuẩn nghèo áp dụng hôm nay, 06\/12\/2026/);
    expect(text).toContain('Nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
  });

  it('guard: "ho ngheo dc bn tien" is no line asked', async () => {
    expect(await first('ho ngheo dc bn tien')).not.toMatch(/^Chuẩn nghèo áp dụng/);
  });
});
