/**
 * Round 17: a resident answering the eligibility interview as on Zalo. "bà xã", "ông xã" are one person each ("tui voi ba xa va 2
 * dua nho" is 4 people, never "ba" (father) with "xã" left over).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

describe('"bà xã", "ông xã" are one person each', () => {
  it.each([
    ['tui voi ba xa va 2 dua nho o que thang dc 5 trieu', 'Số người: 4'],
    ['2 dua nho voi tui voi ba xa o que thang dc 5 trieu', 'Số người: 4'],
    ['nha co tui, ong xa va 3 dua nho, o que, thang dc 6 trieu', 'Số người: 5'],
  ])('"%s": "%s"', async (typed, size) => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say(typed);
    expect(turn.text, typed).toContain(size);
  });

  it('at the members question "tui voi ba xa va 2 dua nho" is 4', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('/kiemtra');
    await harness.press('consent:no');
    const asked = await harness.say('o que');
    expect(asked.text).toContain('Câu 2/15');
    const turn = await harness.say('tui voi ba xa va 2 dua nho');
    expect(turn.text).toContain('Câu 3/15');
    const back = await harness.press(actionOf(turn, 'Quay lại'));
    expect(back.text).toContain('Trả lời trước đó: 4 người');
  });
});
