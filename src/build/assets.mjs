/**
 * The files a bundled module reads beside itself (`new URL('./page.css', import.meta.url)`): found in the sources,
 * not listed by hand, so a new one is copied beside the bundle without anyone remembering to; and checked in the
 * bundle's output, so a reference the sources' scan did not see (written another way) fails the build instead of
 * the first request that reads it. Used by build.mjs; plain JavaScript like it (it runs before anything is built).
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';

/** A reference to a file in the module's own folder, as the sources and esbuild's output write it. */
const BESIDE = /new URL\(\s*(['"`])\.\/([^'"`$]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** A file the bundle needs that the build cannot give it: the message names the module and the file. */
export class AssetError extends Error {
  name = 'AssetError';
}

/** Every file of `folder` (recursively) whose name ends with one of `endings`. */
const filesIn = (folder, endings) =>
  readdirSync(folder, { recursive: true })
    .map((name) => `${folder}/${name}`)
    .filter((path) => endings.some((ending) => path.endsWith(ending)));

/**
 * The files the modules of `src` (not `skip`, the build's own folder) read beside themselves: name read → path under
 * `src`. A file that is not there, or two of one name in different folders (both would land in one folder), throw.
 */
export function besideFiles(src, skip = `${src}/build/`) {
  const found = new Map();
  const modules = filesIn(src, ['.ts']).filter((path) => !path.startsWith(skip) && !path.endsWith('.d.ts'));
  for (const module of modules.sort()) {
    for (const [, , name] of readFileSync(module, 'utf8').matchAll(BESIDE)) {
      const asset = relative(src, `${dirname(module)}/${name}`);
      if (!existsSync(`${src}/${asset}`)) {
        throw new AssetError(`src/${relative(src, module)} đọc tệp "${name}" cạnh nó, nhưng không có src/${asset}.`);
      }
      const other = found.get(basename(asset));
      if (other !== undefined && other !== asset) {
        throw new AssetError(`src/${other} và src/${asset} cùng tên "${basename(asset)}": không chép được cả hai cạnh gói.`);
      }
      found.set(basename(asset), asset);
    }
  }
  return found;
}

/** Copies besideFiles(src) into `bundleDir`, then checks every file a bundled module reads beside itself is there. */
export function copyBesideFiles(src, bundleDir) {
  const copied = besideFiles(src);
  for (const [name, asset] of copied) cpSync(`${src}/${asset}`, `${bundleDir}/${name}`, { recursive: true });
  for (const output of filesIn(bundleDir, ['.js'])) {
    for (const [, , name] of readFileSync(output, 'utf8').matchAll(BESIDE)) {
      if (!existsSync(`${bundleDir}/${name}`)) {
        throw new AssetError(`${basename(output)} đọc tệp "${name}" cạnh nó, nhưng tệp đó không có trong ${bundleDir}.`);
      }
    }
  }
  return [...copied.keys()];
}
