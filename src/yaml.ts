/**
 * The YAML parser (the corpus folder's front matter, sources.yaml, provinces-2025.yaml; the rules files), loaded
 * on first use: a start that finds the parsed corpus and the rule set in their caches (src/cache/artifact.ts)
 * never needs it (loading it took ~0,1 s).
 */
import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;

export const yaml = (): typeof import('yaml') => (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
