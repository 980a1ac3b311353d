/**
 * The corpus as the app starts with it (documents, passages, the province map since 2025), kept parsed in
 * .cache/corpus/ between runs: parsing the files' front matter needs the YAML parser, and loading it and
 * parsing took ~0,15 s of every start. The file name is a hash of the corpus files, the province map and the
 * code that parses them, so a changed corpus or parser never meets a stale copy: it misses, parses the files
 * (stopping on a broken one with its name, as always) and keeps the result (src/cache/artifact.ts, as the
 * search index and the rule set). Cache trouble is never an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { artifactKey, keepArtifact, readArtifact, type Artifact } from '../cache/artifact.ts';
import { corpusFiles, DEFAULT_CORPUS_DIR, loadCorpus, PROVINCE_MAP } from './load.ts';
import type { Corpus, ProvincesSince2025 } from './types.ts';

export const DEFAULT_CORPUS_CACHE_DIR = fileURLToPath(new URL('../../.cache/corpus/', import.meta.url));

/**
 * The modules whose behaviour is baked into the parsed corpus, as TypeScript sources found from the repository
 * root, so that src/ (tsx) and the compiled dist/ share one key and one cached file.
 */
const SRC = new URL('../../src/', import.meta.url);
const PARSING_SOURCES = ['corpus/load.ts', 'corpus/frontmatter.ts', 'corpus/passages.ts', 'corpus/vietnamese.ts', 'corpus/ingest.ts', 'text/fold.ts', 'text/dates.ts'];

export interface StartCorpus {
  corpus: Corpus;
  /** Province before the 2025 merger → province since (corpus/provinces-2025.yaml). */
  provincesSince2025: ProvincesSince2025;
}

function corpusKey(files: string[]): string {
  return artifactKey([
    ...PARSING_SOURCES.flatMap((source) => [readFileSync(new URL(source, SRC)), '\0']),
    ...files.flatMap((file) => [file, '\0', existsSync(file) ? readFileSync(file) : '', '\0']),
  ]);
}

/** The corpus of `dir` and the province map, from the cache when it holds them, parsed (and kept) otherwise. */
export async function loadStartCorpus(dir: string = DEFAULT_CORPUS_DIR, cacheDir: string = DEFAULT_CORPUS_CACHE_DIR): Promise<StartCorpus> {
  const artifact: Artifact<StartCorpus> = {
    dir: cacheDir,
    prefix: 'corpus-',
    key: corpusKey([...corpusFiles(dir), PROVINCE_MAP]),
    extension: '.json',
    read: (bytes) => JSON.parse(bytes.toString('utf8')) as StartCorpus,
    write: (parsed) => JSON.stringify(parsed),
  };
  const cached = readArtifact(artifact);
  if (cached) return cached;
  // The province map is read by the ingest module (and its YAML checks): imported only when the cache misses.
  const { loadProvinceMap } = await import('./ingest.ts');
  const parsed: StartCorpus = { corpus: loadCorpus(dir), provincesSince2025: loadProvinceMap() };
  keepArtifact(artifact, parsed);
  return parsed;
}
