/**
 * Question → ranked passages. MiniSearch (BM25+) finds candidates on folded and accented terms;
 * candidates are then re-ranked for exact phrases and province preference, cut by a relevance
 * floor, and given a snippet.
 */
import type { Corpus, Passage } from '../corpus/types.ts';
import type { SearchEngine, SearchOptions, SearchResult } from './types.ts';
import { ABBREVIATIONS, fold, hasDiacritics, termsOfTokens, tokenize, type Token } from './normalize.ts';
import { ACCENTED_FIELDS, buildIndex, FOLDED_FIELDS, type Field, type PassageIndex } from './index-store.ts';
import { makeSnippet } from './snippet.ts';

export const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;
/** Longer questions are cut: the first words carry the question, and cost stays bounded. */
const MAX_QUESTION_CHARS = 1000;
const MAX_QUESTION_WORDS = 40;
/** How many MiniSearch candidates are re-ranked. */
const CANDIDATES = 60;
const FIELD_BOOST: Record<Field, number> = { body: 1, heading: 1.5, bodyExact: 0.6, headingExact: 0.9 };
/** Share of the question's content words, weighted by rarity, a passage must hold to be shown at all. */
export const MIN_COVERAGE = 0.5;
/** Results far below the best one are noise for the reader. */
const MIN_SCORE_RATIO = 0.15;
const PROVINCE_PREFERENCE = 1.5;
/** Each word of an exact phrase beyond two (pairs are already index terms) adds this much, capped. */
const PHRASE_STEP = 0.2;
const MAX_PHRASE_BONUS = 1;

/**
 * Question words, pronouns and particles: kept in the index (negations matter to BM25 and phrases),
 * but a passage does not become relevant by sharing them. Only folded forms that are not also
 * content words ("vay", "chi", "the", "ban", "nhu" are: vay vốn, chỉ tiêu, thẻ, ban hành, nhu cầu).
 */
const QUESTION_WORDS = new Set(
  'toi minh em co duoc khong la thi gi nao sao ai hay cua va cac nhung cho ve khi nay den muon phai bi a nhe oi roi'.split(' '),
);

interface AnalysedQuestion {
  tokens: Token[];
  foldedTerms: string[];
  /** Null when the question has no diacritics: then the exact-spelling fields cannot tell anything. */
  accentedTerms: string[] | null;
  /** Content words (no abbreviations: their expansions count instead) and adjacent content pairs. */
  contentWords: string[];
  contentPairs: string[];
  /** Marks the passage words that match the question: by exact spelling when the question has diacritics. */
  marks: (token: Token) => boolean;
}

const isPair = (term: string) => term.includes('_');
const isAbbreviation = (term: string) => Object.hasOwn(ABBREVIATIONS, term);
const isContent = (term: string) => term.split('_').every((word) => !QUESTION_WORDS.has(word));

function analyse(question: string): AnalysedQuestion {
  const text = question.slice(0, MAX_QUESTION_CHARS);
  const tokens = tokenize(text).slice(0, MAX_QUESTION_WORDS);
  const foldedTerms = [...new Set(termsOfTokens(tokens, 'folded'))];
  const accented = hasDiacritics(text);
  const accentedTerms = accented ? [...new Set(termsOfTokens(tokens, 'accented'))] : null;
  const content = foldedTerms.filter((term) => !isAbbreviation(term) && isContent(term));
  const contentWords = content.filter((term) => !isPair(term));
  const markKeys = new Set(
    (accentedTerms ?? foldedTerms).filter((term) => !isPair(term) && isContent(fold(term))),
  );
  const marks = accented ? (token: Token) => markKeys.has(token.accented) : (token: Token) => markKeys.has(token.folded);
  return { tokens, foldedTerms, accentedTerms, contentWords, contentPairs: content.filter(isPair), marks };
}

