/**
 * Question → ranked passages. Every passage holding a term of the question (folded, and accented
 * when the question has diacritics) gets its BM25+ score from the index's postings and the set of
 * question terms it holds; the relevance floor and the share of the question's content it holds
 * (exact spellings first) decide which count and how much, with province preference and a penalty
 * for reports of past results. Exact phrases raise a score at most by SEARCH_DEFAULTS.maxPhraseBonus,
 * so they are computed only for passages that can still reach the results shown (top-k from a heap,
 * no sort of every hit); snippets are made when a result's `snippet` is first read.
 */
import type { Corpus, Passage } from '../corpus/types.ts';
import type { SearchEngine, SearchOptions, SearchResult } from './types.ts';
import { fold, formalAlternatives, hasDiacritics, termsOfTokens, tokenAt, tokenize, type Token } from './normalize.ts';
import { buildIndex, FIELD, FIELDS, FOLDED_FIELDS, isPair, postings, type PassageIndex } from './index-store.ts';
import { loadOrBuildIndex } from './index-cache.ts';
import { makeSnippet } from './snippet.ts';
import { SEARCH_DEFAULTS, type SearchTunables } from './defaults.ts';
import { ABBREVIATIONS, asksEntitlement, findSpoken, inScope, phrasePositions, provinceKey, QUESTION_WORDS } from '../text/lexicon/index.ts';
import { loadCorpus } from '../corpus/load.ts';

export const DEFAULT_LIMIT = SEARCH_DEFAULTS.limit;

/** Question words (lexicon): kept in phrases, but a passage does not become relevant by sharing them. */
const ASKING_WORDS = new Set(QUESTION_WORDS.words);

const EXACT_FIELDS = [FIELD.bodyExact, FIELD.headingExact];

/** A term looked up in the index: in which fields, and whether it adds to BM25 or only tells that a passage holds it. */
interface QueryTerm {
  term: string;
  fields: readonly number[];
  scored: boolean;
}

/** A content word or pair of the question: its position among the query terms (-1: never matched) and its weight. */
interface Unit {
  at: number;
  idf: number;
  /** Position of the exact spelling an accented question used; -1 when it is not a query term; undefined when not checked. */
  exact: number | undefined;
}

/** Content words and pairs that a passage must mostly hold to count: the whole question, or one of its clauses. */
interface Part {
  /** Content words (no abbreviations: their expansions count instead) and adjacent content pairs. */
  words: Unit[];
  pairs: Unit[];
  wordsWeight: number;
  /** Weight of the content pairs (pairs the corpus never uses count too: a missing compound is evidence). */
  pairsWeight: number;
}

interface AnalysedQuestion extends Part {
  terms: QueryTerm[];
  /** Words then pairs. */
  units: Unit[];
  unitsWeight: number;
  /**
   * The question's clauses (split at punctuation and "và") holding two content words or more, when
   * there are two such clauses or more: a long question whose passages each answer one clause.
   */
  clauses: Part[];
  /** Whether the question asks whether someone gets something (lexicon entitlement words). */
  asksEntitlement: boolean;
  /** Whether the question names something the assistant is about (lexicon scope words). */
  inScope: boolean;
  /** "bà bầu" is searched as itself and as "phụ nữ mang thai": holding the everyday words counts as holding the formal ones. */
  equivalents: { everyday: number[]; formal: number[] }[];
  /** The question's words in order (everyday phrases replaced), for exact-phrase matching. */
  wordSequence: string[];
  /** Query term positions of its content words, once per occurrence: a phrase cannot hold more content words than a passage holds of these. */
  sequenceContent: number[];
  /** Marks the passage words that match the question: by exact spelling when the question has diacritics. */
  marks: (token: Token) => boolean;
}

const isAbbreviation = (term: string) => Object.hasOwn(ABBREVIATIONS, term);
const isContent = (term: string) => term.split('_').every((word) => !ASKING_WORDS.has(word));
/** "và" joins two clauses of a question: "gồm các bước nào và thời hạn bao lâu". */
const CLAUSE_JOINER = 'va';

