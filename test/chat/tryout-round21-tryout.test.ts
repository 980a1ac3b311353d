/**
 * Round 21 (tryout): conversations played as residents type them on a phone (no diacritics, "ko", "dc", "j", "tui", "ad"),
 * what they found wrong.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round21-tryout');

describe('a question after a household told in one message, ending in "ad"', () => {
  const told = 'nha tui o que 4 nguoi thu nhap tam 7 trieu 1 thang thi co dc can ngheo ko';

  it('"nha bi dot lu cuon troi co dc ho tro ko ad": the sudden-hardship answer, the household untouched (was: "Mình đã sửa theo lời bạn: Chất lượng nhà ở: thiếu hụt")', async () => {
    const [, flood] = await ask(told, 'nha bi dot lu cuon troi co dc ho tro ko ad');
    expect(flood).not.toContain('Mình đã sửa theo lời bạn');
    expect(flood).toContain('Hộ gặp biến cố trong năm');
    expect(flood).toContain('Mẫu số 04');
  });

  it('guard: "nha tui 5 nguoi nha" (a particle, no question) still corrects the household', async () => {
    const [, corrected] = await ask(told, 'nha tui 5 nguoi nha');
    expect(corrected).toContain('Mình đã sửa theo lời bạn: Số người: 4 → 5');
  });
});
