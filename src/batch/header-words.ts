/**
 * A household list's header cells read as words, and the list column a cell names: what the list reader (households.ts)
 * and the chat (a table pasted into a message, core.ts) share, apart from the rest of the list reader so that the chat
 * does not load it (start-up).
 */
import { matchKey } from '../text/fold.ts';
import { phrasePositions } from '../text/lexicon/index.ts';
import { LIST_COLUMNS, NOT_A_COLUMN, type ListColumn } from '../text/lexicon/columns.ts';
import { expandIndicatorAbbreviations } from '../text/lexicon/household.ts';
import { BATCH_DEFAULTS } from './defaults.ts';

/** A header cell or an indicator name as words (matchKey: folded, anything but letters and digits a space). */
export const wordsOf = (text: string) => matchKey(text);

/** A phrase's parts (split at "…"), each as the one-phrase list phrasePositions reads and its number of words. */
type PhrasePart = { list: readonly string[]; words: number };
/** A phrase as holdsPhrase reads it: its parts, and every word of them (each must be among the words said). */
type PhraseParts = { parts: readonly PhrasePart[]; needed: readonly string[] };
/**
 * The parts of each phrase asked about, kept: phrasePositions compiles a phrase list once per list object, and a new
 * `[part]` on every call compiled it again for every cell of every row (the footer test reads each row; in the CPU
 * profile of a 100.000-row `cli batch`, phrasesByFirstWord was ~4% of the run, and its garbage more). A phrase may
 * come from the file (an indicator cell's words), so the map is emptied when full.
 */
const phraseParts = new Map<string, PhraseParts>();

function partsOf(phrase: string): PhraseParts {
  let parts = phraseParts.get(phrase);
  if (parts === undefined) {
    if (phraseParts.size >= BATCH_DEFAULTS.maxRememberedPhrases) phraseParts.clear();
    const split = phrase.split(' … ');
    parts = {
      parts: split.map((part) => ({ list: [part], words: part.split(' ').length })),
      needed: [...new Set(split.flatMap((part) => part.split(' ')))].filter(Boolean),
    };
    phraseParts.set(phrase, parts);
  }
  return parts;
}

/** Whether `word` is one of the space-separated `words` (as `words.split(' ').includes(word)`, without the split). */
export function hasWord(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || words.charCodeAt(at - 1) === 32) && (end === words.length || words.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/**
 * Whether `words` say `phrase` (the lexicon's phrase matcher, phrasePositions), "…" in the phrase letting any words
 * stand between its parts ("thu nhap … nguoi": "thu nhập (đồng/người/tháng)"). A phrase with a word that `words` do not
 * have is not said, found without splitting them: most are not (each indicator name against an indicator cell's words,
 * each footer phrase against a refused row's cells: ~9% of a 100.000-row `cli batch`, CPU profile 02/12/2026).
 */
export function holdsPhrase(words: string, phrase: string): boolean {
  const { parts, needed } = partsOf(phrase);
  for (const word of needed) if (!hasWord(words, word)) return false;
  const split = words.split(' ');
  let after = -1;
  for (const part of parts) {
    let first = Infinity;
    for (const position of phrasePositions(split, part.list)) if (position > after && position < first) first = position;
    if (first === Infinity) return false;
    after = first + part.words - 1;
  }
  return true;
}

/** The list column a header's words name (columns.ts), or null. */
function columnOfWords(words: string): ListColumn | null {
  if (!words || NOT_A_COLUMN.some((phrase) => holdsPhrase(words, phrase))) return null;
  return LIST_COLUMNS.find(({ phrases }) => phrases.some((phrase) => holdsPhrase(words, phrase)))?.column ?? null;
}

/** A header cell's words with the list's abbreviations written out (lexicon household.ts: "TN BQ" → "thu nhap binh quan", "KV" → "khu vuc"). */
export const shorthandWords = (words: string) => expandIndicatorAbbreviations(words.split(' ')).join(' ');

/**
 * The list column a header cell names (columns.ts), or null. `shorthand`: a cell naming none as written is read again with
 * its abbreviations written out ("TN bình quân", "Tổng TN/năm", "KV"); readHeader reads an indicator's column first.
 */
export function columnOfHeader(cell: string, shorthand = true): ListColumn | null {
  const words = wordsOf(cell);
  const column = columnOfWords(words);
  if (column !== null || !shorthand || !words) return column;
  const expanded = shorthandWords(words);
  return expanded === words ? null : columnOfWords(expanded);
}