function analyse(
  question: string,
  idf: (term: string) => number,
  frequency: (folded: string) => number,
  D: SearchTunables,
): AnalysedQuestion {
  const text = question.slice(0, D.maxQuestionChars);
  const tokens = writtenTokens(tokenize(text).slice(0, D.maxQuestionWords));
  const alternatives = formalAlternatives(tokens);
  const formalTokens = alternatives.flatMap((alternative) => alternative.formal);
  const everydayPositions = new Set(alternatives.flatMap((alternative) => alternative.positions));
  const searched = [...tokens, ...formalTokens];
  const accented = hasDiacritics(text);
  const folded = [...new Set(termsOfTokens(searched, 'folded'))];
  // An accented term spelled like its folded twin ("y", "2025") adds nothing to look up.
  const exact = accented ? [...new Set(termsOfTokens(searched, 'accented'))].filter((term) => fold(term) !== term) : [];
  // Every term is looked up: on a large corpus, leaving common words out lost the passages that hold them.
  const terms: QueryTerm[] = [
    ...folded.map((term) => ({ term, fields: FOLDED_FIELDS, scored: true })),
    ...exact.map((term) =>
      isPair(term)
        ? { term, fields: [FIELD.pairExact], scored: false }
        : { term, fields: EXACT_FIELDS, scored: folded.includes(fold(term)) },
    ),
  ];
  const position = new Map(terms.map((term, i) => [term.term, i]));
  const at = (term: string) => position.get(term) ?? -1;

  // "thế nào", "bà con": asking or framing phrases whose words alone could be content.
  const asking = phrasePositions(tokens.map((token) => token.folded), QUESTION_WORDS.phrases);
  const contentTokens = [...tokens.filter((_, i) => !everydayPositions.has(i) && !asking.has(i)), ...formalTokens];
  // In a question about the assistant's subject, a word the corpus never uses (a typo, a word of
  // another field) says nothing about which passage answers: it is left out of the coverage, so it
  // cannot sink a question the other words answer. Outside the subject it is evidence: "bóng đá".
  const scoped = inScope(searched.map((token) => token.folded));
  const known = (term: string) => !scoped || term.split('_').every((word) => frequency(word) > 0);
  const contentOf = (tokens: Token[]) =>
    [...new Set(termsOfTokens(tokens, 'folded'))].filter((term) => !isAbbreviation(term) && isContent(term) && known(term));
  const content = contentOf(contentTokens);
  const spelled = accented ? exactSpellings(contentTokens) : new Map<string, string>();
  const unit = (term: string): Unit => {
    const spelling = spelled.get(term);
    return { at: at(term), idf: idf(term), exact: spelling === undefined ? undefined : at(spelling) };
  };
  const weight = (units: Unit[]) => units.reduce((sum, { idf }) => sum + idf, 0);
  const part = (terms: string[]): Part => {
    const words = terms.filter((term) => !isPair(term)).map(unit);
    const pairs = terms.filter(isPair).map(unit);
    return { words, pairs, wordsWeight: weight(words), pairsWeight: weight(pairs) };
  };
  const { words, pairs } = part(content);
  // A clause ends at a phrase break or at "và"; a formal word belongs to the clause of the everyday words it stands for.
  const clauseOf: number[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const starts = previous !== undefined && (previous.phrase !== token.phrase || previous.folded === CLAUSE_JOINER);
    clauseOf.push((clauseOf[i - 1] ?? 0) + (starts ? 1 : 0));
  });
  const clauseTokens: Token[][] = [];
  const addToClause = (clause: number, token: Token) => (clauseTokens[clause] ??= []).push(token);
  tokens.forEach((token, i) => {
    if (!everydayPositions.has(i) && !asking.has(i) && token.folded !== CLAUSE_JOINER) addToClause(clauseOf[i]!, token);
  });
  for (const alternative of alternatives) for (const token of alternative.formal) addToClause(clauseOf[alternative.positions[0]!]!, token);
  const clauses = clauseTokens
    .filter((clause) => clause !== undefined)
    .map((clause) => part(contentOf(clause)))
    .filter((clause) => clause.words.length >= 2);
  const markKeys = new Set((accented ? exact.concat(folded) : folded).filter((term) => !isPair(term) && isContent(fold(term))));
  return {
    terms,
    words,
    pairs,
    units: [...words, ...pairs],
    wordsWeight: weight(words),
    unitsWeight: weight(words) + weight(pairs),
    pairsWeight: weight(pairs),
    clauses: clauses.length >= 2 ? clauses : [],
    inScope: scoped,
    asksEntitlement: asksEntitlement(tokens.map((token) => token.folded)),
    equivalents: alternatives.map((alternative) => ({
      everyday: termsOfTokens(alternative.positions.map((i) => tokens[i]!), 'folded').map(at),
      formal: termsOfTokens(alternative.formal, 'folded').map(at),
    })),
    wordSequence: contentTokens.map((token) => token.folded),
    sequenceContent: contentTokens.filter((token) => !ASKING_WORDS.has(token.folded)).map((token) => at(token.folded)),
    marks: accented ? (token) => markKeys.has(token.accented) : (token) => markKeys.has(token.folded),
  };
}

