/**
 * Round 12 (findings35 N35-12): yes and no as residents say them in the household interview: Southern "dạ hổng có", "có
 * chớ", "ừ có", and a guess ("chắc là có", "hình như ko"), taken since round 24 as the answer it leans to (said back with how
 * to change it; it was "không rõ"). Each moves the interview on; none is answered with an explainer or "Bạn trả lời 'có', 'không'…".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');

describe('spoken yes and no in the household interview (round 12)', () => {
  it.each([
    ['dạ hổng có', 'Không'],
    ['da hong co', 'Không'],
    ['dạ chưa', 'Không'],
    ['ừ có', 'Có'],
    ['có chớ', 'Có'],
    ['co chu', 'Có'],
    ['vâng ạ', 'Có'],
    ['chac la co', 'Có'],
    ['hinh nhu ko', 'Không'],
  ])('"%s" answers Câu 4/15 as %s', async (typed, recorded) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const asked = await harness.press('consent:no');
    expect(asked.text).toContain('Câu 4/15 · Việc làm');
    const next = await harness.say(typed);
    expect(next.text, typed).not.toContain('Bạn trả lời');
    expect(next.text, typed).not.toContain('Giải thích ngắn');
    expect(next.text, typed).toContain('Câu 5/15');
    // Going back shows the question again with what was recorded for it.
    const back = await harness.press(actionOf(next, 'Quay lại'));
    expect(back.text).toContain('Câu 4/15 · Việc làm');
    expect(back.text).toContain(`(Trả lời trước đó: ${recorded}`);
  });
});
