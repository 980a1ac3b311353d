/**
 * Vietnamese text pipeline shared by indexing and querying.
 *
 * Every word gets two keys:
 * - a folded key (no diacritics, đ → d, Telex/VNI leftovers decoded) so that "ho ngheo",
 *   "hooj ngheof" and "hộ nghèo" meet;
 * - an accented key (diacritics kept, tone mark in one canonical place) so that "hòa" and "hoà"
 *   meet while "bản" and "bán" stay apart, letting an accented query rank exact matches first.
 * Index terms are those keys plus adjacent-syllable pairs (compounds such as "hộ nghèo") and
 * administrative abbreviations expanded both ways (BHYT ↔ bảo hiểm y tế).
 */

import { accentKey, fold, wordKeys, type WordKeys } from '../text/fold.ts';
import { corpusRead, keptMemo, turnMemo } from '../text/turn.ts';
import { ABBREVIATIONS, EVERYDAY_WORDS, phraseAt } from '../text/lexicon/index.ts';

/**
 * A word, possibly followed by digit groups ("1.500.000", "2.1"); anything else separates words.
 * Invisible format characters (zero-width space/joiner, soft hyphen, BOM) pasted inside a word
 * belong to it, and are removed from its keys: "h\u200bộ" is "hộ". A % sign is a word of its own,
 * so the "phần trăm" people type can meet the "40%" the documents write (see EVERYDAY_WORDS).
 */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*(?:[.,]\p{N}+)*|%/gu;
const FORMAT_CHARS = /\p{Cf}/gu;
/** Punctuation that ends a phrase: compounds never span it. */
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”«»\n\r\t/\\|–—-]/u;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

export { accentKey, fold };

const NOT_ASCII = /[^\x00-\x7f]/;

export function hasDiacritics(text: string): boolean {
  // Plain ASCII folds to itself in lower case (most questions typed without diacritics): no folding needed.
  return NOT_ASCII.test(text) && fold(text) !== text.normalize('NFKC').toLowerCase();
}

/**
 * A folded Vietnamese syllable: onset, 1–3 vowels, coda. Doubled a/e/i/o never occur once folded
 * (the rare "xoong" loses to Telex "khoong" = "không", which is common).
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?!.*(?:aa|ee|ii|oo))[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/**
 * Undoes Telex or VNI keystrokes left in a folded word ("hooj" → "ho", "ngheof" → "ngheo",
 * "ddieeuf" → "dieu", "ho65" → "ho"). Only when the word is not already a syllable and the result is one,
 * so real words, numbers and names are never touched.
 */
function decodeKeystrokes(word: string): string {
  if (isSyllable(word) || !/[a-z]/.test(word)) return word;
  if (/\d/.test(word)) {
    if (!/^[a-z]/.test(word)) return word;
    const vni = word.replace(/d9/g, 'd').replace(/(?<=[a-z])0/g, 'o').replace(/[1-9]/g, '');
    return isSyllable(vni) ? vni : word;
  }
  const marksRemoved = word
    .replace(/^dd/, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/(?<=[aou])w/g, '')
    .replace(/w/g, 'u');
  const toneAtEnd = marksRemoved.replace(/(?<=[a-z])[sfrxjz]$/, '');
  if (isSyllable(toneAtEnd)) return toneAtEnd;
  // Tone typed right after the vowel ("tiesng"): drop one tone letter that follows a vowel.
  for (let i = 1; i < marksRemoved.length; i += 1) {
    if (/[sfrxjz]/.test(marksRemoved[i]!) && /[aeiouy]/.test(marksRemoved[i - 1]!)) {
      const candidate = marksRemoved.slice(0, i) + marksRemoved.slice(i + 1);
      if (isSyllable(candidate)) return candidate;
    }
  }
  return word;
}

/** What a compatibility form can bring in that is not part of a word ("⑴" → "(1)", "⒈" → "1."). */
const NOT_IN_WORD = /^[.,]+|[^\p{L}\p{M}\p{N}.,%]|[.,](?!\p{N})/gu;

