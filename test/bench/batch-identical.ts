/**
 * Whether a change keeps `cli batch` the same, byte for byte (a dev tool for speed work on the list reader and writer):
 *
 *   npx tsx test/bench/batch-identical.ts <before> [after]
 *
 * `before` and `after` (default: this checkout) are checkouts with a current dist/ (`npm run build`); an earlier version:
 * `git archive <commit> | tar -x -C /tmp/before`, copy dist/ and .cache/ into it, link node_modules, `touch dist/.built`.
 * Each runs `node src/build/run.mjs cli batch … --date 01/12/2026` on the generated lists of the bench (20.000 and
 * 100.000 rows of `listRows`, to a file and to stdout) and on every .csv and .xlsx under test/ (to a file of its kind and
 * to stdout as CSV): the sha256 of the result file (a workbook: of each file inside it but docProps/core.xml, which holds
 * the time it was made), stdout, stderr (the checkout's path taken out) and the exit code are compared. Prints the cases
 * that differ; exit code 1 when any does.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { listRows } from './households.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const [before, after = ROOT] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before) {
  process.stderr.write('Cách dùng: npx tsx test/bench/batch-identical.ts <thư mục bản trước> [thư mục bản sau]\n');
  process.exit(2);
}

const sha = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The result file as compared: its sha256, or a workbook's files' (docProps/core.xml left out). */
async function resultDigest(file: string): Promise<string> {
  if (!existsSync(file)) return 'no file';
  const bytes = readFileSync(file);
  if (extname(file) !== '.xlsx') return sha(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const parts: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== 'docProps/core.xml' && !zip.files[name]!.dir) parts.push(`${name} ${sha(await zip.files[name]!.async('uint8array'))}`);
  }
  return parts.join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'batch-identical-'));

async function run(checkout: string, input: string, out: string | undefined): Promise<string> {
  if (out) rmSync(out, { force: true });
  const args = ['src/build/run.mjs', 'cli', 'batch', input, '--date', '01/12/2026', ...(out ? ['--out', out] : [])];
  const child = spawnSync(process.execPath, args, { cwd: checkout, maxBuffer: 1024 * 1024 * 1024 });
  const stderr = child.stderr.toString('utf8').replaceAll(checkout, '<checkout>');
  return [child.status, sha(child.stdout), sha(stderr), out ? await resultDigest(out) : ''].join('\n');
}

let differ = 0;
try {
  const inputs: string[] = [];
  for (const rows of [20_000, 100_000]) {
    const file = join(dir, `list-${rows}.csv`);
    writeFileSync(file, `${[...listRows(rows)].map((row) => row.join(',')).join('\n')}\n`);
    inputs.push(file);
  }
  const fixtures = join(ROOT, 'test');
  for (const name of readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(csv|xlsx)$/.test(name)) inputs.push(join(fixtures, name));
  }
  for (const input of inputs) {
    for (const out of [join(dir, `result${extname(input)}`), undefined]) {
      const same = (await run(before, input, out)) === (await run(after, input, out));
      if (!same) differ += 1;
      process.stdout.write(`${same ? 'giống' : 'KHÁC '}  ${input}${out ? ' --out' : ''}\n`);
    }
  }
  process.stdout.write(`${inputs.length * 2} lần chạy mỗi bản, ${differ} khác\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = differ === 0 ? 0 : 1;
