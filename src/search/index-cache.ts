/**
 * The built index kept on disk between runs (loading it is several times faster than analysing
 * the corpus again; `npm run bench -- search` measures both). The file name is a hash of the
 * passages and of the code that analyses them, so a changed corpus or pipeline never meets a
 * stale index: it simply misses the cache and rebuilds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { artifactKey, cachedArtifact } from '../cache/artifact.ts';
import type { Passage } from '../corpus/types.ts';
import { buildIndex, deserializeIndex, serializeIndex, type PassageIndex } from './index-store.ts';

export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../.cache/search/', import.meta.url));

/**
 * The modules whose behaviour is baked into a serialised index (the analysis, and the lexicon it reads:
 * abbreviations, report headings), as TypeScript sources found from the repository root so that src/
 * (tsx) and the compiled dist/ share one key and one cached file.
 */
const SRC = new URL('../../src/', import.meta.url);
const LEXICON = new URL('text/lexicon/', SRC);
const analysisSources = () => [
  ...['search/normalize.ts', 'search/index-store.ts', 'text/fold.ts'].map((path) => new URL(path, SRC)),
  ...readdirSync(LEXICON)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => new URL(name, LEXICON)),
];

export function indexKey(passages: Passage[]): string {
  // The file is V8's serialisation: another V8 may not read it.
  return artifactKey([process.versions.v8, ...analysisSources().map((source) => readFileSync(source)), JSON.stringify(passages)]);
}

export interface CachedIndex {
  index: PassageIndex;
  source: 'cache' | 'built';
}

/** Loads the index for these passages from the cache, or builds it and stores it. Never throws on cache trouble. */
export function loadOrBuildIndex(passages: Passage[], cacheDir: string = DEFAULT_CACHE_DIR): CachedIndex {
  const { value, source } = cachedArtifact({
    dir: cacheDir,
    prefix: 'index-',
    key: indexKey(passages),
    extension: '.bin',
    read: deserializeIndex,
    build: () => buildIndex(passages),
    write: serializeIndex,
  });
  return { index: value, source };
}
