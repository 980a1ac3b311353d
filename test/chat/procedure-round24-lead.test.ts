/**
 * "tu 1/7/2025 dang ky ho ngheo o dau": a review asked of 2025 is within the procedure's own period ("giai đoạn 2022 –
 * 2025", QĐ 24/2021/QĐ-TTg), so it hears no "chưa rõ văn bản và lịch rà soát áp dụng năm 2025" (was said, an unknown made of
 * a year the document covers). The reviews of 2026 and 2027 still hear that their document is not known.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function answerTo(question: string): Promise<string> {
  harness = await openHarness({ now: DECEMBER });
  return (await harness.say(question)).text;
}

describe('the procedure asked of a year within its own period', () => {
  it('"tu 1/7/2025 dang ky ho ngheo o dau": the steps and where, no "chưa rõ … áp dụng năm 2025"', async () => {
    const answer = await answerTo('tu 1/7/2025 dang ky ho ngheo o dau');
    expect(answer).toContain('Mẫu số 04');
    expect(answer).toContain('UBND cấp xã');
    expect(answer).not.toContain('áp dụng năm 2025');
  });

  it('guard: "thu tuc xet ho ngheo nam nay" (2026) still says the 2026 document is not known', async () => {
    expect(await answerTo('thu tuc xet ho ngheo nam nay')).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026');
  });

  it('guard: "ra soat ho ngheo nam 2027 lam sao" still says 2027 is not known', async () => {
    expect(await answerTo('ra soat ho ngheo nam 2027 lam sao')).toMatch(/2027[^\n]*chưa rõ|chưa rõ[^\n]*2027/);
  });
});
