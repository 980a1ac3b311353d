/**
 * `npm run bench -- search`: our search against plain MiniSearch (default options, the baseline),
 * FlexSearch and Lunr (their defaults too) on the real corpus, and against MiniSearch on a scaled
 * corpus of at least 50,000 passages generated from it (Lunr alone took 353 s to build there).
 * Quality on the eval questions, index build time, heap used by the index, query latency p50/p99 (wall and CPU time);
 * figures as ratios against the baseline measured in the same run. Latency is measured interleaved
 * (each question asked of every library in turn, after a warm-up round), so a busy machine slows
 * all of them alike; the load average is printed. Our search is timed as the chat uses it: the
 * results and the snippet of the first. Start-up (build at start vs load the serialised index) is
 * timed in fresh processes, and the scaled corpus is measured in a process of its own (our engine the
 * only one made in it, as in the app).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
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
import { loadQuestions, score, withoutDiacritics, type EvalQuestion } from '../eval/evaluate.ts';
import { scaledCorpus } from './scaled-corpus.ts';

const SCALED_PASSAGES = Number(process.env.BENCH_SCALED_PASSAGES ?? 50_000);
/** Timed rounds over the questions, after one warm-up round. */
const LATENCY_ROUNDS = { real: 5, scaled: 1 };
const STARTUP_RUNS = 3;
/** Results asked for when timing (the chat asks for 5) and when judging quality on the real corpus. */
const RESULTS = 10;

/** Passage ids for a question, best first, at most `results` of them. */
type Ranker = (question: string, results: number) => string[];

interface Contender {
  name: string;
  build(passages: Passage[]): Ranker;
  /** Also measured on the scaled corpus. */
  scaled: boolean;
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
      return (question, results) => index.search(question).slice(0, results).map((hit) => hit.id as string);
    },
    scaled: true,
  },
  {
    name: 'FlexSearch mặc định',
    build(passages) {
      const index = new FlexIndex();
      passages.forEach((passage, i) => index.add(i, plainText(passage)));
      return (question, results) => (index.search(question, results) as number[]).map((i) => passages[i]!.id);
    },
    scaled: false,
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
      return (question, results) =>
        index
          .query((query) => query.term(lunr.tokenizer(question), {}))
          .slice(0, results)
          .map((hit) => hit.ref);
    },
    scaled: false,
  },
  {
    name: 'Trợ lý (của ta)',
    build(passages) {
      // Judging the scaled corpus asks for more results than a reader may (see `originals`).
      const engine = createSearchEngine({ documents: [], passages }, buildIndex(passages), { maxLimit: Number.MAX_SAFE_INTEGER });
      return (question, results) => {
        const found = engine.search(question, { limit: results });
        void found[0]?.snippet;
        return found.map((result) => result.passageId);
      };
    },
    scaled: true,
  },
];