function provinceKey(name: string): string {
  return fold(name)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function inProvince(passage: Passage, province: string): boolean {
  const wanted = provinceKey(province);
  return [passage.province, passage.provinceNow].some((name) => name !== null && provinceKey(name) === wanted);
}

/** Longest run of consecutive question words found in the same order in the passage. */
function longestSharedRun(question: string[], passage: string[]): number {
  let best = 0;
  let previous = new Array<number>(passage.length + 1).fill(0);
  for (let i = 1; i <= question.length; i += 1) {
    const current = new Array<number>(passage.length + 1).fill(0);
    for (let j = 1; j <= passage.length; j += 1) {
      if (question[i - 1] === passage[j - 1]) {
        current[j] = previous[j - 1]! + 1;
        if (current[j]! > best) best = current[j]!;
      }
    }
    previous = current;
  }
  return best;
}

export function createSearchEngine(corpus: Corpus, index: PassageIndex = buildIndex(corpus.passages)): SearchEngine {
  const passages = new Map(corpus.passages.map((passage) => [passage.id, passage]));
  const order = new Map(corpus.passages.map((passage, i) => [passage.id, i]));
  const foldedWordsCache = new Map<string, string[]>();
  const passageCount = corpus.passages.length;

  const foldedWords = (passage: Passage): string[] => {
    let words = foldedWordsCache.get(passage.id);
    if (!words) {
      words = tokenize(passage.text).map((token) => token.folded);
      foldedWordsCache.set(passage.id, words);
    }
    return words;
  };

  /** BM25's inverse document frequency; a term the corpus never uses weighs the most. */
  const idf = (term: string): number => {
    const df = index.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  };

  /**
   * The relevance floor: the passage must hold most of the question's content (weighted by rarity,
   * so "giá" shared with "giá vàng" is not enough) and, when the question has content words side by
   * side, at least one of those pairs: "thời tiết Hà Nội" shares "thời", "tiết", "nội" with many passages
   * but no pair.
   */
  function isRelevant(query: AnalysedQuestion, matched: Set<string>, totalWeight: number): boolean {
    const covered = query.contentWords.reduce((sum, word) => sum + (matched.has(word) ? idf(word) : 0), 0);
    if (covered < MIN_COVERAGE * totalWeight) return false;
    return query.contentPairs.length === 0 || query.contentPairs.some((pair) => matched.has(pair));
  }

  function allowed(passage: Passage, options: SearchOptions): boolean {
    if (options.includeFaq === false && passage.kind === 'faq') return false;
    if (options.docIds && !options.docIds.includes(passage.docId)) return false;
    if (options.onlyProvince && !inProvince(passage, options.onlyProvince)) return false;
    return true;
  }

  function search(question: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
    const query = analyse(typeof question === 'string' ? question : '');
    if (query.contentWords.length === 0) return [];
    const totalWeight = query.contentWords.reduce((sum, word) => sum + idf(word), 0);
    const questionWords = query.tokens.map((token) => token.folded);

    const hits = index.miniSearch.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: query.foldedTerms, fields: FOLDED_FIELDS },
          ...(query.accentedTerms ? [{ queries: query.accentedTerms, fields: ACCENTED_FIELDS }] : []),
        ],
      },
      {
        boost: FIELD_BOOST,
        filter: (hit) => {
          const passage = passages.get(hit.id as string);
          return passage !== undefined && allowed(passage, options);
        },
      },
    );

    const ranked = hits.slice(0, CANDIDATES).flatMap((hit) => {
      const passage = passages.get(hit.id as string)!;
      const matched = new Set(hit.queryTerms);
      if (!isRelevant(query, matched, totalWeight)) return [];
      const run = longestSharedRun(questionWords, foldedWords(passage));
      const phrase = 1 + Math.min(MAX_PHRASE_BONUS, Math.max(0, run - 2) * PHRASE_STEP);
      const province = options.province && inProvince(passage, options.province) ? PROVINCE_PREFERENCE : 1;
      return [{ passage, score: hit.score * phrase * province }];
    });
    ranked.sort((a, b) => b.score - a.score || order.get(a.passage.id)! - order.get(b.passage.id)!);
    const best = ranked[0]?.score ?? 0;

    return ranked
      .filter((entry) => entry.score >= best * MIN_SCORE_RATIO)
      .slice(0, limit)
      .map(({ passage, score }) => ({
        passageId: passage.id,
        docId: passage.docId,
        docNumber: passage.docNumber,
        title: passage.title,
        issuer: passage.issuer,
        date: passage.date,
        section: passage.section,
        text: passage.text,
        snippet: makeSnippet(passage.text, query.marks, idf),
        score: Math.round(score * 1000) / 1000,
        citation: passage.citation,
        kind: passage.kind,
        province: passage.province,
        provinceNow: passage.provinceNow,
      }));
  }

  return {
    search,
    passage: (id) => passages.get(id),
    passageCount,
  };
}