/** The search's key of a word from its fold (src/text/fold.ts wordKeys). */
function searchFold(wordFolded: string): string {
  // Dropped here so that a key read again gives itself (searchKey is idempotent).
  const folded = wordFolded.replace(NOT_IN_WORD, '');
  if (THOUSANDS.test(folded)) return folded.replace(/\./g, '');
  // "TW" is Trung ương, not Telex for "tư".
  if (Object.hasOwn(ABBREVIATIONS, folded)) return folded;
  return decodeKeystrokes(folded);
}

/**
 * Texts reuse a small vocabulary, so each distinct word is analysed once (bounded, for odd inputs). Its fold and
 * accent key come from wordKeys, which the chat's topic reader shares: a question's words are normalised once. Only the
 * corpus's words are kept beyond a turn (readingCorpus); a question's, for its turn only (src/text/turn.ts).
 */
const wordKeysCache = keptMemo<WordKeys>('searchKeys');
const WORD_CACHE_LIMIT = 200_000;

/**
 * Lower-case ASCII letters and digits, as most words typed without diacritics are: their own fold and accent key (wordKeys),
 * no format character, nothing searchFold drops; so their two keys are searchFold's one, worked out without a memo.
 */
const PLAIN_WORD = /^[a-z0-9]+$/;

function keysOf(word: string): WordKeys {
  let keys = wordKeysCache.get(word);
  if (keys) return keys;
  if (PLAIN_WORD.test(word)) {
    const folded = searchFold(word);
    return { folded, accented: folded };
  }
  const memo = corpusRead() ? wordKeysCache : turnMemo<WordKeys>('searchKeys');
  keys = memo?.get(word);
  if (!keys) {
    const visible = word.replace(FORMAT_CHARS, '');
    const plain = wordKeys(visible);
    const folded = searchFold(plain.folded);
    // A decoded Telex/VNI word or a number has no spelling of its own to keep.
    const accented = folded !== plain.folded || THOUSANDS.test(visible) ? folded : plain.accented;
    keys = { folded, accented };
    if (memo === wordKeysCache && memo.size >= WORD_CACHE_LIMIT) memo.clear();
    memo?.set(word, keys);
  }
  return keys;
}

/** One word of a text: where it is, its two keys, and the phrase it belongs to. */
export interface Token {
  start: number;
  end: number;
  folded: string;
  accented: string;
  /** Increases at each phrase break; compounds are only formed inside one phrase. */
  phrase: number;
}

/** Control characters are dropped rather than matched; they only come from broken input. */
function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\p{Cc}/gu, (char) => (/[\n\r\t]/.test(char) ? char : ' '));
}

/** Splits text into words; offsets refer to `cleanText(text)`, which has the same length as the NFC text. */
export function tokenize(text: string): Token[] {
  const clean = cleanText(text);
  const tokens: Token[] = [];
  let phrase = 0;
  let last = 0;
  for (const match of clean.matchAll(WORD)) {
    if (PHRASE_BREAK.test(clean.slice(last, match.index))) phrase += 1;
    last = match.index + match[0].length;
    const { folded, accented } = keysOf(match[0]);
    if (!folded) continue;
    tokens.push({ start: match.index, end: last, folded, accented, phrase });
  }
  return tokens;
}

/** A word's accented key (see tokenize): a snippet reads it only for the words whose folded key matched. */
export function accentedKey(word: string): string {
  return keysOf(word).accented;
}

/** The text as the search sees it without diacritics: "Hộ  NGHÈO!" → "ho ngheo", "hooj ngheof" → "ho ngheo". */
export function searchKey(text: string): string {
  return tokenize(text)
    .map((token) => token.folded)
    .join(' ');
}

export type KeyKind = 'folded' | 'accented';

interface Expansion {
  folded: string[];
  accented: string[];
}

const EXPANSIONS = new Map<string, Expansion>(
  Object.entries(ABBREVIATIONS).map(([abbreviation, words]) => {
    const tokens = tokenize(words);
    return [abbreviation, { folded: tokens.map((t) => t.folded), accented: tokens.map((t) => t.accented) }];
  }),
);

