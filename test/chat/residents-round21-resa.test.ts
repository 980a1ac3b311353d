/**
 * Round 21 (resa): residents' words as typed on a cheap phone (no diacritics, "dc", "ko", "tui", "hok"), each played through the
 * chat core and, where the question stands alone, /api/ask: both give the same answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T04:00:00Z');
const TODAY = '2026-12-04';

async function opened(): Promise<Harness> {
  harness = await openHarness({ now: DECEMBER });
  return harness;
}

/** The chat's answer and /api/ask's to one question standing alone. */
async function both(question: string): Promise<[string, string]> {
  const h = await opened();
  return [(await h.say(question)).text, askApiText(question, TODAY)];
}

describe('a class\'s supports asked today: /api/ask lists them with their status, as the chat does (was the explainer passage)', () => {
  it.each([
    ['ho can ngheo dc ho tro gi', 'Hỗ trợ cho hộ cận nghèo (áp dụng ngày 04/12/2026)'],
    ['ho ngheo duoc ho tro nhung gi', 'Hỗ trợ cho hộ nghèo (áp dụng ngày 04/12/2026)'],
    ['can ngheo thi dc huong gi vay ad', 'Hỗ trợ cho hộ cận nghèo (áp dụng ngày 04/12/2026)'],
  ])('"%s"', async (typed, heading) => {
    for (const text of await both(typed)) {
      expect(text, typed).toContain(heading);
      expect(text, typed).toContain('Vay vốn tín dụng chính sách');
      expect(text, typed).toContain('(tham khảo)');
      expect(text, typed).not.toContain('Giải thích ngắn');
    }
  });
});
