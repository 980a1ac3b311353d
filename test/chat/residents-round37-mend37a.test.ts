/**
 * Round 37 mend37a: residents' messages typed as on Zalo (06/12/2026).
 * 1. "muc thu nhap ho ngheo nam nay va nam sau": this year and the next in words, read against today (2026, 2027): the income
 *    levels side by side as "… 2026 2027" gets them; was search (an explainer of the 2027–2030 standard).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37a');

describe('the income levels of this year and the next, in words', () => {
  it.each([['muc thu nhap ho ngheo nam nay va nam sau'], ['muc thu nhap ho ngheo can ngheo nam nay voi nam toi']])('"%s": 2026 and 2027–2030 side by side', async (asked) => {
    const text = await first(asked);
    expect(text).toContain('Mức thu nhập bình quân mỗi người mỗi tháng theo chuẩn nghèo:');
    expect(text).toContain('Năm 2026 (01/01/2026 – 31/12/2026, đang áp dụng hôm nay)');
    expect(text).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 1.500.000 đồng');
    expect(text).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 2.200.000 đồng; hộ có mức sống trung bình: chưa có con số (chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
