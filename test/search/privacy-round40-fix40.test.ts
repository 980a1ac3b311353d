/**
 * Round 40 fix40: nothing a person types outlives their turn but the corpus's words (src/text/turn.ts). The search engine's memo
 * of each term's facts (index id, rarity, folded form) keeps only terms the index holds; was every term of every question asked,
 * a name the corpus never uses too, up to 100.000 of them for as long as the server ran.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { duringTurnNow, keptTexts } from '../../src/text/turn.ts';

const ASKED = 'ba Tran Thi Quynh o thon 3 muon vay von ho ngheo thi lam sao';
/** The name's words the corpus never uses, as typed and folded. */
const NAME = ['quynh', 'quýnh'];

describe('a question\'s words the corpus never uses are not kept after its turn', () => {
  it(`"${ASKED}": the search answers, "quynh" is held by no memo after the turn, "vay" (a corpus word) is`, () => {
    const engine = createSearchEngine(loadCorpus());
    const before = new Set(keptTexts());
    const vay = () => keptTexts().filter((key) => key === 'vay').length;
    const vayBefore = vay();
    const results = duringTurnNow(() => engine.search(ASKED));
    expect(results.length).toBeGreaterThan(0);
    const kept = keptTexts().filter((key) => !before.has(key));
    expect(kept.filter((key) => NAME.some((word) => key.includes(word)))).toEqual([]);
    // The memo is the one seen: a corpus word asked is kept once more (the memo still saves its work between questions).
    expect(vay()).toBe(vayBefore + 1);
  });
});
