/**
 * `npm run build` (also run by `npm ci` / `npm install` through `prepare`):
 * 1. compiles src/ to dist/ with the TypeScript compiler (same tree, so paths such as ../../corpus/ resolve the
 *    same; type errors are printed and fail the build, but the JavaScript is still emitted) and copies the files
 *    that are not TypeScript (the web page's client.js and page.css, the SQL migrations);
 * 2. checks the data: the lexicon the code carries (src/text/lexicon/check.ts), which start-up then does not check
 *    again (nor load zod for it), and the rules and the corpus, whose checked forms (and the search index) are kept
 *    in .cache/ as every start keeps them (src/cache/artifact.ts), so the first `npm start` after `npm ci` reads them
 *    instead of checking; a bad lexicon entry, rules file or corpus file fails the build with its name, as it would
 *    stop start-up (files changed after the build are checked at start, as before);
 * 3. bundles the two entries, src/main.ts (`npm start`) and src/cli.ts (`npm run cli`), with esbuild into
 *    dist/bundle/ (see BUNDLE below for why), with source maps;
 * then writes dist/.built, whose time src/build/run.mjs compares with src/ to know whether dist/ is current.
 * Without the compiler (a production install) it says so and leaves dist/ as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = `${root}src`;
const dist = `${root}dist`;
const require = createRequire(import.meta.url);

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
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

const built = (path) => import(pathToFileURL(`${dist}/${path}`).href);
try {
  (await built('text/lexicon/check.js')).checkLexicon();
  (await built('rules/index.js')).loadRules();
  const { corpus } = await (await built('corpus/cache.js')).loadStartCorpus();
  (await built('search/index-cache.js')).loadOrBuildIndex(corpus.passages);
} catch (error) {
  process.stderr.write(`Dữ liệu sai, không dựng được: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/**
 * Why a bundle: `npm start` loaded ~190 ES modules (84 of dist/, 95 of zod, date-fns), and resolving, reading and
 * compiling them one by one was the largest part of its start-up (node --cpu-prof). One file per entry, plus the
 * chunks loaded only when needed (PostgreSQL, Redis, Telegram, Zalo, corpus re-reading), takes most of that away.
 * zod and date-fns (pure ES modules) are bundled in; every other package stays external (native code, worker
 * threads, files found at run time). The bundle sits two folders below the root, like the compiled modules, so
 * their paths from import.meta.url (../../corpus/, ../../.cache/, ../../src/) resolve the same; the files a module
 * reads beside itself are copied next to it (ASSETS_BESIDE).
 */
const BUNDLE = { dir: `${dist}/bundle`, bundled: ['zod', 'date-fns'] };
const ASSETS_BESIDE = ['channels/web/page.css', 'channels/web/client.js', 'store/migrations'];
const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLE.bundled.includes(name)).flatMap((name) => [name, `${name}/*`]);
const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
// One build per entry, so that an entry loads no chunk it shares only with the other (chunk names are content hashes).
for (const entry of ['main', 'cli']) {
  await build({
    entryPoints: { [entry]: `${src}/${entry}.ts` },
    outdir: BUNDLE.dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    external,
    logLevel: 'warning',
  });
}
for (const asset of ASSETS_BESIDE) cpSync(`${src}/${asset}`, `${BUNDLE.dir}/${asset.split('/').pop()}`, { recursive: true });
writeFileSync(`${dist}/.built`, `${new Date().toISOString()}\n`);