/**
 * The question's words with spoken forms written out (lexicon): "dc" is "được", "ko" is "không",
 * "bn" is "bao nhiêu"; words without content ("v" for "vậy") are dropped.
 */
function writtenTokens(tokens: Token[]): Token[] {
  const matches = findSpoken(tokens);
  if (matches.length === 0) return tokens;
  const out: Token[] = [];
  let next = 0;
  for (const match of matches) {
    out.push(...tokens.slice(next, match.start));
    next = match.start + match.length;
    if (match.particle) continue;
    const first = tokens[match.start]!;
    const last = tokens[next - 1]!;
    for (const word of tokenize(match.canonical)) out.push({ ...word, start: first.start, end: last.end, phrase: first.phrase });
  }
  out.push(...tokens.slice(next));
  return out;
}

/** Folded word or pair → the accented key the question spelled it with. */
function exactSpellings(tokens: Token[]): Map<string, string> {
  const spellings = new Map<string, string>();
  tokens.forEach((token, i) => {
    spellings.set(token.folded, token.accented);
    const next = tokens[i + 1];
    if (next && next.phrase === token.phrase) spellings.set(`${token.folded}_${next.folded}`, `${token.accented}_${next.accented}`);
  });
  return spellings;
}

/**
 * Longest run of consecutive question words found in the same order in a passage, counting its
 * content words. Only the passage words that occur in the question are visited.
 */
class SharedRun {
  /** Term id → last position of that word in the question (-1: not in it); `next` chains earlier positions of the same word. */
  private readonly head: Int32Array;
  private ids: number[] = [];
  private next = new Int32Array(0);
  private weights: number[] = [];
  private runs = new Int32Array(0);
  private ends = new Int32Array(0);

  constructor(termCount: number) {
    this.head = new Int32Array(termCount).fill(-1);
  }

  /** The question's words (term ids, undefined when the corpus never uses the word) and their weights (1 for content words). */
  prepare(ids: (number | undefined)[], weights: number[]): void {
    this.ids = ids.filter((id): id is number => id !== undefined);
    this.weights = weights;
    this.next = new Int32Array(ids.length).fill(-1);
    this.runs = new Int32Array(ids.length);
    this.ends = new Int32Array(ids.length);
    ids.forEach((id, i) => {
      if (id === undefined) return;
      this.next[i] = this.head[id]!;
      this.head[id] = i;
    });
  }

  clear(): void {
    for (const id of this.ids) this.head[id] = -1;
  }

  longest(words: Uint32Array, from: number, to: number): number {
    const { head, next, runs, ends, weights } = this;
    ends.fill(-1);
    let best = 0;
    for (let j = from; j < to; j += 1) {
      // Last position first, so a run is extended from the previous word's state at j - 1.
      for (let i = head[words[j]!]!; i >= 0; i = next[i]!) {
        const run = (i > 0 && ends[i - 1] === j ? runs[i - 1]! : 0) + weights[i]!;
        runs[i] = run;
        ends[i] = j + 1;
        if (run > best) best = run;
      }
    }
    return best;
  }
}

