/**
 * Round 9: residents' answers inside the interview, typed as they are. Standard of 2026 (harness day 15/03/2026): rural
 * line 1.500.000 đồng/người/tháng, poor with ≥ 3 of 12 deprivations, else near-poor (NĐ 07/2021 Điều 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

async function sayAll(h: Harness, texts: string[]) {
  let last;
  for (const text of texts) last = await h.say(text);
  return last!;
}

describe('"thoi khoi" that goes on to answer is an answer, not a stop', () => {
  it('"thoi khoi, nha tui ko ai that nghiep" at the employment question answers "no" (was: the check cancelled)', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2']);
    const employment = await harness.say('thoi khoi, nha tui ko ai that nghiep');
    expect(employment.text).not.toContain('Đã dừng phần kiểm tra');
    expect(employment.text).toContain('Câu 5/15');
    // Dependents, nutrition no; BHYT yes; adult education, schooling no; housing quality yes; the rest no.
    const result = await sayAll(harness, ['ko', 'ko', 'co', 'ko', 'ko', 'co', 'ko', 'ko', 'ko', 'ko', 'ko']);
    // 4.200.000 ÷ 4 = 1.050.000 ≤ 1.500.000; BHYT + housing quality = 2 (employment "no") → hộ cận nghèo, not hộ nghèo.
    expect(result.text).toContain('HỘ CẬN NGHÈO');
  });

  it('"thoi khoi" alone, or "thoi khoi, tui ko muon khai nua", still stops the check', async () => {
    harness = await openHarness();
    await sayAll(harness, ['/kiemtra', '2', 'o que', '4', '4tr2']);
    expect((await harness.say('thoi khoi, tui ko muon khai nua')).text).toContain('Đã dừng phần kiểm tra');
  });
});
