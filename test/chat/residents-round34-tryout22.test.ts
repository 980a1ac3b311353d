/**
 * Round 34 tryout22: 20 new people trying the terminal chat, in their own words (no diacritics, "ko", "j", "dc", "rui").
 * 1. "nha tui bi chay het roi, ko con j, xin ho tro o dau": the card of a household hit by a sudden loss (the monthly review
 *    asked for at UBND cấp xã; emergency relief not in the data, no figure); was a provincial resolution's passage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-06T03:00:00Z');

async function say(asked: string): Promise<string> {
  harness = await openHarness({ now: DECEMBER });
  return (await harness.say(asked)).text;
}

describe('help asked for after a house fire', () => {
  it.each([
    ['nha tui bi chay het roi, ko con j, xin ho tro o dau'],
    ['chay nha rui, tui xin giup dc ko'],
  ])('"%s" gets the sudden-loss card, not a provincial passage', async (asked) => {
    const text = await say(asked);
    // In brief since round 36 (short27), the whole entry after "chi tiết".
    expect(text).toContain('Hộ không phải chờ rà soát cuối năm');
    expect(text).toContain('hỏa hoạn');
    expect(text).toContain('chưa rõ');
    expect(text).not.toContain('Ban Thường vụ Tỉnh ủy');
    expect((await harness.say('chi tiết')).text).toContain('Hộ không phải chờ kỳ rà soát định kỳ cuối năm');
  });
  it('"ho ngheo xin ho tro o dau" (no loss told) does not get the sudden-loss card', async () => {
    const text = await say('ho ngheo xin ho tro o dau');
    expect(text).not.toContain('Hộ không phải chờ kỳ rà soát định kỳ cuối năm');
  });
});
