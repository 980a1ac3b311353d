/**
 * The parsed corpus kept between starts (src/corpus/cache.ts): the same documents, passages and province
 * map as parsing the files, a changed file parsed again, a broken file still stopping the start with its
 * name, and a damaged cache file never an error.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStartCorpus } from '../../src/corpus/cache.ts';
import { loadProvinceMap } from '../../src/corpus/ingest.ts';
import { DEFAULT_CORPUS_DIR, loadCorpus } from '../../src/corpus/load.ts';

const folder = mkdtempSync(join(tmpdir(), 'corpus-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A copy of the repository's corpus to change, and an empty cache folder of its own. */
function copyCorpus(name: string): { dir: string; cacheDir: string } {
  const dir = join(folder, name, 'corpus');
  cpSync(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  return { dir, cacheDir: join(folder, name, 'cache') };
}
const cachedFiles = (cacheDir: string) => readdirSync(cacheDir).filter((name) => name.startsWith('corpus-'));

describe('loadStartCorpus', () => {
  it('gives what parsing the files gives, from the cache on the next start', async () => {
    const { dir, cacheDir } = copyCorpus('same');
    const parsed = { corpus: loadCorpus(dir), provincesSince2025: loadProvinceMap() };
    const first = await loadStartCorpus(dir, cacheDir);
    expect(first).toEqual(parsed);
    expect(cachedFiles(cacheDir)).toHaveLength(1);
    const [file] = cachedFiles(cacheDir);
    const again = await loadStartCorpus(dir, cacheDir);
    expect(again).toEqual(parsed);
    // Byte for byte as parsed: the search index's cache key is the passages' JSON.
    expect(JSON.stringify(again.corpus.passages)).toBe(JSON.stringify(parsed.corpus.passages));
    // Read from the file: a marker put in the kept copy comes back.
    const kept = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8'));
    kept.provincesSince2025.byName['Tỉnh Thử'] = { now: 'Tỉnh Kiểm', status: 'reported' };
    writeFileSync(join(cacheDir, file!), JSON.stringify(kept));
    expect((await loadStartCorpus(dir, cacheDir)).provincesSince2025.byName['Tỉnh Thử']?.now).toBe('Tỉnh Kiểm');
  });

  it('parses a changed corpus again and keeps only the new copy', async () => {
    const { dir, cacheDir } = copyCorpus('changed');
    await loadStartCorpus(dir, cacheDir);
    const faq = join(dir, 'faq', readdirSync(join(dir, 'faq')).find((name) => name.endsWith('.md'))!);
    writeFileSync(faq, `${readFileSync(faq, 'utf8')}\n\nCâu thêm để thử bộ nhớ đệm của kho văn bản.\n`);
    const changed = await loadStartCorpus(dir, cacheDir);
    expect(changed.corpus.passages.some((passage) => passage.text.includes('Câu thêm để thử bộ nhớ đệm'))).toBe(true);
    expect(changed).toEqual({ corpus: loadCorpus(dir), provincesSince2025: loadProvinceMap() });
    expect(cachedFiles(cacheDir)).toHaveLength(1);
  });

  it('still stops on a broken file, naming it, though an earlier version is in the cache', async () => {
    const { dir, cacheDir } = copyCorpus('broken');
    await loadStartCorpus(dir, cacheDir);
    const name = readdirSync(dir).find((file) => file.endsWith('.md'))!;
    writeFileSync(join(dir, name), 'không có front matter\n');
    await expect(loadStartCorpus(dir, cacheDir)).rejects.toThrow(name);
  });

  it('parses again over a damaged cache file', async () => {
    const { dir, cacheDir } = copyCorpus('damaged');
    await loadStartCorpus(dir, cacheDir);
    const [file] = cachedFiles(cacheDir);
    writeFileSync(join(cacheDir, file!), '{"corpus": {"documents": [');
    expect(await loadStartCorpus(dir, cacheDir)).toEqual({ corpus: loadCorpus(dir), provincesSince2025: loadProvinceMap() });
  });
});