/** Candidates (by position in the per-question arrays) ordered by their score before the phrase bonus, highest first. */
class CandidateHeap {
  private items: number[] = [];
  constructor(
    private readonly key: Float64Array,
    private readonly doc: Uint32Array,
  ) {}
  private before(a: number, b: number): boolean {
    return this.key[a]! > this.key[b]! || (this.key[a] === this.key[b] && this.doc[a]! < this.doc[b]!);
  }
  /** Builds the heap in linear time. */
  fill(count: number): void {
    this.items = Array.from({ length: count }, (_, i) => i);
    for (let i = (count >> 1) - 1; i >= 0; i -= 1) this.down(i);
  }
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0]!;
  }
  pop(): number {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }
  private down(i: number): void {
    const { items } = this;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
      if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
      if (best === i) return;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
  }
}

/** Per-question scratch space, kept between questions: a slot for each passage the question touches. */
class Accumulator {
  private readonly slots: Int32Array;
  docs = new Uint32Array(1024);
  scores = new Float64Array(1024);
  bits = new Uint32Array(1024);
  count = 0;
  stride = 1;

  constructor(passageCount: number) {
    this.slots = new Int32Array(passageCount).fill(-1);
  }

  start(termCount: number): void {
    this.count = 0;
    this.stride = Math.max(1, Math.ceil(termCount / 32));
    if (this.bits.length < this.docs.length * this.stride) this.bits = new Uint32Array(this.docs.length * this.stride);
  }

  /** The passage's slot, -1 when the question has not touched it. */
  slotOf(doc: number): number {
    return this.slots[doc]!;
  }

  /** The passage's slot, made when the question first touches it. */
  slot(doc: number): number {
    let slot = this.slots[doc]!;
    if (slot >= 0) return slot;
    slot = this.count++;
    if (slot === this.docs.length) this.grow();
    this.slots[doc] = slot;
    this.docs[slot] = doc;
    this.scores[slot] = 0;
    this.bits.fill(0, slot * this.stride, (slot + 1) * this.stride);
    return slot;
  }

  has(slot: number, term: number): boolean {
    return term >= 0 && (this.bits[slot * this.stride + (term >> 5)]! & (1 << (term & 31))) !== 0;
  }

  mark(slot: number, term: number): void {
    this.bits[slot * this.stride + (term >> 5)]! |= 1 << (term & 31);
  }

  /** Frees the slots for the next question. */
  finish(): void {
    for (let slot = 0; slot < this.count; slot += 1) this.slots[this.docs[slot]!] = -1;
    this.count = 0;
  }

  private grow(): void {
    const size = this.docs.length * 2;
    const docs = new Uint32Array(size);
    docs.set(this.docs);
    const scores = new Float64Array(size);
    scores.set(this.scores);
    const bits = new Uint32Array(size * this.stride);
    bits.set(this.bits.subarray(0, this.count * this.stride));
    [this.docs, this.scores, this.bits] = [docs, scores, bits];
  }
}

