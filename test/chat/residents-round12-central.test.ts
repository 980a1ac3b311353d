/**
 * Round 12 (findings35 N35-21, an outside tester playing residents on Zalo): a Central question "nha o mô … o ni co dc ko"
 * (where must we live; can we here) is about the review, never housing support ("nhà ở"). Asked on 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-03T03:00:00Z'), 'round12-central');

describe('"nha o mô thi dc xet ho ngheo, o ni co dc ko" asks about the review, not housing (N35-21)', () => {
  it.each(['nha o mô thi dc xet ho ngheo, o ni co dc ko', 'nhà ở mô thì được xét hộ nghèo, ở ni có được không', 'nha o dau thi dc xet ho can ngheo'])(
    '"%s"',
    async (question) => {
      const text = await first(question);
      expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
      expect(text).toContain('UBND cấp xã');
    },
  );

  it('"ho ngheo dc ho tro nha o ko" is still housing', async () => {
    expect(await first('ho ngheo dc ho tro nha o ko')).toMatch(/^Hỗ trợ nhà ở/);
  });
});
