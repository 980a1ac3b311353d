/**
 * Round 38 (helper "speed39", issue 11): one reading of the document a message names. /api/ask read "nd 351 ho ngheo dc j" for a
 * document named four times (its answer, the province's documents list, the topic's basis twice); within a turn the later
 * readings are the first (src/chat/documents.ts documentAsked, turnMemo), the same answer. Was: read afresh each time.
 */
import { describe, expect, it } from 'vitest';
import { documentAsked } from '../../src/chat/documents.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { duringTurnNow, turnMemo } from '../../src/text/turn.ts';

const { documents } = loadCorpus();

describe('one reading of the document a message names', () => {
  it('"nghi quyet 41 tinh uy hung yen noi j" read twice in a turn: the same reading, kept by the turn only', () => {
    const typed = 'nghi quyet 41 tinh uy hung yen noi j';
    const [first, second, kept] = duringTurnNow(() => [documentAsked(typed, documents), documentAsked(typed, documents), turnMemo('documentAsked')?.size] as const);
    expect(first?.found.map((document) => document.number)).toContain('41-NQ/TU');
    expect(second).toBe(first);
    expect(kept).toBe(1);
    const again = documentAsked(typed, documents);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('"nd 125/2025 la gi" against no documents and against the corpus: each its own reading', () => {
    duringTurnNow(() => {
      const none = documentAsked('nd 125/2025 la gi', []);
      const corpus = documentAsked('nd 125/2025 la gi', documents);
      expect(none?.found).toEqual([]);
      expect(corpus).toEqual(duringTurnNow(() => documentAsked('nd 125/2025 la gi', documents)));
    });
  });
});