/** Spelled-out names by their first word, so running text is scanned once. */
const EXPANSIONS_BY_FIRST_WORD: Record<KeyKind, Map<string, [string, string[]][]>> = { folded: new Map(), accented: new Map() };
for (const [abbreviation, expansion] of EXPANSIONS) {
  for (const kind of ['folded', 'accented'] as const) {
    const phrase = expansion[kind];
    const byFirst = EXPANSIONS_BY_FIRST_WORD[kind];
    byFirst.set(phrase[0]!, [...(byFirst.get(phrase[0]!) ?? []), [abbreviation, phrase]]);
  }
}

/**
 * Index or query terms of a text: each word's key, each adjacent pair inside a phrase joined by "_",
 * an abbreviation's expansion (words and pairs) next to the abbreviation, and the abbreviation next
 * to its spelled-out words.
 */
export function termsOf(text: string, kind: KeyKind): string[] {
  return termsOfTokens(tokenize(text), kind);
}

export function termsOfTokens(tokens: Token[], kind: KeyKind): string[] {
  // Runs on every passage at index build and on every question: no spreads, no intermediate arrays.
  const phrases = new Map<number, string[]>();
  for (const token of tokens) {
    let words = phrases.get(token.phrase);
    if (!words) phrases.set(token.phrase, (words = []));
    // The abbreviation itself comes back as a term when its expansion is detected below.
    const expansion = EXPANSIONS.get(token.folded);
    if (expansion) for (const word of expansion[kind]) words.push(word);
    else words.push(token[kind]);
  }
  const terms: string[] = [];
  const all: string[] = [];
  for (const words of phrases.values()) {
    for (const word of words) {
      terms.push(word);
      all.push(word);
    }
    for (let i = 1; i < words.length; i += 1) terms.push(`${words[i - 1]}_${words[i]}`);
  }
  // Across phrase breaks: "Lao động - Thương binh và Xã hội" is still LĐTBXH.
  addAbbreviations(all, kind, terms);
  return terms;
}

function addAbbreviations(words: string[], kind: KeyKind, found: string[]): void {
  const byFirst = EXPANSIONS_BY_FIRST_WORD[kind];
  for (let i = 0; i < words.length; i += 1) {
    const candidates = byFirst.get(words[i]!);
    if (!candidates) continue;
    for (const [abbreviation, phrase] of candidates) {
      if (phraseAt(words, i, phrase)) found.push(abbreviation);
    }
  }
}

const EVERYDAY_PHRASES = Object.entries(EVERYDAY_WORDS).map(([everyday, formal]) => ({
  words: everyday.split(' '),
  formal: tokenize(formal),
}));
const EVERYDAY_BY_FIRST_WORD = new Map<string, number[]>();
EVERYDAY_PHRASES.forEach(({ words }, p) => EVERYDAY_BY_FIRST_WORD.set(words[0]!, [...(EVERYDAY_BY_FIRST_WORD.get(words[0]!) ?? []), p]));

/** An everyday phrase found in a question, and the documents' words for it. */
export interface FormalAlternative {
  /** Positions of the everyday words in the question's tokens. */
  positions: number[];
  /** The documents' words, as tokens of a phrase of their own. */
  formal: Token[];
}

export function formalAlternatives(tokens: Token[]): FormalAlternative[] {
  // Phrases by their first word, so a question is scanned once; found in the order of EVERYDAY_WORDS, then of position.
  const matches: [number, number][] = [];
  tokens.forEach((token, i) => {
    for (const p of EVERYDAY_BY_FIRST_WORD.get(token.folded) ?? []) {
      const { words } = EVERYDAY_PHRASES[p]!;
      if (i + words.length <= tokens.length && phraseAt(tokens, i, words, (token) => token.folded)) matches.push([p, i]);
    }
  });
  matches.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const lastPhrase = tokens.at(-1)?.phrase ?? 0;
  return matches.map(([p, i], n) => {
    const { words, formal } = EVERYDAY_PHRASES[p]!;
    const phrase = lastPhrase + 1 + n;
    return { positions: words.map((_, j) => i + j), formal: formal.map((token) => ({ ...token, phrase })) };
  });
}
