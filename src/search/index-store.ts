/**
 * The passage index. Each passage is analysed once, here, and everything the search needs later is
 * kept in flat typed arrays (and on disk with them, see index-cache.ts):
 * - postings: for each term and field, the passages holding it and how often, for BM25+;
 * - per passage: the distinct terms of each field (BM25's field length) and its words in order
 *   (term ids, for exact-phrase re-ranking), and whether it reports past results.
 *
 * MiniSearch did this job before; it keeps each posting in a Map entry (about 45 bytes), which made
 * our index (word pairs and exact spellings on top of the words) 2.9× plain MiniSearch at 50,000
 * passages. Its BM25+ is kept as it was (same formula and parameters, see SEARCH_DEFAULTS.bm25).
 */
import { deserialize, serialize } from 'node:v8';
import type { Passage } from '../corpus/types.ts';
import { isReportHeading } from '../text/lexicon/index.ts';
import { fold, termsOf, termsOfTokens, tokenize } from './normalize.ts';
import { readingCorpus } from '../text/turn.ts';

/**
 * `body` and `heading` (the passage's own heading path) hold folded words and pairs; `document` what
 * every passage of a document shares (title, number, issuer, province); `bodyExact` and
 * `headingExact` the accented words. `pairExact` holds the accented pairs of heading and body: it is
 * not scored, it only tells whether a passage spells a compound exactly as an accented question does.
 */
