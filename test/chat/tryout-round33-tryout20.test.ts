/**
 * Round 33 tryout20: residents trying the terminal chat, in their own words (no diacritics, "ko", "dc", "bn", "hok").
 * 1. "ho can ngheo vay von ngan hang csxh dc bn tien" then "lai suat bn" (and "vua thoat ngheo … vay von dc ko" then "lai bn"):
 *    the rate said from its "lãi suất"; was "chưa kiểm tra mức áp dụng từ năm 2026) là lãi suất 7,92%/năm", a sentence cut
 *    inside its brackets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-06T03:00:00Z');

describe('the interest rate asked after the loan card of a near-poor or newly escaped household', () => {
  it.each([
    ['ho can ngheo vay von ngan hang csxh dc bn tien', 'lai suat bn', '7,92%'],
    ['nha tui vua thoat ngheo nam ngoai, vay von dc ko', 'lai bn', '8,25%'],
  ])('"%s" then "%s" says the rate whole, never a cut bracket', async (first, asked, rate) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say(first);
    const text = (await harness.say(asked)).text;
    expect(text).toMatch(new RegExp(`Vay vốn tín dụng chính sách: (lãi suất [^;]*; )?lãi suất ${rate}/năm \\(tham khảo\\)`));
    expect(text).not.toMatch(/(: |; )chưa kiểm tra mức/);
  });
});
