/**
 * `npx tsx test/batch/golden/make-expected.ts <checkout>`: runs the golden lists through `cli batch` of `<checkout>` (a
 * copy of main before a change to the batch, `git archive main | tar -x -C <dir>`, `npm run build` there) and keeps
 * what it gave in test/batch/golden/expected/ (the result file gzipped). Run again only when the output is meant to
 * change (a new column, a new sentence), from the code that makes it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { GOLDEN_CASES, runGolden, workbookParts, type GoldenCase } from './cases.ts';

const checkout = process.argv[2];
if (!checkout) {
  process.stderr.write('Usage: npx tsx test/batch/golden/make-expected.ts <checkout>\n');
  process.exit(2);
}
const expected = fileURLToPath(new URL('./expected/', import.meta.url));
mkdirSync(expected, { recursive: true });
for (const name of Object.keys(GOLDEN_CASES) as GoldenCase[]) {
  const run = await runGolden(resolve(checkout), name);
  writeFileSync(`${expected}${name}.out.csv.gz`, gzipSync(run.out, { level: 9 }));
  writeFileSync(`${expected}${name}.json`, `${JSON.stringify({ status: run.status, stdout: run.stdout, stderr: run.stderr }, null, 1)}\n`);
  process.stdout.write(`${name}: status ${run.status}, ${run.out.length} bytes out, ${run.stderr.split('\n').length} stderr lines\n`);
  // The same list to a workbook (--out ket-qua.xlsx): its parts.
  const workbook = await runGolden(resolve(checkout), name, 'xlsx');
  writeFileSync(`${expected}${name}.out.xlsx.json`, `${JSON.stringify(await workbookParts(workbook.out), null, 1)}\n`);
}
