/**
 * Which class an income is, asked with a year (findings9 #7): the line of the standard of that year answers, and an
 * income equal to the line is within it (NĐ 351/2025: "không quá chuẩn", ≤). Before, the question was searched and an
 * explainer's "Năm 2026 chuẩn nghèo vẫn là 1.500.000…" was quoted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_2026 = () => new Date('2026-12-01T03:00:00Z');

describe('an income asked with a year is read against that year\'s standard', () => {
  it.each([
    'Hộ có thu nhập bình quân đúng 2.200.000 đồng ở nông thôn năm 2027 là hộ gì',
    'ho thu nhap 2tr2 o que nam 2027 la ho gi',
  ])('“%s” → the 2027 rural line, ≤ 2.200.000 đồng, poor or near-poor by deprivations', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const { text } = await harness.say(question);
    if (question.startsWith('Hộ')) {
      expect(text).toContain('Chuẩn nghèo nông thôn áp dụng năm 2027');
      expect(text).toContain('≤ 2.200.000 đồng: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo)');
    } else {
      // A resident gets the amount's answer, the year's card one "chi tiết" away (round 40 short33).
      expect(text).toContain('theo chuẩn áp dụng ngày 01/01/2027 của Nghị định 351/2025/NĐ-CP (tham khảo), ở nông thôn (mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
      expect((await harness.say('chi tiết')).text).toContain('Chuẩn nghèo nông thôn áp dụng năm 2027');
    }
    expect(text).not.toContain('Theo văn bản');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
