/** The on-disk index cache: reused while the corpus is the same, rebuilt when it changes or is damaged. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { loadOrBuildIndex } from '../../src/search/index-cache.ts';

const corpus = loadCorpus();
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const answers = (index: ReturnType<typeof loadOrBuildIndex>['index'], passages = corpus.passages) =>
  createSearchEngine({ documents: corpus.documents, passages }, index).search('hộ cận nghèo được hỗ trợ bảo hiểm y tế', { limit: 5 });

describe('index cache', () => {
  it('builds once, then loads an index that answers exactly like a fresh one', () => {
    const dir = tempDir();
    const first = loadOrBuildIndex(corpus.passages, dir);
    const second = loadOrBuildIndex(corpus.passages, dir);
    expect(first.source).toBe('built');
    expect(second.source).toBe('cache');
    expect(answers(second.index)).toEqual(answers(first.index));
    expect(readdirSync(dir).filter((name) => name.startsWith('index-'))).toHaveLength(1);
  });

  it('never serves a stale index: a changed corpus misses the cache and replaces it', () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus.passages, dir);
    const changed = corpus.passages.map((passage, i) => (i === 0 ? { ...passage, text: `${passage.text} Đoạn bổ sung về nước sạch.` } : passage));
    const rebuilt = loadOrBuildIndex(changed, dir);
    expect(rebuilt.source).toBe('built');
    expect(rebuilt.index.ids).toHaveLength(changed.length);
    expect(readdirSync(dir).filter((name) => name.startsWith('index-'))).toHaveLength(1);
  });

  it('rebuilds over a damaged cache file instead of failing', () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus.passages, dir);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), '{"half a file');
    const again = loadOrBuildIndex(corpus.passages, dir);
    expect(again.source).toBe('built');
    expect(answers(again.index).length).toBeGreaterThan(0);
  });

  it('rebuilds over a cache file that reads as data but does not fit together', () => {
    const dir = tempDir();
    const built = loadOrBuildIndex(corpus.passages, dir).index;
    const [file] = readdirSync(dir);
    // Same passages and terms, postings cut short: what a file damaged in the middle could hold.
    const { terms: _terms, ...stored } = built;
    writeFileSync(join(dir, file!), serialize({ ...stored, docs: built.docs.subarray(0, 10) }));
    const again = loadOrBuildIndex(corpus.passages, dir);
    expect(again.source).toBe('built');
    expect(answers(again.index)).toEqual(answers(built));
  });

  it('still works where the cache cannot be written', () => {
    const blocked = join(tempDir(), 'a-file-not-a-folder');
    writeFileSync(blocked, '');
    const result = loadOrBuildIndex(corpus.passages, blocked);
    expect(result.source).toBe('built');
    expect(answers(result.index).length).toBeGreaterThan(0);
  });
});
