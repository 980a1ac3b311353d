/**
 * The golden lists run through `cli batch` of a checkout, as a cadre runs it: each list written to a new folder, the
 * CLI run with a fixed check date, and what it gave (the result file's bytes, stdout, stderr, exit status).
 * `npx tsx test/batch/golden/make-expected.ts <checkout>` keeps this from a checkout (main before a change) in
 * test/batch/golden/expected/; golden.test.ts runs this checkout and compares.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { goldenCsv, goldenWorkbook } from './lists.ts';

export interface GoldenRun {
  status: number | null;
  stdout: string;
  stderr: string;
  out: Buffer;
}

export const GOLDEN_CASES = {
  csv: async (dir: string) => {
    const path = join(dir, 'danh-sach.csv');
    writeFileSync(path, goldenCsv());
    return path;
  },
  xlsx: async (dir: string) => {
    const path = join(dir, 'danh-sach.xlsx');
    await goldenWorkbook(path);
    return path;
  },
} as const;

export type GoldenCase = keyof typeof GOLDEN_CASES;

/** `cli batch <list> --out ket-qua.csv --date 02/12/2026` of the checkout at `root`, in a folder of its own (removed after). */
export async function runGolden(root: string, name: GoldenCase, format: 'csv' | 'xlsx' = 'csv'): Promise<GoldenRun> {
  const dir = mkdtempSync(join(tmpdir(), 'golden-batch-'));
  try {
    const list = await GOLDEN_CASES[name](dir);
    const out = join(dir, `ket-qua.${format}`);
    const child = spawnSync(process.execPath, [join(root, 'src/build/run.mjs'), 'cli', 'batch', list, '--out', out, '--date', '02/12/2026'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // The folder differs from run to run: said as <dir>.
    const plain = (text: string) => text.replaceAll(dir, '<dir>');
    return { status: child.status, stdout: plain(child.stdout), stderr: plain(child.stderr), out: readFileSync(out) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A result workbook as what it holds: the sha256 of each part of the zip but docProps/core.xml (the time it was written),
 * by name.
 */
export async function workbookParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]!.dir || name === 'docProps/core.xml') continue;
    parts[name] = createHash('sha256').update(await zip.files[name]!.async('nodebuffer')).digest('hex');
  }
  return parts;
}
