/**
 * `cli batch` on a 100.000-row commune list, CSV and XLSX, as real processes (compiled; dist/ is built
 * first): `node src/build/run.mjs cli batch` (what `npm run cli` runs) and `npm run cli -- batch` itself
 * (npm's own start added), each against reading the same file alone with the same library (csv-parse /
 * ExcelJS's streaming reader) in a plain node process of its own. Runs interleaved, three times each;
 * the fastest of each, ratios within this run, with the load average. Part of `npm run bench -- rules`.
 * Each process's CPU time (user + system, its threads and children, as bash's `times` reports them) is
 * given too, as the median of the rounds' ratios: on a machine others share, wall time follows their load,
 * CPU time less so (still not steady at load 30: README "Vòng 36, `cli batch`"; callgrind instruction counts are).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { listRows } from './households.ts';

const ROWS = 100_000;
const RUNS = 3;
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Baselines: plain node, the reading library alone, counting rows. */
const READ_ALONE = {
  csv: `import { createReadStream } from 'node:fs'; import { parse } from 'csv-parse';
    let rows = 0; for await (const _ of createReadStream(process.argv[1]).pipe(parse())) rows += 1; console.log(rows);`,
  xlsx: `import ExcelJS from 'exceljs';
    let rows = 0; for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], {})) { for await (const _ of sheet) rows += 1; break; } console.log(rows);`,
};

/** "0m3.120s": bash's `times` figure in seconds. */
const timesSeconds = (text: string) => {
  const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/.exec(text)!;
  return Number(minutes) * 60 + Number(seconds);
};

/**
 * Runs a whole process under bash, which says after it what it cost its children in CPU (`times`, last line of stderr);
 * `cli batch` exits 3 because a few generated incomes (< 100.000, "9 nghìn or 9 triệu?") are refused.
 */
function timed(command: string, args: string[], okStatus = [0]) {
  const started = process.hrtime.bigint();
  const child = spawnSync('bash', ['-c', '"$@"; status=$?; times >&2; exit $status', 'bash', command, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!okStatus.includes(child.status ?? -1)) throw new Error(`${command} ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(0, 500)}`);
  const [user, system] = child.stderr.trimEnd().split('\n').at(-1)!.split(' ').map(timesSeconds);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: user! + system!, stdout: child.stdout };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'batch-bench-'));
try {
  const csv = join(dir, 'xa.csv');
  writeFileSync(csv, `${[...listRows(ROWS)].map((row) => row.join(',')).join('\n')}\n`);
  const xlsx = join(dir, 'xa.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = writer.addWorksheet('Danh sách');
  for (const row of listRows(ROWS)) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();

  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the CLI would not take the compiled path');

  for (const [format, file] of [['csv', csv], ['xlsx', xlsx]] as const) {
    const readRuns: number[] = [];
    const nodeRuns: number[] = [];
    const npmRuns: number[] = [];
    /** CPU seconds per round: reading alone, then `cli batch` through run.mjs. */
    const readCpu: number[] = [];
    const nodeCpu: number[] = [];
    let rows = 0;
    const out = join(dir, `out.${format}`);
    for (let run = 0; run < RUNS; run += 1) {
      const read = timed(process.execPath, ['--input-type=module', '-e', READ_ALONE[format], file]);
      rows = Number(read.stdout.trim());
      readRuns.push(read.seconds);
      readCpu.push(read.cpu);
      // A new output file each time, as a cadre writes one (replacing a 90 MB file would add freeing its blocks).
      rmSync(out, { force: true });
      const batch = timed(process.execPath, ['src/build/run.mjs', 'cli', 'batch', file, '--out', out], [0, 3]);
      nodeRuns.push(batch.seconds);
      nodeCpu.push(batch.cpu);
      rmSync(out, { force: true });
      npmRuns.push(timed('npm', ['run', '--silent', 'cli', '--', 'batch', file, '--out', out], [0, 3]).seconds);
    }
    const readSeconds = Math.min(...readRuns);
    const nodeSeconds = Math.min(...nodeRuns);
    const npmSeconds = Math.min(...npmRuns);
    const baseline = format === 'csv' ? 'csv-parse' : 'ExcelJS reader';
    console.log(`\n${format.toUpperCase()}: ${(rows - 1).toLocaleString('en-US')} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB in, ${(statSync(out).size / 1e6).toFixed(1)} MB out; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`plain ${baseline} alone, own process                 ${readSeconds.toFixed(2)} s`);
    console.log(`node src/build/run.mjs cli batch --out .${format}, process ${nodeSeconds.toFixed(2)} s   ${(nodeSeconds / readSeconds).toFixed(1)}× ${baseline} alone`);
    console.log(`npm run cli -- batch --out .${format}, whole process     ${npmSeconds.toFixed(2)} s   ${(npmSeconds / readSeconds).toFixed(1)}× ${baseline} alone`);
    const ratios = nodeCpu.map((cpu, round) => cpu / readCpu[round]!);
    console.log(`CPU (user + system), by round: ${baseline} alone ${readCpu.map((cpu) => cpu.toFixed(2)).join(' / ')} s, cli batch ${nodeCpu.map((cpu) => cpu.toFixed(2)).join(' / ')} s = ${ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(' / ')} (median ${median(ratios).toFixed(2)}×)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
