/**
 * Round 35 (mend35f, 06/12/2026): former provinces named by residents.
 * - The standard asked with a province merged on 01/07/2025 in the first message ("chuan ngheo binh duong bn") is answered with
 *   the merger and the own standard of the province holding it today, as the follow-up "tui o binh duong" already was (was the
 *   national card alone).
 * - "vung tau" names Bà Rịa – Vũng Tàu ("tau" was read as "tôi": "o vung tau" after the BHYT card got a search).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round35-mend35f');
const MERGED_BD = 'Bình Dương nay thuộc thành phố Hồ Chí Minh (từ 01/07/2025';
const MERGED_VT = 'Bà Rịa - Vũng Tàu nay thuộc thành phố Hồ Chí Minh (từ 01/07/2025';

describe('a former province named with the standard in the first message', () => {
  it.each(['chuan ngheo binh duong bn', 'o binh duong chuan ngheo bao nhieu'])('"%s": the merger, TP.HCM\'s own standard, the national card', async (text) => {
    const answer = await in2026.first(text);
    expect(answer).toContain(MERGED_BD);
    expect(answer).toContain('Chuẩn riêng của TP.HCM');
    expect(answer).toContain('Chuẩn nghèo áp dụng hôm nay');
  });

  it('"chuan ngheo tp hcm bn": TP.HCM\'s own standard, no merger said', async () => {
    const answer = await in2026.first('chuan ngheo tp hcm bn');
    expect(answer).toContain('Chuẩn riêng của TP.HCM');
    expect(answer).not.toContain('nay thuộc');
  });
});

describe('"vung tau" is the province', () => {
  it.each(['o vung tau', 'tui o ba ria vung tau'])('"bhyt ho ngheo" then "%s": the merger and TP.HCM\'s own standard', async (place) => {
    const answer = await in2026.after(['bhyt ho ngheo'], place);
    expect(answer).toContain(MERGED_VT);
    // Round 42 (resid45): a place told after a support's card says what that place adds, its own standard among it.
    expect(answer).toContain('TP.HCM có chuẩn nghèo riêng từ năm 2026');
  });

  it('"chuan ngheo vung tau bn": the merger and TP.HCM\'s own standard', async () => {
    const answer = await in2026.first('chuan ngheo vung tau bn');
    expect(answer).toContain(MERGED_VT);
    expect(answer).toContain('Chuẩn riêng của TP.HCM');
  });

  it('guard: "me tau 80 tuoi o voi vo chong tau" still reads "tau" as the speaker', async () => {
    const answer = await in2026.first('me tau 80 tuoi o voi vo chong tau, nha 3 nguoi thu nhap 3tr');
    expect(answer).toContain('3.000.000 đồng/tháng ÷ 3 người');
  });
});
