/**
 * `npm start`, `npm run cli`, `npm run chat`: `node src/build/run.mjs <main|cli> [args…]` runs the
 * built dist/bundle/<entry>.js when dist/ is newer than every file in src/, and otherwise (no build yet,
 * or sources edited since) the TypeScript sources through tsx, in this process: slower to start but
 * never stale code. The build checked the lexicon (src/text/lexicon/check.ts); sources it did not build are
 * checked here first, so a bad entry stops them the same way. `npm run build` makes the fast path current again.
 */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const entry = process.argv[2];
if (entry !== 'main' && entry !== 'cli') {
  process.stderr.write('Cách dùng: node src/build/run.mjs <main|cli> [tham số]\n');
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);

function builtAt() {
  try {
    return statSync(new URL('dist/.built', root)).mtimeMs;
  } catch {
    return -1;
  }
}

function isCurrent() {
  const built = builtAt();
  if (built < 0) return false;
  const srcDir = fileURLToPath(new URL('src/', root));
  for (const name of readdirSync(srcDir, { recursive: true })) {
    if (statSync(`${srcDir}${name}`).mtimeMs > built) return false;
  }
  return true;
}

if (isCurrent()) {
  await import(new URL(`dist/bundle/${entry}.js`, root).href);
} else {
  if (process.stderr.isTTY) {
    process.stderr.write('(dist/ chưa có hoặc cũ hơn src/: chạy mã TypeScript qua tsx; `npm run build` để khởi động nhanh)\n');
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { checkLexicon } = await import(new URL('src/text/lexicon/check.ts', root).href);
  try {
    checkLexicon();
  } catch (error) {
    process.stderr.write(`Từ điển sai: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  await import(new URL(`src/${entry}.ts`, root).href);
}
