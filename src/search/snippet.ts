/**
 * A short extract of a passage around the words of the question, each run of matched words
 * marked as «…». Offsets come from the same tokenizer as the index, so what is marked is what matched.
 */
import { tokenize, type Token } from './normalize.ts';
import { SEARCH_DEFAULTS } from './defaults.ts';

/** How many words a snippet shows, and how many it keeps before the first matched word. */
export interface SnippetWindow {
  words: number;
  before: number;
}
const DEFAULT_WINDOW: SnippetWindow = { words: SEARCH_DEFAULTS.snippetWords, before: SEARCH_DEFAULTS.snippetWordsBefore };

/**
 * @param isMatch whether a passage word is one of the question's words
 * @param weight how much a matched word counts when choosing the window (rarer words count more)
 */
export function makeSnippet(
  text: string,
  isMatch: (token: Token) => boolean,
  weight: (folded: string) => number,
  window: SnippetWindow = DEFAULT_WINDOW,
  /** The text's tokens when already known (the index keeps where each word is), else it is tokenized. */
  known?: (clean: string) => Token[],
): string {
  const clean = text.normalize('NFC');
  const tokens = known ? known(clean) : tokenize(clean);
  if (tokens.length === 0) return clean.slice(0, 200).trim();
  const matched = tokens.map(isMatch);
  const start = bestWindowStart(tokens, matched, weight, window);
  const end = Math.min(tokens.length, start + window.words);
  const shown = tokens.slice(start, end);

  let out = '';
  let cursor = shown[0]!.start;
  let open = false;
  shown.forEach((token, i) => {
    const isMatched = matched[start + i]!;
    const gap = clean.slice(cursor, token.start);
    // A run continues across spaces only: "«hộ cận nghèo»", but "«hộ nghèo», «cận nghèo»".
    if (open && (!isMatched || /\S/.test(gap))) {
      out += '»';
      open = false;
    }
    out += gap;
    if (isMatched && !open) {
      out += '«';
      open = true;
    }
    out += clean.slice(token.start, token.end);
    cursor = token.end;
  });
  if (open) out += '»';
  const last = shown.at(-1)!;
  // Keep the sentence-ending punctuation that follows the last word.
  const trailing = /^[.;:!?)”"]*/.exec(clean.slice(last.end))?.[0] ?? '';
  out += trailing;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < tokens.length ? ' …' : '';
  return `${prefix}${out.replace(/\s+/g, ' ').trim()}${suffix}`;
}

/**
 * Start of the window holding the most weight of distinct matched words, windows starting a few
 * words before each matched word; one pass, the window sliding forward (the first wins a tie).
 */
function bestWindowStart(tokens: Token[], matched: boolean[], weight: (folded: string) => number, window: SnippetWindow): number {
  const weights = new Map<string, number>();
  const weightOf = (folded: string) => {
    let value = weights.get(folded);
    if (value === undefined) weights.set(folded, (value = weight(folded)));
    return value;
  };
  const inWindow = new Map<string, number>();
  let score = 0;
  let low = 0;
  let high = 0;
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!matched[i]) continue;
    const start = Math.max(0, i - window.before);
    const end = Math.min(tokens.length, start + window.words);
    for (; high < end; high += 1) {
      if (!matched[high]) continue;
      const folded = tokens[high]!.folded;
      const count = inWindow.get(folded) ?? 0;
      if (count === 0) score += weightOf(folded);
      inWindow.set(folded, count + 1);
    }
    for (; low < start; low += 1) {
      if (!matched[low]) continue;
      const folded = tokens[low]!.folded;
      const count = inWindow.get(folded)!;
      if (count === 1) score -= weightOf(folded);
      inWindow.set(folded, count - 1);
    }
    // Sums made in another order differ in the last bits: a hair of slack keeps the first of equal windows.
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestStart = start;
    }
  }
  return bestStart;
}
