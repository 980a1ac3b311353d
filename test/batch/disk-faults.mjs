/**
 * A disk that fails, for `cli batch` (preloaded: node --import, with DISK_FAULT set) or a test in process (failDisk): “full”,
 * every temporary result file (a name ending “.tmp”) takes its first 64 KiB, then each write fails as on a full disk
 * (ENOSPC); “readonly”, it cannot be created (EROFS). Through node:fs itself (syncBuiltinESMExports), which the sinks' own
 * writes and streams reach.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const ROOM = 64 * 1024;
const failure = (code, call) => Object.assign(new Error(`${code}: ${code === 'ENOSPC' ? 'no space left on device' : 'read-only file system'}, ${call}`), { code, syscall: call });
const size = (data) => (typeof data === 'string' ? Buffer.byteLength(data) : Array.isArray(data) ? data.reduce((sum, one) => sum + one.byteLength, 0) : data.byteLength);

/** Makes the disk fail as `fault` says; returns what sets it right again. */
export function failDisk(fault) {
  const original = { openSync: fs.openSync, writeSync: fs.writeSync, write: fs.write, writev: fs.writev };
  /** The temporary result files' descriptors, and the bytes each took. */
  const taken = new Map();
  const fits = (fd, bytes) => {
    if (fault !== 'full' || !taken.has(fd)) return true;
    taken.set(fd, taken.get(fd) + bytes);
    return taken.get(fd) <= ROOM;
  };
  fs.openSync = (path, ...rest) => {
    const temporary = typeof path === 'string' && path.endsWith('.tmp');
    if (temporary && fault === 'readonly') throw failure('EROFS', 'open');
    const fd = original.openSync(path, ...rest);
    if (temporary) taken.set(fd, 0);
    return fd;
  };
  fs.writeSync = (fd, data, ...rest) => {
    if (!fits(fd, size(data))) throw failure('ENOSPC', 'write');
    return original.writeSync(fd, data, ...rest);
  };
  for (const name of ['write', 'writev']) {
    fs[name] = (fd, data, ...rest) => {
      if (fits(fd, size(data))) return original[name](fd, data, ...rest);
      process.nextTick(rest[rest.length - 1], failure('ENOSPC', 'write'));
    };
  }
  syncBuiltinESMExports();
  return () => {
    Object.assign(fs, original);
    syncBuiltinESMExports();
  };
}

if (process.env.DISK_FAULT) failDisk(process.env.DISK_FAULT);