export const FIELDS = ['body', 'heading', 'document', 'bodyExact', 'headingExact', 'pairExact'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD = Object.fromEntries(FIELDS.map((field, i) => [field, i])) as Record<Field, number>;
const FIELD_COUNT = FIELDS.length;

/** A preamble has no heading of its own: it is about the document as a whole, so its title heads it. */
export function headingPath(passage: Passage): string[] {
  return passage.headings.length > 0 ? passage.headings : [passage.title];
}

export function documentText(passage: Passage): string {
  return [passage.title, passage.docType, passage.docNumber, passage.issuer, passage.province, passage.provinceNow]
    .filter((part): part is string => Boolean(part))
    .join('\n');
}

export interface PassageIndex {
  /** Passage ids in index order (the order of the passages given to buildIndex). */
  ids: string[];
  /** Term → id; `termList[id]` is the term. */
  terms: Map<string, number>;
  termList: string[];
  /**
   * Postings of term t in field f: `docs`/`freqs` from `offsets[t * FIELDS.length + f]` to the next offset.
   * In the `document` field they list document groups, not passages (see `groupOf`).
   */
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  /** Distinct terms of passage p in field f at `p * FIELDS.length + f` (BM25's field length, as MiniSearch counts it). */
  fieldLengths: Uint16Array;
  averageFieldLengths: Float64Array;
  /** Passages whose folded fields (body, heading, document) hold each term. */
  documentFrequency: Uint32Array;
  /**
   * Passages with the same document text (title, number, issuer, province) are one document group:
   * their `document` field is the same, so its postings list each group once (a long document's
   * passages made its title's words the longest posting lists). `groupOf[p]` is passage p's group;
   * a group's passages are `groupPassages` from `groupOffsets[g]` to `groupOffsets[g + 1]`, in order;
   * `documentPassages[t]` counts the passages whose `document` field holds term t (BM25's matching count).
   */
  groupOf: Uint32Array;
  groupOffsets: Uint32Array;
  groupPassages: Uint32Array;
  documentPassages: Uint32Array;
  /** Folded words of passage p's heading path then text, as term ids: `words` from `wordOffsets[p]` to `wordOffsets[p + 1]`. */
  wordOffsets: Uint32Array;
  words: Uint32Array;
  /** Where each word of passage p's text is (NFC offsets), for its snippet: `textStarts`/`textEnds` from `textOffsets[p]` to `textOffsets[p + 1]`. */
  textOffsets: Uint32Array;
  textStarts: Uint32Array;
  textEnds: Uint32Array;
  /** 1 when the passage is under a heading that reports past results ("Kết quả đạt được"). */
  report: Uint8Array;
}

/** A Uint32Array that grows as values are pushed. */
class Growable {
  values = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Uint32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }
  done(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** A word pair ("ho_ngheo"), indexed beside the single words. */
/** What joins the two words of a pair term ("ho_ngheo", normalize.ts termsOfTokens). */
export const PAIR_JOINER = '_';
export const isPair = (term: string) => term.includes(PAIR_JOINER);
/** The fields of folded terms (counted in document frequency); the exact fields follow them in FIELDS. */
export const FOLDED_FIELDS = [FIELD.body, FIELD.heading, FIELD.document];

/** The index of the corpus's passages: its words are the corpus's, kept beyond a turn (readingCorpus, src/text/turn.ts). */
export function buildIndex(passages: Passage[]): PassageIndex {
  return readingCorpus(() => indexBuilt(passages));
}

function indexBuilt(passages: Passage[]): PassageIndex {
  const terms = new Map<string, number>();
  const termList: string[] = [];
  const idOf = (term: string): number => {
    let id = terms.get(term);
    if (id === undefined) {
      id = termList.length;
      terms.set(term, id);
      termList.push(term);
    }
    return id;
  };
  // Per passage, its (slot, frequency) entries in slot order; slot = term * FIELD_COUNT + field.
  const entrySlots = new Growable();
  const entryFreqs = new Growable();
  const entryStarts = new Uint32Array(passages.length + 1);
  const fieldLengths = new Uint16Array(passages.length * FIELD_COUNT);
  const averageFieldLengths = new Float64Array(FIELD_COUNT);
  const documentFrequency: number[] = [];
  const seenIn: number[] = [];
  const wordOffsets = new Uint32Array(passages.length + 1);
  const words = new Growable();
  const textOffsets = new Uint32Array(passages.length + 1);
  const textStarts = new Growable();
  const textEnds = new Growable();
  const report = new Uint8Array(passages.length);
  // Every passage of a document has the same document fields: analysed once per distinct text, its group.
  const documentTerms = new Map<string, { group: number; ids: number[] }>();
  const groupOf = new Uint32Array(passages.length);
  const documentPassages: number[] = [];
  const fieldTerms: number[][] = Array.from({ length: FIELD_COUNT }, () => []);

  passages.forEach((passage, p) => {
    const bodyTokens = tokenize(passage.text);
    const headingTokens = tokenize(headingPath(passage).join('\n'));
    const text = documentText(passage);
    let documentGroup = documentTerms.get(text);
    const firstOfGroup = documentGroup === undefined;
    if (documentGroup === undefined) {
      documentGroup = { group: documentTerms.size, ids: termsOf(text, 'folded').map(idOf) };
      documentTerms.set(text, documentGroup);
    }
    groupOf[p] = documentGroup.group;
    const documentIds = documentGroup.ids;
    const bodyAccented = termsOfTokens(bodyTokens, 'accented');
    const headingAccented = termsOfTokens(headingTokens, 'accented');
    fieldTerms[FIELD.body] = termsOfTokens(bodyTokens, 'folded').map(idOf);
    fieldTerms[FIELD.heading] = termsOfTokens(headingTokens, 'folded').map(idOf);
    fieldTerms[FIELD.document] = documentIds;
    fieldTerms[FIELD.bodyExact] = bodyAccented.filter((term) => !isPair(term)).map(idOf);
    fieldTerms[FIELD.headingExact] = headingAccented.filter((term) => !isPair(term)).map(idOf);
    fieldTerms[FIELD.pairExact] = [...headingAccented, ...bodyAccented].filter(isPair).map(idOf);

    const entries: number[] = [];
    fieldTerms.forEach((ids, field) => {
      const sorted = Uint32Array.from(ids).sort();
      let distinct = 0;
      for (let i = 0; i < sorted.length; ) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i]) j += 1;
        // A group's document postings are listed once, with its first passage (see the counting sort below).
        if (field !== FIELD.document || firstOfGroup) entries.push(sorted[i]! * FIELD_COUNT + field, j - i);
        if (field === FIELD.document) documentPassages[sorted[i]!] = (documentPassages[sorted[i]!] ?? 0) + 1;
        distinct += 1;
        if (field < FOLDED_FIELDS.length && seenIn[sorted[i]!] !== p) {
          seenIn[sorted[i]!] = p;
          documentFrequency[sorted[i]!] = (documentFrequency[sorted[i]!] ?? 0) + 1;
        }
        i = j;
      }
      fieldLengths[p * FIELD_COUNT + field] = Math.min(0xffff, distinct);
      // MiniSearch's running average, so BM25 weighs field lengths as it did.
      averageFieldLengths[field] = (averageFieldLengths[field]! * p + distinct) / (p + 1);
    });
    for (let i = 0; i < entries.length; i += 2) {
      entrySlots.push(entries[i]!);
      entryFreqs.push(entries[i + 1]!);
    }
    entryStarts[p + 1] = entrySlots.length;

    for (const token of headingTokens) words.push(idOf(token.folded));
    for (const token of bodyTokens) {
      words.push(idOf(token.folded));
      textStarts.push(token.start);
      textEnds.push(token.end);
    }
    wordOffsets[p + 1] = words.length;
    textOffsets[p + 1] = textStarts.length;
    report[p] = passage.headings.some((heading) => isReportHeading(fold(heading))) ? 1 : 0;
  });

  // Postings grouped by slot, each list in passage order (counting sort on the slot); document postings
  // hold the group, and groups are numbered in the order of their first passages.
  const slotCount = termList.length * FIELD_COUNT;
  const offsets = new Uint32Array(slotCount + 1);
  for (let e = 0; e < entrySlots.length; e += 1) offsets[entrySlots.values[e]! + 1]! += 1;
  for (let s = 0; s < slotCount; s += 1) offsets[s + 1]! += offsets[s]!;
  const next = offsets.slice(0, slotCount);
  const docs = new Uint32Array(entrySlots.length);
  const freqs = new Uint16Array(entrySlots.length);
  for (let p = 0; p < passages.length; p += 1) {
    for (let e = entryStarts[p]!; e < entryStarts[p + 1]!; e += 1) {
      const slot = entrySlots.values[e]!;
      const at = next[slot]!++;
      docs[at] = slot % FIELD_COUNT === FIELD.document ? groupOf[p]! : p;
      freqs[at] = Math.min(0xffff, entryFreqs.values[e]!);
    }
  }
  return {
    ids: passages.map((passage) => passage.id),
    terms,
    termList,
    offsets,
    docs,
    freqs,
    fieldLengths,
    averageFieldLengths,
    documentFrequency: Uint32Array.from({ length: termList.length }, (_, t) => documentFrequency[t] ?? 0),
    ...groupsOf(groupOf, documentTerms.size),
    documentPassages: Uint32Array.from({ length: termList.length }, (_, t) => documentPassages[t] ?? 0),
    wordOffsets,
    words: words.done(),
    textOffsets,
    textStarts: textStarts.done(),
    textEnds: textEnds.done(),
    report,
  };
}

