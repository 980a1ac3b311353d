/**
 * Round 17 (supports): residents asking about supports and the procedure in one message, in the chat and through /api/ask.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round17-supports');

describe('renting a room, the review asked', () => {
  it.each(['nha tui o tro co dc xet ho ngheo ko', 'o tro co duoc xet ho ngheo khong'])('"%s": the renting explainer', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).toContain('Nhà thuê, nhà trọ không phải là điều kiện riêng');
      expect(text).not.toContain('Tỉnh ủy');
    }
  });
});
