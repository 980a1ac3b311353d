/**
 * Round 35 lead (review35's "seen but left"): how many poor households the country has, asked as outreach staff and residents type
 * it ("so ho ngheo ca nuoc hien nay bn", "ca nuoc con bn ho ngheo"), is the national rate's card (4,4% → 1,3%, đã kiểm tra; a
 * province's or commune's figure chưa rõ). Were the explainer's passage on the 15 days of the certificate ("sổ hộ nghèo") and a
 * passage on the merger of provinces. The certificate itself ("so ho ngheo lam o dau", "so ho ngheo co dung dc ca nuoc ko") is not
 * a count.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const RATE = 'Tỷ lệ hộ nghèo đa chiều cả nước giảm từ 4,4% (năm 2021) xuống 1,3% (năm 2025)';

describe('the number of poor households in the country', () => {
  it.each(['so ho ngheo ca nuoc hien nay bn', 'ca nuoc con bn ho ngheo', 'viet nam con bao nhieu ho ngheo vay ad'])('“%s”: the national rate’s card', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    expect(text).toContain(RATE);
    expect(text).toContain('(Quyết định 90/QĐ-TTg; đã kiểm tra)');
    expect(text).not.toContain('Trong vòng 15 ngày');
  });

  it.each(['so ho ngheo lam o dau', 'so ho ngheo co dung dc ca nuoc ko'])('“%s”: the certificate, no count', async (question) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    expect(text).not.toContain(RATE);
  });
});