/** Each group's passages, in order (counting sort on the group). */
function groupsOf(groupOf: Uint32Array, groups: number): Pick<PassageIndex, 'groupOf' | 'groupOffsets' | 'groupPassages'> {
  const groupOffsets = new Uint32Array(groups + 1);
  for (const group of groupOf) groupOffsets[group + 1]! += 1;
  for (let g = 0; g < groups; g += 1) groupOffsets[g + 1]! += groupOffsets[g]!;
  const next = groupOffsets.slice(0, groups);
  const groupPassages = new Uint32Array(groupOf.length);
  groupOf.forEach((group, p) => (groupPassages[next[group]!++] = p));
  return { groupOf, groupOffsets, groupPassages };
}

/** Postings of a term in a field: [start, end) into `docs` and `freqs` (groups in the `document` field). */
export function postings(index: PassageIndex, term: number, field: number): [number, number] {
  const slot = term * FIELD_COUNT + field;
  return [index.offsets[slot]!, index.offsets[slot + 1]!];
}

/** The index for the on-disk cache: V8's structured serialisation keeps the typed arrays as bytes. */
export function serializeIndex(index: PassageIndex): Buffer {
  const { terms: _terms, ...stored } = index;
  return serialize(stored);
}

export function deserializeIndex(bytes: Buffer): PassageIndex {
  const stored = deserialize(bytes) as Omit<PassageIndex, 'terms'>;
  if (!Array.isArray(stored?.termList) || !Array.isArray(stored.ids) || !consistent(stored)) throw new Error('not a search index');
  // A plain loop: ~13.000 terms as [term, id] pairs for new Map() was ~2× the time of setting them one by one (start-up).
  const terms = new Map<string, number>();
  const { termList } = stored;
  for (let id = 0; id < termList.length; id += 1) terms.set(termList[id]!, id);
  return { ...stored, terms };
}

/** The arrays have the lengths the passages and terms call for (a damaged file that still reads as data fails here). */
function consistent(index: Omit<PassageIndex, 'terms'>): boolean {
  const passages = index.ids.length;
  const terms = index.termList.length;
  return (
    index.offsets instanceof Uint32Array &&
    index.offsets.length === terms * FIELD_COUNT + 1 &&
    index.docs instanceof Uint32Array &&
    index.freqs instanceof Uint16Array &&
    index.docs.length === index.offsets[terms * FIELD_COUNT] &&
    index.freqs.length === index.docs.length &&
    index.fieldLengths instanceof Uint16Array &&
    index.fieldLengths.length === passages * FIELD_COUNT &&
    index.averageFieldLengths instanceof Float64Array &&
    index.averageFieldLengths.length === FIELD_COUNT &&
    index.documentFrequency instanceof Uint32Array &&
    index.documentFrequency.length === terms &&
    index.groupOf instanceof Uint32Array &&
    index.groupOf.length === passages &&
    index.groupOffsets instanceof Uint32Array &&
    index.groupOffsets[index.groupOffsets.length - 1] === passages &&
    index.groupPassages instanceof Uint32Array &&
    index.groupPassages.length === passages &&
    index.documentPassages instanceof Uint32Array &&
    index.documentPassages.length === terms &&
    index.wordOffsets instanceof Uint32Array &&
    index.wordOffsets.length === passages + 1 &&
    index.words instanceof Uint32Array &&
    index.words.length === index.wordOffsets[passages] &&
    index.textOffsets instanceof Uint32Array &&
    index.textOffsets.length === passages + 1 &&
    index.textStarts instanceof Uint32Array &&
    index.textEnds instanceof Uint32Array &&
    index.textStarts.length === index.textOffsets[passages] &&
    index.textEnds.length === index.textStarts.length &&
    index.report instanceof Uint8Array &&
    index.report.length === passages
  );
}
