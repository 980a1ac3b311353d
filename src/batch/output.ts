/**
 * The output file of a batch check: never the input, never an existing file unless asked, and
 * written to a temporary file beside it that is renamed into place only when everything is written.
 * A run killed before it (SIGKILL, power cut) leaves that temporary file, households' rows in it: the next run
 * writing the same file removes it (`removeLeftovers`); so are the upload folders of lists checked for the web page
 * (`removeUploadLeftovers`, at a server's start: here, not in upload.ts, so that start-up does not load the list checker).
 */
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { RETENTION } from '../privacy/retention.ts';

export interface OutputFile {
  path: string;
  /** Where the writer writes; becomes `path` on commit. */
  temp: string;
  commit(): void;
  discard(): void;
}

/** The same file on disk, also through another path or a link. */
function sameFile(a: string, b: string): boolean {
  try {
    const [left, right] = [statSync(a), statSync(b)];
    return left.dev === right.dev && left.ino === right.ino;
  } catch {
    return false;
  }
}

/** Whether process `pid` runs on this machine (a signal 0 reaches it, or it belongs to another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `path` was last changed more than `ms` ago (gone meanwhile: no). */
function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

/**
 * Removes what processes killed before their clean-up left in `directory`: the entries (files or folders) whose name
 * `pattern` matches with the pid of a process no longer running as its first group; and, with `maxAgeMs`, every entry
 * the pattern matches last changed longer ago than that, whatever pid its name has, or none (the pid reused, or a name
 * from before pids were in it). Returns the names removed.
 */
export function removeLeftovers(directory: string, pattern: RegExp, maxAgeMs?: number): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(directory)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const orphaned = Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid);
    if (!orphaned && !(maxAgeMs !== undefined && olderThan(join(directory, name), maxAgeMs))) continue;
    rmSync(join(directory, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** The temporary folder of one upload: named with the pid of the process checking it. */
export const UPLOAD_FOLDER = 'tro-ly-danh-sach-';

/**
 * Removes the upload folders (the list as sent, its partial result) of processes killed while they checked a list
 * (SIGKILL, power cut), which never reached their clean-up: at a server's start and every hour. Another instance's
 * folders on the same machine stay while it runs, unless older than RETENTION.uploadFolderMinutes (no check lasts that
 * long): so also a folder named without a pid (before round 21) or by a pid reused since. Returns how many went.
 */
export const removeUploadLeftovers = (): number =>
  removeLeftovers(tmpdir(), new RegExp(`^${UPLOAD_FOLDER}(?:(\\d+)-)?`), RETENTION.uploadFolderMinutes * 60 * 1000).length;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Checks `out` against the input and what exists; the refusal is a Vietnamese sentence. `leftovers`: the temporary
 * files of earlier runs onto the same file that were killed before finishing, removed now.
 */
export function prepareOutput(input: string, out: string, force: boolean): { ok: true; file: OutputFile; leftovers: string[] } | { ok: false; message: string } {
  const path = resolve(out);
  if (resolve(input) === path || sameFile(input, path)) {
    return { ok: false, message: `Tệp kết quả “${out}” chính là tệp vào: ghi vào đó sẽ xóa mất danh sách. Hãy chọn tên khác cho --out.` };
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return { ok: false, message: `“${out}” là một thư mục; --out cần tên tệp, ví dụ ket-qua.csv.` };
    if (!force) return { ok: false, message: `Tệp kết quả “${out}” đã có. Thêm --force để ghi đè, hoặc chọn tên khác.` };
  }
  const directory = dirname(path);
  if (!existsSync(directory)) return { ok: false, message: `Không có thư mục “${dirname(out)}” để ghi tệp kết quả.` };
  const folder = realpathSync(directory);
  const temp = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  return {
    ok: true,
    leftovers: removeLeftovers(folder, new RegExp(`^\\.${escaped(basename(path))}\\.(\\d+)\\.tmp$`)),
    file: {
      path,
      temp,
      commit: () => renameSync(temp, path),
      discard: () => rmSync(temp, { force: true }),
    },
  };
}

/**
 * Why results could not be written, in words for the user, from the system's code (a full disk, a folder that takes no
 * writing, a reader gone from a pipe); undefined for any other code.
 */
export function unwritableReason(code: string | undefined): string | undefined {
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? 'ổ đĩa đã đầy (hết chỗ trống)'
    : code === 'EROFS'
      ? 'ổ đĩa hay thư mục ấy chỉ cho đọc, không cho ghi'
      : code === 'EACCES' || code === 'EPERM'
        ? 'không có quyền ghi vào thư mục ấy'
        : code === 'EFBIG'
          ? 'tệp vượt quá cỡ ổ đĩa cho phép'
          : code === 'EIO'
            ? 'ổ đĩa báo lỗi khi ghi'
            : code === 'EPIPE'
              ? 'chương trình nhận kết quả (sau dấu “|”) đã đóng trước khi nhận hết'
              : undefined;
}

/**
 * Why a result file could not be written, said to the user (a full disk, a folder that takes no writing), with the system's
 * code for the operator; undefined for any other error (a fault of the code: it stays one). Round 40: was “Lỗi: ENOSPC: no
 * space left on device, write”, exit status 1 (a workbook's left its temporary file, or ended unsaid with status 0).
 */
export function unwritable(error: unknown): { message: string; code: string } | undefined {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  const why = unwritableReason(code);
  return code && why ? { message: `Không ghi được tệp kết quả: ${why}.`, code } : undefined;
}
