/**
 * Question → ranked passages. MiniSearch (BM25+) finds candidates on folded and accented terms;
 * each candidate is then cut by a relevance floor and re-ranked by how much of the question's
 * content it holds (exact spellings first), exact phrases and province preference, and given a
 * snippet.
 */
import type { Corpus, Passage } from '../corpus/types.ts';
import type { SearchEngine, SearchOptions, SearchResult } from './types.ts';
import { fold, formalAlternatives, hasDiacritics, termsOf, termsOfTokens, tokenize, type Token } from './normalize.ts';
import { ACCENTED_FIELDS, buildIndex, documentText, FOLDED_FIELDS, headingPath, type Field, type PassageIndex } from './index-store.ts';
import { loadOrBuildIndex } from './index-cache.ts';
import { makeSnippet } from './snippet.ts';
import { ABBREVIATIONS, asksEntitlement, findSpoken, inScope, isReportHeading, phrasePositions, provinceKey, QUESTION_WORDS } from '../text/lexicon/index.ts';
import { loadCorpus } from '../corpus/load.ts';

export const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;
/** Longer questions are cut: the first words carry the question, and cost stays bounded. */
const MAX_QUESTION_CHARS = 1000;
const MAX_QUESTION_WORDS = 40;
/** How many MiniSearch candidates are re-ranked. */
const CANDIDATES = 100;
/** Postings a question may look up in the index (see withinLookupBudget); bounds latency on large corpora. */
const LOOKUP_BUDGET = 5_000;
const PASSAGE_CACHE_LIMIT = 20_000;
const FIELD_BOOST: Record<Field, number> = { body: 1, heading: 1.5, document: 0.5, bodyExact: 0.6, headingExact: 0.9 };
/**
 * An accented question's word matched only by another spelling ("sách" for "sạch") counts this much,
 * so exact spellings rank first while other spellings still count.
 */
const FOLDED_ONLY_CREDIT = 0.5;
/** How sharply the share of the question's content a passage holds decides its rank. */
const COVERAGE_EXPONENT = 2;
/** Share of the question's content words, weighted by rarity, a passage must hold to be shown at all. */
const MIN_COVERAGE = 0.5;
/** A passage holding this much of the question's content is relevant even if no two words are adjacent. */
const FULL_COVERAGE = 0.9;
/** Results far below the best one are noise for the reader. */
const MIN_SCORE_RATIO = 0.15;
const PROVINCE_PREFERENCE = 1.5;
/** Each word of an exact phrase beyond two (pairs are already index terms) adds this much, capped. */
const PHRASE_STEP = 0.2;
const MAX_PHRASE_BONUS = 1;

/** Question words (lexicon): kept in phrases, but a passage does not become relevant by sharing them. */
const ASKING_WORDS = new Set(QUESTION_WORDS.words);
/** An entitlement question ranks passages reporting past results this much lower (they are no answer to "có được … không"). */
const REPORT_PENALTY = 0.3;

interface AnalysedQuestion {
  /** Terms looked up in the index: folded, and accented ones when the question has diacritics. */
  foldedTerms: string[];
  accentedTerms: string[];
  /** Terms not looked up (see withinLookupBudget), checked in the candidates the others found. */
  commonTerms: string[];
  /** Content words (no abbreviations: their expansions count instead) and adjacent content pairs. */
  contentWords: string[];
  contentPairs: string[];
  wordsWeight: number;
  unitsWeight: number;
  /** Whether the question asks whether someone gets something (lexicon entitlement words). */
  asksEntitlement: boolean;
  /** Whether the question names something the assistant is about (lexicon scope words). */
  inScope: boolean;
  /** Weight of the content pairs whose words the corpus uses (pairs it never uses count too: a missing compound is evidence). */
  pairsWeight: number;
  /** The question's words in order (everyday phrases replaced), for exact-phrase matching. */
  wordSequence: string[];
  /** How much a matched folded term counts: less when an accented question's exact spelling is not matched. */
  credit: (term: string, matched: Set<string>) => number;
  /** The question's terms a passage holds, everyday phrases counting for the documents' words they stand for. */
  matchedIn: (hitTerms: string[]) => Set<string>;
  /** Marks the passage words that match the question: by exact spelling when the question has diacritics. */
  marks: (token: Token) => boolean;
}

