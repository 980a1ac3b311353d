/**
 * A list checked for someone who sent it (the web page, `POST /api/batch`, the bot), not from a terminal: the same run as
 * `cli batch --out ket-qua.csv|.xlsx` (run.ts: one reader, classifier and writer), in a private temporary folder that is
 * removed before the answer goes out, whatever happens. Nothing of the list is kept: no copy, no database row, no log text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLASS_LABELS, formatDate, formatNumber, type Classification, type RuleSet } from '../rules/index.ts';
import { csvSink } from './csv.ts';
import { BATCH_DEFAULTS } from './defaults.ts';
import { formatSummary, refusedByColumn, refusedReasonsSaid, reviewDateSaid, standardShares, tallyRowsSaid, totalDiffersSaid, unreadSheetsSaid, villagesSaid, withReadableHeaders, type StandardShare } from './households.ts';
import { prepareOutput, unwritable, UPLOAD_FOLDER } from './output.ts';
import { isWorkbookFile, openList, runList } from './run.ts';
import { problemPlace, type RowProblem } from './types.ts';
import { keepExcelTempFilesIn, xlsxSink } from './xlsx.ts';

export type ResultFormat = 'csv' | 'xlsx';

/** The counts an uploader is shown ("số hộ nghèo …, dòng lỗi …"), with the classes' Vietnamese names. */
export interface UploadCounts {
  /** Round 46 (lost50): the rows on sheets headed as a household list that were not read (unreadSheetsSaid), shown first; absent when none. */
  unreadSheets?: string;
  rows: number;
  classified: number;
  rejected: number;
  classes: { code: Classification; label: string; count: number }[];
  /** Rows under the list that are no household (totals, signatures): code `footer` in the results. */
  footer: number;
  /** Total lines in the middle of the list ("Cộng ấp 1", "Tổng thôn 2"): no household, code `footer` in the results too. */
  subtotals: number;
  /** Group heading rows inside the list ("I | THÔN 1"): no household, code `footer` in the results too. */
  sections: number;
  /** Rows of a household's members under its merged code (one row per person): part of that household, not counted apart. */
  members: number;
  /** Empty rows between the list's rows: skipped, no household. */
  blank: number;
  /**
   * Round 21: the rows of a form numbered in advance and left empty (only "2" in its STT column), each line ("5", "7 (trang
   * “Thôn 2”)"): no household, code `footer` in the results; empty when none.
   */
  blankFormRows: string[];
  /**
   * Total lines under the list whose count of households or people differs from what was counted, each said: "dòng 14
   * “Tổng cộng”: số hộ danh sách ghi 13, đếm được 12" (empty when none differs).
   */
  totalDiffers: string[];
  /** Rows of counts only ("Thôn 1: 25 hộ"), each said: "dòng 4 “Thôn 1: 25 hộ”" (code `footer` in the results; empty when none). */
  countRows: string[];
  /**
   * Round 44 (lists46): the classified rows whose figure under a month's income column may be a year's ("5", "7 (trang “Thôn
   * 2”)"), each with "Cần xem lại" in its ly_do; counted in `classes` as the column says. Empty when none.
   */
  yearlyInMonthly: string[];
  /** Round 44 (lists46): the refused rows with more than one unclear cell ("3", "4"), each cell named in their ly_do. Empty when none. */
  severalUnclear: string[];
  /** The first refused rows ("Dòng 5: …"), at most BATCH_DEFAULTS.upload.problemsShown. */
  problems: string[];
  /**
   * `classes` split by the standard each row's review date falls under (one entry when every row is under one standard;
   * a list spanning 01/01/2027 has the 2026 and the 2027–2030 standard apart), as the summary of `cli batch` splits them.
   */
  standards: StandardShare[];
  /** The class under the next standard of the rows within the weeks before it (the chuan_moi_* columns); none when no row is. */
  nextStandards: StandardShare[];
  /**
   * Round 18: the households of each thôn/ấp (by the list's thôn/ấp column, its group headings and "Cộng ấp" rows, or its
   * sheets), as `cli batch` says them: a title and "Ấp 1: 3 hộ (hộ nghèo 1, hộ cận nghèo 2); 1 dòng lỗi"; null when the list
   * names no thôn/ấp.
   */
  villages: { title: string; lines: string[] } | null;
  /** Every refused row counted by the kind of its reason: "Cột Khu vực (khu_vuc): 3 dòng (dòng 5, 9, 14), ví dụ dòng 5: …". */
  refusedReasons: string[];
  /** Round 42: refused rows by the column of their reason, as codes ({ "ngay": 2, "so_nguoi": 1 }): what the log keeps too. */
  refusedByColumn: Record<string, number>;
  /**
   * Round 43 (lost44): the review day of the households without their own date (dd/MM/yyyy), where it came from (`flag`: the
   * form's date, `title`: a line above the header, at `line`; `today`), and that said in words. Round 44 (lists46): `titleKind`
   * when the title's day is not right after the review words: `titled` ("… RÀ SOÁT NĂM 2026 THÔN 3 – NGÀY 15/11/2026"), `made`
   * ("Ngày lập danh sách: 15/11/2026", no review day written).
   */
  reviewDate: { date: string; by: 'flag' | 'title' | 'today'; line?: string; titleKind?: 'titled' | 'made'; said: string };
}

