/**
 * `npm run bench`: runs every test/bench/*.bench.ts in its own process, one after another, so
 * each measures on a quiet machine. `npm run bench -- search` runs only the files matching "search".
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !filter || name.includes(filter))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${benchDir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
if (files.length === 0) process.stdout.write('No benchmark matched.\n');
process.exitCode = failed === 0 ? 0 : 1;
