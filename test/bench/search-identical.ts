/**
 * Whether a change to the search keeps every result the same as an earlier version (ids, scores, every snippet):
 *
 *   git archive <commit> src | tar -x -C /tmp/search-before && ln -s "$PWD/node_modules" /tmp/search-before/
 *   npx tsx test/bench/search-identical.ts /tmp/search-before
 *
 * The questions and option sets of test/search/bounds.test.ts (first, unseen, both without diacritics, residents,
 * documents × 9 option sets), on the real corpus and on scaled corpora (BENCH_SIZES, '|'-separated; 2,000 and
 * 50,000 passages by default). Prints a sha256 of all answers per engine and corpus, and the first answers that differ.
 */
import { createHash } from 'node:crypto';
import type { Passage } from '../../src/corpus/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildIndex } from '../../src/search/index-store.ts';
import { boundQuestions, boundVariants } from '../search/bound-cases.ts';
import { scaledCorpus } from './scaled-corpus.ts';
import { earlierSearch } from './earlier-search.ts';

const before = process.argv[2];
if (!before) throw new Error('usage: npx tsx test/bench/search-identical.ts <folder holding the earlier src/>');
const SIZES = (process.env.BENCH_SIZES ?? '0|2000|50000').split('|').map(Number);
const SHOWN = 5;

const earlier = await earlierSearch(before);

const corpus = loadCorpus();
const questions = boundQuestions();
const variants = boundVariants(12);

let differing = 0;
for (const size of SIZES) {
  const passages: Passage[] = size > 0 ? scaledCorpus(corpus.passages, size) : corpus.passages;
  const answersOf = (create: typeof createSearchEngine, build: typeof buildIndex) => {
    const engine = create({ documents: [], passages }, build(passages), { maxLimit: 100 });
    return variants.flatMap((options) =>
      questions.map((question) =>
        engine
          .search(question, options)
          .map((result) => `${result.passageId} ${result.score} ${result.snippet}`)
          .join('\n'),
      ),
    );
  };
  const old = answersOf(earlier.createSearchEngine, earlier.buildIndex);
  const now = answersOf(createSearchEngine, buildIndex);
  const hash = (answers: string[]) => createHash('sha256').update(answers.join('\n\n')).digest('hex').slice(0, 16);
  const differ = now.flatMap((answer, i) => (answer === old[i] ? [] : [i]));
  differing += differ.length;
  console.log(`${passages.length} passages, ${questions.length} questions × ${variants.length} option sets: before ${hash(old)}, now ${hash(now)}, ${differ.length} differ`);
  for (const i of differ.slice(0, SHOWN)) {
    const question = questions[i % questions.length]!;
    const options = JSON.stringify(variants[Math.floor(i / questions.length)]);
    console.log(`  ${question} ${options}\n    before ${old[i]!.slice(0, 300)}\n    now    ${now[i]!.slice(0, 300)}`);
  }
}
process.exitCode = differing > 0 ? 1 : 0;