const isPair = (term: string) => term.includes('_');
const isAbbreviation = (term: string) => Object.hasOwn(ABBREVIATIONS, term);
const isContent = (term: string) => term.split('_').every((word) => !ASKING_WORDS.has(word));

function analyse(question: string, idf: (term: string) => number, frequency: (folded: string) => number): AnalysedQuestion {
  const text = question.slice(0, MAX_QUESTION_CHARS);
  const tokens = writtenTokens(tokenize(text).slice(0, MAX_QUESTION_WORDS));
  // "bà bầu" is searched as itself and as "phụ nữ mang thai"; either counts as covering it.
  const alternatives = formalAlternatives(tokens);
  const formalTokens = alternatives.flatMap((alternative) => alternative.formal);
  const everydayPositions = new Set(alternatives.flatMap((alternative) => alternative.positions));
  const searched = [...tokens, ...formalTokens];
  const accented = hasDiacritics(text);
  const allFolded = [...new Set(termsOfTokens(searched, 'folded'))];
  // An accented term spelled like its folded twin ("y", "2025") adds nothing to look up.
  const allAccented = accented ? [...new Set(termsOfTokens(searched, 'accented'))].filter((term) => fold(term) !== term) : [];
  const foldedTerms = withinLookupBudget(allFolded, frequency);
  const accentedTerms = allAccented.filter((term) => !isPair(term) && foldedTerms.includes(fold(term)));
  const commonTerms = [...allFolded, ...allAccented].filter((term) => !foldedTerms.includes(term) && !accentedTerms.includes(term));

  // "thế nào", "bà con": asking or framing phrases whose words alone could be content.
  const asking = phrasePositions(tokens.map((token) => token.folded), QUESTION_WORDS.phrases);
  const contentTokens = [...tokens.filter((_, i) => !everydayPositions.has(i) && !asking.has(i)), ...formalTokens];
  // In a question about the assistant's subject, a word the corpus never uses (a typo, a word of
  // another field) says nothing about which passage answers: it is left out of the coverage, so it
  // cannot sink a question the other words answer. Outside the subject it is evidence: "bóng đá".
  const scoped = inScope(searched.map((token) => token.folded));
  const known = (term: string) => !scoped || term.split('_').every((word) => frequency(word) > 0);
  const content = [...new Set(termsOfTokens(contentTokens, 'folded'))].filter(
    (term) => !isAbbreviation(term) && isContent(term) && known(term),
  );
  const contentWords = content.filter((term) => !isPair(term));
  const contentPairs = content.filter(isPair);
  const weight = (terms: string[]) => terms.reduce((sum, term) => sum + idf(term), 0);
  const spelled = accented ? exactSpellings(contentTokens) : new Map<string, string>();
  const markKeys = new Set((accented ? allAccented.concat(allFolded) : allFolded).filter((term) => !isPair(term) && isContent(fold(term))));
  const equivalents = alternatives.map((alternative) => ({
    everyday: termsOfTokens(alternative.positions.map((i) => tokens[i]!), 'folded'),
    formal: termsOfTokens(alternative.formal, 'folded'),
  }));
  return {
    foldedTerms,
    accentedTerms,
    commonTerms,
    contentWords,
    contentPairs,
    wordsWeight: weight(contentWords),
    unitsWeight: weight(contentWords) + weight(contentPairs),
    inScope: scoped,
    asksEntitlement: asksEntitlement(tokens.map((token) => token.folded)),
    pairsWeight: weight(contentPairs),
    wordSequence: contentTokens.map((token) => token.folded),
    credit: (term, matched) => {
      if (!matched.has(term)) return 0;
      const exact = spelled.get(term);
      return exact === undefined || matched.has(exact) ? 1 : FOLDED_ONLY_CREDIT;
    },
    matchedIn: (hitTerms) => {
      const matched = new Set(hitTerms);
      for (const { everyday, formal } of equivalents) {
        if (everyday.every((term) => matched.has(term))) for (const term of formal) matched.add(term);
      }
      return matched;
    },
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
 * The terms to look up in the index, rarest first, question words last, until their passages add up
 * to the budget; the rest are checked only in the candidates found. On a corpus of a few hundred
 * passages every term fits; on a large one, "hộ" and "nghèo" are left to the candidates.
 */
function withinLookupBudget(terms: string[], frequency: (folded: string) => number): string[] {
  const ordered = [...terms].sort(
    (a, b) => Number(!isContent(a)) - Number(!isContent(b)) || frequency(a) - frequency(b),
  );
  const chosen: string[] = [];
  let budget = LOOKUP_BUDGET;
  for (const term of ordered) {
    const cost = frequency(term);
    if (chosen.length > 0 && cost > budget) continue;
    chosen.push(term);
    budget -= cost;
  }
  return chosen;
}

interface AnalysedPassage {
  /** Folded words of the heading path and text, in order. */
  words: string[];
  /** Every folded and accented term of the heading path, text and document fields. */
  terms: Set<string>;
  /** Under a heading that reports past results ("Kết quả đạt được"). */
  report: boolean;
}

function inProvince(passage: Passage, province: string): boolean {
  const wanted = provinceKey(province);
  return [passage.province, passage.provinceNow].some((name) => name !== null && provinceKey(name) === wanted);
}

/** Longest run of consecutive question words found in the same order in the passage, counting its content words. */
function longestSharedRun(question: string[], passage: string[]): number {
  let best = 0;
  // -1: no run ends here; otherwise the number of content words in the run ending here.
  let previous = new Int32Array(passage.length + 1).fill(-1);
  for (const word of question) {
    const weight = ASKING_WORDS.has(word) ? 0 : 1;
    const current = new Int32Array(passage.length + 1).fill(-1);
    for (let j = 1; j <= passage.length; j += 1) {
      if (word !== passage[j - 1]) continue;
      const run = Math.max(0, previous[j - 1]!) + weight;
      current[j] = run;
      if (run > best) best = run;
    }
    previous = current;
  }
  return best;
}

export function createSearchEngine(corpus: Corpus, index: PassageIndex = buildIndex(corpus.passages)): SearchEngine {
  const passages = new Map(corpus.passages.map((passage) => [passage.id, passage]));
  const order = new Map(corpus.passages.map((passage, i) => [passage.id, i]));
  const passageCount = corpus.passages.length;
  const analysed = new Map<string, AnalysedPassage>();

  /** A passage's words and terms for re-ranking, analysed once (the cache is bounded for large corpora). */
  const analysedPassage = (passage: Passage): AnalysedPassage => {
    let result = analysed.get(passage.id);
    if (!result) {
      const tokens = tokenize(`${headingPath(passage).join('\n')}\n${passage.text}`);
      result = {
        report: passage.headings.some((heading) => isReportHeading(fold(heading))),
        words: tokens.map((token) => token.folded),
        terms: new Set([
          ...termsOfTokens(tokens, 'folded'),
          ...termsOfTokens(tokens, 'accented'),
          ...termsOf(documentText(passage), 'folded'),
        ]),
      };
      if (analysed.size >= PASSAGE_CACHE_LIMIT) analysed.clear();
      analysed.set(passage.id, result);
    }
    return result;
  };
  const frequency = (term: string) => index.documentFrequency.get(term) ?? 0;

  /** BM25's inverse document frequency; a term the corpus never uses weighs the most. */
  const idf = (term: string): number => {
    const df = index.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
  };

  const weightOf = (terms: string[], matched: Set<string>) =>
    terms.reduce((sum, term) => sum + (matched.has(term) ? idf(term) : 0), 0);

  /**
   * The relevance floor: the passage must hold most of the question's content words (weighted by
   * rarity, so "giá" shared with "giá vàng" is not enough) and, unless it holds nearly all of them,
   * at least one pair of the question's adjacent content words: "thời tiết Hà Nội" shares "thời",
   * "tiết", "nội" with many passages but no pair, while "thôn bản" still finds "thôn, bản".
   */
  function isRelevant(query: AnalysedQuestion, matched: Set<string>): boolean {
    const covered = weightOf(query.contentWords, matched) / query.wordsWeight;
    if (covered < MIN_COVERAGE) return false;
    // Outside the assistant's subject, common syllables scattered through a long passage prove
    // nothing ("căn cước công dân" is not "căn cứ … cuộc … công … dân"): the question's compounds must be there.
    if (!query.inScope && query.pairsWeight > 0 && weightOf(query.contentPairs, matched) / query.pairsWeight < MIN_COVERAGE) return false;
    if (covered >= FULL_COVERAGE) return true;
    return query.contentPairs.some((pair) => matched.has(pair)) || query.contentPairs.length === 0;
  }

  function allowed(passage: Passage, options: SearchOptions): boolean {
    if (options.includeFaq === false && passage.kind === 'faq') return false;
    if (options.docIds && !options.docIds.includes(passage.docId)) return false;
    if (options.onlyProvince && !inProvince(passage, options.onlyProvince)) return false;
    return true;
  }

  function search(question: string, options: SearchOptions = {}): SearchResult[] {
    const wanted = options.limit ?? DEFAULT_LIMIT;
    const limit = Number.isFinite(wanted) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(wanted))) : DEFAULT_LIMIT;
    const query = analyse(typeof question === 'string' ? question : '', idf, frequency);
    if (query.contentWords.length === 0) return [];
    const filtered = options.includeFaq === false || options.docIds !== undefined || options.onlyProvince !== undefined;

    const hits = index.miniSearch.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: query.foldedTerms, fields: FOLDED_FIELDS },
          ...(query.accentedTerms.length > 0 ? [{ queries: query.accentedTerms, fields: ACCENTED_FIELDS }] : []),
        ],
      },
      {
        boost: FIELD_BOOST,
        ...(filtered ? { filter: (hit: { id: string }) => allowed(passages.get(hit.id)!, options) } : {}),
      },
    );

    const ranked = hits.slice(0, CANDIDATES).flatMap((hit) => {
      const passage = passages.get(hit.id as string)!;
      const { words, terms, report } = analysedPassage(passage);
      const matched = query.matchedIn([...hit.queryTerms, ...query.commonTerms.filter((term) => terms.has(term))]);
      if (!isRelevant(query, matched)) return [];
      // MiniSearch multiplies BM25 by the number of matched terms, which rewards sharing many
      // common words; weigh by how much of the question's rarer content is matched instead.
      const bm25 = hit.score / Math.max(1, hit.queryTerms.length);
      const credited = [...query.contentWords, ...query.contentPairs].reduce(
        (sum, term) => sum + query.credit(term, matched) * idf(term),
        0,
      );
      const coverage = credited / query.unitsWeight;
      const run = longestSharedRun(query.wordSequence, words);
      const phrase = 1 + Math.min(MAX_PHRASE_BONUS, Math.max(0, run - 2) * PHRASE_STEP);
      const province = options.province && inProvince(passage, options.province) ? PROVINCE_PREFERENCE : 1;
      const results = report && query.asksEntitlement ? REPORT_PENALTY : 1;
      return [{ passage, score: bm25 * coverage ** COVERAGE_EXPONENT * phrase * province * results }];
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

/** The engine over the corpus on disk, its index loaded from the cache when the corpus has not changed. */
export function loadSearchEngine(options: { corpusDir?: string; cacheDir?: string } = {}): SearchEngine {
  const corpus = loadCorpus(options.corpusDir);
  return createSearchEngine(corpus, loadOrBuildIndex(corpus.passages, options.cacheDir).index);
}