/** Collects garbage until what a build threw away is gone (ArrayBuffers are freed after the collection that finds them). */
async function gc(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** JavaScript heap plus the memory behind ArrayBuffers (typed arrays live outside the heap). */
const heapMb = () => {
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Built {
  name: string;
  rank: Ranker;
  buildMs: number;
  heapMb: number;
}

/** Builds the indexes one after another, each index's heap measured alone (the previous ones stay, the difference is its own). */
async function buildAll(contenders: Contender[], passages: Passage[]): Promise<Built[]> {
  const built: Built[] = [];
  for (const contender of contenders) {
    await gc();
    const before = heapMb();
    const start = performance.now();
    const rank = contender.build(passages);
    const buildMs = performance.now() - start;
    await gc();
    built.push({ name: contender.name, rank, buildMs, heapMb: heapMb() - before });
  }
  return built;
}

/**
 * Latencies per contender, asked in turn for each question (a warm-up round first, not timed): wall time, and the
 * process's CPU time for the same call (process.cpuUsage, read outside the wall-time window), which other work on a
 * busy machine inflates far less.
 */
function latencies(built: Built[], questions: string[], rounds: number): { p50: number; p99: number; cpuP50: number; cpuP99: number }[] {
  const times = built.map(() => [] as number[]);
  const cpu = built.map(() => [] as number[]);
  for (let round = 0; round <= rounds; round += 1) {
    for (const question of questions) {
      built.forEach(({ rank }, i) => {
        const used = process.cpuUsage();
        const t = performance.now();
        rank(question, RESULTS);
        const wall = performance.now() - t;
        const { user, system } = process.cpuUsage(used);
        if (round > 0) {
          times[i]!.push(wall);
          cpu[i]!.push((user + system) / 1000);
        }
      });
    }
  }
  const sort = (list: number[]) => list.sort((a, b) => a - b);
  return times.map((list, i) => {
    const wall = sort(list);
    const used = sort(cpu[i]!);
    return { p50: percentile(wall, 50), p99: percentile(wall, 99), cpuP50: percentile(used, 50), cpuP99: percentile(used, 99) };
  });
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const cell = (text: string, width: number) => text.padStart(width);

interface Measured {
  buildMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
  quality?: string;
}

/** Prints rows; the first row is the baseline. */
function tablePrinter(title: string, withQuality: boolean): (name: string, m: Measured) => void {
  console.log(`\n${title}`);
  console.log(
    `${'thư viện'.padEnd(22)}${cell('dựng chỉ mục', 20)}${cell('bộ nhớ', 20)}${cell('p50', 20)}${cell('p99', 20)}${cell('CPU p50', 20)}${cell('CPU p99', 20)}${withQuality ? cell('hit@3 dấu/không dấu · MRR', 34) : ''}`,
  );
  let base: Measured | undefined;
  return (name, m) => {
    base ??= m;
    console.log(
      `${name.padEnd(22)}${cell(`${m.buildMs.toFixed(0)} ms (${ratio(m.buildMs, base.buildMs)})`, 20)}${cell(
        `${m.heapMb.toFixed(1)} MB (${ratio(m.heapMb, base.heapMb)})`,
        20,
      )}${cell(`${m.p50.toFixed(3)} ms (${ratio(m.p50, base.p50)})`, 20)}${cell(`${m.p99.toFixed(3)} ms (${ratio(m.p99, base.p99)})`, 20)}${cell(
        `${m.cpuP50.toFixed(3)} ms (${ratio(m.cpuP50, base.cpuP50)})`,
        20,
      )}${cell(`${m.cpuP99.toFixed(3)} ms (${ratio(m.cpuP99, base.cpuP99)})`, 20)}${
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

const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');

/**
 * Ids of copies (`<id>@<copy>`) as their original, each original once: the copies are one passage.
 * All copies of a passage score alike, so the first three distinct passages are found within the
 * first 3 × copies results.
 */
const originals =
  (rank: Ranker, copies: number) =>
  (question: string): string[] =>
    [...new Set(rank(question, 3 * copies).map((id) => id.replace(/@\d+$/, '')))];

/** The real corpus and the questions asked of it: the first set with and without diacritics, then residents' own typing. */
function benchQuestions() {
  const corpus = loadCorpus();
  const evalQuestions = loadQuestions();
  const plain = withoutDiacritics(evalQuestions);
  const everyone = [...evalQuestions, ...plain, ...loadQuestions('residents')];
  return { corpus, evalQuestions, plain, everyone, questions: everyone.map((q) => q.question) };
}

/** hit@1 / hit@3 over every question, copies counted as their original. */
const hits = (everyone: EvalQuestion[], rank: Ranker, copies: number) => {
  const scores = score(everyone, originals(rank, copies));
  return `${scores.hitAt1.toFixed(3)} / ${scores.hitAt3.toFixed(3)}`;
};

async function main(): Promise<void> {
  const { corpus, evalQuestions, plain, everyone, questions } = benchQuestions();
  console.log(`Kho thật: ${corpus.passages.length} đoạn; ${questions.length} câu hỏi (bộ đầu có dấu và không dấu, lời người dân). Tải máy (uptime): ${load()}.`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(chạy không có --expose-gc: số đo bộ nhớ kém chính xác)');

  const judge = (rank: Ranker) => {
    const ranked = (question: string) => rank(question, RESULTS);
    const accented = score(evalQuestions, ranked);
    const unaccented = score(plain, ranked);
    return `${accented.hitAt3.toFixed(3)}/${unaccented.hitAt3.toFixed(3)} · ${((accented.mrr + unaccented.mrr) / 2).toFixed(3)}`;
  };

  const real = await buildAll(contenders, corpus.passages);
  const realTimes = latencies(real, questions, LATENCY_ROUNDS.real);
  const printReal = tablePrinter(
    `Kho thật (${corpus.passages.length} đoạn), độ trễ trên ${LATENCY_ROUNDS.real} vòng câu hỏi (xen kẽ, sau một vòng khởi động):`,
    true,
  );
  real.forEach((built, i) => printReal(built.name, { ...built, ...realTimes[i]!, quality: judge(built.rank) }));
  const realHits = Object.fromEntries(real.map((built) => [built.name, hits(everyone, built.rank, 1)]));

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

  // The scaled corpus in a process of its own: our engine is then the only one made in the process, as in the app
  // (one engine per process). Made after the real corpus's engine in the same process, it ran 35-45% slower (CPU per
  // question): the functions of the module then serve two engines.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--scaled'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_REAL_HITS: JSON.stringify(realHits) },
  });
  if (child.status !== 0) throw new Error('the scaled corpus run failed');
  console.log(`\nTải máy khi xong (uptime): ${load()}.`);
}

/** Child mode: MiniSearch and our search on the scaled corpus; hit@k on the real corpus comes from the parent. */
async function scaledChild(realHits: Record<string, string>): Promise<void> {
  const { corpus, everyone, questions } = benchQuestions();
  const scaled = scaledCorpus(corpus.passages, SCALED_PASSAGES);
  const large = await buildAll(
    contenders.filter((contender) => contender.scaled),
    scaled,
  );
  const scaledTimes = latencies(large, questions, LATENCY_ROUNDS.scaled);
  const printScaled = tablePrinter(
    `Kho nhân bản (${scaled.length} đoạn, câu trong đoạn xáo trộn; tiến trình riêng), độ trễ trên ${questions.length} câu hỏi (xen kẽ, sau một vòng khởi động):`,
    false,
  );
  large.forEach((built, i) => printScaled(built.name, { ...built, ...scaledTimes[i]! }));
  const copies = Math.ceil(scaled.length / corpus.passages.length);
  console.log(`\nhit@1 / hit@3 trên ${everyone.length} câu hỏi, kho thật → kho nhân bản (mỗi đoạn ${copies} bản, tính là một đoạn):`);
  for (const built of large) console.log(`${built.name.padEnd(22)}${realHits[built.name]} → ${hits(everyone, built.rank, copies)}`);
}

if (process.argv[2] === '--startup') startupChild(process.argv[3]!, process.argv[4]!);
else if (process.argv[2] === '--scaled') await scaledChild(JSON.parse(process.env.BENCH_REAL_HITS ?? '{}') as Record<string, string>);
else await main();
