/**
 * Round 17 (outreach, 03/12/2026): posts, loudspeaker texts and cadres' questions as outreach staff and commune cadres type
 * them, in the chat and /api/ask. Each case fails on the round-16 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(TESTED_ON, 'outreach17');

/** The text to share: what the cadre is told after it (the buttons, "Bạn có thể gõ: …") is not part of it. */
const sharedOf = (text: string) => text.split('\nBạn có thể gõ:')[0]!.trim();

describe('a resident telling what the loudspeaker said is answered, not handed a loudspeaker text', () => {
  it.each([
    // Was "Kính thưa bà con! Rà soát, công nhận hộ nghèo …" with every date in words, "Xin cảm ơn bà con đã lắng nghe.".
    ['hom qua nghe loa xa thong bao ra soat ho ngheo, nha tui can lam gi', /^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:/],
    // Was the loudspeaker text on BHYT ("bảy mươi phần trăm"), not the answer to "100% phải ko".
    ['nghe dai xa noi ho can ngheo dc ho tro bhyt 100% phai ko', /^Chưa xác nhận được: “miễn 100%” bảo hiểm y tế cho hộ cận nghèo/],
  ])('"%s"', async (told, answer) => {
    for (const text of [await first(told), askApiText(told, TODAY)]) {
      expect(text).toMatch(answer);
      expect(text).not.toContain('Kính thưa bà con!');
      expect(text).not.toContain('lắng nghe');
    }
  });

  it('guard: "viet bai doc loa cho ba con nghe ve chuan ngheo 2027" is still a loudspeaker text', async () => {
    const text = sharedOf(await first('viet bai doc loa cho ba con nghe ve chuan ngheo 2027'));
    expect(text.split('\n')[0]).toBe('Kính thưa bà con!');
    expect(text).toContain('hai triệu hai trăm nghìn đồng');
  });
});
