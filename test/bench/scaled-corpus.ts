/** The scaled corpus the search benchmarks use: copies of the real passages, sentences shuffled, the same in every run. */
import type { Passage } from '../../src/corpus/types.ts';

/** Deterministic pseudo-random numbers, so every run benchmarks the same scaled corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Copies of the real passages with their sentences shuffled, under ids `<id>@<copy>`, until there are enough. */
export function scaledCorpus(passages: Passage[], target: number): Passage[] {
  const next = random(42);
  const out: Passage[] = [];
  for (let copy = 0; out.length < target; copy += 1) {
    for (const passage of passages) {
      const sentences = passage.text.split(/(?<=[.;])\s+/);
      for (let i = sentences.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
      }
      out.push({ ...passage, id: `${passage.id}@${copy}`, docId: `${passage.docId}@${copy}`, text: sentences.join(' ') });
    }
  }
  return out;
}
