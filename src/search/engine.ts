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
import { accentedKey, fold, formalAlternatives, hasDiacritics, termsOfTokens, tokenize, type Token } from './normalize.ts';
import { keptMemo, readingCorpus } from '../text/turn.ts';
import { buildIndex, FIELD, FIELDS, FOLDED_FIELDS, isPair, PAIR_JOINER, postings, type PassageIndex } from './index-store.ts';
import { loadOrBuildIndex } from './index-cache.ts';
import { makeSnippet } from './snippet.ts';
import { SEARCH_DEFAULTS, type SearchTunables } from './defaults.ts';
import { ABBREVIATIONS, asksEntitlement, findSpoken, inScope, phrasePositions, provinceFinder, provinceKey, QUESTION_WORDS, SPOKEN, TOPICS, yearsWritten, asksElsewhere } from '../text/lexicon/index.ts';
import { periodsHold, yearPeriods } from '../text/dates.ts';
import { loadCorpus } from '../corpus/load.ts';

export const DEFAULT_LIMIT = SEARCH_DEFAULTS.limit;

/** Question words (lexicon): kept in phrases, but a passage does not become relevant by sharing them. */
const ASKING_WORDS = new Set(QUESTION_WORDS.words);

/** Read per posting: a module constant, not the imported binding (an accessor call per read when the modules are transpiled to CommonJS, as tsx does). */
const FIELD_COUNT = FIELDS.length;
const EXACT_FIELDS = [FIELD.bodyExact, FIELD.headingExact];
const PAIR_EXACT_FIELDS = [FIELD.pairExact];

/** A term looked up in the index: its id (-1: the corpus never uses it), in which fields, and whether it adds to BM25 or only tells that a passage holds it. */
interface QueryTerm {
  term: string;
  id: number;
  fields: readonly number[];
  scored: boolean;
}

/** What the search needs to know of a term (a word or pair, folded or accented), worked out once per engine (see `factsOf`). */
interface TermFacts {
  /** Its id in the index, -1 when the corpus never uses it. */
  id: number;
  /** Passages holding it (folded fields), and its BM25 inverse document frequency. */
  frequency: number;
  idf: number;
  /** The term without diacritics. */
  folded: string;
  /** No word of it only asks ("gì", "nào"): holding it is evidence. */
  content: boolean;
  /** Every word of its folded form is in the corpus. */
  known: boolean;
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
   * Worked out when first asked for (only when no passage answers the whole question).
   */
  clauses: () => Part[];
  /** Whether the question asks whether someone gets something (lexicon entitlement words). */
  asksEntitlement: boolean;
  /** The years the question names ("mục tiêu đến năm 2030"): the section about that year is the answer (see `yearSteered`). */
  years: number[];
  /** The question's words without diacritics, spoken forms written out: where the provinces it names are read. */
  folded: string[];
  /** Whether the question names something the assistant is about (lexicon scope words). */
  inScope: boolean;
  /** The question asks of an everyday subject outside the assistant's (lexicon asksElsewhere: "gia vang hom nay"): no passage answers it. */
  elsewhere: boolean;
  /** "bà bầu" is searched as itself and as "phụ nữ mang thai": holding the everyday words counts as holding the formal ones. */
  equivalents: { everyday: number[]; formal: number[] }[];
  /**
   * The question's words in order (everyday phrases replaced), for exact-phrase matching: their term ids (-1: the
   * corpus never uses the word) and weights in a shared run (0: a question word).
   */
  wordIds: number[];
  wordWeights: number[];
  /** Query term positions of its content words, once per occurrence: a phrase cannot hold more content words than a passage holds of these. */
  sequenceContent: number[];
  /** The keys of the passage words a snippet marks: accented keys when the question has diacritics, else folded. */
  markKeys: Set<string>;
  /**
   * The compounds of the question the corpus holds ("chi_tieu"), folded, and their words: such a word is marked only where the
   * passage writes one of these compounds (SEARCH_DEFAULTS.snippetWholeCompounds), so "chỉ tiêu" marks no "tiêu" of "tiêu chí".
   */
  markCompounds: Set<string>;
  compoundWords: Set<string>;
  accented: boolean;
}

/** A Set, not Object.hasOwn: a question's pair terms are new strings, and an object's key lookup interns each one first. */
const ABBREVIATION_KEYS = new Set(Object.keys(ABBREVIATIONS));
const isAbbreviation = (term: string) => ABBREVIATION_KEYS.has(term);
/** "và" joins two clauses of a question: "gồm các bước nào và thời hạn bao lâu". */
const CLAUSE_JOINER = 'va';

/** Distinct strings, in order of first appearance. */
const distinct = (terms: string[]) => [...new Set(terms)];

