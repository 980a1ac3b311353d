/**
 * `npm run bench -- search`: our search against plain MiniSearch (default options, the baseline),
 * FlexSearch and Lunr (their defaults too), on the real corpus and on a scaled corpus of at least
 * 50,000 passages generated from it. Quality on the eval questions (real corpus), index build time,
 * heap used by the index, query latency p50/p99; figures as ratios against the baseline measured
 * in the same run. Start-up (build at start vs load the serialised index) is timed in fresh processes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import type { Passage } from '../../src/corpus/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildIndex } from '../../src/search/index-store.ts';
import { loadOrBuildIndex } from '../../src/search/index-cache.ts';
import { loadQuestions, score, withoutDiacritics } from '../eval/evaluate.ts';

const SCALED_PASSAGES = Number(process.env.BENCH_SCALED_PASSAGES ?? 50_000);
const LATENCY_ROUNDS = { real: 5 };
/** On the scaled corpus every n-th question is timed: the slowest library takes seconds per question there. */
const SCALED_QUESTION_STEP = 4;
const STARTUP_RUNS = 3;

type Ranker = (question: string) => string[];

interface Contender {
  name: string;
  build(passages: Passage[]): Ranker;
}

/** What the plain libraries index: everything a passage is known by, as one text. */
const plainText = (passage: Passage) => [passage.title, ...passage.headings, passage.text].join('\n');

const contenders: Contender[] = [
  {
    name: 'MiniSearch mặc định',
    build(passages) {
      const index = new MiniSearch<{ id: string; title: string; headings: string; text: string }>({
        fields: ['title', 'headings', 'text'],
        storeFields: [],
      });
      index.addAll(passages.map((p) => ({ id: p.id, title: p.title, headings: p.headings.join('\n'), text: p.text })));
      return (question) => index.search(question).slice(0, 10).map((hit) => hit.id as string);
    },
  },
  {
    name: 'FlexSearch mặc định',
    build(passages) {
      const index = new FlexIndex();
      passages.forEach((passage, i) => index.add(i, plainText(passage)));
      return (question) => (index.search(question, 10) as number[]).map((i) => passages[i]!.id);
    },
  },
  {
    name: 'Lunr mặc định',
    build(passages) {
      const index = lunr(function () {
        this.ref('id');
        this.field('title');
        this.field('headings');
        this.field('text');
        for (const p of passages) this.add({ id: p.id, title: p.title, headings: p.headings.join('\n'), text: p.text });
      });
      // Terms straight from Lunr's own tokenizer and pipeline: user text is not Lunr query syntax.
      return (question) =>
        index
          .query((query) => query.term(lunr.tokenizer(question), {}))
          .slice(0, 10)
          .map((hit) => hit.ref);
    },
  },
  {
    name: 'Trợ lý (của ta)',
    build(passages) {
      const engine = createSearchEngine({ documents: [], passages }, buildIndex(passages));
      return (question) => engine.search(question, { limit: 10 }).map((result) => result.passageId);
    },
  },
];

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Measured {
  buildMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  /** hit@3 with/without diacritics and mean MRR. */
  quality?: string;
}

