/**
 * Our search against an earlier version of it on the scaled corpus, for a change to the search:
 *
 *   git archive <commit> src | tar -x -C /tmp/search-before && ln -s "$PWD/node_modules" /tmp/search-before/
 *   npx tsx test/bench/search-compare.ts /tmp/search-before
 *
 * The two engines answer each question in turn (the order alternating), after a warm-up round; each
 * question's time is the least CPU time (process.cpuUsage) of the rounds, which a loaded machine
 * inflates less than wall time. Prints p50/p90/p99 per engine, the slowest questions, whether any
 * results differ (ids, scores and the first snippet), and hit@1/hit@3 on the scaled corpus.
 * One engine per module: a second engine made from the same module ran 50% slower in the same
 * process (its functions see two engines), so compare versions, never two engines of one version.
 *
 * Environment: BENCH_SCALED_PASSAGES (50,000), BENCH_ROUNDS (3), BENCH_MATCH (only questions holding
 * one of these '|'-separated strings), BENCH_SLOWEST (12), BENCH_HITS=0 to skip hit@k.
 */
import { loadavg } from 'node:os';
import type { SearchEngine } from '../../src/search/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildIndex } from '../../src/search/index-store.ts';
import { loadQuestions, score, withoutDiacritics } from '../eval/evaluate.ts';
import { scaledCorpus } from './scaled-corpus.ts';
import { earlierSearch } from './earlier-search.ts';

const before = process.argv[2];
if (!before) throw new Error('usage: npx tsx test/bench/search-compare.ts <folder holding the earlier src/>');
const SCALED_PASSAGES = Number(process.env.BENCH_SCALED_PASSAGES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SLOWEST = Number(process.env.BENCH_SLOWEST ?? 12);
/** Results asked for, as in search.bench.ts. */
const RESULTS = 10;

const earlier = await earlierSearch(before);

const corpus = loadCorpus();
const evalQuestions = loadQuestions();
const everyone = [...evalQuestions, ...withoutDiacritics(evalQuestions), ...loadQuestions('residents')];
const match = process.env.BENCH_MATCH?.split('|');
const questions = everyone.map((q) => q.question).filter((q) => !match || match.some((part) => q.includes(part)));
const passages = scaledCorpus(corpus.passages, SCALED_PASSAGES);
const copies = Math.ceil(passages.length / corpus.passages.length);
const load = () => loadavg()[0]!.toFixed(1);
console.log(`${passages.length} passages, ${questions.length} questions, ${ROUNDS} rounds; load ${load()}`);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const engines: { name: string; engine: SearchEngine; buildMs: number }[] = [];
for (const [name, create, build] of [
  ['before', earlier.createSearchEngine, earlier.buildIndex],
  ['now', createSearchEngine, buildIndex],
] as const) {
  const start = process.cpuUsage();
  const index = build(passages);
  const buildMs = cpuMs(start);
  engines.push({ name, engine: create({ documents: [], passages }, index, { maxLimit: Number.MAX_SAFE_INTEGER }), buildMs });
}

const times = engines.map(() => questions.map(() => Infinity));
let differing = 0;
for (let round = 0; round <= ROUNDS; round += 1) {
  questions.forEach((question, q) => {
    const answers: string[] = [];
    for (let turn = 0; turn < engines.length; turn += 1) {
      const e = (turn + q + round) % engines.length;
      const start = process.cpuUsage();
      const found = engines[e]!.engine.search(question, { limit: RESULTS });
      const snippet = found[0]?.snippet ?? '';
      const ms = cpuMs(start);
      if (round > 0) times[e]![q] = Math.min(times[e]![q]!, ms);
      answers[e] = `${found.map((result) => `${result.passageId}:${result.score}`).join(' ')} | ${snippet}`;
    }
    if (round === 0 && answers[0] !== answers[1]) {
      differing += 1;
      console.log(`differs: ${question}\n  before ${answers[0]!.slice(0, 200)}\n  now    ${answers[1]!.slice(0, 200)}`);
    }
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
engines.forEach(({ name, buildMs }, e) => {
  const list = times[e]!;
  const mean = list.reduce((sum, ms) => sum + ms, 0) / list.length;
  console.log(
    `${name.padEnd(7)} CPU ms per question: p50 ${percentile(list, 50).toFixed(2)}, p90 ${percentile(list, 90).toFixed(2)}, p99 ${percentile(list, 99).toFixed(2)}, max ${percentile(list, 100).toFixed(2)}, mean ${mean.toFixed(2)}; index build ${(buildMs / 1000).toFixed(1)} s CPU`,
  );
});
console.log(`questions whose results differ: ${differing}`);
console.log('slowest now (before):');
questions
  .map((question, q) => ({ question, now: times[1]![q]!, before: times[0]![q]! }))
  .sort((x, y) => y.now - x.now)
  .slice(0, SLOWEST)
  .forEach(({ question, now, before }) => console.log(`  ${now.toFixed(2)} (${before.toFixed(2)})  ${question}`));
if (process.env.BENCH_HITS !== '0') {
  for (const { name, engine } of engines) {
    // Copies count as their original: the first three distinct passages are within the first 3 × copies results.
    const originals = (question: string) => [
      ...new Set(engine.search(question, { limit: 3 * copies }).map((result) => result.passageId.replace(/@\d+$/, ''))),
    ];
    const scores = score(everyone, originals);
    console.log(`${name.padEnd(7)} hit@1 / hit@3 on the scaled corpus (${copies} copies each): ${scores.hitAt1.toFixed(3)} / ${scores.hitAt3.toFixed(3)}`);
  }
}
console.log(`load ${load()}`);
