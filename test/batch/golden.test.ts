/**
 * `cli batch` gives the same bytes as before a change to its speed (issue 11): two commune lists (golden/lists.ts: a
 * 3.000-row CSV with title, subtotal, footer, duplicate codes and ~440 rows a cadre got wrong; a workbook of 600
 * households written one row per member under merged codes and a two-row merged header) run through this checkout's
 * CLI, against what main's CLI gave for them before (golden/expected/, made by golden/make-expected.ts): the result
 * file byte for byte, stdout (the summary), stderr (every refused row, the notes) and the exit status; and, written as a
 * workbook (--out .xlsx), every part of it but the time it was written.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, runGolden, workbookParts, type GoldenCase } from './golden/cases.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const expectedDir = new URL('./golden/expected/', import.meta.url);

/** The first line where two result files differ, to say it when they do. */
function firstDifference(actual: Buffer, expected: Buffer): string {
  const [a, e] = [actual.toString('utf8').split('\n'), expected.toString('utf8').split('\n')];
  const at = a.findIndex((line, index) => line !== e[index]);
  return at < 0 ? `${a.length} vs ${e.length} lines` : `line ${at + 1}:\n  now: ${a[at]}\n  was: ${e[at]}`;
}

describe('cli batch output is unchanged, byte for byte', () => {
  for (const name of Object.keys(GOLDEN_CASES) as GoldenCase[]) {
    it(`${name} list → ket-qua.csv, stdout, stderr, exit status`, async () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, expectedDir), 'utf8')) as { status: number; stdout: string; stderr: string };
      const expectedOut = gunzipSync(readFileSync(new URL(`${name}.out.csv.gz`, expectedDir)));
      const run = await runGolden(root, name);
      expect(run.status).toBe(expected.status);
      expect(run.stdout).toBe(expected.stdout);
      expect(run.stderr).toBe(expected.stderr);
      expect(run.out.equals(expectedOut), firstDifference(run.out, expectedOut)).toBe(true);
    });

    it(`${name} list → ket-qua.xlsx: every part of the workbook (sheets, styles, shared data) but its time of writing`, async () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}.out.xlsx.json`, expectedDir), 'utf8')) as Record<string, string>;
      const run = await runGolden(root, name, 'xlsx');
      expect(await workbookParts(run.out)).toEqual(expected);
    });
  }
});
