/**
 * The YAML parser of the corpus folder (front matter, sources.yaml, provinces-2025.yaml), loaded on first use:
 * a start that finds the parsed corpus in its cache (cache.ts) never needs it (loading it took ~0,1 s).
 */
import { createRequire } from 'node:module';

let loaded: typeof import('yaml') | undefined;

export const yaml = (): typeof import('yaml') => (loaded ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
