/**
 * Round 12 (findings36 N36-15): text written to be shared (a Zalo post, a loudspeaker text, a meeting invitation) speaks to
 * the people who read or hear it ("bà con", "hộ"), never about the bot ("trợ lý") nor to the cadre who asked it ("bạn").
 */
import { describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { afterAll, beforeAll } from 'vitest';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness({ now: () => new Date('2026-12-02T03:00:00Z') });
});
afterAll(() => harness.close());
const h = () => harness;

/** The shared text of a turn: its post (the reply marked `post`). */
const sharedOf = (turn: { replies: { post?: true }[]; text: string }) => {
  expect(turn.replies.some((reply) => reply.post)).toBe(true);
  return turn.text.split('\nBạn có thể gõ:')[0]!;
};

describe('shared text speaks to bà con, not about the trợ lý (findings36 N36-15)', () => {
  it('soan tin ngan nhac ba con ve lich ra soat ho ngheo nam 2026 de dang zalo: no “trợ lý”, no “bạn”', async () => {
    const post = sharedOf(await h().say('soan tin ngan nhac ba con ve lich ra soat ho ngheo nam 2026 de dang zalo', 'o1'));
    expect(post).toContain('chưa rõ');
    expect(post).not.toMatch(/trợ lý/i);
    expect(post).not.toMatch(/\bBạn\b|\bbạn\b/u);
    expect(post).toContain('Bà con có thể hỏi');
  });

  it('viet bai doc loa: tu 2027 ho duoi 1,9 trieu la ho ngheo — corrected, and said to bà con', async () => {
    const post = sharedOf(await h().say('viet bai doc loa: tu 2027 ho duoi 1,9 trieu la ho ngheo', 'o2'));
    expect(post).toContain('Không đúng');
    expect(post).not.toMatch(/trợ lý/i);
    expect(post).not.toMatch(/\bBạn\b|\bbạn\b/u);
    expect(post).toContain('Bà con có thể hỏi');
  });

  it('soan giay moi hop binh xet ho ngheo: the template and what to say there name no trợ lý', async () => {
    const turn = await h().say('soan giay moi hop binh xet ho ngheo', 'o3');
    const template = sharedOf(turn).split('THƯ MỜI HỌP THÔN')[1] ?? '';
    expect(template).toContain('Kính mời');
    expect(template).not.toMatch(/trợ lý/i);
    expect(template).not.toMatch(/\bbạn\b/u);
  });
});
