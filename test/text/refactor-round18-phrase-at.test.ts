import { describe, expect, it } from 'vitest';
import { phraseAt, phraseEndingAt } from '../../src/text/lexicon/index.ts';

// The one exact phrase matcher (lexicon index.ts), read in a resident's words: "nha tui co 4 nguoi o que".
const words = 'nha tui co 4 nguoi o que'.split(' ');

describe('phraseAt / phraseEndingAt', () => {
  it('says whether the words stand one after another at a position, with no filler between them', () => {
    expect(phraseAt(words, 0, ['nha', 'tui'])).toBe(true);
    expect(phraseAt(words, 3, ['4', 'nguoi'])).toBe(true);
    expect(phraseAt(words, 0, ['nha', 'co'])).toBe(false);
    expect(phraseEndingAt(words, 5, ['4', 'nguoi'])).toBe(true);
    expect(phraseEndingAt(words, 7, ['o', 'que'])).toBe(true);
  });

  it('is false before the start and past the end, true for an empty phrase', () => {
    expect(phraseAt(words, -1, ['nha'])).toBe(false);
    expect(phraseEndingAt(words, 1, ['x', 'nha'])).toBe(false);
    expect(phraseAt(words, 6, ['que', 'ngoai'])).toBe(false);
    expect(phraseAt(words, 2, [])).toBe(true);
  });

  it('reads a token through `key` (the privacy mask’s folded words), a missing token being false', () => {
    const tokens = ['Nhà', 'tui', 'ở', 'Ấp', '3'].map((word) => ({ word, folded: word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() }));
    expect(phraseAt(tokens, 3, ['ap', '3'], (token) => token.folded)).toBe(true);
    expect(phraseAt(tokens, 4, ['3', 'khu'], (token) => token.folded)).toBe(false);
    expect(phraseEndingAt(tokens, tokens.length, ['ap', '3'], (token) => token.folded)).toBe(true);
  });
});
