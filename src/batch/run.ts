/**
 * One run of the batch check, shared by `cli batch`, `POST /api/batch` and the bot's list upload: the list file opened as
 * what it is (a workbook whatever its name, any other file decoded as text), its records classified into a sink, and the
 * sink finished with the summary, or dropped when the list cannot be read. Nothing is written to the user here: the caller
 * says the notes, refusals and summary in its own way (stderr, a JSON error, a reply).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { formatNumber, type RuleSet } from '../rules/index.ts';
import { csvSource } from './csv.ts';
import { decodeText, SAVE_AS_UTF8 } from './encoding.ts';
import { classifyList, summaryRows, type BatchSummary } from './households.ts';
import { TooManyRows, type ResultSink, type RowProblem, type TableSource } from './types.ts';
import { unwritable } from './output.ts';
import { DamagedWorkbook, isLegacyExcel, isZip, xlsxSource } from './xlsx.ts';

function readHead(path: string): Buffer {
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether the list file at `path` is a workbook (.xlsx, a zip), whatever it is called. */
export const isWorkbookFile = (path: string): boolean => isZip(readHead(path));

/** The list as records, or why it cannot be read (a Vietnamese sentence). */
export function openList(path: string, size: number): TableSource | string {
  const head = readHead(path);
  if (isZip(head)) return xlsxSource(path, size);
  if (isLegacyExcel(head)) return 'Đây là tệp Excel 97–2003 (.xls), chưa đọc được. Hãy mở trong Excel và lưu lại thành .xlsx hoặc “CSV UTF-8”.';
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) return decoded.message;
  const damaged = decoded.damagedLines ?? [];
  if (damaged.length > 0) {
    const shown = damaged.slice(0, 10).join(', ');
    const more = damaged.length > 10 ? ` và ${damaged.length - 10} dòng khác` : '';
    return csvSource(decoded.text, [`Tệp UTF-8 bị lẫn byte của bảng mã khác ở ${damaged.length} dòng (dòng ${shown}${more}): các dòng ấy là dòng lỗi, chưa được xét (lý do ở từng dòng); các dòng khác vẫn được xét. ${SAVE_AS_UTF8}`], true);
  }
  return csvSource(decoded.text, decoded.encoding.startsWith('UTF-') ? [] : [`Tệp dùng bảng mã ${decoded.encoding}; đã đọc và chuyển sang Unicode.`]);
}

export interface RunOptions {
  defaultDate: string;
  /** How the user chose `defaultDate` ("--date", "date"): it wins over a review day in the list's title; absent: today's. */
  dateFlag?: string;
  onProblem(problem: RowProblem): void;
  /** Every `progressEvery` households; a promise returned is awaited (the CLI gives way to a Ctrl-C there), a throw stops the run. */
  onProgress?: () => Promise<void> | void;
  progressEvery?: number;
  /**
   * Households at most (the list's rows read as households or error rows; title, header, blank, total, signature, section
   * and member rows not counted); past it the run stops with `too_many_rows`.
   */
  maxRows?: number;
  /**
   * Called once the list is read, before the sink is finished or dropped, with what the reader and the classifier noted
   * (none for a damaged workbook): the CLI ends its progress bar and says them there, as it always has.
   */
  onRead?(notes: string[]): void;
}

export type RunOutcome =
  | { ok: true; summary: BatchSummary; notes: string[] }
  /**
   * Not read: `message` for the user; `detail` (a damaged workbook's reader code) for the operator; `reason` a code for logs
   * ('no_header': no usable header row, where the caller adds its own hint on naming the columns).
   */
  | { ok: false; reason: 'damaged' | 'unreadable' | 'no_header' | 'too_many_rows' | 'unwritable'; message: string; detail?: string; notes: string[] };

/** Classifies the list into `sink`; the sink is finished with the summary rows, or aborted when the list is not read. */
export async function runList(rules: RuleSet, source: TableSource, sink: ResultSink, options: RunOptions): Promise<RunOutcome> {
  let outcome;
  try {
    outcome = await classifyList(rules, source, sink, {
      defaultDate: options.defaultDate,
      ...(options.dateFlag !== undefined ? { dateFlag: options.dateFlag } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      onProblem: options.onProblem,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.progressEvery !== undefined ? { progressEvery: options.progressEvery } : {}),
    });
  } catch (error) {
    options.onRead?.([]);
    await sink.abort();
    if (error instanceof DamagedWorkbook) return { ok: false, reason: 'damaged', message: error.message, detail: error.detail, notes: [] };
    if (error instanceof TooManyRows) {
      return { ok: false, reason: 'too_many_rows', message: `Danh sách có quá ${formatNumber(error.limit)} hộ.`, notes: [] };
    }
    const failed = unwritable(error);
    if (failed) return { ok: false, reason: 'unwritable', message: failed.message, detail: failed.code, notes: [] };
    throw error;
  }
  const notes = [...source.notes, ...(outcome.ok ? outcome.notes : [])];
  options.onRead?.(notes);
  if (!outcome.ok) {
    await sink.abort();
    return { ok: false, reason: outcome.noHeader ? 'no_header' : 'unreadable', message: outcome.message, notes };
  }
  try {
    await sink.finish(summaryRows(rules, outcome.summary), notes);
  } catch (error) {
    const failed = unwritable(error);
    if (!failed) throw error;
    await sink.abort();
    return { ok: false, reason: 'unwritable', message: failed.message, detail: failed.code, notes };
  }
  return { ok: true, summary: outcome.summary, notes };
}
