/**
 * The esbuild bundle as it ships (src/build/build.mjs → dist/bundle/): `node dist/bundle/main.js` on a free port with a
 * temporary data folder, asked over real HTTP; `node dist/bundle/cli.js search --json`; source maps on, so a stack
 * trace names the src/…ts file; the files the bundle reads beside itself found by the build, not listed by hand.
 *
 * Uses the worktree's dist/ when it was built after every src/ file (CI: `npm ci` builds it; the same rule as
 * run.mjs), and otherwise builds a copy of the project in a temporary folder: a stale bundle is never what is tested.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine, DEFAULT_LIMIT } from '../../src/search/engine.ts';
import { spawnCaptured, until } from '../server/harness.ts';
// @ts-expect-error: plain JavaScript (it runs before anything is built), no declarations.
import { AssetError, besideFiles, copyBesideFiles } from '../../src/build/assets.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];
const temp = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temps.push(folder);
  return folder;
};
afterAll(() => temps.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The project root whose dist/bundle/ is current: this worktree's, or a fresh build of a copy of it. */
function builtRoot(): string {
  const built = (() => {
    try {
      return statSync(join(repo, 'dist/.built')).mtimeMs;
    } catch {
      return -1;
    }
  })();
  const current = built >= 0 && readdirSync(join(repo, 'src'), { recursive: true }).every((name) => statSync(join(repo, 'src', String(name))).mtimeMs <= built);
  if (current) return repo;
  const root = temp('bundle-build-');
  for (const part of ['src', 'rules', 'corpus', 'package.json', 'tsconfig.json']) cpSync(join(repo, part), join(root, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  const build = spawnSync(process.execPath, [join(root, 'src/build/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  return root;
}

interface Started {
  url: string;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** `node dist/bundle/main.js` with only PATH and `env`; resolves once it prints its address (or rejects with its output). */
async function startBundle(root: string, env: Record<string, string>): Promise<Started> {
  const { child, exited, output } = spawnCaptured(process.execPath, [join(root, 'dist/bundle/main.js')], { PORT: '0', HOST: '127.0.0.1', ...env }, root);
  const url = await until(
    'the address of the bundled server',
    () => {
      if (child.exitCode !== null) throw new Error(`the bundle exited (${child.exitCode}): ${output().stderr.slice(-2000)}`);
      return /http:\/\/127\.0\.0\.1:\d+\//.exec(output().stdout)?.[0];
    },
    60_000,
  );
  return {
    url,
    stderr: () => output().stderr,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

let root: string;
beforeAll(() => {
  root = builtRoot();
}, 600_000);

describe('dist/bundle/main.js, started as node runs it', () => {
  it('serves /healthz, the web page with its style and script, and /api/ask over real HTTP, then stops on SIGTERM', async () => {
    const data = temp('bundle-data-');
    const server = await startBundle(root, { DATABASE_PATH: join(data, 'bot.db') });
    try {
      const health = await fetch(new URL('/healthz', server.url));
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { backend: 'sqlite', reachable: true } });

      // The page inlines the two files read beside the module (copied beside the bundle by the build).
      const page = await (await fetch(server.url)).text();
      const script = readFileSync(join(repo, 'src/channels/web/client.js'), 'utf8').trim().split('\n').find((line) => line.trim().length > 20)!;
      const style = readFileSync(join(repo, 'src/channels/web/page.css'), 'utf8').trim().split('\n').find((line) => line.trim().length > 10)!;
      expect(page).toContain(script.trim());
      expect(page).toContain(style.trim());

      // A cadre's question typed without diacritics: the passages the sources' engine finds, quoted with their citation.
      const question = 'muc tieu giam ty le ho tai ngheo tai can ngheo hang nam';
      const response = await fetch(new URL('/api/ask', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question, limit: 3 }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { answer: string; results: { passageId: string; citation: string }[] };
      const expected = createSearchEngine(loadCorpus()).search(question, { limit: 3 });
      expect(expected.length).toBeGreaterThan(0);
      expect(body.results.map((result) => result.passageId)).toEqual(expected.map((result) => result.passageId));
      expect(body.answer).toContain(body.results[0]!.citation);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const events = server
      .stderr()
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toContain('server_started');
    expect(events.at(-1)).toBe('shutdown_finished');
  });

  it("a thrown error's stack names the src/…ts file and line, not the bundle's chunk (source maps on)", async () => {
    // DATABASE_PATH under a plain file: openStore throws, main logs startup_failed with the error's stack.
    const data = temp('bundle-data-');
    writeFileSync(join(data, 'file'), 'không phải thư mục\n');
    const child = spawnSync(process.execPath, [join(root, 'dist/bundle/main.js')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(data, 'file', 'bot.db') },
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('Không khởi động được');
    const failed = child.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { event: string; error?: { stack?: string } })
      .find((line) => line.event === 'startup_failed');
    const stack = failed?.error?.stack ?? '';
    expect(stack).toMatch(/src\/store\/sqlite\.ts:\d+:\d+/);
    expect(stack).toMatch(/src\/main\.ts:\d+:\d+/);
    expect(stack).not.toMatch(/dist\/bundle\//);
  });
});

describe('dist/bundle/cli.js', () => {
  it('search --json prints only JSON: the passages the sources find, in order', () => {
    const question = 'lam sao de duoc cong nhan ho ngheo';
    const run = spawnSync(process.execPath, [join(root, 'dist/bundle/cli.js'), 'search', '--json', question], {
      cwd: temp('bundle-cwd-'),
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { passageId: string }[];
    const expected = createSearchEngine(loadCorpus()).search(question, { limit: DEFAULT_LIMIT });
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((result) => result.passageId)).toEqual(expected.map((result) => result.passageId));
  });
});

describe('the files copied beside the bundle (src/build/assets.mjs)', () => {
  it('are found in the sources: the web page style and script and the PostgreSQL migrations, each beside the bundle', () => {
    const found = besideFiles(join(repo, 'src')) as Map<string, string>;
    expect(Object.fromEntries(found)).toEqual({
      'page.css': 'channels/web/page.css',
      'client.js': 'channels/web/client.js',
      migrations: 'store/migrations',
    });
    for (const name of found.keys()) expect(existsSync(join(root, 'dist/bundle', name))).toBe(true);
  });

  it('a module reading a file beside it that does not exist fails the build, naming both', () => {
    const src = temp('assets-src-');
    mkdirSync(join(src, 'channels/web'), { recursive: true });
    writeFileSync(join(src, 'channels/web/page.ts'), "export const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');\n");
    expect(() => besideFiles(src)).toThrow(AssetError);
    expect(() => besideFiles(src)).toThrow('src/channels/web/page.ts đọc tệp "theme.css" cạnh nó, nhưng không có src/channels/web/theme.css.');
  });

  it('a bundle reading a file beside it that the scan did not copy fails the build, naming both', () => {
    const src = temp('assets-src-');
    const bundle = temp('assets-bundle-');
    mkdirSync(join(src, 'channels/web'), { recursive: true });
    writeFileSync(join(src, 'channels/web/page.css'), 'body{}\n');
    writeFileSync(join(src, 'channels/web/page.ts'), "const at = './page.css';\nexport const css = readFileSync(new URL(at, import.meta.url), 'utf8');\n");
    writeFileSync(join(bundle, 'main.bundle.js'), 'const css = readFileSync(new URL("./page.css", import.meta.url), "utf8");\n');
    expect(() => copyBesideFiles(src, bundle)).toThrow('main.bundle.js đọc tệp "page.css" cạnh nó, nhưng tệp đó không có trong');
  });
});
