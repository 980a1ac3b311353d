/**
 * Round 18 (law, 03/12/2026): what shared/facts/updates-2026.md says, as cadres ask it formally, residents type it and outreach
 * staff ask for a post or a loudspeaker text, in the chat and /api/ask. Each case fails on the round-17 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(TESTED_ON, 'law18');

describe('a post on the social pension: the line from 75 of every household is labelled so, never as the poor household’s', () => {
  // Was "- Hộ nghèo: Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ) …, dù hộ thuộc loại nào".
  it.each([
    ['soan bai dang zalo ve tro cap huu tri xa hoi cho nguoi gia ho ngheo', 'Hộ nghèo'],
    ['Soạn bài đăng Zalo về trợ cấp hưu trí xã hội cho người cao tuổi thuộc hộ cận nghèo', 'Hộ cận nghèo'],
  ])('"%s"', async (question, asked) => {
    const text = await first(question);
    const elder = text.split('\n').find((line) => line.includes('từ 75 tuổi trở lên không có lương hưu được hưởng'));
    expect(elder).toMatch(/^-? ?Mọi hộ gia đình: /);
    // The 70-to-75 line is still the asked class's.
    expect(text).toMatch(new RegExp(`^-? ?${asked}: [^\\n]*từ 70 đến dưới 75 tuổi`, 'm'));
    expect(text).toContain('Nghị định 176/2025/NĐ-CP');
  });
});
