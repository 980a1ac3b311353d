/**
 * Every tunable of the search in one named object (as MiniSearch keeps `defaultOptions`): limits,
 * BM25+ parameters, field boosts, the relevance floor, the re-ranking factors and the snippet window.
 */
const defaults = {
  /** Results when the caller does not say, and the most a caller may ask for. */
  limit: 5,
  maxLimit: 50,
  /** Longer questions are cut: the first words carry the question, and cost stays bounded. */
  maxQuestionChars: 1000,
  maxQuestionWords: 40,
  /** BM25+ as MiniSearch computes it (its defaults), per field, summed over the question's terms. */
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /**
   * Folded fields match any spelling; the exact (accented) twins reward the spelling of an accented
   * question. `document` is what every passage of a document shares, so it counts less than its headings.
   */
  fieldBoost: { body: 1, heading: 1.5, document: 0.5, bodyExact: 0.6, headingExact: 0.9 },
  /**
   * An accented question's word matched only by another spelling ("sách" for "sạch") counts this much,
   * so exact spellings rank first while other spellings still count.
   */
  foldedOnlyCredit: 0.5,
  /** How sharply the share of the question's content a passage holds decides its rank. */
  coverageExponent: 2,
  /** Share of the question's content words, weighted by rarity, a passage must hold to be shown at all. */
  minCoverage: 0.5,
  /** A passage holding this much of the question's content is relevant even if no two words are adjacent. */
  fullCoverage: 0.9,
  /** Results far below the best one are noise for the reader. */
  minScoreRatio: 0.15,
  /** Soft province preference (`province` option). */
  provincePreference: 1.5,
  /**
   * A province the question names ("Hưng Yên có văn bản gì về giảm nghèo"): its documents' passages count this much more,
   * so they come before an explainer that names the province in passing (the 2025 merger: "Hưng Yên và Thái Bình hợp thành…").
   */
  namedProvincePreference: 3,
  /** Each word of an exact phrase beyond two (pairs are already index terms) adds this much, capped. */
  phraseStep: 0.2,
  maxPhraseBonus: 1,
  /** An entitlement question ranks passages reporting past results this much lower (they are no answer to "có được … không"). */
  reportPenalty: 0.3,
  /**
   * A question naming a year ("mục tiêu đến năm 2030"), in a document with a section about that year ("2.2. Định hướng đến
   * năm 2030"): its sections whose headings name only other years ("2.1. Mục tiêu đến năm 2025") count this much.
   */
  otherYearSection: 0.5,
  /**
   * Cost, not relevance: a common word's postings are scanned when they are at most this many times
   * the candidate passages, otherwise each candidate is looked up in them.
   */
  scanRatio: 8,
  /**
   * Cost, not relevance: when many postings are left to read, this many candidates per result asked
   * (the likeliest) are scored in full; the results' last score among them is the bar the others'
   * upper bounds must reach to stay candidates (exact bounds: the results are the same). 0: no bar,
   * every candidate is scored in full.
   */
  barSample: 2,
  /**
   * Cost, not relevance: pruning reads every live candidate, so while a pruning drops under a tenth of
   * them the postings read before the next one may grow, doubling, to this many per live candidate.
   */
  pruneSpacing: 8,
  /** Cost, not relevance: the most terms whose facts (index id, rarity, folded form) are kept between questions. */
  termMemo: 100_000,
  /**
   * Snippet: a word the question writes inside a compound the corpus holds ("chỉ tiêu") is marked only where the passage writes
   * that compound ("«chỉ tiêu»", not the "tiêu" of "tiêu chí" or "mục tiêu"); a word the question writes alone is marked anywhere.
   */
  snippetWholeCompounds: true,
  /** Snippet: words shown, and words kept before the first matched word. */
  snippetWords: 40,
  snippetWordsBefore: 4,
};

/** What `createSearchEngine` accepts to override (the benchmark asks for more results than a reader would). */
export type SearchTunables = typeof defaults;
export const SEARCH_DEFAULTS: Readonly<SearchTunables> = Object.freeze(defaults);