/** @param read the question's words (tokenize), when the caller has read them and the question is not cut (maxQuestionChars) */
function analyse(question: string, read: Token[] | undefined, factsOf: (term: string) => TermFacts, D: SearchTunables): AnalysedQuestion {
  const text = question.slice(0, D.maxQuestionChars);
  const tokens = writtenTokens((read ?? tokenize(text)).slice(0, D.maxQuestionWords));
  const alternatives = formalAlternatives(tokens);
  const formalTokens = alternatives.flatMap((alternative) => alternative.formal);
  const everydayPositions = new Set(alternatives.flatMap((alternative) => alternative.positions));
  const searched = [...tokens, ...formalTokens];
  const accented = hasDiacritics(text);
  const folded = distinct(termsOfTokens(searched, 'folded'));
  const foldedSet = new Set(folded);
  // An accented term spelled like its folded twin ("y", "2025") adds nothing to look up.
  const exact = accented ? distinct(termsOfTokens(searched, 'accented')).filter((term) => factsOf(term).folded !== term) : [];
  // Every term is looked up: on a large corpus, leaving common words out lost the passages that hold them.
  const terms: QueryTerm[] = [
    ...folded.map((term) => ({ term, id: factsOf(term).id, fields: FOLDED_FIELDS, scored: true })),
    ...exact.map((term) =>
      isPair(term)
        ? { term, id: factsOf(term).id, fields: PAIR_EXACT_FIELDS, scored: false }
        : { term, id: factsOf(term).id, fields: EXACT_FIELDS, scored: foldedSet.has(factsOf(term).folded) },
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
  const contentOf = (tokens: Token[]) =>
    distinct(termsOfTokens(tokens, 'folded')).filter((term) => {
      const facts = factsOf(term);
      return !isAbbreviation(term) && facts.content && (!scoped || facts.known);
    });
  const content = contentOf(contentTokens);
  const spelled = accented ? exactSpellings(contentTokens) : new Map<string, string>();
  const unit = (term: string): Unit => {
    const spelling = spelled.get(term);
    return { at: at(term), idf: factsOf(term).idf, exact: spelling === undefined ? undefined : at(spelling) };
  };
  const weight = (units: Unit[]) => units.reduce((sum, { idf }) => sum + idf, 0);
  const part = (terms: string[]): Part => {
    const words = terms.filter((term) => !isPair(term)).map(unit);
    const pairs = terms.filter(isPair).map(unit);
    return { words, pairs, wordsWeight: weight(words), pairsWeight: weight(pairs) };
  };
  const { words, pairs } = part(content);
  const clauses = (): Part[] => {
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
    const parts = clauseTokens
      .filter((clause) => clause !== undefined)
      .map((clause) => part(contentOf(clause)))
      .filter((clause) => clause.words.length >= 2);
    return parts.length >= 2 ? parts : [];
  };
  const markKeys = new Set((accented ? exact.concat(folded) : folded).filter((term) => !isPair(term) && factsOf(term).content));
  const markCompounds = new Set(
    D.snippetWholeCompounds ? folded.filter((term) => isPair(term) && factsOf(term).id >= 0 && term.split(PAIR_JOINER).every((word) => factsOf(word).content)) : [],
  );
  const compoundWords = new Set([...markCompounds].flatMap((pair) => pair.split(PAIR_JOINER)));
  return {
    terms,
    words,
    pairs,
    units: [...words, ...pairs],
    wordsWeight: weight(words),
    unitsWeight: weight(words) + weight(pairs),
    pairsWeight: weight(pairs),
    clauses,
    inScope: scoped,
    elsewhere: asksElsewhere(searched.map((token) => token.folded)),
    asksEntitlement: asksEntitlement(tokens.map((token) => token.folded)),
    years: yearsWritten(tokens.map((token) => token.folded)),
    folded: tokens.map((token) => token.folded),
    equivalents: alternatives.map((alternative) => ({
      everyday: termsOfTokens(alternative.positions.map((i) => tokens[i]!), 'folded').map(at),
      formal: termsOfTokens(alternative.formal, 'folded').map(at),
    })),
    wordIds: contentTokens.map((token) => factsOf(token.folded).id),
    wordWeights: contentTokens.map((token) => (ASKING_WORDS.has(token.folded) ? 0 : 1)),
    sequenceContent: contentTokens.filter((token) => !ASKING_WORDS.has(token.folded)).map((token) => at(token.folded)),
    markKeys,
    markCompounds,
    compoundWords,
    accented,
  };
}

/** Particles left out as typed with their marks too ("vậy", never the loan word "vay" it folds to: lexicon `typed`). */
const TYPED_PARTICLES = new Set(SPOKEN.filter((entry) => entry.typed === true).map((entry) => accentedKey(entry.canonical)));

/**
 * The question's words with spoken forms written out (lexicon): "dc" is "được", "ko" is "không",
 * "bn" is "bao nhiêu"; words without content ("v" for "vậy", "vậy" itself, "la sao vay" is "là sao vậy") are dropped.
 */
function writtenTokens(tokens: Token[]): Token[] {
  return spokenWrittenOut(tokens).filter((token) => !TYPED_PARTICLES.has(token.accented));
}

function spokenWrittenOut(tokens: Token[]): Token[] {
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
  /** One bit per term id, set for the question's words: most passage words are not, and this is read without touching `head`. */
  private readonly inQuestion: Uint32Array;
  private ids: number[] = [];
  private next = new Int32Array(0);
  private weights: number[] = [];
  private runs = new Int32Array(0);
  private ends = new Int32Array(0);

  constructor(termCount: number) {
    this.head = new Int32Array(termCount).fill(-1);
    this.inQuestion = new Uint32Array((termCount >> 5) + 1);
  }

  /** The question's words (term ids, -1 when the corpus never uses the word) and their weights (1 for content words). */
  prepare(ids: number[], weights: number[]): void {
    this.ids = ids.filter((id) => id >= 0);
    this.weights = weights;
    this.next = new Int32Array(ids.length).fill(-1);
    this.runs = new Int32Array(ids.length);
    this.ends = new Int32Array(ids.length);
    ids.forEach((id, i) => {
      if (id < 0) return;
      this.next[i] = this.head[id]!;
      this.head[id] = i;
      this.inQuestion[id >> 5]! |= 1 << (id & 31);
    });
  }

  clear(): void {
    for (const id of this.ids) {
      this.head[id] = -1;
      this.inQuestion[id >> 5] = 0;
    }
  }

  longest(words: Uint32Array, from: number, to: number): number {
    const { head, next, runs, ends, weights, inQuestion } = this;
    ends.fill(-1);
    let best = 0;
    for (let j = from; j < to; j += 1) {
      const word = words[j]!;
      if ((inQuestion[word >> 5]! & (1 << (word & 31))) === 0) continue;
      // Last position first, so a run is extended from the previous word's state at j - 1.
      for (let i = head[word]!; i >= 0; i = next[i]!) {
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
    const items = new Array<number>(count);
    for (let i = 0; i < count; i += 1) items[i] = i;
    this.items = items;
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

/**
 * BM25+ sums are kept as whole numbers of this unit: each term's part is rounded to it, so a
 * passage's sum is exact and the same in whatever order its terms are looked up (copies of a
 * passage tie exactly), far below the 0.001 a score is shown with.
 */
const SCORE_UNIT = 2 ** -32;
const SCORE_UNITS_PER_POINT = 2 ** 32;

/**
 * A slot's figures in Accumulator.records: BM25+ so far (SCORE_UNITs); the question's content it holds, by rarity
 * (CREDIT) and content words in order (HELD); TEXT, the content words found in its own heading and text fields (a word in
 * both counts twice): a phrase is read in its heading and text alone, so its run is at most this, however many words the
 * document's title adds to HELD; PHRASE, its phrase factor, 0 until worked out (see phraseOf).
 */
const SCORE = 0;
const CREDIT = 1;
const HELD = 2;
const TEXT = 3;
const PHRASE = 4;
const RECORD = 5;

/** A passage's state while the question's terms are looked up: the question has not touched it. */
const UNTOUCHED = 0;
/** A candidate. */
const LIVE = 1;
/** It cannot reach the results: no more terms are looked up for it. */
const PRUNED = 2;
/** Every term has been looked up for it (it was scored early to set the bar the others must reach). */
const COMPLETE = 3;

/**
 * Per-question scratch space, kept between questions: a slot for each passage the question touches,
 * with its BM25+ so far, the query terms it holds, how much of the question's content they make
 * (CREDIT, by rarity, and HELD, content words of the question in order; TEXT, those its own heading and text hold,
 * where a phrase can be), one record of `records` per slot, and its state.
 * The `document` field is the same for every passage of a document group: its part is worked out
 * once per group (`group*`) before any passage is touched, and a passage's slot starts from it.
 */
class Accumulator {
  /** Passage → its slot, -1 when the question has not touched it. */
  readonly slots: Int32Array;
  /**
   * Passage → its state (UNTOUCHED, LIVE…): read for every posting of a common word, most of them of passages
   * that are not candidates, so by passage (a byte) rather than by slot.
   */
  readonly state: Uint8Array;
  docs = new Uint32Array(1024);
  /**
   * A slot's figures, RECORD numbers each side by side (slot * RECORD + SCORE…): a candidate's are read together for
   * every posting and at every pruning, so they share a cache line instead of one line in each of five arrays.
   */
  records = new Float64Array(1024 * RECORD);
  bits = new Uint32Array(1024);
  count = 0;
  stride = 1;
  /** The passages still in the running (LIVE or COMPLETE), in corpus order. */
  live = new Uint32Array(1024);
  liveCount = 0;

  /** Per document group, its `document` field's part: BM25+ (SCORE_UNITs), terms held, credit, content words. */
  readonly groupScores: Float64Array;
  readonly groupCredit: Float64Array;
  readonly groupHeld: Float64Array;
  groupBits = new Uint32Array(0);
  /** Groups whose part is not zero, and whether each is one of them. */
  private readonly touched: number[] = [];
  private readonly isTouched: Uint8Array;

  constructor(
    passageCount: number,
    private readonly groupOf: Uint32Array,
    groups: number,
  ) {
    this.slots = new Int32Array(passageCount).fill(-1);
    this.state = new Uint8Array(passageCount);
    this.groupScores = new Float64Array(groups);
    this.groupCredit = new Float64Array(groups);
    this.groupHeld = new Float64Array(groups);
    this.isTouched = new Uint8Array(groups);
  }

  start(termCount: number): void {
    this.count = 0;
    this.liveCount = 0;
    this.stride = Math.max(1, Math.ceil(termCount / 32));
    if (this.bits.length < this.docs.length * this.stride) this.bits = new Uint32Array(this.docs.length * this.stride);
    if (this.groupBits.length < this.isTouched.length * this.stride) this.groupBits = new Uint32Array(this.isTouched.length * this.stride);
  }

  /** The group's part, made zero when first touched by the question. */
  group(group: number): number {
    if (this.isTouched[group] === 0) {
      this.isTouched[group] = 1;
      this.touched.push(group);
      this.groupScores[group] = 0;
      this.groupCredit[group] = 0;
      this.groupHeld[group] = 0;
      this.groupBits.fill(0, group * this.stride, (group + 1) * this.stride);
    }
    return group;
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
    this.state[doc] = LIVE;
    const record = slot * RECORD;
    const { records } = this;
    records[record + PHRASE] = 0;
    records[record + TEXT] = 0;
    const group = this.groupOf[doc]!;
    if (this.isTouched[group] === 1) {
      records[record + SCORE] = this.groupScores[group]!;
      records[record + CREDIT] = this.groupCredit[group]!;
      records[record + HELD] = this.groupHeld[group]!;
      for (let word = 0; word < this.stride; word += 1) this.bits[slot * this.stride + word] = this.groupBits[group * this.stride + word]!;
    } else {
      records[record + SCORE] = 0;
      records[record + CREDIT] = 0;
      records[record + HELD] = 0;
      this.bits.fill(0, slot * this.stride, (slot + 1) * this.stride);
    }
    return slot;
  }

  has(slot: number, term: number): boolean {
    return term >= 0 && (this.bits[slot * this.stride + (term >> 5)]! & (1 << (term & 31))) !== 0;
  }

  /** Whether the passage in `slot` holds every term of `terms` (false if one is -1). */
  hasEvery(slot: number, terms: number[]): boolean {
    for (const term of terms) if (!this.has(slot, term)) return false;
    return true;
  }

  /** The query terms at `terms` (none -1) as one bit each, for `holdsAll`. */
  maskOf(terms: number[]): Uint32Array {
    const mask = new Uint32Array(this.stride);
    for (const term of terms) mask[term >> 5]! |= 1 << (term & 31);
    return mask;
  }

  /** Whether the passage holds every term of a mask (`has` for each, in one read per 32 terms: bounds ask it of every live candidate). */
  holdsAll(slot: number, mask: Uint32Array): boolean {
    const at = slot * this.stride;
    for (let word = 0; word < mask.length; word += 1) if ((mask[word]! & ~this.bits[at + word]!) !== 0) return false;
    return true;
  }

  /** Marks that the passage holds the term; true when it was not marked yet. */
  mark(slot: number, term: number): boolean {
    const at = slot * this.stride + (term >> 5);
    const bit = 1 << (term & 31);
    if ((this.bits[at]! & bit) !== 0) return false;
    this.bits[at]! |= bit;
    return true;
  }

  /** Every touched passage is live, in corpus order. */
  openAll(): void {
    const { count, state } = this;
    if (this.live.length < count) this.live = new Uint32Array(this.docs.length);
    this.liveCount = count;
    if (count * Math.log2(count + 1) < state.length) {
      this.live.set(this.docs.subarray(0, count));
      this.live.subarray(0, count).sort();
      return;
    }
    // Many passages: reading which ones have a slot costs less than sorting them.
    for (let doc = 0, i = 0; i < count; doc += 1) if (state[doc] !== UNTOUCHED) this.live[i++] = doc;
  }

  /** Frees the slots for the next question. */
  finish(): void {
    for (let slot = 0; slot < this.count; slot += 1) {
      const doc = this.docs[slot]!;
      this.slots[doc] = -1;
      this.state[doc] = UNTOUCHED;
    }
    for (const group of this.touched) this.isTouched[group] = 0;
    this.touched.length = 0;
    this.count = 0;
    this.liveCount = 0;
  }

  private grow(): void {
    const size = this.docs.length * 2;
    const larger = <T extends Uint32Array | Float64Array | Uint8Array>(values: T, make: (size: number) => T): T => {
      const copy = make(size);
      copy.set(values);
      return copy;
    };
    this.docs = larger(this.docs, (n) => new Uint32Array(n));
    this.records = larger(this.records, (n) => new Float64Array(n * RECORD));
    const bits = new Uint32Array(size * this.stride);
    bits.set(this.bits.subarray(0, this.count * this.stride));
    this.bits = bits;
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
  /**
   * The years each passage's headings name ("2.1. Mục tiêu đến năm 2025", "Giai đoạn 2026 - 2030"; none for most), and
   * per document the periods all its headings name: which documents have a section about a year asked.
   */
  const periodsOfHeadings = new Map<string, { from: number; to: number }[]>();
  const headingPeriods = passages.map((passage) => {
    const headings = passage.headings.join('\n');
    let periods = periodsOfHeadings.get(headings);
    if (periods === undefined) periodsOfHeadings.set(headings, (periods = yearPeriods(headings)));
    return periods;
  });
  const documentPeriods = new Map<string, { from: number; to: number }[]>();
  headingPeriods.forEach((periods, i) => {
    if (periods.length > 0) documentPeriods.set(passages[i]!.docId, [...(documentPeriods.get(passages[i]!.docId) ?? []), ...periods]);
  });
  /**
   * Documents whose headings name the same periods share one entry of `periodSets`, and each passage knows its document's
   * (`periodSetOf`, -1: none): a question's years are checked once per entry, not once per document.
   */
  const periodSets: { from: number; to: number }[][] = [];
  const periodSetOfDocument = new Map<string, number>();
  {
    const byKey = new Map<string, number>();
    for (const [docId, periods] of documentPeriods) {
      const key = periods.map(({ from, to }) => `${from}-${to}`).join(',');
      let set = byKey.get(key);
      if (set === undefined) byKey.set(key, (set = periodSets.push(periods) - 1));
      periodSetOfDocument.set(docId, set);
    }
  }
  const periodSetOf = Int32Array.from(passages, (passage) => periodSetOfDocument.get(passage.docId) ?? -1);
  const accumulator = new Accumulator(passageCount, index.groupOf, index.groupOffsets.length - 1);
  const shared = new SharedRun(index.termList.length);
  const D: SearchTunables = { ...SEARCH_DEFAULTS, ...tunables };
  const { k, b, d } = D.bm25;
  const boost = Object.fromEntries(Object.entries(D.fieldBoost).map(([field, value]) => [FIELD[field as keyof typeof FIELD], value]));
  const snippetWindow = { words: D.snippetWords, before: D.snippetWordsBefore };

  const frequency = (term: string) => {
    const id = index.terms.get(term);
    return id === undefined ? 0 : index.documentFrequency[id]!;
  };
  /** BM25's inverse document frequency of a term held by `df` passages; a term the corpus never uses weighs the most. */
  const idfOf = (df: number) => Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  /** A term's weight by its index id (a snippet's words): no lookup of the term's string. */
  const idfById = (id: number) => idfOf(index.documentFrequency[id]!);
  /**
   * Questions reuse a small vocabulary: each term's facts are worked out once (folding and splitting
   * a term cost more than the rest of its analysis), at most D.termMemo of them kept. Only terms the index holds, the corpus's
   * words: a word a person typed that the corpus never uses (a name) is worked out again, never kept beyond the turn (src/text/
   * turn.ts; round 40 fix40: was every term of every question kept as long as the server ran). Registered (keptMemo) so a
   * test sees what it holds: the last engine made's, one a server.
   */
  const termFacts = keptMemo<TermFacts>('searchTermFacts');
  const factsOf = (term: string): TermFacts => {
    const known = termFacts.get(term);
    if (known !== undefined) return known;
    const id = index.terms.get(term) ?? -1;
    const df = id < 0 ? 0 : index.documentFrequency[id]!;
    const folded = fold(term);
    const words = folded.split('_');
    const facts = {
      id,
      frequency: df,
      idf: idfOf(df),
      folded,
      content: words.every((word) => !ASKING_WORDS.has(word)),
      known: words.every((word) => frequency(word) > 0),
    };
    if (id < 0) return facts;
    if (termFacts.size >= D.termMemo) termFacts.clear();
    termFacts.set(term, facts);
    return facts;
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
      const rarest = everyday.reduce((x, y) => (factsOf(query.terms[x]!.term).frequency <= factsOf(query.terms[y]!.term).frequency ? x : y));
      terms.add(rarest);
    }
    return terms;
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
  /** Whether a part of the question (the whole, or each clause) is relevant to the passage in `slot` (see isRelevant). */
  function anyRelevant(asked: Asked, slot: number): boolean {
    for (const part of asked.parts) if (isRelevant(part, asked.query.inScope, slot)) return true;
    return false;
  }

  function isRelevant(part: Part, inScope: boolean, slot: number): boolean {
    const covered = weightOf(part.words, slot) / part.wordsWeight;
    if (covered < D.minCoverage) return false;
    // Outside the assistant's subject, common syllables scattered through a long passage prove
    // nothing ("căn cước công dân" is not "căn cứ … cuộc … công … dân"): the question's compounds must be there.
    if (!inScope && part.pairsWeight > 0 && weightOf(part.pairs, slot) / part.pairsWeight < D.minCoverage) return false;
    if (covered >= D.fullCoverage) return true;
    for (const pair of part.pairs) if (accumulator.has(slot, pair.at)) return true;
    return part.pairs.length === 0;
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
  /**
   * Each passage's province and province since 2025 as a number (-1: none), so a question's preferred province
   * is told for a candidate by two reads (the bounds read it for every live candidate).
   */
  const provinceIds = new Map<string, number>();
  const provinceIdOf = (name: string | null) => {
    if (name === null) return -1;
    const key = keyOf(name);
    let id = provinceIds.get(key);
    if (id === undefined) provinceIds.set(key, (id = provinceIds.size));
    return id;
  };
  const provinceOf = Int32Array.from(passages, (passage) => provinceIdOf(passage.province));
  const provinceNowOf = Int32Array.from(passages, (passage) => provinceIdOf(passage.provinceNow));
  /** The number of a province key a question or option names, -1 when no passage is of that province. */
  const wantedProvince = (key: string | undefined) => (key === undefined ? -1 : (provinceIds.get(key) ?? -1));
  const inProvince = (doc: number, wanted: number) => wanted >= 0 && (provinceOf[doc] === wanted || provinceNowOf[doc] === wanted);
  /** The provinces of the documents (before and since 2025), as a question names them ("Hưng Yên có văn bản gì về giảm nghèo"). */
  const documentProvinces = provinceFinder(new Set(passages.flatMap((passage) => [passage.province, passage.provinceNow]).filter((name) => name !== null)));

  /** `only`: the province of options.onlyProvince (see wantedProvince), worked out once per question. */
  function allowed(doc: number, options: SearchOptions, only: number | undefined): boolean {
    const passage = passages[doc]!;
    if (options.includeFaq === false && passage.kind === 'faq') return false;
    if (options.docIds && !options.docIds.includes(passage.docId)) return false;
    if (only !== undefined && !inProvince(doc, only)) return false;
    return true;
  }

  /** Phrase factor for a run of `run` content words in the question's order. */
  const { maxPhraseBonus, phraseStep, coverageExponent } = D;
  const phraseFactor = (run: number) => 1 + Math.min(maxPhraseBonus, Math.max(0, run - 2) * phraseStep);
  /**
   * A content share raised to D.coverageExponent: a square is a multiplication, the same number as `**` (Math.pow)
   * gives but several times cheaper; the bounds raise a share for every live candidate at every pruning.
   */
  const weighCoverage = coverageExponent === 2 ? (share: number) => share * share : (share: number) => share ** coverageExponent;

  /** A question with its options, worked out once: the parts a passage must answer, filters, and the most the factors can raise a score. */
  interface Asked {
    query: AnalysedQuestion;
    parts: Part[];
    options: SearchOptions;
    limit: number;
    filtered: boolean;
    /** The province preferred (see wantedProvince), and how much: one the question names, else `options.province`. */
    preferred: number;
    preference: number;
    only: number | undefined;
    /** The most the factors can raise any passage's score (see otherYearMost for one passage's). */
    maxFactor: number;
    /** The share of the question's content one point of credit is (1 / unitsWeight): bounds multiply by it for every live candidate. */
    creditShare: number;
    /** Documents with a section whose headings name a year the question names (their periodSets): their sections about other years rank lower. */
    yearSteered: Set<number> | undefined;
  }

  function ask(query: AnalysedQuestion, parts: Part[], options: SearchOptions, limit: number): Asked {
    // "Hưng Yên có văn bản gì về giảm nghèo": the documents of the province named come before an explainer naming it in passing.
    const named = documentProvinces(query.folded)[0]?.name;
    const preferred = wantedProvince(named !== undefined ? keyOf(named) : options.province ? provinceKey(options.province) : undefined);
    const preference = named !== undefined ? D.namedProvincePreference : D.provincePreference;
    return {
      query,
      parts,
      options,
      limit,
      filtered: options.includeFaq === false || options.docIds !== undefined || options.onlyProvince !== undefined,
      preferred,
      preference,
      only: options.onlyProvince ? wantedProvince(provinceKey(options.onlyProvince)) : undefined,
      maxFactor: (preferred >= 0 ? Math.max(1, preference) : 1) * (query.asksEntitlement ? Math.max(1, D.reportPenalty) : 1),
      creditShare: 1 / query.unitsWeight,
      yearSteered: yearSteered(query.years),
    };
  }

  /** What `assess` found for a candidate: its score before the phrase bonus, its province/report factor, the content words it holds. */
  const verdict = { partial: 0, factor: 1, held: 0 };

  /** Whether a candidate whose terms are all looked up counts (filters, relevance floor); if so, `verdict` holds its figures. */
  function assess(asked: Asked, slot: number): boolean {
    const { query } = asked;
    const doc = accumulator.docs[slot]!;
    if (asked.filtered && !allowed(doc, asked.options, asked.only)) return false;
    // Loops, not every/some with closures: assess runs for every live candidate, and each closure is an allocation.
    for (const { everyday, formal } of query.equivalents) {
      if (accumulator.hasEvery(slot, everyday)) for (const term of formal) if (term >= 0) accumulator.mark(slot, term);
    }
    if (!anyRelevant(asked, slot)) return false;
    let held = 0;
    for (const at of query.sequenceContent) if (accumulator.has(slot, at)) held += 1;
    verdict.partial = accumulator.records[slot * RECORD + SCORE]! * SCORE_UNIT * weighCoverage(coverage(query, slot));
    verdict.factor = factorOf(asked, doc);
    verdict.held = held;
    return true;
  }

  /** The final score of a candidate `assess` accepted: the phrase bonus is computed here (the costly part). */
  const finalScore = (doc: number) => verdict.partial * phraseOf(accumulator.slotOf(doc)) * verdict.factor;

  /** The passage's phrase factor (longest run of the question's words in it), worked out once per question. */
  function phraseOf(slot: number): number {
    let factor = accumulator.records[slot * RECORD + PHRASE]!;
    if (factor === 0) {
      const doc = accumulator.docs[slot]!;
      factor = accumulator.records[slot * RECORD + PHRASE] = phraseFactor(shared.longest(index.words, index.wordOffsets[doc]!, index.wordOffsets[doc + 1]!));
    }
    return factor;
  }

  /** "NQ 41-NQ/TU mục tiêu đến năm 2030": the documents having a section about a year asked ("2.2. Định hướng đến năm 2030"). */
  function yearSteered(years: number[]): Set<number> | undefined {
    if (years.length === 0) return undefined;
    const steered = new Set<number>();
    periodSets.forEach((periods, set) => {
      if (periodsHold(periods, years)) steered.add(set);
    });
    return steered.size > 0 ? steered : undefined;
  }

  /** The province preference, report penalty and other-year penalty a passage gets (what `assess` multiplies by). */
  function factorOf(asked: Asked, doc: number): number {
    const periods = headingPeriods[doc]!;
    const otherYear =
      periods.length > 0 && asked.yearSteered?.has(periodSetOf[doc]!) && !periodsHold(periods, asked.query.years) ? D.otherYearSection : 1;
    return preferenceOf(asked, doc) * otherYear;
  }

  /** A passage's province preference and report penalty (factorOf's parts that bounds read). */
  const preferenceOf = (asked: Asked, doc: number) =>
    (inProvince(doc, asked.preferred) ? asked.preference : 1) * (index.report[doc] && asked.query.asksEntitlement ? D.reportPenalty : 1);

  /**
   * The most the other-year penalty can raise a score (it lowers one unless tuned otherwise): times a passage's preference and
   * report penalty, the most the factors can raise its score.
   */
  const otherYearMost = Math.max(1, D.otherYearSection);

  /**
   * A query term the index holds: the passages its postings reach (`size`), the postings of its
   * passage fields (`reads`: its document field is in every slot from the start), the most it can
   * add to a BM25+ score in all fields, and its passage fields to read one by one (`parts`).
   */
  interface Lookup {
    position: number;
    id: number;
    fields: readonly number[];
    scored: boolean;
    size: number;
    reads: number;
    most: number;
    parts: FieldRead[];
  }

  /**
   * One passage field of a query term, read for the candidates on its own: a heading field has few postings and
   * the highest BM25+ part (short fields, boosted), so once it is read a candidate's bound keeps only what the
   * term can add in the body, often a fifth of it. `most`: the most it adds to a BM25+ score; `read` once looked up.
   */
  interface FieldRead {
    term: Lookup;
    field: number;
    reads: number;
    most: number;
    read: boolean;
  }

  /**
   * An everyday phrase of the question ("xay nha" for "xây mới nhà"): a passage holding all its everyday words counts as
   * holding the formal ones (see assess), so a bound counts their credit and content words once more (`slack`) for a
   * passage that may still hold every everyday word.
   */
  interface Slack {
    everyday: number[];
    credit: number;
    words: number;
  }

  /** What holding a query term adds to a candidate's content share (`credit`, by rarity) and to its content words in order (`words`). */
  interface Gains {
    credit: Float64Array;
    words: Float64Array;
    /** The everyday phrases a passage can hold (the index has each of their words), and their slack all together. */
    slacks: Slack[];
    slackCredit: number;
    slackWords: number;
  }

  function gainsOf(query: AnalysedQuestion): Gains {
    const gains: Gains = { credit: new Float64Array(query.terms.length), words: new Float64Array(query.terms.length), slacks: [], slackCredit: 0, slackWords: 0 };
    for (const unit of query.units) if (unit.at >= 0) gains.credit[unit.at]! += unit.idf;
    for (const at of query.sequenceContent) if (at >= 0) gains.words[at]! += 1;
    for (const { everyday, formal } of query.equivalents) {
      if (everyday.some((at) => at < 0 || query.terms[at]!.id < 0)) continue;
      const slack: Slack = { everyday, credit: 0, words: 0 };
      for (const unit of query.units) if (unit.at >= 0 && formal.includes(unit.at)) slack.credit += unit.idf;
      for (const at of query.sequenceContent) if (at >= 0 && formal.includes(at)) slack.words += 1;
      gains.slacks.push(slack);
      gains.slackCredit += slack.credit;
      gains.slackWords += slack.words;
    }
    return gains;
  }

  /**
   * The most a passage holding only `terms` (of those looked up) can score: BM25+ as if each held term
   * saturated, its content share and phrase bonus as if it also held the formal words of the everyday phrases it may hold
   * (their slack is in `credit` and `words`), the highest factors.
   * Every term held adds to each part, so a passage holding fewer of them scores at most this too.
   */
  function upperBound(asked: Asked, score: number, credit: number, words: number, factor: number): number {
    return unphrasedBound(asked, score, credit, factor) * phraseFactor(words);
  }

  /** The share of the question's content a passage's credit makes, at most 1 (bounds and estimates; `coverage` tells exact spellings apart). */
  const shareOf = (asked: Asked, credit: number) => Math.min(1, credit * asked.creditShare);

  /** upperBound without its phrase factor: times the passage's own phrase factor once that is known (see phraseOf). */
  function unphrasedBound(asked: Asked, score: number, credit: number, factor: number): number {
    return score * weighCoverage(shareOf(asked, credit)) * factor;
  }

  const { docs: postingDocs, freqs, fieldLengths, groupOffsets, groupPassages, documentPassages } = index;
  const DOCUMENT = FIELD.document;
  /** Passages holding the term in the field (the document field's postings list groups). */
  const matchingOf = (term: number, field: number, start: number, end: number) => (field === DOCUMENT ? documentPassages[term]! : end - start);
  /** A passage the posting at `at` stands for in the field: its own, or its group's first (their field lengths are the same). */
  const passageAt = (at: number, field: number) => (field === DOCUMENT ? groupPassages[groupOffsets[postingDocs[at]!]!]! : postingDocs[at]!);
  const fieldWeight = (field: number, matching: number) => boost[field]! * Math.log(1 + (passageCount - matching + 0.5) / (matching + 0.5));
  /** BM25+'s term frequency part, as `lookUp` computes it. */
  const saturation = (tf: number, lengthFactor: number, length: number) => (tf * (k + 1)) / (tf + k * (1 - b) + lengthFactor * length);
  /**
   * The largest term frequency part in a term's postings in a field: what a term not looked up yet can
   * add to a passage is bounded by it. Worked out on first use (one pass over those postings) and kept,
   * so that start-up does not pay for terms no question uses.
   */
  const peaks = new Map<number, number>();
  const peak = (term: number, field: number): number => {
    const slot = term * FIELD_COUNT + field;
    let value = peaks.get(slot);
    if (value === undefined) {
      const lengthFactor = (k * b) / index.averageFieldLengths[field]!;
      value = 0;
      for (let at = index.offsets[slot]!; at < index.offsets[slot + 1]!; at += 1) {
        value = Math.max(value, saturation(freqs[at]!, lengthFactor, fieldLengths[passageAt(at, field) * FIELD_COUNT + field]!));
      }
      peaks.set(slot, value);
    }
    return value;
  };

  /**
   * Adds a term's BM25+ score (as MiniSearch computes it, per field) to passages holding it and marks
   * that they hold it. `find`: every passage of its postings becomes a candidate (but for those already
   * complete); `live`: only the live candidates are looked up; `these`: the passages listed (sorted).
   */
  function lookUp(term: Lookup, gains: Gains, mode: 'find' | 'live' | 'these', these?: Uint32Array, fields: readonly number[] = term.fields): void {
    const { position } = term;
    adding.scored = term.scored;
    adding.credit = gains.credit[position]!;
    adding.words = gains.words[position]!;
    adding.word = position >> 5;
    adding.bit = 1 << (position & 31);
    for (const field of fields) {
      const [start, end] = postings(index, term.id, field);
      if (start === end) continue;
      if (field === DOCUMENT) {
        // Its part is in every slot already (addGroups): finding makes the groups' passages candidates.
        if (mode === 'find') for (let at = start; at < end; at += 1) for (let g = postingDocs[at]!, i = groupOffsets[g]!; i < groupOffsets[g + 1]!; i += 1) accumulator.slot(groupPassages[i]!);
        continue;
      }
      const matching = end - start;
      adding.field = field;
      adding.weight = fieldWeight(field, matching);
      adding.lengthFactor = (k * b) / index.averageFieldLengths[field]!;
      // Slots are made first: making one may grow the arrays read below.
      if (mode === 'find') for (let at = start; at < end; at += 1) accumulator.slot(postingDocs[at]!);
      // Finding: every passage of the postings has a slot now, and is a candidate (LIVE) unless it is complete.
      if (mode === 'find' || (mode === 'live' && matching <= accumulator.liveCount * D.scanRatio)) addLive(start, end);
      else {
        // Far more postings than passages to look up: find each passage in the sorted postings instead.
        const list = these ?? accumulator.live;
        const count = these ? these.length : accumulator.liveCount;
        let at = start;
        for (let i = 0; i < count; i += 1) {
          const doc = list[i]!;
          at = seek(postingDocs, at, end, doc);
          if (at === end) break;
          // A passage listed (`these`, a sample) is still a candidate while it is scored in full.
          if (postingDocs[at] === doc) addLive(at, at + 1);
        }
      }
    }
  }

  /** Adds the document field's part of every query term to the groups holding it, before any passage has a slot. */
  function addGroups(terms: Lookup[], gains: Gains): void {
    const lengthFactor = (k * b) / index.averageFieldLengths[DOCUMENT]!;
    const { groupScores, groupCredit, groupHeld, groupBits, stride } = accumulator;
    for (const term of terms) {
      if (!term.fields.includes(DOCUMENT)) continue;
      const [start, end] = postings(index, term.id, DOCUMENT);
      const weight = fieldWeight(DOCUMENT, documentPassages[term.id]!);
      const word = term.position >> 5;
      const bit = 1 << (term.position & 31);
      for (let at = start; at < end; at += 1) {
        const group = accumulator.group(postingDocs[at]!);
        groupBits[group * stride + word]! |= bit;
        groupCredit[group]! += gains.credit[term.position]!;
        groupHeld[group]! += gains.words[term.position]!;
        if (term.scored) {
          const length = fieldLengths[passageAt(at, DOCUMENT) * FIELD_COUNT + DOCUMENT]!;
          groupScores[group]! += Math.round(weight * (d + saturation(freqs[at]!, lengthFactor, length)) * SCORE_UNITS_PER_POINT);
        }
      }
    }
  }

  /** The term and field `lookUp` is adding (set once per field, read for every posting). */
  const adding = { scored: false, credit: 0, words: 0, word: 0, bit: 0, field: 0, weight: 0, lengthFactor: 0 };

  /**
   * Adds the postings from `start` to `end` of the passages that are candidates (LIVE): marks that they hold the term and
   * adds its BM25+ part, with the term's and field's figures (`adding`) read once.
   */
  function addLive(start: number, end: number): void {
    const { slots, state, bits, stride, records } = accumulator;
    const { scored, word, bit, field, weight, lengthFactor } = adding;
    const gain = adding.credit;
    const words = adding.words;
    const kPlusOne = k + 1;
    const lengthFree = k * (1 - b);
    for (let at = start; at < end; at += 1) {
      const doc = postingDocs[at]!;
      if (state[doc] !== LIVE) continue;
      const slot = slots[doc]!;
      const cell = slot * stride + word;
      const record = slot * RECORD;
      if ((bits[cell]! & bit) === 0) {
        bits[cell]! |= bit;
        records[record + CREDIT]! += gain;
        records[record + HELD]! += words;
      }
      records[record + TEXT]! += words;
      if (scored) {
        const tf = freqs[at]!;
        // saturation(), term by term in the same order: the same number.
        const saturated = (tf * kPlusOne) / (tf + lengthFree + lengthFactor * fieldLengths[doc * FIELD_COUNT + field]!);
        records[record + SCORE]! += Math.round(weight * (d + saturated) * SCORE_UNITS_PER_POINT);
      }
    }
  }

  /**
   * A candidate's score as it stands, without the phrase bonus, the other-year penalty and the
   * exact-spelling credit: not a bound, a guess of which candidates rank first.
   */
  function estimate(asked: Asked, slot: number): number {
    const { records } = accumulator;
    return estimateOf(asked, records[slot * RECORD + SCORE]! * SCORE_UNIT, records[slot * RECORD + CREDIT]!, preferenceOf(asked, accumulator.docs[slot]!));
  }

  /** estimate from a candidate's BM25+ (points), credit and province preference and report penalty. */
  const estimateOf = (asked: Asked, score: number, credit: number, preference: number) => score * weighCoverage(shareOf(asked, credit)) * preference;

  /**
   * The live candidates not yet complete likeliest to rank first (see estimate), at most `count`, in corpus order, and at
   * most `perEstimate` of those with the same estimate: they hold the same terms as often in fields as long (copies of a
   * passage, the passages of a document holding the question's words in its title only) and most likely score the same, so
   * more of them would not raise the bar, while the next estimates may.
   */
  function likeliest(asked: Asked, count: number, perEstimate: number): Uint32Array {
    const { live, liveCount } = accumulator;
    const keys: number[] = [];
    const docs: number[] = [];
    /** How many of the chosen have each estimate. */
    const chosen = new Map<number, number>();
    const swap = (i: number, j: number) => {
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
      [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    };
    // A min-heap of the best `count` seen: its root is the one to replace.
    for (let i = 0; i < liveCount; i += 1) {
      const doc = live[i]!;
      if (accumulator.state[doc] !== LIVE || (asked.filtered && !allowed(doc, asked.options, asked.only))) continue;
      const key = estimate(asked, accumulator.slotOf(doc));
      if (keys.length === count && key <= keys[0]!) continue;
      const same = chosen.get(key) ?? 0;
      if (same >= perEstimate) continue;
      chosen.set(key, same + 1);
      if (keys.length < count) {
        keys.push(key);
        docs.push(doc);
        for (let j = keys.length - 1; j > 0 && keys[(j - 1) >> 1]! > keys[j]!; j = (j - 1) >> 1) swap(j, (j - 1) >> 1);
      } else {
        chosen.set(keys[0]!, chosen.get(keys[0]!)! - 1);
        keys[0] = key;
        docs[0] = doc;
        for (let j = 0; ; ) {
          const left = 2 * j + 1;
          let least = j;
          if (left < count && keys[left]! < keys[least]!) least = left;
          if (left + 1 < count && keys[left + 1]! < keys[least]!) least = left + 1;
          if (least === j) break;
          swap(j, least);
          j = least;
        }
      }
    }
    return Uint32Array.from(docs).sort();
  }

  /** Whether scoring a sample of `sample` passages in full (a binary search per term and field) costs less than reading the postings of `parts`. */
  function worthSampling(parts: FieldRead[], sample: number): boolean {
    let postingsToRead = 0;
    let searches = 0;
    for (const part of parts) {
      postingsToRead += part.reads;
      searches += Math.log2(part.reads + 1);
    }
    return postingsToRead > sample * searches;
  }

  /**
   * Scores the sampled candidates in full: they are looked up for the fields in `rest` and are
   * COMPLETE from then on. Adds the final scores of those that count to `scores`.
   */
  function scoreSample(asked: Asked, rest: FieldRead[], gains: Gains, sample: Uint32Array, scores: number[]): void {
    for (const part of rest) lookUp(part.term, gains, 'these', sample, [part.field]);
    for (const doc of sample) {
      accumulator.state[doc] = COMPLETE;
      if (assess(asked, accumulator.slotOf(doc))) scores.push(finalScore(doc));
    }
  }

  /**
   * The terms a passage must hold one of to reach the bar: the others, most postings first, are
   * left out while a passage holding all of them and nothing else stays below it.
   */
  function needed(asked: Asked, terms: Lookup[], gains: Gains, threshold: number): Lookup[] {
    const needed: Lookup[] = [];
    let score = 0;
    let credit = 0;
    let words = 0;
    for (const term of [...terms].sort((x, y) => y.size - x.size)) {
      const bound = upperBound(
        asked,
        score + term.most,
        credit + gains.credit[term.position]! + gains.slackCredit,
        words + gains.words[term.position]! + gains.slackWords,
        asked.maxFactor,
      );
      if (bound * (1 + 1e-9) < threshold) {
        score += term.most;
        credit += gains.credit[term.position]!;
        words += gains.words[term.position]!;
      } else needed.push(term);
    }
    return needed;
  }

  /**
   * The least BM25+ (points), credit, content words (without slack) and factor bound of the live candidates, each
   * on its own, at the last pruning that read them all (`known`): a candidate's figures only grow and the live ones only
   * get fewer until new candidates are found, so the bound of these least figures is below every live candidate's.
   */
  interface Least {
    known: boolean;
    score: number;
    credit: number;
    words: number;
    factor: number;
    /** The least phrase factor worked out for a live candidate (Infinity: none): see phraseOf. */
    phrase: number;
    /** What that pruning returned. */
    leads: boolean;
  }

  /**
   * Drops the live candidates whose upper bound is below the bar: what they hold so far plus every
   * field in `rest` from `from` on, with their own province preference and report penalty (see upperBound). Returns whether one of those kept that are not complete is estimated
   * above the bar (see estimate), which calls for a new sample. When even the bound of the `least` figures reaches the bar,
   * no candidate can be dropped: they are not read, and the last pruning's answer stands.
   */
  function prune(asked: Asked, rest: FieldRead[], from: number, gains: Gains, threshold: number, least: Least): boolean {
    let restScore = 0;
    let restCredit = 0;
    let restWords = 0;
    const terms = new Set<Lookup>();
    for (let i = from; i < rest.length; i += 1) {
      restScore += rest[i]!.most;
      terms.add(rest[i]!.term);
    }
    // A term with a field still to read may be held by a candidate that has not been marked for it yet (counted once more for one that has).
    const unread = new Set<number>();
    for (const term of terms) {
      restCredit += gains.credit[term.position]!;
      restWords += gains.words[term.position]!;
      unread.add(term.position);
    }
    // An everyday phrase whose words are all still to read may be held by every candidate; one whose words have all been
    // read (terms without postings: none holds them) only by a candidate marked for each of the words read.
    const slacks: { read: Uint32Array; credit: number; words: number }[] = [];
    for (const slack of gains.slacks) {
      const read = slack.everyday.filter((at) => !unread.has(at));
      if (read.length === 0) {
        restCredit += slack.credit;
        restWords += slack.words;
      } else slacks.push({ read: accumulator.maskOf(read), credit: slack.credit, words: slack.words });
    }
    // The bound is computed in another order than the score: a hair of slack for rounding.
    const needed = threshold / (1 + 1e-9);
    if (
      least.known &&
      unphrasedBound(asked, least.score + restScore, least.credit + restCredit, least.factor) *
        Math.min(least.phrase, phraseFactor(least.words + restWords)) >=
        needed
    ) {
      return least.leads;
    }
    const { live, state, slots, records } = accumulator;
    // No province preferred and no report penalty: every candidate's preference is 1.
    const samePreference = asked.preferred < 0 && !(asked.query.asksEntitlement && D.reportPenalty !== 1);
    let kept = 0;
    let leads = false;
    let leastScore = Infinity;
    let leastCredit = Infinity;
    let leastWords = Infinity;
    let leastFactor = Infinity;
    let leastPhrase = Infinity;
    for (let i = 0; i < accumulator.liveCount; i += 1) {
      const doc = live[i]!;
      if (state[doc] === LIVE) {
        const slot = slots[doc]!;
        let slackCredit = 0;
        let slackWords = 0;
        for (const slack of slacks) {
          if (accumulator.holdsAll(slot, slack.read)) {
            slackCredit += slack.credit;
            slackWords += slack.words;
          }
        }
        const record = slot * RECORD;
        const score = records[record + SCORE]! * SCORE_UNIT;
        const credit = records[record + CREDIT]!;
        const held = records[record + HELD]!;
        const text = records[record + TEXT]!;
        const preference = samePreference ? 1 : preferenceOf(asked, doc);
        const factor = preference * otherYearMost;
        const unphrased = unphrasedBound(asked, score + restScore, credit + restCredit + slackCredit, factor);
        let phrase = records[record + PHRASE]!;
        const phraseMost = phrase === 0 ? phraseFactor(Math.min(held + slackWords, text) + restWords) : phrase;
        if (unphrased * phraseMost < needed) {
          state[doc] = PRUNED;
          continue;
        }
        // Only the phrase bonus keeps it, and would even if the terms left added nothing: its own phrase (what its final
        // score is multiplied by) is worked out. One that the terms left may still drop is left to them (the cheaper).
        if (phrase === 0 && unphrased < needed && unphrasedBound(asked, score, credit + slackCredit, factor) * phraseMost >= needed) {
          phrase = phraseOf(slot);
        }
        if (phrase > 0 && unphrased * phrase < needed) {
          state[doc] = PRUNED;
          continue;
        }
        if (phrase > 0 && phrase < leastPhrase) leastPhrase = phrase;
        if (score < leastScore) leastScore = score;
        if (credit < leastCredit) leastCredit = credit;
        const words = Math.min(held, text);
        if (words < leastWords) leastWords = words;
        if (factor < leastFactor) leastFactor = factor;
        // One estimate above the bar is enough: the others are not worked out.
        if (!leads) leads = estimateOf(asked, score, credit, preference) > threshold;
      }
      live[kept++] = doc;
    }
    accumulator.liveCount = kept;
    least.known = true;
    least.score = leastScore;
    least.credit = leastCredit;
    least.words = leastWords;
    least.factor = leastFactor;
    least.phrase = leastPhrase;
    least.leads = leads;
    return leads;
  }

  /**
   * Looks up the question's terms so that every passage that can reach the results is scored in
   * full, and few others. First the rarest content terms (fewest postings, often word pairs), for
   * every passage holding them, as many as the postings of the rarest word a relevant passage must
   * hold (candidateTerms): the passages holding most of them are the likeliest results. When the postings
   * still to read are many, the likeliest are scored in full, which sets a bar (the `limit`-th best
   * score among them), and again once the terms needed to reach it are found. A passage that holds none of the terms needed to reach the bar is never looked
   * at (else: none of the candidate terms); a candidate whose upper bound falls below the bar is
   * dropped before the next costly term. The bounds are exact: the results are those of scoring
   * every passage in full.
   */
  function accumulate(asked: Asked): void {
    const { query, limit } = asked;
    const gains = gainsOf(query);
    const terms: Lookup[] = [];
    query.terms.forEach(({ id, fields, scored }, position) => {
      if (id < 0) return;
      const term: Lookup = { position, id, fields, scored, size: 0, reads: 0, most: 0, parts: [] };
      for (const field of fields) {
        const [start, end] = postings(index, id, field);
        if (start === end) continue;
        const matching = matchingOf(id, field, start, end);
        term.size += matching;
        // What lookUp adds is rounded to a SCORE_UNIT: half a unit more at most.
        const fieldMost = scored ? fieldWeight(field, matching) * (d + peak(id, field)) + SCORE_UNIT : 0;
        term.most += fieldMost;
        if (field === DOCUMENT) continue;
        term.reads += matching;
        term.parts.push({ term, field, reads: matching, most: fieldMost, read: false });
      }
      if (term.size > 0) terms.push(term);
    });
    terms.sort((x, y) => x.size - y.size || x.position - y.position);
    addGroups(terms, gains);
    const floor = candidateTerms(query, asked.parts);
    const floorTerms = terms.filter((term) => floor.has(term.position));
    if (floorTerms.length === 0) return;
    const done = new Set<Lookup>();
    const find = (term: Lookup) => {
      lookUp(term, gains, 'find');
      done.add(term);
      for (const part of term.parts) part.read = true;
    };
    // The rarest content terms first (question words and exact spellings alone do not make a passage likely).
    const content = terms.filter((term) => gains.credit[term.position]! > 0);
    for (let read = 0, i = 0; i < content.length && read + content[i]!.size <= floorTerms[0]!.size; i += 1) {
      read += content[i]!.size;
      find(content[i]!);
    }
    if (done.size === 0) find(floorTerms[0]!);
    const notDone = (term: Lookup) => !done.has(term);
    /** Passage fields still to be read (a document field's part is in every slot). */
    const unread = () => {
      const left: FieldRead[] = [];
      for (const term of terms) for (const part of term.parts) if (!part.read) left.push(part);
      return left;
    };
    const cost = (list: Lookup[]) => list.reduce((sum, term) => sum + (done.has(term) ? 0 : term.size), 0);
    const sampleSize = limit * D.barSample;
    const sampled: number[] = [];
    let threshold = 0;
    /**
     * Once the postings left are too few for a sample to pay, they only get fewer. A sample that does not raise the bar
     * is the last: the candidates estimated above it tie with it (copies of a passage, the same section of two versions)
     * and the next ones would too.
     */
    let declined = false;
    /** Sets or raises the bar when the candidates outnumber a sample and their postings still to read are many. */
    const sample = () => {
      if (declined || accumulator.liveCount <= sampleSize) return;
      const rest = unread();
      declined = !worthSampling(rest, sampleSize);
      if (declined) return;
      scoreSample(asked, rest, gains, likeliest(asked, sampleSize, limit), sampled);
      if (sampled.length < limit) return;
      const bar = sampled.sort((x, y) => y - x)[limit - 1]!;
      declined = threshold > 0 && bar <= threshold;
      threshold = bar;
    };
    accumulator.openAll();
    sample();
    const required = threshold > 0 ? needed(asked, terms, gains, threshold) : floorTerms;
    for (const term of cost(required) < cost(floorTerms) ? required : floorTerms) if (notDone(term)) find(term);
    accumulator.openAll();
    // The candidates now hold every term needed: the likeliest among them are known better than after the rarest terms.
    sample();
    // The fields that take most off the candidates' bounds for the postings they cost come first (most headings before
    // any body): a candidate that does not hold the term there loses that field's BM25+ most from its bound. A term that
    // adds nothing to a bound (an exact pair: it only tells the spelling) cannot help pruning: it is read last, for the
    // candidates left then.
    const bounding = (part: FieldRead) => part.most > 0 || gains.credit[part.term.position]! > 0 || gains.words[part.term.position]! > 0;
    const byBoundPerRead = (x: FieldRead, y: FieldRead) => y.most / y.reads - x.most / x.reads;
    const left = unread();
    const rest = [...left.filter(bounding).sort(byBoundPerRead), ...left.filter((part) => !bounding(part))];
    /** A live candidate not yet complete is estimated above the bar: a new sample may raise it. */
    const least: Least = { known: false, score: 0, credit: 0, words: 0, factor: 0, phrase: Infinity, leads: false };
    let leads = threshold > 0 && prune(asked, rest, 0, gains, threshold, least);
    let read = 0;
    /** Postings to read between prunings, per live candidate: doubled (up to D.pruneSpacing) while pruning drops few. */
    let spacing = 1;
    for (let i = 0; i < rest.length; i += 1) {
      const part = rest[i]!;
      // Prune when the postings read since the last pruning outnumber the live candidates (pruning reads each once);
      // sample again first when a candidate's score so far already beats the bar.
      if (read + part.reads > accumulator.liveCount * spacing && accumulator.liveCount > limit) {
        if (threshold === 0 || leads) sample();
        const before = accumulator.liveCount;
        if (threshold > 0) leads = prune(asked, rest, i, gains, threshold, least);
        spacing = accumulator.liveCount > before * 0.9 ? Math.min(2 * spacing, D.pruneSpacing) : 1;
        read = 0;
      }
      lookUp(part.term, gains, 'live', undefined, [part.field]);
      part.read = true;
      read += Math.min(part.reads, accumulator.liveCount * Math.log2(part.reads + 1));
    }
    if (threshold > 0) prune(asked, rest, rest.length, gains, threshold, least);
  }

  let ranked = { docs: new Uint32Array(1024), bound: new Float64Array(1024), partial: new Float64Array(1024), factor: new Float64Array(1024) };

  /**
   * The best `limit` live candidates by final score (ties: corpus order). Each relevant one gets its
   * score before the phrase bonus and a bound on that bonus (the question's content words it holds);
   * phrases are then computed highest bound first, until no remaining candidate can reach the results.
   */
  function rank(asked: Asked): { doc: number; score: number }[] {
    const { limit } = asked;
    const count = accumulator.liveCount;
    if (ranked.docs.length < count) {
      const size = 2 ** Math.ceil(Math.log2(count));
      ranked = { docs: new Uint32Array(size), bound: new Float64Array(size), partial: new Float64Array(size), factor: new Float64Array(size) };
    }
    const { docs, bound, partial, factor } = ranked;
    let candidates = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = accumulator.live[i]!;
      if (!assess(asked, accumulator.slotOf(doc))) continue;
      docs[candidates] = doc;
      partial[candidates] = verdict.partial;
      factor[candidates] = verdict.factor;
      // The score's product in the same order (see finalScore), with the phrase factor at its most unless pruning worked
      // it out: never below the score, to the last bit.
      const slot = accumulator.slotOf(doc);
      const record = slot * RECORD;
      const phrase = accumulator.records[record + PHRASE]! || phraseFactor(Math.min(verdict.held, accumulator.records[record + TEXT]!));
      bound[candidates] = verdict.partial * phrase * verdict.factor;
      candidates += 1;
    }
    const heap = new CandidateHeap(bound, docs);
    heap.fill(candidates);
    const top: { doc: number; score: number }[] = [];
    while (heap.size > 0) {
      const next = heap.peek();
      // The candidates left come in order of bound, then of corpus order: once one cannot enter, neither can the others
      // (a tie with the last result enters only before it in corpus order).
      if (top.length === limit) {
        const last = top[limit - 1]!;
        if (bound[next]! < last.score || (bound[next] === last.score && docs[next]! > last.doc)) break;
      }
      heap.pop();
      const doc = docs[next]!;
      const phrase = phraseOf(accumulator.slotOf(doc));
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

  /**
   * The documents whose number, written with letters ("05-NQ/TU", "3286/UBND-VX"), the words of a question hold, and the folded
   * words of each document's name: its number, its type, and its issuer ("tinh uy tra vinh").
   */
  /** A document type's short forms as words ("Nghị quyết": "nq"). */
  const typeForms = (type: string) => (TOPICS.documents.types[fold(type)]?.forms ?? []).flatMap((form) => form.split(' '));
  const IMPLEMENTING = TOPICS.documents.implementing.map((phrase) => phrase.split(' '));
  const numbered = new Map<string, { number: string[]; name: Set<string>; issuer: string[]; docIds: Set<string> }>();
  for (const passage of passages) {
    if (!passage.docNumber || !/\p{L}/u.test(passage.docNumber)) continue;
    const words = (text: string) => tokenize(text).map((token) => token.folded);
    const key = words(passage.docNumber).join(' ');
    const entry = numbered.get(key) ?? { number: words(passage.docNumber), name: new Set<string>(), issuer: words(passage.issuer ?? ''), docIds: new Set<string>() };
    for (const word of [...words(passage.docType ?? ''), ...typeForms(passage.docType ?? '')]) entry.name.add(word);
    entry.docIds.add(passage.docId);
    numbered.set(key, entry);
  }
  const numberStarts = new Set([...numbered.values()].map(({ number }) => number[0]!));

  /**
   * "chỉ tiêu giảm nghèo theo Nghị quyết số 05-NQ/TU ngày 08/10/2021 của Tỉnh ủy": the documents it names by number, and the
   * question without the words of that name (type, "số", number, "ngày" and a date, "của" and the issuer's first words), which
   * are what a letter citing the document holds (Công văn 3286/UBND-VX "Thực hiện … Nghị quyết số 05-NQ/TU ngày 08/10/2021 của
   * Tỉnh ủy"), not what the question asks of the document itself. Undefined when it names none.
   */
  function documentNamed(question: string, tokens: Token[]): { docIds: string[]; rest: string } | undefined {
    // Most questions name no document: none of their words starts a document's number.
    if (!tokens.some((token) => numberStarts.has(token.folded))) return undefined;
    const clean = question.normalize('NFC');
    const folded = tokens.map((token) => token.folded);
    const cut = new Uint8Array(tokens.length);
    const docIds = new Set<string>();
    for (const { number, name, issuer, docIds: ids } of numbered.values()) {
      for (let at = folded.indexOf(number[0]!); at >= 0; at = folded.indexOf(number[0]!, at + 1)) {
        if (!number.every((word, i) => folded[at + i] === word)) continue;
        ids.forEach((id) => docIds.add(id));
        cut.fill(1, at, at + number.length);
        let before = at - 1;
        if (folded[before] === 'so') cut[before--] = 1;
        while (before >= 0 && name.has(folded[before]!)) cut[before--] = 1;
        // "kế hoạch thực hiện Nghị quyết 05-NQ/TU": the documents carrying it out are asked, the whole corpus answers.
        if (IMPLEMENTING.some((phrase) => phrase.every((word, i) => folded[before - phrase.length + 1 + i] === word))) return undefined;
        let after = at + number.length;
        const isNumber = (i: number) => /^\d+$/.test(folded[i] ?? '');
        if (folded[after] === 'ngay' && isNumber(after + 1)) {
          cut[after] = 1;
          for (after += 1; isNumber(after); after += 1) cut[after] = 1;
        }
        if (folded[after] === 'cua') after += 1;
        let held = 0;
        while (held < issuer.length && folded[after + held] === issuer[held]) held += 1;
        if (held >= 2) cut.fill(1, after - (folded[after - 1] === 'cua' ? 1 : 0), after + held);
      }
    }
    if (docIds.size === 0) return undefined;
    const rest = tokens.filter((_, i) => cut[i] === 0).map((token) => clean.slice(token.start, token.end)).join(' ');
    return { docIds: [...docIds], rest };
  }

  /**
   * A document named by number answers from its own passages (documentNamed; among `options.docIds` when given), read
   * without the words of its name; none found there, the whole question answers as asked.
   */
  function search(question: string, options: SearchOptions = {}): SearchResult[] {
    const text = typeof question === 'string' ? question : '';
    // The question's words are read once: for the document it names and, when it is not cut (maxQuestionChars), for the search.
    const tokens = tokenize(text);
    const whole = text.length <= D.maxQuestionChars ? tokens : undefined;
    const named = documentNamed(text, tokens);
    const docIds = named && options.docIds ? named.docIds.filter((id) => options.docIds!.includes(id)) : named?.docIds;
    const own = named && docIds && docIds.length > 0 ? searchIn(named.rest || text, named.rest ? undefined : whole, { ...options, docIds }) : [];
    return own.length > 0 ? own : searchIn(text, whole, options);
  }

  /** @param tokens the question's words when already read (tokenize of the whole question) */
  function searchIn(question: string, tokens: Token[] | undefined, options: SearchOptions): SearchResult[] {
    const wanted = options.limit ?? D.limit;
    const limit = Number.isFinite(wanted) ? Math.min(D.maxLimit, Math.max(1, Math.floor(wanted))) : D.limit;
    const query = analyse(question, tokens, factsOf, D);
    if (query.words.length === 0 || query.elsewhere) return [];
    accumulator.start(query.terms.length);
    shared.prepare(query.wordIds, query.wordWeights);
    let top: { doc: number; score: number }[];
    try {
      const whole = ask(query, [query], options, limit);
      accumulate(whole);
      top = rank(whole);
      const clauses = top.length === 0 ? query.clauses() : [];
      if (clauses.length > 0) {
        // No passage holds most of a long question: one that answers a clause of it well still helps.
        accumulator.finish();
        accumulator.start(query.terms.length);
        const clauseWise = { ...whole, parts: clauses };
        accumulate(clauseWise);
        top = rank(clauseWise);
      }
    } finally {
      accumulator.finish();
      shared.clear();
    }
    const best = top[0]?.score ?? 0;
    return top.filter((entry) => entry.score >= best * D.minScoreRatio).map(({ doc, score }) => result(doc, score, query));
  }

  /** Each passage's NFC text, which the index's word offsets point into, made when its first snippet is. */
  const nfcTexts: (string | undefined)[] = [];

  /** Folded term ids of the words a question's snippets mark (worked out for its first snippet), by question. */
  const markedIds = new WeakMap<AnalysedQuestion, number[]>();
  /** 1 for the term ids the snippet being made marks (set and cleared by snippetOf): read for every word of a passage. */
  const marking = new Uint8Array(index.termList.length);

  /** The passage's snippet from the words the index found in it (its heading's words come first in `words`, then its text's). */
  function snippetOf(doc: number, query: AnalysedQuestion): string {
    let ids = markedIds.get(query);
    if (ids === undefined) {
      ids = [];
      for (const key of query.markKeys) {
        const { id } = factsOf(factsOf(key).folded);
        if (id >= 0) ids.push(id);
      }
      markedIds.set(query, ids);
    }
    for (const id of ids) marking[id] = 1;
    const text = (nfcTexts[doc] ??= passages[doc]!.text.normalize('NFC'));
    const first = index.textOffsets[doc]!;
    const last = index.textOffsets[doc + 1]!;
    const starts = index.textStarts.subarray(first, last);
    const ends = index.textEnds.subarray(first, last);
    const keys = index.words.subarray(index.wordOffsets[doc + 1]! - starts.length, index.wordOffsets[doc + 1]!);
    const matched = new Uint8Array(starts.length);
    // The passage's words are the corpus's (kept beyond the turn: readingCorpus).
    readingCorpus(() => {
      for (let i = 0; i < starts.length; i += 1) {
        // An accented question marks its own spelling: only words already matching once folded are read again.
        matched[i] = marking[keys[i]!] === 1 && (!query.accented || query.markKeys.has(accentedKey(text.slice(starts[i], ends[i])))) ? 1 : 0;
      }
      // A word of a compound of the question is marked where the passage writes that compound, next to it with only spaces between.
      if (query.compoundWords.size === 0) return;
      const term = (i: number) => index.termList[keys[i]!]!;
      const compound = (i: number) => i >= 0 && i + 1 < starts.length && !/\S/.test(text.slice(ends[i], starts[i + 1])) && query.markCompounds.has(`${term(i)}${PAIR_JOINER}${term(i + 1)}`);
      for (let i = 0; i < starts.length; i += 1) {
        if (matched[i] === 1 && query.compoundWords.has(term(i)) && !compound(i - 1) && !compound(i)) matched[i] = 0;
      }
    });
    for (const id of ids) marking[id] = 0;
    return makeSnippet(text, { starts, ends, keys, matched }, idfById, snippetWindow);
  }

  function result(doc: number, score: number, query: AnalysedQuestion): SearchResult {
    const passage = passages[doc]!;
    // The snippet is made when first read (the chat shows one result; JSON output reads them all): an accessor of the
    // literal, in the same place among the keys (one object shape for every result, no redefinition of a property).
    let snippet: string | undefined;
    return {
      passageId: passage.id,
      docId: passage.docId,
      docNumber: passage.docNumber,
      title: passage.title,
      issuer: passage.issuer,
      date: passage.date,
      section: passage.section,
      text: passage.text,
      get snippet() {
        return (snippet ??= snippetOf(doc, query));
      },
      set snippet(value: string) {
        snippet = value;
      },
      score: Math.round(score * 1000) / 1000,
      citation: passage.citation,
      kind: passage.kind,
      province: passage.province,
      provinceNow: passage.provinceNow,
    };
  }

  // Each document's passages in corpus order, grouped when first asked for.
  let byDocument: Map<string, Passage[]> | undefined;
  const passagesOf = (docId: string): readonly Passage[] => {
    if (!byDocument) {
      byDocument = new Map();
      for (const passage of passages) byDocument.set(passage.docId, [...(byDocument.get(passage.docId) ?? []), passage]);
    }
    return byDocument.get(docId) ?? [];
  };

  return {
    search,
    passage: (id) => byId.get(id),
    passagesOf,
    passageCount,
  };
}

/** The engine over the corpus on disk, its index loaded from the cache when the corpus has not changed. */
export function loadSearchEngine(options: { corpusDir?: string; cacheDir?: string } = {}): SearchEngine {
  const corpus = loadCorpus(options.corpusDir);
  return createSearchEngine(corpus, loadOrBuildIndex(corpus.passages, options.cacheDir).index);
}
