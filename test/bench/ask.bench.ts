/**
 * CPU per new /api/ask question (`npm run bench -- ask`), in process, as CPU time (process.cpuUsage), not wall time:
 * the machine is shared, and CPU time of this process moves far less with the neighbours than a stopwatch.
 *
 * The questions are the residents' of the eval sets (test/eval/residents.yaml, test/eval/routing*.yaml), each with a request number ("… q123", a word no
 * text has), so every one is new to the kept answers: search, household reading, rumour and topic reading,
 * answer text and JSON every time, as the server's "new question" figure. Three things, interleaved in ROUNDS rounds:
 * - ask: the answer /api/ask sends (askAnswers, as src/server/api.ts builds it);
 * - search: search.search alone on the same questions (the baseline: what any answer needs);
 * - kept: the same questions asked again (answered from the kept answers: hash and lookup only).
 * Printed: µs of CPU per question (median of the rounds) and ask as a multiple of search in the same run.
 * `ASK_BENCH_QUESTIONS=n` changes how many questions a round asks (default 200); `ASK_BENCH_GROUPS=all` asks the cadres' and
 * outreach questions of the same files too (every `question` of residents.yaml and the routing sets).
 * Old against new: run it in a copy of main (`git archive main | tar -x -C /tmp/before`, node_modules linked) and here, side by side.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { createApp } from '../../src/app.ts';
import { askAnswers } from '../../src/server/ask.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PER_ROUND = Number(process.env.ASK_BENCH_QUESTIONS ?? 200);
const ROUNDS = 7;
const TODAY = '2026-03-15';

/** Every resident's question of the eval sets: residents.yaml ("asker: resident") and the routing sets ("group: residents"). */
const EVAL_DIR = join(ROOT, 'test/eval');
const RESIDENTS = readdirSync(EVAL_DIR)
  .filter((file) => file === 'residents.yaml' || (file.startsWith('routing') && file.endsWith('.yaml')))
  .sort()
  .flatMap((file) => parseYaml(readFileSync(join(EVAL_DIR, file), 'utf8')) as { question: string; asker?: string; group?: string }[])
  .filter((item) => process.env.ASK_BENCH_GROUPS === 'all' || item.asker === 'resident' || item.group === 'residents')
  .map((item) => item.question);

function cpuMicros(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const folder = mkdtempSync(join(tmpdir(), 'ask-bench-'));
try {
  const app = await createApp({ databasePath: join(folder, 'bot.db') });
  const library = { documents: app.documents, passagesOf: (docId: string) => app.search.passagesOf(docId), provinces: app.provinces };
  // A budget large enough that no answer of the run is dropped: the "kept" figure finds every one.
  const ask = askAnswers(app.search, app.rules, 1 << 30, library);
  let asked = 0;
  const nextRound = () => Array.from({ length: PER_ROUND }, () => `${RESIDENTS[asked % RESIDENTS.length]} q${(asked += 1)}`);
  // Warm-up: the JIT and the search's per-passage caches, on questions of their own.
  for (const question of nextRound()) ask(question, 5, TODAY);

  const figures = { ask: [] as number[], search: [] as number[], kept: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const questions = nextRound();
    globalThis.gc?.();
    figures.search.push(cpuMicros(() => questions.forEach((question) => app.search.search(question, { limit: 5 }))) / PER_ROUND);
    globalThis.gc?.();
    figures.ask.push(cpuMicros(() => questions.forEach((question) => ask(question, 5, TODAY))) / PER_ROUND);
    globalThis.gc?.();
    figures.kept.push(cpuMicros(() => questions.forEach((question) => ask(question, 5, TODAY))) / PER_ROUND);
  }
  await app.close();

  const search = median(figures.search);
  const line = (label: string, values: number[]) =>
    `${label.padEnd(44)} ${median(values).toFixed(0).padStart(6)} µs CPU   ${(median(values) / search).toFixed(2)}× search alone`;
  process.stdout.write(
    [
      `${RESIDENTS.length} ${process.env.ASK_BENCH_GROUPS === 'all' ? '' : 'resident '}questions, ${PER_ROUND} new ones a round, ${ROUNDS} rounds, medians`,
      line('/api/ask, a new question', figures.ask),
      line('search alone, same questions', figures.search),
      line('/api/ask, the same questions again (kept)', figures.kept),
    ].join('\n') + '\n',
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
