/** The shapes the batch check passes between its readers, the household logic and its writers. */
import type { TextParts } from '../rules/index.ts';

/**
 * One record of a list: its cells, or why it could not be read. `line` is where the record starts
 * in the file (CSV: physical line, 1 = header; XLSX: the row number Excel shows). `sheet`: the worksheet's name, set on
 * every record of a workbook of several sheets (each may be a part of the list: a commune's list split by thôn). `hidden`: a
 * workbook's row hidden in Excel (hidden by hand, by a filter, in a collapsed group), read as any other and said in its row.
 * `garbled` (round 39): the cells of a CSV line refused for bytes that are not UTF-8, each run of them shown as “?”: said in
 * the refused row and carried to its result, never read to classify it.
 */
export type TableRecord =
  | { line: number; cells: string[]; sheet?: string; merged?: MergedCells; spans?: MergedSpans; across?: MergedAcross; hidden?: true; formulas?: FormulaGaps }
  | { line: number; problem: string; sheet?: string; written?: WrittenCells; garbled?: string[] };

/**
 * A CSV record refused for its quotes (a quote opening a cell and never closed, text after a closing quote: `"Hộ có người
 * ốm`, `"ốm" nặng`), split on the delimiter as typed, its quotes read as characters: `cells`, and which of them hold a
 * quote (`quoted`). The list's reader keeps the row when these cells stand in the list's columns and no quote is in a
 * cell read to classify the household (a note, a name), else refuses it with the quote's reason.
 */
export interface WrittenCells {
  cells: string[];
  quoted: number[];
}

/**
 * Cells of a workbook's row holding a formula whose value the file does not keep (an error such as #REF! or #DIV/0!, or
 * a workbook never computed by Excel): index in `cells` (where the cell reads '') → the formula, to say it when the row is refused.
 */
export type FormulaGaps = Record<number, string>;

/**
 * Cells of a record under the top row of a merged range (Excel keeps a merged cell's value in its top cell only): index
 * in `cells` → the merged cell's value. Read into a household's row, never into a header's.
 */
export type MergedCells = Record<number, string>;

/**
 * Cells at the top of a range merged down over later rows (a household code over its members' rows, one row per person):
 * index in `cells` → the range's last row (its `line`).
 */
export type MergedSpans = Record<number, number>;

/**
 * Cells at the left of a range merged across later columns ("Thu nhập" over E1:F1): index in `cells` → the range's last
 * column's index. A header's refusal names such a cell by its range as Excel shows it (“ô E1:F1”).
 */
export type MergedAcross = Record<number, number>;

/** A list being read: its records in order, and how far the reading is (0–1) for the progress bar. */
export interface TableSource {
  /** What the reader did that the user should know (e.g. the encoding it decoded). */
  notes: string[];
  /** In batches of records (one await per batch, not per row, on 100.000-row lists). */
  records: AsyncIterable<TableRecord[]>;
  progress(): number;
  /** A workbook's sheet (.xlsx): its cells are Excel's, never split by a CSV's commas (no quoting hint in its reasons). */
  spreadsheet?: true;
  /** What a workbook's reader learns of it, filled as it reads (known before each sheet's first records come). */
  workbook?: WorkbookFacts;
}

/** A workbook's day count and what is hidden in it: read as any other part, said to the cadre who may not see it. */
export interface WorkbookFacts {
  /** Days counted from 01/01/1904 (Excel for Mac's "1904 date system"), not from 30/12/1899. */
  date1904: boolean;
  /** The sheets hidden in Excel, by name. */
  hiddenSheets: Set<string>;
  /** Of those, the "veryHidden" ones: not in Excel's Unhide list, shown again only by their Visible property (VBA editor). */
  veryHiddenSheets: Set<string>;
  /** Columns hidden in Excel (numbered from 1, as ranges), by the records' `sheet` (undefined: a one-sheet workbook). */
  hiddenColumns: Map<string | undefined, readonly ColumnSpan[]>;
}

/** Columns `first`–`last` (from 1, A = 1). */
export interface ColumnSpan {
  first: number;
  last: number;
}

/**
 * A row the reader or the household check refused: where, which column (may be empty), why. `column` is the
 * list's column code (`khu_vuc`: the xlsx "Dòng lỗi" sheet's `cot`); `heading`, the column as the list heads it
 * ("Khu vực (khu_vuc)"), set when the header is not the code itself, and said in every reason text.
 */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
  heading?: string;
  /** How the row's other cells were read ("Ô “3tr5” ghi tắt: …"; a remark in "Ghi chú"): after the reason in its result row. */
  remarks?: string;
  /** The worksheet of the row, for a sheet read after the list's first one (its lines are that sheet's). */
  sheet?: string;
  /** Round 44 (lists46): the other columns of the row whose cells are unclear too, said in `message` after the first. */
  alsoUnclear?: string[];
}

/** Where a refused row is, for stderr: "Dòng 5" or "Dòng 5 (trang “Thôn 2”)". */
export const problemPlace = (problem: RowProblem): string => `Dòng ${problem.line}${problem.sheet === undefined ? '' : ` (trang “${problem.sheet}”)`}`;

/** A refused row's reason naming its column as the list heads it ("Cột Khu vực (khu_vuc): …"): `ly_do`. */
export const problemReason = (problem: RowProblem): string =>
  problem.column ? `Cột ${problem.heading ?? problem.column}: ${problem.message}` : problem.message;

/**
 * A cell: a number, a text, or a text in parts (a list row's reasons and margins), of which the `shared`
 * part is the same string on many rows: the CSV writer encodes it once.
 */
export type Cell = string | number | TextParts;

/** A cell's value as one text or number: a text in parts joined. */
export const cellValue = (cell: Cell): string | number => (typeof cell === 'object' ? cell.own + cell.shared : cell);

/** Where results go: result rows in input order, the refused rows, then the summary lines. */
export interface ResultSink {
  header(columns: readonly string[]): void;
  /** A promise only when the caller must wait (the output is busy); most rows return nothing. */
  row(cells: Cell[]): Promise<void> | void;
  problem(problem: RowProblem): void;
  /**
   * Writes the summary, completes the output (renamed into place when it is a file). `notes`: what the run said of the list
   * (the sheets read, the columns understood, letters lost to "?", cells read some way): a workbook keeps them on its summary
   * sheet, where the cadre opening it sees them; a CSV has no place for them (they go to stderr).
   */
  finish(summary: [string, Cell][], notes?: readonly string[]): Promise<void>;
  /**
   * Drops a half-written output (the temporary file is removed; nothing existing is touched). Results going to stdout
   * cannot be taken back: the rows written so far are sent whole, then `note`, if given, as a last record that says so.
   */
  abort(note?: string): Promise<void>;
  /**
   * Results going to stdout: the rows it has taken whole (written out, not only handed over) and the first cell (the line in
   * the list) of the last of them; what `cli batch` says is printed when stdout fails (a full disk, a closed pipe).
   */
  delivered?(): { rows: number; last: Cell };
}

/** A list with more households than a caller takes (the web upload's BATCH_DEFAULTS.upload.maxRows): thrown by classifyList. */
export class TooManyRows extends Error {
  constructor(readonly limit: number) {
    super(`list over ${limit} households`);
    this.name = 'TooManyRows';
  }
}
