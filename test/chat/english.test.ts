/**
 * A question in English (findings3 item 19) is in scope but unreadable here: the answer asks politely, in
 * Vietnamese, to ask again in Vietnamese (with examples), instead of "ngoài phạm vi". Vietnamese typed without
 * diacritics that holds a few English-looking words ("can" = cần, "the" = thẻ) is still read as Vietnamese.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { notFoundReply } from '../../src/chat/answers.ts';
import { writtenInEnglish } from '../../src/text/lexicon/index.ts';
import { matchKey } from '../../src/text/fold.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('a question in English', () => {
  it('chat: "What support can a poor household get in Vietnam?" asks to write in Vietnamese, not "ngoài phạm vi"', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-01T03:00:00Z') });
    const { text } = await harness.say('What support can a poor household get in Vietnam?');
    expect(text).toContain('Bạn hỏi lại bằng tiếng Việt giúp mình');
    expect(text).not.toContain('ngoài phạm vi');
  });

  it('/api/ask’s no-answer text says the same', () => {
    const text = notFoundReply('What support can a poor household get in Vietnam?').spans.map((span) => span.text).join('');
    expect(text).toContain('Bạn hỏi lại bằng tiếng Việt giúp mình');
  });

  it.each(['ho ngheo can lam gi', 'the bhyt het han thi lam sao', 'giá vàng hôm nay', 'do la gi'])('“%s” is not English', (question) => {
    expect(writtenInEnglish(question, matchKey(question).split(' '))).toBe(false);
  });
});
