/**
 * Round 20 (law helper, 04/12/2026): the law of December 2026 / January 2027 as outreach staff and residents ask it. Each case
 * fails on the round-19 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(TESTED_ON, 'law20law');

describe('electricity support under QĐ 14/2025 (who lists and pays it: not known)', () => {
  // Was "Nơi làm: UBND cấp xã lập danh sách và chi trả." (QĐ 28/2014's way) under a support whose keeping is not known.
  it.each(['ho ngheo co dc ho tro tien dien ko', 'tu thang 1 nam sau nha tui ho ngheo con dc tien dien hok'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Quyết định 14/2025/QĐ-TTg');
      expect(text).not.toContain('lập danh sách và chi trả.');
      expect(text).toContain('nơi lập danh sách và chi trả theo văn bản mới chưa rõ');
    }
  });
});