/** Builds one index, times it and its queries; the index is dropped on return, so indexes are measured one at a time. */
function measure(
  contender: Contender,
  passages: Passage[],
  questions: string[],
  rounds: number,
  judge?: (rank: Ranker) => string,
): Measured {
  gc();
  const before = heapMb();
  const start = performance.now();
  const rank = contender.build(passages);
  const buildMs = performance.now() - start;
  gc();
  const heap = heapMb() - before;
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const t = performance.now();
      rank(question);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { buildMs, heapMb: heap, p50: percentile(times, 50), p99: percentile(times, 99), quality: judge?.(rank) };
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same scaled corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Copies of the real passages with their sentences shuffled, under ids `<id>@<copy>`, until there are enough. */
function scaledCorpus(passages: Passage[], target: number): Passage[] {
  const next = random(42);
  const out: Passage[] = [];
  for (let copy = 0; out.length < target; copy += 1) {
    for (const passage of passages) {
      const sentences = passage.text.split(/(?<=[.;])\s+/);
      for (let i = sentences.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
      }
      out.push({ ...passage, id: `${passage.id}@${copy}`, docId: `${passage.docId}@${copy}`, text: sentences.join(' ') });
    }
  }
  return out;
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const cell = (text: string, width: number) => text.padStart(width);

/** Prints rows as they are measured (a slow library shows where the time goes); the first row is the baseline. */
function tablePrinter(title: string, withQuality: boolean): (name: string, m: Measured) => void {
  console.log(`\n${title}`);
  console.log(
    `${'thư viện'.padEnd(22)}${cell('dựng chỉ mục', 20)}${cell('bộ nhớ', 20)}${cell('p50', 20)}${cell('p99', 20)}${withQuality ? cell('hit@3 dấu/không dấu · MRR', 34) : ''}`,
  );
  let base: Measured | undefined;
  return (name, m) => {
    base ??= m;
    console.log(
      `${name.padEnd(22)}${cell(`${m.buildMs.toFixed(0)} ms (${ratio(m.buildMs, base.buildMs)})`, 20)}${cell(
        `${m.heapMb.toFixed(1)} MB (${ratio(m.heapMb, base.heapMb)})`,
        20,
      )}${cell(`${m.p50.toFixed(3)} ms (${ratio(m.p50, base.p50)})`, 20)}${cell(`${m.p99.toFixed(3)} ms (${ratio(m.p99, base.p99)})`, 20)}${
        m.quality ? cell(m.quality, 34) : ''
      }`,
    );
  };
}

/** Child mode: time one start-up in a fresh process, print the milliseconds. */
function startupChild(mode: string, cacheDir: string): void {
  const start = performance.now();
  const corpus = loadCorpus();
  const index = mode === 'cache' ? loadOrBuildIndex(corpus.passages, cacheDir) : { index: buildIndex(corpus.passages), source: 'built' };
  if (mode === 'cache' && index.source !== 'cache') throw new Error('the cache was expected to be warm');
  createSearchEngine(corpus, index.index).search('hộ nghèo');
  process.stdout.write(String(performance.now() - start));
}

function startupMs(mode: 'build' | 'cache', cacheDir: string): number {
  const runs: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i += 1) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--startup', mode, cacheDir], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`start-up run failed: ${child.stderr}`);
    runs.push(Number(child.stdout));
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

function main(): void {
  const corpus = loadCorpus();
  const evalQuestions = loadQuestions();
  const plain = withoutDiacritics(evalQuestions);
  const questions = [...evalQuestions, ...plain].map((q) => q.question);
  console.log(`Kho thật: ${corpus.passages.length} đoạn; ${questions.length} câu hỏi (có dấu và không dấu).`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(chạy không có --expose-gc: số đo bộ nhớ kém chính xác)');

  const judge = (rank: Ranker) => {
    const accented = score(evalQuestions, rank);
    const unaccented = score(plain, rank);
    return `${accented.hitAt3.toFixed(3)}/${unaccented.hitAt3.toFixed(3)} · ${((accented.mrr + unaccented.mrr) / 2).toFixed(3)}`;
  };
  const printReal = tablePrinter(`Kho thật (${corpus.passages.length} đoạn), độ trễ trên ${LATENCY_ROUNDS.real} vòng câu hỏi:`, true);
  for (const contender of contenders) printReal(contender.name, measure(contender, corpus.passages, questions, LATENCY_ROUNDS.real, judge));

  const cacheDir = mkdtempSync(join(tmpdir(), 'search-bench-'));
  try {
    loadOrBuildIndex(corpus.passages, cacheDir);
    const build = startupMs('build', cacheDir);
    const cached = startupMs('cache', cacheDir);
    console.log(
      `\nKhởi động (tiến trình mới, trung vị ${STARTUP_RUNS} lần, gồm đọc kho và câu hỏi đầu tiên): dựng chỉ mục ${build.toFixed(0)} ms; nạp chỉ mục đã lưu ${cached.toFixed(0)} ms (${ratio(cached, build)}).`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }

  const scaled = scaledCorpus(corpus.passages, SCALED_PASSAGES);
  const sample = questions.filter((_, i) => i % SCALED_QUESTION_STEP === 0);
  const printScaled = tablePrinter(
    `Kho nhân bản (${scaled.length} đoạn, câu trong đoạn xáo trộn), độ trễ trên ${sample.length} câu hỏi (1/${SCALED_QUESTION_STEP} bộ câu):`,
    false,
  );
  for (const contender of contenders) printScaled(contender.name, measure(contender, scaled, sample, 1));
}

if (process.argv[2] === '--startup') startupChild(process.argv[3]!, process.argv[4]!);
else main();
