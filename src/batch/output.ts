/**
 * The output file of a batch check: never the input, never an existing file unless asked, and
 * written to a temporary file beside it that is renamed into place only when everything is written.
 */
import { existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

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

/** Checks `out` against the input and what exists; the refusal is a Vietnamese sentence. */
export function prepareOutput(input: string, out: string, force: boolean): { ok: true; file: OutputFile } | { ok: false; message: string } {
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
  const temp = join(realpathSync(directory), `.${basename(path)}.${process.pid}.tmp`);
  return {
    ok: true,
    file: {
      path,
      temp,
      commit: () => renameSync(temp, path),
      discard: () => rmSync(temp, { force: true }),
    },
  };
}
