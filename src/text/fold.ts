/**
 * The one matching key for Vietnamese typed with or without diacritics, shared by corpus, search,
 * rules and chat: compatibility forms unified (NFKC), lower case, marks removed, and đ → d (đ has no
 * Unicode decomposition). Characters other than marks are kept, so offsets stay comparable.
 */
import { corpusRead, keptMemo, turnMemo } from './turn.ts';

const ALL_MARKS = /\p{M}/gu;
/** ASCII is its own NFKC, NFD and NFC and holds no mark nor đ: lower case is all folding and accent keys do to it. */
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/**
 * The key words are compared by: folded, anything but letters and digits (punctuation, emoji) a space, single
 * spaces. Chat answers and labels, batch headers and indicator cells are all read with it.
 */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The five tone marks after NFD; the other Vietnamese marks (ˆ, ˘, horn) change the vowel itself. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL_WITH_MARKS = /[aeiouy][\u0302\u0306\u031b]*/g;

/** Lower case NFC with the tone mark moved after the last vowel: "hòa" and "hoà" give the same key. */
export function accentKey(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const decomposed = word.normalize('NFKC').toLowerCase().normalize('NFD');
  const tone = decomposed.match(TONE_MARKS)?.[0];
  const bare = decomposed.replace(TONE_MARKS, '');
  if (!tone) return bare.normalize('NFC');
  let end = -1;
  for (const match of bare.matchAll(VOWEL_WITH_MARKS)) end = match.index + match[0].length;
  if (end < 0) return bare.normalize('NFC');
  return (bare.slice(0, end) + tone + bare.slice(end)).normalize('NFC');
}

/** A word's two keys: without diacritics (fold) and with them in one canonical spelling (accentKey). */
export interface WordKeys {
  readonly folded: string;
  readonly accented: string;
}

/**
 * The corpus reuses a small vocabulary: each distinct word's keys are worked out once (bounded). Only the corpus's words are
 * kept beyond a turn (readingCorpus): a word a person typed (a name, a phone number) is kept for its turn only (turnMemo).
 */
const wordKeysMemo = keptMemo<WordKeys>('wordKeys');
const WORD_KEYS_MEMO = 100_000;

/**
 * fold(word) and accentKey(word), worked out once per distinct word and shared by every reader of a question: the chat's
 * topic reader (writtenForm, through the lexicon's spoken forms) and the search's analysis (src/search/normalize.ts) read
 * the same words of the same question, and these Unicode normalisations were most of the cost of each reading.
 */
export function wordKeys(word: string): WordKeys {
  let keys = wordKeysMemo.get(word);
  if (keys !== undefined) return keys;
  const memo = corpusRead() ? wordKeysMemo : turnMemo<WordKeys>('wordKeys');
  keys = memo?.get(word);
  if (keys === undefined) {
    keys = { folded: fold(word), accented: accentKey(word) };
    if (memo === wordKeysMemo && memo.size >= WORD_KEYS_MEMO) memo.clear();
    memo?.set(word, keys);
  }
  return keys;
}
