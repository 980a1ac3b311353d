/**
 * Excel workbooks in and out for the batch check, through ExcelJS's streaming reader and writer (a
 * commune's 100.000 rows never sit in memory as a workbook). Every worksheet's rows are read, in tab order; in a
 * workbook of several sheets each record carries its sheet's name, and the list reader takes the sheets headed like
 * the list's first one (a commune's list split by thôn) and names the others. Row numbers are the line numbers reported. Results go to three sheets: "Kết quả" (the CSV's
 * columns), "Dòng lỗi" (line, column, reason) and "Tổng hợp". Text is written as text cells, which
 * Excel never runs as a formula.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createReadStream, createWriteStream, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { formatDate } from '../text/dates.ts';
import { BATCH_DEFAULTS } from './defaults.ts';
import { NotAWorkbook, parseRange, workbookLayout, type MergedRange } from './merges.ts';
import { cellValue, problemReason, type Cell, type ColumnSpan, type FormulaGaps, type WorkbookFacts, type MergedAcross, type MergedCells, type MergedSpans, type ResultSink, type RowProblem, type TableRecord, type TableSource } from './types.ts';
import type { OutputFile } from './output.ts';

/** ExcelJS is big to load (about a second on a busy machine): only CSV-free runs pay for it. */
const loadExcelJS = async () => (await import('exceljs')).default;

/**
 * ExcelJS's stream reader copies a worksheet that comes before the shared strings in the zip into a temporary file of the
 * `tmp` package (os.tmpdir()), removed when the sheet has been read, or only at the process's exit when the reading
 * stops before (a damaged workbook): in the server, a household list would stay on disk. Inside `keepExcelTempFilesIn`
 * those files go into the caller's folder instead, which the caller removes.
 */
const excelTempFolder = new AsyncLocalStorage<string>();
let tmpRedirected = false;

type TmpFile = (options: unknown, callback?: unknown) => unknown;
function redirectExcelTempFiles(): void {
  if (tmpRedirected) return;
  tmpRedirected = true;
  // The `tmp` ExcelJS requires (resolved from ExcelJS itself), whose file() it calls at read time.
  const tmp = createRequire(createRequire(import.meta.url).resolve('exceljs'))('tmp') as { file: TmpFile };
  const file = tmp.file;
  tmp.file = function (this: unknown, options: unknown, callback?: unknown) {
    const folder = excelTempFolder.getStore();
    if (folder === undefined) return file.call(this, options, callback);
    return typeof options === 'function' ? file.call(this, { tmpdir: folder }, options) : file.call(this, { ...(options as object), tmpdir: folder }, callback);
  };
}

/** Runs `work` with any temporary file ExcelJS makes while reading put in `folder` (which the caller removes). */
export function keepExcelTempFilesIn<T>(folder: string, work: () => Promise<T>): Promise<T> {
  redirectExcelTempFiles();
  return excelTempFolder.run(folder, work);
}

/** "PK\3\4": a ZIP container, which is what .xlsx is whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The OLE2 signature of Excel 97–2003 .xls files, which ExcelJS does not read. */
export function isLegacyExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * What a cell shows, as text: dates as the cadre sees them, dd/MM/yyyy (round 26: quoted in ly_do as "2027-12-31"), formulas by
 * their last computed value. ExcelJS gives a date cell as that day's midnight UTC (Excel keeps days, no time zone): its UTC
 * day, whatever the server's time zone.
 */
function cellText(value: ExcelJS.CellValue | undefined, dateShown = false, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value.toISOString().slice(0, 10));
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
    // A formula's cached number in a cell formatted as a date (=DATE(2026;12;1), =B2+30): the day Excel shows, by the
    // workbook's day count (ExcelJS gives that number bare, where it gives a typed date as a Date).
    if ('result' in value && typeof value.result === 'number' && dateShown) return formatDate(excelSerialDay(value.result, date1904));
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

/** Whether a number format shows a date ("dd/mm/yyyy", "d-mmm-yy", "[$-42A]dd/mm/yyyy"): a day or a year in it, outside quotes and brackets. */
const showsDate = (format: string | undefined): boolean => format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

/**
 * The day (yyyy-MM-dd) of a count of days as Excel keeps it: from 30/12/1899 (46357 = 01/12/2026), or in a workbook of the
 * 1904 date system (Excel for Mac's "1904 date system", workbookPr date1904) from 01/01/1904 (44895 = 01/12/2026).
 */
