/**
 * `npm run build` (also run by `npm ci` / `npm install` through `prepare`): compiles src/ to dist/
 * with the TypeScript compiler (same tree, so paths such as ../../corpus/ resolve the same), copies
 * the files that are not TypeScript (the web page's client.js and page.css), checks the lexicon
 * (src/text/lexicon/check.ts: a bad entry fails the build naming the section and the entry, so start-up
 * does not check it again, nor load zod for it), then writes dist/.built, whose time src/build/run.mjs
 * compares with src/ to know whether dist/ is current.
 * Type errors are printed and fail the build, but the JavaScript is still emitted. Without the
 * compiler (a production install) it says so and leaves dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = `${root}src`;
const dist = `${root}dist`;

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // `npm ci --omit=dev` (a production install) has no compiler: the install must not fail for it;
  // src/build/run.mjs then runs the sources through tsx, which is a dependency.
  process.stderr.write('Không có TypeScript (cài không kèm devDependencies): bỏ qua bước dịch, `npm start` chạy mã nguồn qua tsx.\n');
  process.exit(0);
}
rmSync(dist, { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', `${src}/build/tsconfig.json`], { stdio: 'inherit' });
cpSync(src, dist, { recursive: true, filter: (path) => !path.endsWith('.ts') && !path.startsWith(`${src}/build`) });
if (compiled.status !== 0) {
  process.stderr.write('Biên dịch có lỗi kiểu (xem trên); dist/ vẫn được tạo nhưng không được đánh dấu là mới.\n');
  process.exit(compiled.status ?? 1);
}
try {
  (await import(pathToFileURL(`${dist}/text/lexicon/check.js`).href)).checkLexicon();
} catch (error) {
  process.stderr.write(`Từ điển sai, không dựng được: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
writeFileSync(`${dist}/.built`, `${new Date().toISOString()}\n`);
