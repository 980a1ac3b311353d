/**
 * Server figures (`npm run bench -- server`): the real `npm start` as a child process on a fresh
 * database, at the default log level (its log lines go to a pipe that this process drains), measured
 * from outside over loopback.
 * - start-up: spawn → first answered /healthz and first answered /api/ask, interleaved with a
 *   baseline: a bare node:http server started with plain node (no npm, no tsx); the TypeScript path
 *   (`node --import tsx src/main.ts`, how `npm start` ran before it was compiled) is shown too.
 *   dist/ is built first so `npm start` takes the compiled path;
 * - throughput: autocannon (an external load generator: the server is another process) with
 *   CONNECTIONS connections for SECONDS_PER_RUN s on /healthz, /api/ask and /api/check, interleaved
 *   for ROUNDS rounds; requests per second and latency p50/p99 as ratios to /healthz in the same round.
 *   /api/ask twice: the five QUESTIONS over and over (answered from the kept answers after their first
 *   time), and a question never asked before on every request (the eval set's questions, each with a
 *   request number: search, answer text and JSON every time);
 * - memory: the server's resident set size after start and its peak after the load;
 * - log cost: /healthz throughput with a log line per request (LOG_LEVEL=debug) vs the default level.
 * The rate limit is switched off (RATE_LIMIT_PER_MINUTE=0): otherwise the 429s would be measured.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = 32;
const SECONDS_PER_RUN = 5;
const ROUNDS = 2;
const START_RUNS = 5;

const QUESTIONS = [
  'hộ cận nghèo được hỗ trợ bảo hiểm y tế thế nào',
  'ho ngheo duoc ho tro gi',
  'thủ tục xét hộ nghèo',
  'chuan ngheo da chieu nong thon',
  'hỗ trợ nhà ở cho hộ nghèo',
];
/** Questions of the eval sets: a new one on every request, with its request number ("… q123", a word no text has). */
const EVAL_QUESTIONS = ['questions.yaml', 'residents.yaml', 'unseen.yaml'].flatMap((file) =>
  (parseYaml(readFileSync(join(ROOT, 'test/eval', file), 'utf8')) as { question: string }[]).map((item) => item.question),
);
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

