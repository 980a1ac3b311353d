/**
 * Server figures (`npm run bench -- server`): `npm start` as a child process on a fresh database,
 * measured from outside over loopback.
 * - start-up: spawn → first answered /healthz and first answered /api/ask, against a baseline
 *   of a bare node:http server started the same way (node + tsx), in the same run;
 * - throughput: concurrent fetch loops for a fixed time on /api/ask and /api/check, with
 *   requests per second and latency p50/p99 as ratios to /healthz measured the same way;
 * - memory: the server's resident set size after start and its peak after the load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONCURRENCY = 8;
const SECONDS_PER_ENDPOINT = 5;
const START_RUNS = 3;

const QUESTIONS = [
  'hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào',
  'ho ngheo duoc ho tro gi',
  'thủ tục xét hộ nghèo',
  'chuan ngheo da chieu nong thon',
  'hỗ trợ nhà ở cho hộ nghèo',
];
const PROFILES = [
  { area: 'rural', members: 4, monthlyIncome: 5_000_000, deprivations: ['health_insurance', 'water_source', 'sanitation'] },
  { area: 'urban', members: 3, monthlyIncomePerPerson: 1_900_000, deprivations: ['telecom'] },
  { area: 'rural', members: 5, monthlyIncome: 11_000_000, date: '2027-03-01' },
];

const BASELINE_SERVER = `
import { createServer } from 'node:http';
const server = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end('{"status":"ok"}');
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`;

interface Started {
  child: ChildProcess;
  url: string;
}

function spawnAndWaitForUrl(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`process exited (${code}) before printing its address`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Milliseconds from spawn until `ready(url)` first succeeds. */
async function timeToFirstAnswer(args: string[], env: Record<string, string>, ready: (url: string) => Promise<boolean>) {
  const started = performance.now();
  const server = await spawnAndWaitForUrl(args, env);
  while (!(await ready(server.url).catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 5));
  return { ms: performance.now() - started, server };
}

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** CONCURRENCY loops, each sending its next request as soon as the previous one is answered. */
async function load(send: (i: number) => Promise<Response>): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS_PER_ENDPOINT * 1000;
  let counter = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const response = await send(counter++);
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS_PER_ENDPOINT, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tro-ly-bench-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'bot.db'), RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  const mainArgs = ['--import', 'tsx', 'src/main.ts'];
  const healthy = async (url: string) => (await fetch(new URL('/healthz', url))).ok;
  const answers = async (url: string) =>
    (
      await fetch(new URL('/api/ask', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: QUESTIONS[0] }),
      })
    ).ok;

  try {
    // Start-up, median of a few runs each (the first start on a fresh database also creates it).
    const baseline: number[] = [];
    const toHealth: number[] = [];
    const toAsk: number[] = [];
    for (let run = 0; run < START_RUNS; run += 1) {
      const bare = await timeToFirstAnswer(['--import', 'tsx', '--input-type=module', '-e', BASELINE_SERVER], {}, healthy);
      baseline.push(bare.ms);
      await stop(bare.server.child);
      const health = await timeToFirstAnswer(mainArgs, env, healthy);
      toHealth.push(health.ms);
      await stop(health.server.child);
      const ask = await timeToFirstAnswer(mainArgs, env, answers);
      toAsk.push(ask.ms);
      await stop(ask.server.child);
    }
    console.log('start-up (median of %d, spawn → first answer):', START_RUNS);
    console.log(`  bare node:http + tsx (baseline) ${fixed(median(baseline), 0)} ms`);
    console.log(`  npm start → /healthz            ${fixed(median(toHealth), 0)} ms  (${fixed(median(toHealth) / median(baseline), 2)}× baseline)`);
    console.log(`  npm start → /api/ask            ${fixed(median(toAsk), 0)} ms  (${fixed(median(toAsk) / median(baseline), 2)}× baseline)`);

    const { child, url } = await spawnAndWaitForUrl(mainArgs, env);
    try {
      while (!(await healthy(url).catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 5));
      const rssAfterStart = rssKb(child.pid!, 'VmRSS');
      const post = (path: string, body: unknown) =>
        fetch(new URL(path, url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

      const health = await load(() => fetch(new URL('/healthz', url)));
      const ask = await load((i) => post('/api/ask', { question: QUESTIONS[i % QUESTIONS.length] }));
      const check = await load((i) => post('/api/check', PROFILES[i % PROFILES.length]));
      const peak = rssKb(child.pid!, 'VmHWM');

      console.log(`\nthroughput (${CONCURRENCY} concurrent loops × ${SECONDS_PER_ENDPOINT} s each, loopback):`);
      const row = (name: string, figures: Load) =>
        console.log(
          `  ${name.padEnd(12)} ${fixed(figures.rps, 0).padStart(6)} req/s (${fixed(figures.rps / health.rps, 3)}× healthz)` +
            `  p50 ${fixed(figures.p50, 2)} ms (${fixed(figures.p50 / health.p50, 1)}×)` +
            `  p99 ${fixed(figures.p99, 2)} ms (${fixed(figures.p99 / health.p99, 1)}×)` +
            (figures.errors ? `  ${figures.errors} non-200!` : ''),
        );
      row('/healthz', health);
      row('/api/ask', ask);
      row('/api/check', check);
      console.log(`\nmemory (server process): RSS after start ${fixed(rssAfterStart / 1024)} MB, peak after load ${fixed(peak / 1024)} MB`);
    } finally {
      await stop(child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
