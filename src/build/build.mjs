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
 *    dist/bundle/ (see BUNDLE below for why), with source maps that are on when it runs (a stack trace names
 *    src/…ts files), and copies beside it the files its modules read beside themselves, found in the sources (a
 *    file the bundle reads that is not there fails the build);
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
 * chunks loaded only when needed (PostgreSQL, Redis, Telegram, Zalo, corpus re-reading, the list checker of POST /api/batch), takes most of that away.
 * zod and date-fns (pure ES modules) are bundled in; every other package stays external (native code, worker
 * threads, files found at run time). The bundle sits two folders below the root, like the compiled modules, so
 * their paths from import.meta.url (../../corpus/, ../../.cache/, ../../src/) resolve the same; the files a module
 * reads beside itself (new URL('./page.css', import.meta.url)) are found in the sources and copied next to it
 * (src/build/assets.mjs; one the bundle reads that is not there fails the build).
 *
 * Source maps: Node maps a stack trace only for modules loaded after source maps were enabled, and an ES module's
 * static imports load before its first line runs, so dist/bundle/<entry>.js is a two-line launcher that enables
 * them (process.setSourceMapsEnabled, as node --enable-source-maps) and then imports the bundled entry
 * (<entry>.bundle.js); `node dist/bundle/main.js` and run.mjs alike. The maps hold no copy of the sources
 * (sourcesContent: false): they point at src/, which ships with the bundle, and stay small to read at start.
 * `cli batch` runs without them (BUNDLE.noSourceMaps): it prints an error's message, never its stack, and reading the
 * maps of the ~1,2 MB it loads (Node measures every line of each chunk, then TurboFan compiles that loop) was ~7% of
 * its start-up's machine instructions, ~0,85% of a 100.000-row run's (README, "Vòng 31, `cli batch`").
 */
const BUNDLE = { dir: `${dist}/bundle`, bundled: ['zod', 'date-fns'], entries: ['main', 'cli'], noSourceMaps: { cli: ['batch'] } };
const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLE.bundled.includes(name)).flatMap((name) => [name, `${name}/*`]);
const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
// One build per entry, so that an entry loads no chunk it shares only with the other (chunk names are content hashes).
for (const entry of BUNDLE.entries) {
  await build({
    entryPoints: { [`${entry}.bundle`]: `${src}/${entry}.ts` },
    outdir: BUNDLE.dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    sourcesContent: false,
    // Whitespace only (names and syntax as written): ~15% fewer characters for V8 to scan and for Node to measure line by
    // line when it reads the source maps at load; −3% of the machine instructions to `npm start`'s first answer.
    minifyWhitespace: true,
    external,
    logLevel: 'warning',
  });
  // The entry reads its command from process.argv[2] (`node dist/bundle/cli.js batch …`, and run.mjs alike).
  const plain = BUNDLE.noSourceMaps[entry] ?? [];
  const enable = plain.length === 0 ? 'process.setSourceMapsEnabled(true);' : `if (!${JSON.stringify(plain)}.includes(process.argv[2])) process.setSourceMapsEnabled(true);`;
  writeFileSync(
    `${BUNDLE.dir}/${entry}.js`,
    `// Written by src/build/build.mjs: source maps on before the bundle loads, so stack traces name src/ files.\n` +
      `${enable}\nawait import('./${entry}.bundle.js');\n`,
  );
}
try {
  const { copyBesideFiles } = await import('./assets.mjs');
  copyBesideFiles(src, BUNDLE.dir);
} catch (error) {
  process.stderr.write(`Không dựng được gói dist/bundle/: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
writeFileSync(`${dist}/.built`, `${new Date().toISOString()}\n`);
