/** Loads corpus/*.md and corpus/faq/*.md: validated metadata and the passages cut from each file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusFileError, parseCorpusFile } from './frontmatter.ts';
import { toPassages } from './passages.ts';
import type { Corpus } from './types.ts';

/** The repository's corpus/ folder, whatever the working directory. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
/** Province before the 2025 merger → province since (read by ingest.ts, kept with the corpus by cache.ts). */
export const PROVINCE_MAP = join(DEFAULT_CORPUS_DIR, 'provinces-2025.yaml');

export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): Corpus {
  const corpus: Corpus = { documents: [], passages: [] };
  const files = corpusFiles(dir);
  if (files.length === 0) throw new Error(`${dir}: không có tệp văn bản (.md) nào`);
  const fileById = new Map<string, string>();
  for (const path of files) {
    const name = relative(dir, path);
    const { meta, body } = parseCorpusFile(readFileSync(path, 'utf8'), name);
    const previous = fileById.get(meta.id);
    if (previous) throw new CorpusFileError(name, 'id', `"${meta.id}" đã dùng ở ${previous}`);
    fileById.set(meta.id, name);
    corpus.documents.push(meta);
    corpus.passages.push(...toPassages(meta, body));
  }
  return corpus;
}

/** The corpus files of `dir`: its Markdown files, then those of its faq/ folder, each in name order. */
export function corpusFiles(dir: string): string[] {
  return [...markdownFiles(dir), ...markdownFiles(join(dir, 'faq'))];
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}