/** First position in sorted `values` from `from` to `to` holding `target` or more (galloping, then binary search). */
function seek(values: Uint32Array, from: number, to: number, target: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < to && values[high]! < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, to);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** @param tunables overrides of SEARCH_DEFAULTS */
export function createSearchEngine(
  corpus: Corpus,
  index: PassageIndex = buildIndex(corpus.passages),
  tunables: Partial<SearchTunables> = {},
): SearchEngine {
  const passages = corpus.passages;
  const passageCount = passages.length;
  if (index.ids.length !== passageCount || index.ids.some((id, i) => id !== passages[i]!.id)) {
    throw new Error('the search index was built for other passages');
  }
  const byId = new Map(passages.map((passage) => [passage.id, passage]));
  const accumulator = new Accumulator(passageCount);
  const shared = new SharedRun(index.termList.length);
  const D: SearchTunables = { ...SEARCH_DEFAULTS, ...tunables };
  const { k, b, d } = D.bm25;
  const boost = Object.fromEntries(Object.entries(D.fieldBoost).map(([field, value]) => [FIELD[field as keyof typeof FIELD], value]));
  const snippetWindow = { words: D.snippetWords, before: D.snippetWordsBefore };

  const frequency = (term: string) => {
    const id = index.terms.get(term);
    return id === undefined ? 0 : index.documentFrequency[id]!;
  };
  /** BM25's inverse document frequency; a term the corpus never uses weighs the most. */
  const idf = (term: string): number => {
    const df = frequency(term);
    return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  };

  /**
   * The query terms whose passages are the candidates. A passage must hold at least half the
   * question's content words by weight (the relevance floor), so it holds one of the rarest words
   * that carry more than the other half, or the everyday words that stand for one of them. Common
   * words ("hộ", "nghèo") are then only looked up for those passages.
   */
  function candidateTerms(query: AnalysedQuestion, parts: Part[]): Set<number> {
    const rare = new Set<number>();
    for (const part of parts) {
      const byRarity = [...part.words].sort((x, y) => y.idf - x.idf);
      const needed = D.minCoverage * part.wordsWeight * (1 - 1e-9);
      let rest = part.wordsWeight;
      for (const unit of byRarity) {
        if (rest < needed) break;
        rare.add(unit.at);
        rest -= unit.idf;
      }
    }
    const terms = new Set(rare);
    for (const { everyday, formal } of query.equivalents) {
      if (!formal.some((term) => rare.has(term)) || everyday.some((term) => term < 0)) continue;
      // A passage counts for the formal words only when it holds every everyday word: the rarest one finds them.
      const rarest = everyday.reduce((x, y) => (frequency(query.terms[x]!.term) <= frequency(query.terms[y]!.term) ? x : y));
      terms.add(rarest);
    }
    return terms;
  }

  /**
   * Adds each term's BM25+ score (as MiniSearch computes it, per field) to the passages holding it,
   * and marks which terms each holds: first the candidate terms, then the others for those passages only.
   */
  function accumulate(query: AnalysedQuestion, parts: Part[]): void {
    const candidates = candidateTerms(query, parts);
    let sorted: Uint32Array | undefined;
    for (const phase of ['find', 'complete'] as const) {
      if (phase === 'complete') sorted = accumulator.docs.slice(0, accumulator.count).sort();
      query.terms.forEach(({ term, fields, scored }, position) => {
        if (candidates.has(position) !== (phase === 'find')) return;
        const id = index.terms.get(term);
        if (id === undefined) return;
        for (const field of fields) {
          const [start, end] = postings(index, id, field);
          if (start === end) continue;
          const matching = end - start;
          const weight = boost[field]! * Math.log(1 + (passageCount - matching + 0.5) / (matching + 0.5));
          const lengthFactor = (k * b) / index.averageFieldLengths[field]!;
          const { docs, freqs, fieldLengths } = index;
          const stride = FIELDS.length;
          const add = (at: number, slot: number) => {
            accumulator.mark(slot, position);
            if (!scored) return;
            const tf = freqs[at]!;
            const length = fieldLengths[docs[at]! * stride + field]!;
            accumulator.scores[slot]! += weight * (d + (tf * (k + 1)) / (tf + k * (1 - b) + lengthFactor * length));
          };
          if (!sorted) {
            for (let at = start; at < end; at += 1) add(at, accumulator.slot(docs[at]!));
          } else if (matching <= sorted.length * D.scanRatio) {
            for (let at = start; at < end; at += 1) {
              const slot = accumulator.slotOf(docs[at]!);
              if (slot >= 0) add(at, slot);
            }
          } else {
            // Far more postings than candidates: find each candidate in the sorted postings instead.
            let at = start;
            for (const doc of sorted) {
              at = seek(index.docs, at, end, doc);
              if (at === end) break;
              if (index.docs[at] === doc) add(at, accumulator.slotOf(doc));
            }
          }
        }
      });
    }
  }

  const weightOf = (units: Unit[], slot: number) => {
    let sum = 0;
    for (const unit of units) if (accumulator.has(slot, unit.at)) sum += unit.idf;
    return sum;
  };

  /**
   * The relevance floor: the passage must hold most of the question's content words (weighted by
   * rarity, so "giá" shared with "giá vàng" is not enough) and, unless it holds nearly all of them,
   * at least one pair of the question's adjacent content words: "thời tiết Hà Nội" shares "thời",
   * "tiết", "nội" with many passages but no pair, while "thôn bản" still finds "thôn, bản".
   */
  function isRelevant(part: Part, inScope: boolean, slot: number): boolean {
    const covered = weightOf(part.words, slot) / part.wordsWeight;
    if (covered < D.minCoverage) return false;
    // Outside the assistant's subject, common syllables scattered through a long passage prove
    // nothing ("căn cước công dân" is not "căn cứ … cuộc … công … dân"): the question's compounds must be there.
    if (!inScope && part.pairsWeight > 0 && weightOf(part.pairs, slot) / part.pairsWeight < D.minCoverage) return false;
    if (covered >= D.fullCoverage) return true;
    return part.pairs.length === 0 || part.pairs.some((pair) => accumulator.has(slot, pair.at));
  }

  /** Share of the question's content the passage holds, by rarity; a word matched only in another spelling counts less. */
  function coverage(query: AnalysedQuestion, slot: number): number {
    let credited = 0;
    for (const unit of query.units) {
      if (!accumulator.has(slot, unit.at)) continue;
      const exact = unit.exact === undefined || accumulator.has(slot, unit.exact);
      credited += (exact ? 1 : D.foldedOnlyCredit) * unit.idf;
    }
    return credited / query.unitsWeight;
  }

  const provinceKeys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = provinceKeys.get(name);
    if (key === undefined) provinceKeys.set(name, (key = provinceKey(name)));
    return key;
  };
  const inProvinceKey = (passage: Passage, wanted: string) =>
    (passage.province !== null && keyOf(passage.province) === wanted) || (passage.provinceNow !== null && keyOf(passage.provinceNow) === wanted);

  /** `only`: the key of options.onlyProvince, worked out once per question. */
  function allowed(passage: Passage, options: SearchOptions, only: string | undefined): boolean {
    if (options.includeFaq === false && passage.kind === 'faq') return false;
    if (options.docIds && !options.docIds.includes(passage.docId)) return false;
    if (only !== undefined && !inProvinceKey(passage, only)) return false;
    return true;
  }

  /** The best `limit` passages by final score (ties: corpus order), with their scores. */
  /** Phrase factor for a run of `run` content words in the question's order. */
  const phraseFactor = (run: number) => 1 + Math.min(D.maxPhraseBonus, Math.max(0, run - 2) * D.phraseStep);

  /**
   * The best `limit` passages by final score (ties: corpus order). Each relevant passage gets its
   * score before the phrase bonus and a bound on that bonus (the question's content words it holds);
   * phrases are then computed highest bound first, until no remaining passage can reach the results.
   */
  function rank(query: AnalysedQuestion, parts: Part[], options: SearchOptions, limit: number): { doc: number; score: number }[] {
    const filtered = options.includeFaq === false || options.docIds !== undefined || options.onlyProvince !== undefined;
    const preferred = options.province ? provinceKey(options.province) : undefined;
    const only = options.onlyProvince ? provinceKey(options.onlyProvince) : undefined;
    const count = accumulator.count;
    const docs = new Uint32Array(count);
    const bound = new Float64Array(count);
    const partial = new Float64Array(count);
    const factor = new Float64Array(count);
    let candidates = 0;
    for (let slot = 0; slot < count; slot += 1) {
      const doc = accumulator.docs[slot]!;
      const passage = passages[doc]!;
      if (filtered && !allowed(passage, options, only)) continue;
      for (const { everyday, formal } of query.equivalents) {
        if (everyday.every((term) => accumulator.has(slot, term))) for (const term of formal) if (term >= 0) accumulator.mark(slot, term);
      }
      if (!parts.some((part) => isRelevant(part, query.inScope, slot))) continue;
      const province = preferred !== undefined && inProvinceKey(passage, preferred) ? D.provincePreference : 1;
      const results = index.report[doc] && query.asksEntitlement ? D.reportPenalty : 1;
      let held = 0;
      for (const at of query.sequenceContent) if (accumulator.has(slot, at)) held += 1;
      docs[candidates] = doc;
      partial[candidates] = accumulator.scores[slot]! * coverage(query, slot) ** D.coverageExponent;
      factor[candidates] = province * results;
      bound[candidates] = partial[candidates]! * factor[candidates]! * phraseFactor(held);
      candidates += 1;
    }
    const heap = new CandidateHeap(bound, docs);
    heap.fill(candidates);
    const top: { doc: number; score: number }[] = [];
    while (heap.size > 0) {
      const next = heap.peek();
      // The bound is a product in another order than the score: a hair of slack for rounding.
      if (top.length === limit && bound[next]! * (1 + 1e-9) < top[limit - 1]!.score) break;
      heap.pop();
      const doc = docs[next]!;
      const phrase = phraseFactor(shared.longest(index.words, index.wordOffsets[doc]!, index.wordOffsets[doc + 1]!));
      const score = partial[next]! * phrase * factor[next]!;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.doc > doc))) at -= 1;
      if (at < limit) {
        top.splice(at, 0, { doc, score });
        if (top.length > limit) top.pop();
      }
    }
    return top;
  }

  function search(question: string, options: SearchOptions = {}): SearchResult[] {
    const wanted = options.limit ?? D.limit;
    const limit = Number.isFinite(wanted) ? Math.min(D.maxLimit, Math.max(1, Math.floor(wanted))) : D.limit;
    const query = analyse(typeof question === 'string' ? question : '', idf, frequency, D);
    if (query.words.length === 0) return [];
    accumulator.start(query.terms.length);
    shared.prepare(
      query.wordSequence.map((word) => index.terms.get(word)),
      query.wordSequence.map((word) => (ASKING_WORDS.has(word) ? 0 : 1)),
    );
    let top: { doc: number; score: number }[];
    try {
      accumulate(query, [query]);
      top = rank(query, [query], options, limit);
      if (top.length === 0 && query.clauses.length > 0) {
        // No passage holds most of a long question: one that answers a clause of it well still helps.
        accumulator.finish();
        accumulator.start(query.terms.length);
        accumulate(query, query.clauses);
        top = rank(query, query.clauses, options, limit);
      }
    } finally {
      accumulator.finish();
      shared.clear();
    }
    const best = top[0]?.score ?? 0;
    return top.filter((entry) => entry.score >= best * D.minScoreRatio).map(({ doc, score }) => result(doc, score, query));
  }

  /** A passage's words where the index saw them, so its snippet does not tokenize it again. */
  const tokensOf = (doc: number) => (clean: string) => {
    const tokens: Token[] = [];
    for (let i = index.textOffsets[doc]!; i < index.textOffsets[doc + 1]!; i += 1) tokens.push(tokenAt(clean, index.textStarts[i]!, index.textEnds[i]!));
    return tokens;
  };

  function result(doc: number, score: number, query: AnalysedQuestion): SearchResult {
    const passage = passages[doc]!;
    const found: SearchResult = {
      passageId: passage.id,
      docId: passage.docId,
      docNumber: passage.docNumber,
      title: passage.title,
      issuer: passage.issuer,
      date: passage.date,
      section: passage.section,
      text: passage.text,
      snippet: '',
      score: Math.round(score * 1000) / 1000,
      citation: passage.citation,
      kind: passage.kind,
      province: passage.province,
      provinceNow: passage.provinceNow,
    };
    // Made when first read (the chat shows one result; JSON output reads them all).
    let snippet: string | undefined;
    Object.defineProperty(found, 'snippet', {
      enumerable: true,
      get: () => (snippet ??= makeSnippet(passage.text, query.marks, idf, snippetWindow, tokensOf(doc))),
      set: (value: string) => {
        snippet = value;
      },
    });
    return found;
  }

  return {
    search,
    passage: (id) => byId.get(id),
    passageCount,
  };
}

/** The engine over the corpus on disk, its index loaded from the cache when the corpus has not changed. */
export function loadSearchEngine(options: { corpusDir?: string; cacheDir?: string } = {}): SearchEngine {
  const corpus = loadCorpus(options.corpusDir);
  return createSearchEngine(corpus, loadOrBuildIndex(corpus.passages, options.cacheDir).index);
}