export type UploadOutcome =
  | { ok: true; file: Buffer; format: ResultFormat; counts: UploadCounts; summary: string; notes: string[] }
  /** `reason` is a code for the log (never the list's text); `message` is for the person. */
  | { ok: false; status: 400 | 413 | 503; reason: string; message: string; detail?: string };

/** The server's disk full or not writable (round 40: was a 500 with no word of why, or a request never answered). */
const SERVER_UNWRITABLE =
  'Máy chủ chưa ghi được kết quả (ổ đĩa của máy chủ đầy hoặc không ghi được): danh sách chưa được kiểm tra xong, không có gì của danh sách được giữ lại. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo người quản trị.';

/** The result file's name: "ket-qua-<the list's name>.csv|xlsx" (ASCII only, for any download header). */
export function resultFileName(listName: string | undefined, format: ResultFormat): string {
  const stem = (listName ?? '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `ket-qua${stem ? `-${stem}` : ''}.${format}`;
}

const TOO_BIG = (limit: number) =>
  `Tệp danh sách quá lớn (tối đa ${formatNumber(Math.floor(limit / (1024 * 1024)))} MB). Hãy chia danh sách thành nhiều tệp (ví dụ theo thôn, ấp) rồi kiểm tra từng tệp.`;

/**
 * After a list refused for its header ('no_header'), what someone who sent it from the web page or the API can do (the
 * CLI points to its --help instead, which they cannot run): a header row to copy.
 */
const COLUMNS_EXAMPLE =
  'Hãy sửa dòng tên cột trong tệp rồi gửi lại, ví dụ dòng tên cột: Mã hộ | Khu vực | Số nhân khẩu | Thu nhập bình quân (đồng/người/tháng) | Thiếu hụt (khu vực ghi nông thôn hoặc thành thị, xã hoặc phường; thiếu hụt ghi tên các chỉ số, ví dụ “bhyt, nước sinh hoạt”).';

/**
 * Runs `work` with a fresh folder of this process's (0700, named as removeUploadLeftovers finds it), in which ExcelJS puts any
 * copy of a worksheet it makes while reading (keepExcelTempFilesIn), and removes the folder after: the household list is never
 * copied into the machine's shared temporary folder, where a run killed mid-way left it (round 36: `cli batch` did).
 */
export async function inListFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), `${UPLOAD_FOLDER}${process.pid}-`));
  try {
    return await keepExcelTempFilesIn(folder, () => work(folder));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** 413 for a list file past BATCH_DEFAULTS.upload.maxBytes, said before reading it. */
export const listTooBig = (): string => TOO_BIG(BATCH_DEFAULTS.upload.maxBytes);

interface UploadOptions {
  defaultDate: string;
  /** How the user chose `defaultDate` (the form's field "date"): it wins over a review day in the list's title; absent: today's. */
  dateFlag?: string;
  format?: ResultFormat;
  readableHeaders?: boolean;
}

/**
 * Checks the list in `bytes` on `defaultDate` (yyyy-MM-dd, for rows without a date): the result file in `format` (by
 * default the list's own kind: a workbook gets a workbook) as `cli batch --out` writes it, the counts, and the summary
 * text `cli batch` prints; or why the list was not checked.
 */
export async function checkUploadedList(rules: RuleSet, bytes: Buffer, options: UploadOptions): Promise<UploadOutcome> {
  const limits = BATCH_DEFAULTS.upload;
  if (bytes.length === 0) return { ok: false, status: 400, reason: 'empty', message: 'Chưa có tệp danh sách (tệp trống). Hãy chọn tệp .csv hoặc .xlsx có danh sách hộ.' };
  if (bytes.length > limits.maxBytes) return { ok: false, status: 413, reason: 'too_large', message: listTooBig() };
  return inListFolder((folder) => checkInFolder(rules, bytes, folder, options)).catch((error: unknown): UploadOutcome => {
    const failed = unwritable(error);
    if (!failed) throw error;
    return { ok: false, status: 503, reason: 'unwritable', message: SERVER_UNWRITABLE, detail: failed.code };
  });
}

/** checkUploadedList's work in its private folder: the list written there, checked, its result read back. */
async function checkInFolder(rules: RuleSet, bytes: Buffer, folder: string, options: UploadOptions): Promise<UploadOutcome> {
  const limits = BATCH_DEFAULTS.upload;
  const input = join(folder, 'danh-sach');
  writeFileSync(input, bytes, { mode: 0o600 });
  const format = options.format ?? (isWorkbookFile(input) ? 'xlsx' : 'csv');
  const source = openList(input, bytes.length);
  if (typeof source === 'string') return { ok: false, status: 400, reason: 'unreadable', message: source };
  const target = prepareOutput(input, join(folder, `ket-qua.${format}`), false);
  if (!target.ok) throw new Error('the result file could not be prepared in a fresh folder');
  const written = format === 'xlsx' ? await xlsxSink(target.file) : csvSink(target.file);
  const sink = options.readableHeaders ? withReadableHeaders(written) : written;
  const problems: RowProblem[] = [];
  const outcome = await runList(rules, source, sink, {
    defaultDate: options.defaultDate,
    ...(options.dateFlag !== undefined ? { dateFlag: options.dateFlag } : {}),
    maxRows: limits.maxRows,
    onProblem: (problem) => {
      if (problems.length < limits.problemsShown) problems.push(problem);
    },
  });
  if (!outcome.ok) {
    if (outcome.reason === 'too_many_rows') {
      return {
        ok: false,
        status: 413,
        reason: outcome.reason,
        message: `Danh sách quá dài (tối đa ${formatNumber(limits.maxRows)} hộ một tệp, không kể dòng tiêu đề, tên cột, tổng cộng, chữ ký). Hãy chia danh sách thành nhiều tệp (ví dụ theo thôn, ấp) rồi kiểm tra từng tệp.`,
      };
    }
    if (outcome.reason === 'unwritable') return { ok: false, status: 503, reason: outcome.reason, message: SERVER_UNWRITABLE, ...(outcome.detail ? { detail: outcome.detail } : {}) };
    return { ok: false, status: 400, reason: outcome.reason, message: outcome.reason === 'no_header' ? `${outcome.message} ${COLUMNS_EXAMPLE}` : outcome.message };
  }
  const { summary } = outcome;
  const shares = standardShares(rules, summary);
  const unread = unreadSheetsSaid(summary);
  const counts: UploadCounts = {
    ...(unread ? { unreadSheets: unread } : {}),
    rows: summary.rows,
    classified: summary.classified,
    rejected: summary.rejected,
    classes: (Object.entries(CLASS_LABELS) as [Classification, string][]).map(([code, label]) => ({ code, label, count: summary.byClass.get(code) ?? 0 })),
    footer: summary.footerRows.length,
    subtotals: summary.subtotalRows.length,
    sections: summary.sectionRows.length,
    members: summary.memberRows.length,
    blank: summary.blank,
    blankFormRows: summary.numberedBlankRows.map(String),
    totalDiffers: totalDiffersSaid(summary),
    countRows: tallyRowsSaid(summary),
    yearlyInMonthly: summary.yearInMonthRows.map(String),
    severalUnclear: summary.severalUnclearRows.map(String),
    problems: problems.map((problem) => `${problemPlace(problem)}${problem.column ? `, cột ${problem.heading ?? problem.column}` : ''}: ${problem.message}`),
    standards: shares.current,
    nextStandards: shares.next,
    villages: villagesSaid(rules, summary),
    refusedReasons: refusedReasonsSaid(summary),
    refusedByColumn: refusedByColumn(summary),
    reviewDate: {
      date: formatDate(summary.reviewDate.date),
      by: summary.reviewDate.by,
      ...(summary.reviewDate.by === 'title' ? { line: String(summary.reviewDate.line), ...(summary.reviewDate.kind ? { titleKind: summary.reviewDate.kind } : {}) } : {}),
      said: reviewDateSaid(summary.reviewDate),
    },
  };
  return { ok: true, file: readFileSync(target.file.path), format, counts, summary: formatSummary(rules, summary), notes: outcome.notes };
}