export function excelSerialDay(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One worksheet's rows as records, chunked; `tag` names the sheet in a workbook of several. A merged range (`merges`)
 * holds its value in its top left cell only, as the stream reader gives it (the whole-workbook reader gives every cell
 * of the range the value: those are emptied); a row under the top of the range carries the range's value for its cells
 * (`merged`: the top cell's, remembered as it passes), and the top row the range's last row (`spans`) when it runs down,
 * its last column (`across`) when it runs across. A row hidden in Excel (`hidden`: its numbers) is read and marked so.
 */
async function* sheetRecords(
  rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>,
  tag: { sheet?: string },
  merges: readonly MergedRange[] = [],
  hidden: ReadonlySet<number> = NONE_HIDDEN,
  date1904 = false,
  seen?: { line: number; sheet?: string },
): AsyncGenerator<TableRecord[]> {
  let chunk: TableRecord[] = [];
  const tops = new Map<MergedRange, string>();
  // The ranges by their top row, and those the row being read is in (rows come in order): a list of members merged by
  // household has thousands of ranges, each over a few rows.
  const waiting = [...merges].sort((a, b) => b.top - a.top);
  let active: MergedRange[] = [];
  for await (const row of rows) {
    if (seen) [seen.line, seen.sheet] = [row.number, tag.sheet];
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    let formulas: FormulaGaps | undefined;
    for (let column = 1; column < values.length; column += 1) {
      const value = values[column];
      const formula = valuelessFormula(value);
      if (formula !== undefined) {
        // Read as an empty cell both ways (the stream reader drops an error result, the whole reader keeps "#REF!"): its formula kept to be said.
        cells.push('');
        (formulas ??= {})[column - 1] = formula;
        continue;
      }
      const formulaDay = typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'number' && showsDate(row.getCell(column).numFmt);
      cells.push(cellText(value, formulaDay, date1904));
    }
    let merged: MergedCells | undefined;
    let spans: MergedSpans | undefined;
    let across: MergedAcross | undefined;
    while (waiting.length > 0 && waiting[waiting.length - 1]!.top <= row.number) active.push(waiting.pop()!);
    if (active.some((range) => range.bottom < row.number)) active = active.filter((range) => range.bottom >= row.number);
    for (const range of active) {
      for (let column = range.left; column <= range.right && column <= cells.length; column += 1) {
        if (row.number !== range.top || column !== range.left) cells[column - 1] = '';
      }
      if (row.number === range.top) {
        tops.set(range, cells[range.left - 1] ?? '');
        if (range.bottom > range.top) (spans ??= {})[range.left - 1] = range.bottom;
        if (range.right > range.left) (across ??= {})[range.left - 1] = range.right - 1;
        continue;
      }
      const value = tops.get(range);
      if (!value) continue;
      merged ??= {};
      for (let column = range.left; column <= range.right; column += 1) merged[column - 1] = value;
    }
    chunk.push({ line: row.number, cells, ...tag, ...(merged ? { merged } : {}), ...(spans ? { spans } : {}), ...(across ? { across } : {}), ...(hidden.has(row.number) ? { hidden: true as const } : {}), ...(formulas ? { formulas } : {}) });
    if (chunk.length >= BATCH_DEFAULTS.chunkRows) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** A formula cell's formula when the file keeps no value for it (no cached result, an error result, NaN): else undefined. */
function valuelessFormula(value: ExcelJS.CellValue | undefined): string | undefined {
  if (typeof value !== 'object' || value === null || !('formula' in value || 'sharedFormula' in value)) return undefined;
  const { result } = value as { result?: unknown };
  const valueless = result === undefined || (typeof result === 'number' && Number.isNaN(result)) || (typeof result === 'object' && result !== null && 'error' in result);
  if (!valueless) return undefined;
  const written = value as { formula?: string; sharedFormula?: string };
  return written.formula ?? written.sharedFormula ?? '';
}

/** A sheet with no row hidden. */
const NONE_HIDDEN: ReadonlySet<number> = new Set();

/** How a refused workbook's message ends: true of `--out`, the bot and the API (nothing kept); `cli batch` to stdout says its rows. */
export const NOTHING_WRITTEN = 'Chưa ghi kết quả nào.';

/**
 * A workbook the reader could not read to its end (a download cut off: the zip ends mid-entry, "FILE_ENDED"; a zip that
 * is no workbook): said in Vietnamese with what to do, the reader's own code kept apart for the operator's log.
 */
export class DamagedWorkbook extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    message?: string,
    where = '',
  ) {
    super(message ?? `Tệp Excel “${file}” bị hỏng hoặc chưa tải về hết, không đọc được đến cuối${where}: hãy tải lại tệp, hoặc mở tệp trong Excel và lưu lại (.xlsx), rồi chạy lại. ${NOTHING_WRITTEN}`);
    this.name = 'DamagedWorkbook';
  }
}

/**
 * What ExcelJS's stream reader knows of workbook.xml once it has read it: the sheets in tab order (`state` "hidden" or
 * "veryHidden" for a sheet hidden in Excel), and its workbookPr (the 1904 date system).
 */
type StreamModel = { model?: { sheets?: { name: string; state?: string }[] }; properties?: { model?: { date1904?: boolean } } };

export function xlsxSource(path: string, size: number): TableSource {
  let read = 0;
  const notes: string[] = [];
  /** The last row the reader gave, to say where a damaged workbook stops. */
  const seen: { line: number; sheet?: string } = { line: 0 };
  const facts: WorkbookFacts = { date1904: false, hiddenSheets: new Set(), veryHiddenSheets: new Set(), hiddenColumns: new Map() };
  /** A sheet's facts kept before its records go: hidden in Excel (its `state`), its columns hidden. */
  const know = (name: string, tag: string | undefined, state: string, columns: readonly ColumnSpan[] | undefined) => {
    if (state !== 'visible') facts.hiddenSheets.add(name);
    if (state === 'veryHidden') facts.veryHiddenSheets.add(name);
    if (columns && columns.length > 0) facts.hiddenColumns.set(tag, columns);
  };
  async function* records(): AsyncGenerator<TableRecord[]> {
    try {
      yield* workbookRecords();
    } catch (error) {
      if (error instanceof NotAWorkbook) {
        throw new DamagedWorkbook(basename(path), error.message, `Tệp “${basename(path)}” không phải bảng tính Excel: bên trong là ${error.contents}, không có trang tính nào (có thể tệp bị đổi tên thành .xlsx). Hãy mở danh sách hộ trong Excel và lưu thành .xlsx (hoặc “CSV UTF-8”), rồi chạy lại. ${NOTHING_WRITTEN}`);
      }
      // Round 38: where the reading stopped, by the last row read (was: "không đọc được đến cuối", no row named).
      const where = seen.line > 0 ? ` (đọc được đến dòng ${seen.line}${seen.sheet === undefined ? '' : ` của trang “${seen.sheet}”`}, hỏng từ sau dòng đó)` : '';
      throw new DamagedWorkbook(basename(path), error instanceof Error ? error.message : String(error), undefined, where);
    }
  }
  async function* workbookRecords(): AsyncGenerator<TableRecord[]> {
    const Excel = await loadExcelJS();
    const layouts = await workbookLayout(path);
    // Opened only now: a stream counting its bytes flows at once, and must not run before the reader listens.
    const input = createReadStream(path);
    input.on('data', (chunk) => (read += chunk.length));
    const workbook = new Excel.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    // A file whose zip holds the sheets before workbook.xml (the order is the writer's: seen from ExcelJS itself) reaches a
    // sheet before the reader knows the workbook, where ExcelJS reads `model.sheets` of nothing and throws. Given an empty
    // model it goes on; the sheet is then read from the whole workbook below instead (names and tab order known).
    const known = workbook as unknown as StreamModel;
    known.model ??= {};
    let streamed = true;
    let index = 0;
    try {
      for await (const sheet of workbook) {
        const tabs = known.model?.sheets;
        if (!tabs) {
          streamed = false;
          break;
        }
        // The stream reader names a sheet from workbook.xml when it matched it ("Sheet<n>" otherwise); else its place in the tabs.
        const own = (sheet as unknown as { name?: string }).name;
        const name = tabs.some((tab) => tab.name === own) ? own! : (tabs[index]?.name ?? `trang ${index + 1}`);
        index += 1;
        facts.date1904 = known.properties?.model?.date1904 === true;
        // One sheet: records as before, no sheet named (the results have no sheet column).
        const id = (sheet as unknown as { id?: number }).id;
        const layout = id === undefined ? undefined : layouts.get(id);
        const tag = tabs.length > 1 ? name : undefined;
        know(name, tag, tabs.find((tab) => tab.name === name)?.state ?? 'visible', layout?.hiddenColumns);
        yield* sheetRecords(sheet, tag === undefined ? {} : { sheet: tag }, layout?.merges, layout?.hidden, facts.date1904, seen);
      }
    } finally {
      input.destroy();
    }
    if (streamed) return;
    const whole = new Excel.Workbook();
    await whole.xlsx.readFile(path);
    read = size;
    const sheets = whole.worksheets;
    facts.date1904 = whole.properties.date1904 === true;
    for (const sheet of sheets) {
      // Every row the sheet holds, as the stream reader gives them: eachRow() passes over a row ExcelJS counts empty (cells
      // with only borders or colour), which the streamed sheet counts as a blank row ("Không tính 1 dòng trống").
      const rows: ExcelJS.Row[] = [];
      for (let number = 1; number <= sheet.rowCount; number += 1) {
        const row = sheet.findRow(number);
        if (row) rows.push(row);
      }
      const ranges = sheet.model.merges.map(parseRange).filter((range): range is MergedRange => range !== null);
      const tag = sheets.length > 1 ? sheet.name : undefined;
      const columns = (sheet.columns ?? []).flatMap((column, at) => (column.hidden ? [{ first: at + 1, last: at + 1 }] : []));
      know(sheet.name, tag, sheet.state, columns);
      yield* sheetRecords(rows, tag === undefined ? {} : { sheet: tag }, ranges, new Set(rows.filter((row) => row.hidden).map((row) => row.number)), facts.date1904, seen);
    }
  }
  return { notes, records: records(), progress: () => (size === 0 ? 1 : Math.min(1, read / size)), spreadsheet: true, workbook: facts };
}

const BOLD = { font: { bold: true } };
/** The style of every result cell (none: Excel's "General"), one object for numbers and one for text (see xlsxSink's row). */
const NUMBER_STYLE: Partial<ExcelJS.Style> = {};
const TEXT_STYLE: Partial<ExcelJS.Style> = {};

/** Excel opens no cell over 32.767 characters: a longer note is cut, and says so. */
const fitCell = (text: string): string => (text.length <= EXCEL_CELL_MAX ? text : `${text.slice(0, EXCEL_CELL_MAX - 40)}… (còn nữa, xem đủ trên màn hình)`);
const EXCEL_CELL_MAX = 32_767;

/**
 * The rows the summary sheet ends with: the refused rows' place (sheet "Dòng lỗi"), then the run's notes as the screen says
 * them, one a row, after a row naming them (the counts above stay where scripts read them by their labels).
 */
export function summaryNotes(notes: readonly string[], refused: number): Cell[][] {
  return [
    ...(refused > 0 ? [[`Dòng lỗi chưa phân loại: số dòng, cột và lý do của từng dòng ở trang “Dòng lỗi”`, refused]] : []),
    ...(notes.length > 0 ? [['Thông báo khi đọc danh sách (như in trên màn hình):', notes.length], ...notes.map((note) => [fitCell(note), ''])] : []),
  ];
}

/**
 * Results as a workbook written to the temporary file, renamed into place on finish. The file is opened here (a folder that
 * takes no writing refused at once, as for a CSV) and its stream's error kept from the start: a full disk fails the next row
 * or the finish, and the file is removed (round 40: ExcelJS listened only once committing, so a write error before it was
 * never seen, the commit never ended and the run stopped unsaid with status 0, or left the temporary file).
 */
export async function xlsxSink(file: OutputFile): Promise<ResultSink> {
  const Excel = await loadExcelJS();
  const stream = createWriteStream(file.temp, { fd: openSync(file.temp, 'wx') });
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) => stream.once('error', (error) => reject((failure = error))));
  failed.catch(() => {});
  const committed = () => Promise.race([workbook.commit(), failed]);
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const results = workbook.addWorksheet('Kết quả', { views: [{ state: 'frozen', ySplit: 1 }] });
  const problems: RowProblem[] = [];
  const sheet = (name: string, header: string[], rows: Cell[][]) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const first = worksheet.addRow(header);
    first.font = BOLD.font;
    first.commit();
    for (const row of rows) worksheet.addRow(row).commit();
    worksheet.commit();
  };
  return {
    header(columns) {
      const row = results.addRow([...columns]);
      row.font = BOLD.font;
      row.commit();
    },
    row(cells) {
      if (failure) throw failure;
      const row = results.addRow(cells.map(cellValue));
      // ExcelJS keeps a style's id by the style object; each new cell has a new empty one, which it rendered as XML and
      // looked up again for every cell (a quarter of a 100.000-row .xlsx → .xlsx run, CPU profile). A number's and a
      // text's style objects are each shared by every result cell: the same ids, fewer renderings.
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.style = typeof cell.value === 'number' ? NUMBER_STYLE : TEXT_STYLE;
      });
      row.commit();
    },
    problem: (problem) => void problems.push(problem),
    async finish(summary, notes = []) {
      results.commit();
      // A row of a sheet after the list's first one says its sheet in a fourth column (its line is that sheet's).
      const sheets = problems.some((p) => p.sheet !== undefined);
      sheet(
        'Dòng lỗi',
        ['dong', 'cot', 'ly_do', ...(sheets ? ['trang_tinh'] : [])],
        problems.map((p) => [p.line, p.column, p.heading ? problemReason(p) : p.message, ...(sheets ? [p.sheet ?? ''] : [])]),
      );
      // Round 38: what the run said on the screen (sheets read or left, columns understood, "?" for lost letters…) under the
      // counts, a row each, and where the refused rows' reasons are: was on stderr only, never in the workbook sent on.
      sheet('Tổng hợp', ['muc', 'so_ho'], [...summary, ...summaryNotes(notes, problems.length)]);
      await committed();
      file.commit();
    },
    async abort() {
      if (!failure) await committed().catch(() => {});
      stream.destroy();
      file.discard();
    },
  };
}
