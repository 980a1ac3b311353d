/**
 * The engine drops candidates that cannot reach the results: a bar set by scoring the likeliest in
 * full, upper bounds for the others. The results must be exactly those of scoring every candidate
 * in full (`barSample: 0`), ids and scores, whatever the limit and options. The corpus has every
 * passage many times with its sentences in another order, so that copies tie or nearly tie: the
 * hardest case for bounds.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildIndex } from '../../src/search/index-store.ts';
import type { SearchOptions } from '../../src/search/types.ts';
import { boundQuestions, boundVariants } from './bound-cases.ts';

const COPIES = 12;

/** Copy `copy` of a passage has its sentences turned round by `copy` places. */
function turned(text: string, copy: number): string {
  const sentences = text.split(/(?<=[.;])\s+/);
  const by = copy % sentences.length;
  return [...sentences.slice(by), ...sentences.slice(0, by)].join(' ');
}

describe('search with a bar and upper bounds', () => {
  it('returns what scoring every candidate in full returns', () => {
    const corpus = loadCorpus();
    const passages = Array.from({ length: COPIES }, (_, copy) =>
      corpus.passages.map((passage) => ({ ...passage, id: `${passage.id}@${copy}`, docId: `${passage.docId}@${copy}`, text: turned(passage.text, copy) })),
    ).flat();
    const index = buildIndex(passages);
    const everyOne = createSearchEngine({ documents: [], passages }, index, { barSample: 0, maxLimit: 100 });
    const bounded = createSearchEngine({ documents: [], passages }, index, { maxLimit: 100 });
    const questions = boundQuestions();
    const variants = boundVariants(COPIES);
    const ranked = (engine: typeof everyOne, question: string, options: SearchOptions) =>
      engine.search(question, options).map((result) => `${result.passageId} ${result.score}`);
    const differ = variants.flatMap((options) =>
      questions.flatMap((question) => {
        const expected = ranked(everyOne, question, options);
        const found = ranked(bounded, question, options);
        return JSON.stringify(found) === JSON.stringify(expected) ? [] : [{ question, options, expected, found }];
      }),
    );
    expect(differ).toEqual([]);
    // The eval questions do reach the results: the comparison is not between empty lists.
    expect(questions.filter((question) => everyOne.search(question, { limit: 1 }).length > 0).length).toBeGreaterThan(questions.length * 0.9);
  }, 300_000);
});
