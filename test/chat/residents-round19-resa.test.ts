/**
 * Round 19 (resa): residents' words left wrong by round 18, each played through the chat core as they type it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-03T04:00:00Z');

async function opened(): Promise<Harness> {
  harness = await openHarness({ now: DECEMBER });
  return harness;
}

/** A household told ("nha tui 4 nguoi o que"), at the income question. */
async function atIncome(household: string): Promise<Harness> {
  const h = await opened();
  await h.say(household);
  const turn = await h.press('consent:no');
  expect(turn.text).toContain('Câu 3/15');
  return h;
}

describe('"vo chong tui voi tui nho o que": the children are not counted, so how many people is asked', () => {
  it.each(['vo chong tui voi tui nho o que', 'vo chong tui voi tui nho duoi que'])('"%s"', async (typed) => {
    const h = await opened();
    const turn = await h.say(typed);
    expect(turn.text, typed).not.toMatch(/Số người: \d/);
    expect(turn.text, typed).toContain('bao nhiêu người cùng ăn ở chung');
    expect(turn.text, typed).toContain('Khu vực: Nông thôn');
    expect(turn.text, typed).not.toContain('ngoài phạm vi');
    const next = await h.press('consent:no');
    expect(next.text).toContain('có bao nhiêu người cùng ăn ở chung');
    // The area told is kept: not asked again.
    expect(next.text).not.toContain('nông thôn hay thành thị');
  });

  it('guard: "vo chong tui voi 2 dua nho o que" is still 4 people', async () => {
    const h = await opened();
    expect((await h.say('vo chong tui voi 2 dua nho o que')).text).toContain('Số người: 4');
  });
});
