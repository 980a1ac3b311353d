/** The search of an earlier version, from a folder holding its src/ (`git archive <commit> src | tar -x -C <folder>`), to compare with. */
import { resolve } from 'node:path';
import type { createSearchEngine } from '../../src/search/engine.ts';
import type { buildIndex } from '../../src/search/index-store.ts';

export async function earlierSearch(folder: string): Promise<{ createSearchEngine: typeof createSearchEngine; buildIndex: typeof buildIndex }> {
  const engine = (await import(resolve(folder, 'src/search/engine.ts'))) as { createSearchEngine: typeof createSearchEngine };
  const index = (await import(resolve(folder, 'src/search/index-store.ts'))) as { buildIndex: typeof buildIndex };
  return { createSearchEngine: engine.createSearchEngine, buildIndex: index.buildIndex };
}
