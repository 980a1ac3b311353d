/**
 * A short extract of a passage around the words of the question, each run of matched words
 * marked as «…». The words are those the index found (where each is, its folded term id), so what
 * is marked is what matched, and the passage is not tokenized again.
 */

/** How many words a snippet shows, and how many it keeps before the first matched word. */
export interface SnippetWindow {
  words: number;
  before: number;
}

/** A passage's words as the index keeps them, in order. */
export interface SnippetWords {
  /** Where each word is in the passage's NFC text: [starts[i], ends[i]). */
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** Each word's folded term id: a matched word counts once per window whatever its spelling. */
  keys: ArrayLike<number>;
  /** 1 for the words that match the question. */
  matched: Uint8Array;
}

/** Whitespace that `replace(/\s+/g, ' ').trim()` would change: other than a space, two spaces, or a space at either end. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * @param text the passage's NFC text
 * @param weight how much a matched word counts when choosing the window (rarer words count more)
 */
export function makeSnippet(text: string, words: SnippetWords, weight: (key: number) => number, window: SnippetWindow): string {
  const { starts, ends, matched } = words;
  const count = starts.length;
  if (count === 0) return text.slice(0, 200).trim();
  const start = bestWindowStart(words, weight, window);
  const end = Math.min(count, start + window.words);

  let out = '';
  let cursor = starts[start]!;
  let open = false;
  for (let i = start; i < end; i += 1) {
    const isMatched = matched[i] === 1;
    const gap = text.slice(cursor, starts[i]);
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
    out += text.slice(starts[i], ends[i]);
    cursor = ends[i]!;
  }
  if (open) out += '»';
  // Keep the sentence-ending punctuation that follows the last word.
  const trailing = /^[.;:!?)”"]*/.exec(text.slice(ends[end - 1]))?.[0] ?? '';
  out += trailing;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < count ? ' …' : '';
  // Runs of spaces become one space: most snippets have none, and the test costs less than the replacement.
  const tidy = UNTIDY_SPACE.test(out) ? out.replace(/\s+/g, ' ').trim() : out;
  return `${prefix}${tidy}${suffix}`;
}

/**
 * Start of the window holding the most weight of distinct matched words, windows starting a few
 * words before each matched word; one pass, the window sliding forward (the first wins a tie).
 */
function bestWindowStart({ keys, matched }: SnippetWords, weight: (key: number) => number, window: SnippetWindow): number {
  const count = matched.length;
  const weights = new Map<number, number>();
  const weightOf = (key: number) => {
    let value = weights.get(key);
    if (value === undefined) weights.set(key, (value = weight(key)));
    return value;
  };
  const inWindow = new Map<number, number>();
  let score = 0;
  let low = 0;
  let high = 0;
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0; i < count; i += 1) {
    if (!matched[i]) continue;
    const start = Math.max(0, i - window.before);
    const end = Math.min(count, start + window.words);
    for (; high < end; high += 1) {
      if (!matched[high]) continue;
      const key = keys[high]!;
      const held = inWindow.get(key) ?? 0;
      if (held === 0) score += weightOf(key);
      inWindow.set(key, held + 1);
    }
    for (; low < start; low += 1) {
      if (!matched[low]) continue;
      const key = keys[low]!;
      const held = inWindow.get(key)!;
      if (held === 1) score -= weightOf(key);
      inWindow.set(key, held - 1);
    }
    // Sums made in another order differ in the last bits: a hair of slack keeps the first of equal windows.
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestStart = start;
    }
  }
  return bestStart;
}
