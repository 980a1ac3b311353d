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

/** Where an artifact is kept and how it is read and written. */
export interface Artifact<T> {
  dir: string;
  prefix: string;
  key: string;
  extension: string;
  read: (bytes: Buffer) => T;
  write: (value: T) => string | Uint8Array;
}

const artifactFile = (artifact: Pick<Artifact<unknown>, 'dir' | 'prefix' | 'key' | 'extension'>) => join(artifact.dir, `${artifact.prefix}${artifact.key}${artifact.extension}`);

/** `<dir>/<prefix><key><extension>` read with `read`; undefined when missing or damaged (`read` throws). */
export function readArtifact<T>(artifact: Artifact<T>): T | undefined {
  try {
    return artifact.read(readFileSync(artifactFile(artifact)));
  } catch {
    return undefined; // Missing or unreadable (e.g. a half-written file from a killed process): the caller builds.
  }
}

/**
 * Keeps a built value: written to a temporary file renamed into place, so a reader never sees half a file,
 * after removing the older files of the same prefix.
 */
export function keepArtifact<T>(artifact: Artifact<T>, value: T): void {
  const file = artifactFile(artifact);
  try {
    mkdirSync(artifact.dir, { recursive: true });
    for (const name of readdirSync(artifact.dir)) if (name.startsWith(artifact.prefix)) rmSync(join(artifact.dir, name), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, artifact.write(value));
    renameSync(temporary, file);
  } catch {
    // A read-only checkout still works; it only starts slower.
  }
}

/** The artifact read from its file, or built with `build` and kept (readArtifact, keepArtifact). */
export function cachedArtifact<T>(artifact: Artifact<T> & { build: () => T }): { value: T; source: 'cache' | 'built' } {
  const cached = readArtifact(artifact);
  if (cached !== undefined) return { value: cached, source: 'cache' };
  const value = artifact.build();
  keepArtifact(artifact, value);
  return { value, source: 'built' };
}
