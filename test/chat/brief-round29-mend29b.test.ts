/**
 * Round 29 (mend29b): a brief answer offers the whole card by the one short word that works everywhere, "chi tiết", not a
 * long phrase to retype on a phone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T09:00:00Z'), 'mend29b-brief');

describe('"Năm 2026 xã rà soát theo chuẩn nào?": see more with "chi tiết"', () => {
  // Was "Xem đủ: gõ “rà soát cuối năm 2026 theo chuẩn và quy trình nào”".
  it.each(['Năm 2026 xã rà soát theo chuẩn nào?', 'ai duyet ho ngheo', 'tui tam tru o day co dc xet ho ngheo ko'])('"%s", then "chi tiết"', async (question) => {
    const [brief, whole] = await ask(question, 'chi tiết');
    expect(brief).toContain('Xem đủ: gõ “chi tiết”.');
    expect(brief).not.toMatch(/Xem đủ: gõ “(?!chi tiết)/);
    // What it offers works: the whole card, longer, without the offer.
    expect(whole!.length).toBeGreaterThan(brief!.length);
    expect(whole).not.toContain('Xem đủ: gõ');
  });
});
