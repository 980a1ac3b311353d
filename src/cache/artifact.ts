/**
 * A file computed from sources and kept between runs (the search index, the validated rule set), named by a
 * key hashed from everything it depends on: changed sources never meet a stale file, they miss it and
 * rebuild. Cache trouble (missing, damaged, a read-only folder) only costs the build; it never throws.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key of an artifact: a hash of these parts, in order, as they are (no separator added). */
export function artifactKey(parts: Iterable<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 32);
}

/**
 * `<dir>/<prefix><key><extension>` read with `read`, or (missing, or `read` throws on a damaged file) built
 * with `build`, then written: to a temporary file renamed into place, so a reader never sees half a file,
 * after removing the older files of the same prefix.
 */
export function cachedArtifact<T>(artifact: {
  dir: string;
  prefix: string;
  key: string;
  extension: string;
  read: (bytes: Buffer) => T;
  build: () => T;
  write: (value: T) => string | Uint8Array;
}): { value: T; source: 'cache' | 'built' } {
  const file = join(artifact.dir, `${artifact.prefix}${artifact.key}${artifact.extension}`);
  try {
    return { value: artifact.read(readFileSync(file)), source: 'cache' };
  } catch {
    // Missing or unreadable (e.g. a half-written file from a killed process): rebuild below.
  }
  const value = artifact.build();
  try {
    mkdirSync(artifact.dir, { recursive: true });
    for (const name of readdirSync(artifact.dir)) if (name.startsWith(artifact.prefix)) rmSync(join(artifact.dir, name), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, artifact.write(value));
    renameSync(temporary, file);
  } catch {
    // A read-only checkout still works; it only starts slower.
  }
  return { value, source: 'built' };
}