/** Spawns in its own process group (npm → sh → node), so that stopping reaches the server itself. */
function spawnAndWaitForUrl(command: string, args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stderr!.resume(); // the server's log lines: read and dropped, as a log collector would
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}) before printing its address`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

/** Milliseconds from spawn until `ready(url)` first succeeds, and the CPU time the server process had used by then. */
async function timeToFirstAnswer(command: string, args: string[], env: Record<string, string>, ready: (url: string) => Promise<boolean>) {
  const started = performance.now();
  const server = await spawnAndWaitForUrl(command, args, env);
  while (!(await ready(server.url).catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 2));
  const ms = performance.now() - started;
  const cpu = cpuMs(serverPid(server.child.pid!));
  await stop(server.child);
  return { ms, cpu };
}

/**
 * User + system CPU time of a process so far (/proc/<pid>/stat, in clock ticks of 10 ms): on a shared machine
 * it depends far less on the load than the time on the clock does.
 */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server process itself (npm's grandchild): the node process listening. */
function serverPid(npmPid: number): number {
  const children = (pid: number): number[] =>
    readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  let pid = npmPid;
  for (let next = children(pid); next.length > 0; next = children(pid)) pid = next[0]!;
  return pid;
}

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

async function load(url: string, requests: autocannon.Request[]): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS_PER_RUN, requests });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: npm start would not take the compiled path');

  const dir = mkdtempSync(join(tmpdir(), 'tro-ly-bench-'));
  const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'bot.db'), RATE_LIMIT_PER_MINUTE: '0' };
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
    // Start-up, interleaved runs; the median of each (the first start on a fresh database creates it).
    type Start = { ms: number; cpu: number };
    const baseline: Start[] = [];
    const toHealth: Start[] = [];
    const toAsk: Start[] = [];
    const tsxToAsk: Start[] = [];
    for (let run = 0; run < START_RUNS; run += 1) {
      baseline.push(await timeToFirstAnswer(process.execPath, ['--input-type=module', '-e', BASELINE_SERVER], {}, healthy));
      toHealth.push(await timeToFirstAnswer('npm', ['start'], env, healthy));
      toAsk.push(await timeToFirstAnswer('npm', ['start'], env, answers));
      tsxToAsk.push(await timeToFirstAnswer(process.execPath, ['--import', 'tsx', 'src/main.ts'], env, answers));
    }
    const base = median(baseline.map((start) => start.ms));
    const baseCpu = median(baseline.map((start) => start.cpu));
    const startRow = (name: string, starts: Start[]) => {
      const ms = median(starts.map((start) => start.ms));
      const cpu = median(starts.map((start) => start.cpu));
      console.log(`  ${name.padEnd(40)} ${fixed(ms, 0).padStart(5)} ms  (${fixed(ms / base, 2)}× baseline)  CPU ${fixed(cpu, 0)} ms (${fixed(cpu / baseCpu, 2)}×)`);
    };
    console.log(`start-up (median of ${START_RUNS} interleaved runs, spawn → first answer; CPU: the server process's user+system time by then):`);
    console.log(`  ${'bare node:http, plain node (baseline)'.padEnd(40)} ${fixed(base, 0).padStart(5)} ms  CPU ${fixed(baseCpu, 0)} ms`);
    startRow('npm start → /healthz', toHealth);
    startRow('npm start → /api/ask', toAsk);
    startRow('node --import tsx src/main.ts → /api/ask', tsxToAsk);

    const { child, url } = await spawnAndWaitForUrl('npm', ['start'], env);
    try {
      while (!(await healthy(url).catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 5));
      const pid = serverPid(child.pid!);
      const rssAfterStart = rssKb(pid, 'VmRSS');
      let asked = 0;
      const nextQuestion = () => `${EVAL_QUESTIONS[asked % EVAL_QUESTIONS.length]} q${(asked += 1)}`;
      const post = (path: string, bodies: unknown[]): autocannon.Request[] =>
        bodies.map((body) => ({ method: 'POST', path, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
      const endpoints: [string, autocannon.Request[]][] = [
        ['/healthz', [{ method: 'GET', path: '/healthz' }]],
        ['/api/ask', post('/api/ask', QUESTIONS.map((question) => ({ question })))],
        ['/api/ask new q.', [{ ...post('/api/ask', [{}])[0]!, setupRequest: (request) => ({ ...request, body: JSON.stringify({ question: nextQuestion() }) }) }]],
        ['/api/check', post('/api/check', PROFILES)],
        // The same checks without their sentences (~0,7 KB instead of ~15 KB a response).
        ['/api/check?lean=1', post('/api/check?lean=1', PROFILES)],
      ];
      const rounds: Load[][] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const figures: Load[] = [];
        for (const [, requests] of endpoints) figures.push(await load(url, requests));
        rounds.push(figures);
      }
      const peak = rssKb(pid, 'VmHWM');

      console.log(`\nthroughput (autocannon, ${CONNECTIONS} connections × ${SECONDS_PER_RUN} s, ${ROUNDS} interleaved rounds, loopback):`);
      endpoints.forEach(([name], index) => {
        const ratios = rounds.map((figures) => figures[index]!.rps / figures[0]!.rps);
        const p50 = rounds.map((figures) => figures[index]!.p50 / figures[0]!.p50);
        const rps = rounds.map((figures) => figures[index]!.rps);
        const failures = rounds.reduce((sum, figures) => sum + figures[index]!.failures, 0);
        console.log(
          `  ${name.padEnd(17)} ${rps.map((value) => fixed(value, 0)).join(' / ').padStart(14)} req/s` +
            `  (${ratios.map((value) => fixed(value, 3)).join(' / ')}× healthz)` +
            `  p50 ${rounds.map((figures) => fixed(figures[index]!.p50, 1)).join(' / ')} ms (${p50.map((value) => fixed(value, 1)).join(' / ')}×)` +
            `  p99 ${rounds.map((figures) => fixed(figures[index]!.p99, 1)).join(' / ')} ms` +
            (failures ? `  ${failures} failed!` : ''),
        );
      });
      console.log(`\nmemory (server process): RSS after start ${fixed(rssAfterStart / 1024)} MB, peak after load ${fixed(peak / 1024)} MB`);
    } finally {
      await stop(child);
    }

    // What a log line per request costs: /healthz at LOG_LEVEL=debug (every request logged) against
    // the default level (a successful cheap request is not), two servers side by side, interleaved.
    const quiet = await spawnAndWaitForUrl('npm', ['start'], env);
    const verbose = await spawnAndWaitForUrl('npm', ['start'], { ...env, DATABASE_PATH: join(dir, 'debug.db'), LOG_LEVEL: 'debug' });
    try {
      const health: autocannon.Request[] = [{ method: 'GET', path: '/healthz' }];
      const ratios: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const atDefault = await load(quiet.url, health);
        const atDebug = await load(verbose.url, health);
        ratios.push(atDebug.rps / atDefault.rps);
      }
      console.log(`\nlog cost: /healthz with a line per request (LOG_LEVEL=debug) ${ratios.map((value) => fixed(value, 2)).join(' / ')}× the default level`);
    } finally {
      await stop(quiet.child);
      await stop(verbose.child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
