/**
 * Round 16 (interview 2): a resident describing the household in one sentence or at the interview, as on Zalo. An amount said
 * in slang that is asked back ("5 xị": 50.000 or 500.000 đồng?) is an income told all the same, so a household renting its
 * room ("thue nha o tro", no deprivation) is checked, never sent to the renting explanation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

describe('a household in one sentence with its income in "xị" and a rented room is checked', () => {
  it.each([
    'chong chay xe om thang dc 5 xi, vo ban ve so, nha 4 nguoi thue nha o tro',
    'nha 4 nguoi o tro, chong lam ho thang dc 5 xi',
  ])('"%s": the amount asked back and the check started, no renting explanation', async (typed) => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say(typed);
    expect(turn.text, typed).not.toContain('Nhà thuê, nhà trọ không phải là điều kiện riêng');
    expect(turn.text, typed).toContain('Số người: 4');
    expect(turn.text, typed).toContain('“5 xi” là 50.000 đồng hay 500.000 đồng?');
    const started = await harness.press('consent:no');
    expect(started.text, typed).toContain('Câu 1/15');
  });
});
