/**
 * CSV in and out for the batch check. Reading goes record by record so that one bad record is
 * reported on its own line and never takes the rest of the file with it: a line without quotes is
 * split on the delimiter; a line with quotes goes through csv-parse, and a quote left open may run
 * over the next lines only while those do not look like rows of their own. Writing is RFC 4180 by
 * hand (a cell holding a comma, a quote or a line break is quoted, its quotes doubled; nothing else
 * to it, and a library's per-cell options cost a sixth of a 100.000-row run), with a UTF-8 BOM for
 * Excel and text cells that a spreadsheet would run as a formula (= + - @ tab CR at the start)
 * prefixed with an apostrophe, as OWASP advises.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { CsvError, parse } from 'csv-parse/sync';
import { BATCH_DEFAULTS } from './defaults.ts';
import type { Cell, ResultSink, TableRecord, TableSource, WrittenCells } from './types.ts';
import type { SharedKey } from '../rules/types.ts';
import type { OutputFile } from './output.ts';

const DELIMITERS = [',', ';', '\t'] as const;

/** How many times `delimiter` stands outside quotes in `line`. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count += 1;
  }
  return count;
}

/**
 * The delimiter of the header and the rows under it, judged on the first non-blank lines (the header is looked for
 * among BATCH_DEFAULTS.headerSearchRows of them, and the rows after it agree with it), not on line 1 alone: a title
 * line above the header ("Danh sách hộ nghèo, cận nghèo - xã Hòa Bình" over a `;` or tab list, as Excel saves
 * "CSV (semicolon)" and "Unicode Text") has no delimiter or a stray comma. The delimiter that splits the most lines
 * into the same number of cells wins, then the one splitting them into more cells, then `,`: Excel writes `;` where
 * `,` is the decimal mark, and a cell "1,2 triệu" or "bhyt, nước" adds commas that vary from row to row.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, BATCH_DEFAULTS.sniffBytes)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 2 * BATCH_DEFAULTS.headerSearchRows);
  const score = (delimiter: string) => {
    const times = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) times.set(count, (times.get(count) ?? 0) + 1);
    }
    let best = { lines: 0, cells: 0 };
    for (const [cells, count] of times) if (count > best.lines || (count === best.lines && cells > best.cells)) best = { lines: count, cells };
    return best;
  };
  let chosen: string = ',';
  let top = score(chosen);
  for (const delimiter of DELIMITERS.slice(1)) {
    const found = score(delimiter);
    if (found.lines > top.lines || (found.lines === top.lines && found.cells > top.cells)) [chosen, top] = [delimiter, found];
  }
  return chosen;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'có dấu ngoặc kép (") mở mà không đóng; hãy xóa dấu ngoặc kép thừa hoặc thêm dấu đóng',
  CSV_INVALID_CLOSING_QUOTE: 'sau dấu ngoặc kép đóng ô còn chữ (ví dụ "Ho Ti" Nguyen); hãy bỏ dấu ngoặc kép, hoặc đặt cả ô trong ngoặc kép và nhân đôi dấu bên trong ("""Ho Ti"" Nguyen")',
};
QUOTE_PROBLEMS.CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE = QUOTE_PROBLEMS.CSV_INVALID_CLOSING_QUOTE!;

type Parsed = { cells: string[] } | { code: string };

/** A record without quotes: split on the delimiter, each cell trimmed in place (no second array). */
function splitPlain(text: string, delimiter: string): string[] {
  const cells = text.split(delimiter);
  for (let i = 0; i < cells.length; i += 1) cells[i] = cells[i]!.trim();
  return cells;
}

function parseRecord(text: string, delimiter: string): Parsed {
  if (!text.includes('"')) return { cells: splitPlain(text, delimiter) };
  try {
    const records = parse(text, { delimiter, relax_quotes: true, trim: true, relax_column_count: true }) as string[][];
    return records.length <= 1 ? { cells: records[0] ?? [] } : { code: 'CSV_QUOTE_NOT_CLOSED' };
  } catch (error) {
    if (error instanceof CsvError) return { code: error.code };
    throw error;
  }
}

/**
 * A record whose quotes do not parse, split as typed (its quotes are characters of their cells). A quote opening the last
 * cell of a list `width` cells wide and never closed is that cell's to the line's end, as its writer meant (a note
 * `"ốm, nằm viện` with its comma): the row still has the list's width.
 */
function asWritten(line: string, delimiter: string, width: number): WrittenCells {
  let cells = splitPlain(line, delimiter);
  if (width > 0 && cells.length > width && cells[width - 1]!.startsWith('"')) {
    const rest = line.split(delimiter).slice(width - 1).join(delimiter).trim();
    cells = [...cells.slice(0, width - 1), rest];
  }
  const quoted: number[] = [];
  cells.forEach((cell, index) => {
    if (cell.includes('"')) quoted.push(index);
  });
  return { cells, quoted };
}

/** The refusal of a line holding bytes that are not UTF-8 in a UTF-8 file (decoded as U+FFFD). */
export const NOT_UTF8_LINE =
  'dòng này có byte không phải UTF-8 (chữ hiện thành “\uFFFD”): có thể dòng được dán từ tệp dùng bảng mã khác, hoặc tệp bị hỏng ở đây; chữ không đọc được chắc chắn nên dòng chưa được xét. Hãy gõ lại dòng này trong danh sách, hoặc lưu lại cả tệp bằng “CSV UTF-8 (Comma delimited)”, rồi kiểm tra lại';

/**
 * Reads decoded CSV text; `notes` are passed on to the user (e.g. the encoding found). `damaged`: the text was decoded
 * from UTF-8 with bad bytes made U+FFFD; a record holding one is refused (NOT_UTF8_LINE), the others read.
 */
export function csvSource(written: string, notes: string[] = [], damaged = false): TableSource {
  // Lines ended by CR alone (Excel's "CSV (Macintosh)", old Mac programs): read as line breaks (tryout51 F4: was one line, refused
  // with "Không tìm thấy dòng tên cột"). Only when no line ends with LF: a CR inside a cell of a CRLF or LF file stays as it is.
  const text = written.includes('\r') && !written.includes('\n') ? written.replace(/\r/g, '\n') : written;
  const delimiter = detectDelimiter(text);
  let position = 0;
  let lineNumber = 0;
  const nextLine = (): string | null => {
    if (position >= text.length) return null;
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(position, end - 1) : text.slice(position, end);
    position = end + 1;
    lineNumber += 1;
    return line;
  };
  const looksLikeRow = (line: string, width: number) => line.split(delimiter).length >= width;
  /**
   * An open quote that closes on a later line (a cell with line breaks); null, and nothing consumed,
   * when it does not, or when the opening line and the next both look like whole rows (a stray quote).
   */
  const continued = (first: string, width: number): Parsed | null => {
    const saved = { position, lineNumber };
    const firstIsRow = looksLikeRow(first, width);
    let joined = first;
    for (let lines = 1; lines < BATCH_DEFAULTS.maxLinesPerCell && width > 0; lines += 1) {
      const next = nextLine();
      if (next === null || (firstIsRow && looksLikeRow(next, width))) break;
      joined += `\n${next}`;
      const parsed = parseRecord(joined, delimiter);
      if ('cells' in parsed) return parsed;
      if (parsed.code !== 'CSV_QUOTE_NOT_CLOSED') break;
    }
    ({ position, lineNumber } = saved);
    return null;
  };
  async function* records(): AsyncGenerator<TableRecord[]> {
    let width = 0;
    let chunk: TableRecord[] = [];
    for (let line = nextLine(); line !== null; line = nextLine()) {
      const start = lineNumber;
      if (damaged && line.includes('\uFFFD')) {
        // Its cells as far as they read, each run of bad bytes a "?" (round 39; was its line number alone, its cells lost).
        const shown = line.replace(/\uFFFD+/g, '?');
        const parsed = parseRecord(shown, delimiter);
        chunk.push({ line: start, problem: NOT_UTF8_LINE, garbled: 'cells' in parsed ? parsed.cells : splitPlain(shown, delimiter) });
        if (chunk.length >= BATCH_DEFAULTS.chunkRows) {
          yield chunk;
          chunk = [];
        }
        continue;
      }
      // Most records have no quotes: read at once, without parseRecord's result object.
      if (!line.includes('"')) {
        const cells = splitPlain(line, delimiter);
        if (width === 0 && cells.filter(Boolean).length > 1) width = cells.length;
        chunk.push({ line: start, cells });
        if (chunk.length >= BATCH_DEFAULTS.chunkRows) {
          yield chunk;
          chunk = [];
        }
        continue;
      }
      let parsed = parseRecord(line, delimiter);
      if ('code' in parsed && parsed.code === 'CSV_QUOTE_NOT_CLOSED') parsed = continued(line, width) ?? parsed;
      if ('code' in parsed) {
        const problem = QUOTE_PROBLEMS[parsed.code] ?? `dòng CSV sai định dạng (${parsed.code})`;
        chunk.push(parsed.code in QUOTE_PROBLEMS ? { line: start, problem, written: asWritten(line, delimiter, width) } : { line: start, problem });
      } else {
        // The list's width is its first record of two cells or more: a title alone in its cell above the header is not.
        if (width === 0 && parsed.cells.filter(Boolean).length > 1) width = parsed.cells.length;
        chunk.push({ line: start, cells: parsed.cells });
      }
      if (chunk.length >= BATCH_DEFAULTS.chunkRows) {
        yield chunk;
        chunk = [];
      }
    }
    // Round 38: a last line shorter than the list, the file not ending with a line break, is where a copy or a download
    // stopped: said (the row is still read as written; was read unsaid, "chưa ghi khu vực" for the cells cut off).
    const last = chunk[chunk.length - 1];
    if (last && 'cells' in last && width > 0 && last.cells.length < width && !/\n\s*$/.test(text) && last.line === lineNumber) {
      notes.push(`Dòng cuối của tệp (dòng ${last.line}) chỉ có ${last.cells.length} ô, ít hơn ${width} cột của danh sách, và tệp không kết thúc bằng dấu xuống dòng: có thể tệp bị cắt cụt (tải về hoặc lưu chưa hết) ở dòng này. Dòng ấy được đọc như đã ghi; hãy so với bản gốc xem dòng ấy và các hộ sau nó có bị mất không.`);
    }
    if (chunk.length > 0) yield chunk;
  }
  return { notes, records: records(), progress: () => (text.length === 0 ? 1 : Math.min(1, position / text.length)) };
}

/** First characters that make a spreadsheet run a cell as a formula: = + - @ tab CR, as a table by character code (this runs per cell). */
const FORMULA_CODES = new Uint8Array(128);
for (const character of ['=', '+', '-', '@', '\t', '\r']) FORMULA_CODES[character.charCodeAt(0)] = 1;
const FORMULA_START = { has: (code: number) => FORMULA_CODES[code] === 1 };

const NEEDS_QUOTES = /[",\r\n]/;
/** Quotes doubled; most texts have none, and are given back as they are (no copy). */
const escapeQuotes = (text: string) => (text.includes('"') ? text.replaceAll('"', '""') : text);

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
function neutralise(cell: string): string {
  return FORMULA_START.has(cell.charCodeAt(0)) ? `'${cell}` : cell;
}

/** A text cell as written: neutralised, quoted when it holds a comma, a quote or a line break. */
function cellText(cell: string): string {
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${escapeQuotes(text)}"` : text;
}

/** A shared text as it stands in a cell: its bytes (quotes doubled when the cell is quoted for it) and whether it makes the cell quoted. */
type EncodedText = NonNullable<SharedKey['encoded']>;

/** Where records are encoded: text as it comes, a shared text looked up once and its bytes copied in whole. */
interface RowOut {
  text(value: string): void;
  /** One ASCII character (a comma between cells, a quote, the line's end): a byte, no text to scan. */
  mark(code: number): void;
  /** A text cell: neutralised, and quoted (its quotes doubled) when it holds a comma, a quote or a line break. */
  cell(value: string): void;
  /** A whole number ≥ 0 as its digits. */
  digits(value: number): void;
  /** A shared text's encoding, kept in `key` when it has one (TextParts.sharedKey), else by the text. */
  shared(value: string, key: SharedKey | undefined): EncodedText;
  bytes(value: Uint8Array): void;
}

const COMMA = 44;
const QUOTE = 34;
const APOSTROPHE = 39;
const NEWLINE = 10;

/**
 * Appends one record to `out`: cells neutralised, quoted when they hold a comma, a quote or a line break;
 * ends with \n. A text in parts is one cell (the shared part's bytes come from `out.shared`). Each piece goes
 * to `out` as it is, no row text is built (the concatenated row was a sixth of a 100.000-row run's garbage).
 */
function writeRecord(cells: readonly Cell[], out: RowOut): void {
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i]!;
    if (i > 0) out.mark(COMMA);
    if (typeof cell === 'number') {
      if (Number.isSafeInteger(cell) && cell >= 0) out.digits(cell);
      else out.text(String(cell));
    } else if (typeof cell === 'string') {
      // Most cells of a row are empty (the columns of a next standard, of an open result): nothing to write.
      if (cell !== '') out.cell(cell);
    } else {
      const shared = cell.shared === '' ? undefined : out.shared(cell.shared, cell.sharedKey);
      const own = cell.own === '' ? cell.own : neutralise(cell.own);
      // The apostrophe goes before the cell's first character, which is the shared part's when the own part is empty. (Not
      // read from an empty shared part: a character past the end made V8 drop and recompile this function, round 31.)
      const lead = cell.own === '' && shared !== undefined && FORMULA_START.has(cell.shared.charCodeAt(0)) ? "'" : '';
      // A shared part that quotes the cell (a row's reasons: commas) spares searching the row's own words; a repeated cell
      // (a class label, "có") has none to search.
      const quoted = (shared?.quoted ?? false) || (own !== '' && NEEDS_QUOTES.test(own));
      if (quoted) out.mark(QUOTE);
      if (lead !== '') out.text(lead);
      if (own !== '') out.text(quoted ? escapeQuotes(own) : own);
      if (shared) out.bytes(shared.bytes);
      if (quoted) out.mark(QUOTE);
    }
  }
  out.mark(NEWLINE);
}

/**
 * Result rows as CSV, to a file (BOM, temporary file renamed at the end) or to stdout. Rows are encoded
 * straight into a buffer of BATCH_DEFAULTS.writeBytes, written out whole when full (one write per ~1.000
 * rows, not per row); the shared part of a text in parts (the sentences of a row's shape, ~80% of a
 * row's bytes) is encoded once and its bytes copied, instead of building and encoding every row's text.
 */
export function csvSink(file: OutputFile | null): ResultSink {
  // A file is written with plain synchronous writes of each buffer (the CLI has nothing else to do
  // meanwhile, and the buffer is reused at once); stdout stays a stream, and is given each full buffer.
  const fd = file ? openSync(file.temp, 'wx') : null;
  let closed = false;
  const close = () => {
    if (fd === null || closed) return;
    closed = true;
    closeSync(fd);
  };
  let buffer = Buffer.allocUnsafe(BATCH_DEFAULTS.writeBytes);
  let used = 0;
  /** stdout asked the writer to wait (its buffer is over its mark) until it drains. */
  let full = false;
  // stdout: what could not be written (a full disk, ENOSPC; a reader gone, EPIPE), thrown at the next row, wait or finish; the
  // rows it took whole (their bytes' writes called back without error) and the last one's line; the rows ended in the buffer
  // since it was last sent. Round 41: was an 'error' event nobody heard (“Lỗi: write EPIPE”, status 1, or a crash), and the
  // summary could say rows done whose bytes never got out.
  let broken: Error | undefined;
  let delivered = { rows: 0, last: '' as Cell };
  let pending = 0;
  let pendingLast: Cell = '';
  let settled: Promise<void> = Promise.resolve();
  if (fd === null) process.stdout.on('error', (error) => void (broken ??= error));
  const send = (bytes: Uint8Array) => {
    if (fd !== null) {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      return;
    }
    if (broken) throw broken;
    const [rows, last] = [pending, pendingLast];
    pending = 0;
    settled = new Promise((done) => {
      const taken = process.stdout.write(bytes, (error) => {
        if (error) broken ??= error;
        else if (rows > 0) delivered = { rows: delivered.rows + rows, last };
        done();
      });
      if (!taken) full = true;
    });
  };
  const flush = () => {
    if (used === 0) return;
    const bytes = buffer.subarray(0, used);
    // stdout keeps the bytes it is given until it has written them: it gets this buffer, the rows a new one.
    if (fd === null) buffer = Buffer.allocUnsafe(BATCH_DEFAULTS.writeBytes);
    used = 0;
    send(bytes);
  };
  const room = (bytes: number) => {
    if (used + bytes > buffer.length) flush();
    return bytes <= buffer.length;
  };
  /**
   * Copies a text of ASCII characters byte by byte (a row's short cells: a native write per cell cost more), and
   * true; false, with nothing kept, at the first other character, or at a comma, quote or line break for a
   * `cell`, which is then written the general way (room is checked by the caller).
   */
  const copyAscii = (value: string, cell: boolean): boolean => {
    const length = value.length;
    for (let i = 0; i < length; i += 1) {
      const code = value.charCodeAt(i);
      if (code >= 0x80 || (cell && (code === COMMA || code === QUOTE || code === NEWLINE || code === 13))) return false;
      buffer[used + i] = code;
    }
    used += length;
    return true;
  };
  const sharedTexts = new Map<string, EncodedText>();
  const encode = (value: string): EncodedText => {
    const quoted = NEEDS_QUOTES.test(value);
    return { bytes: Buffer.from(quoted ? escapeQuotes(value) : value), quoted };
  };
  const out: RowOut = {
    text(value) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (!room(value.length * 3)) send(Buffer.from(value));
      else if (!copyAscii(value, false)) used += buffer.write(value, used);
    },
    mark(code) {
      room(1);
      buffer[used++] = code;
    },
    cell(value) {
      // Two quotes and an apostrophe around it at most (a doubled quote is 2 bytes, a code unit up to 3).
      if (!room(value.length * 3 + 3)) send(Buffer.from(cellText(value)));
      else if (FORMULA_START.has(value.charCodeAt(0)) || !copyAscii(value, true)) {
        // cellText's bytes, its pieces written in place (no quoted copy of the text to encode: class labels, names on every row).
        const quoted = NEEDS_QUOTES.test(value);
        if (quoted) buffer[used++] = QUOTE;
        if (FORMULA_START.has(value.charCodeAt(0))) buffer[used++] = APOSTROPHE;
        used += buffer.write(quoted ? escapeQuotes(value) : value, used);
        if (quoted) buffer[used++] = QUOTE;
      }
    },
    digits(value) {
      // A safe integer has at most 16 digits.
      room(16);
      let end = used;
      for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) end += 1;
      used = end + 1;
      for (let rest = value; ; rest = Math.floor(rest / 10)) {
        buffer[end] = 48 + (rest % 10);
        end -= 1;
        if (rest < 10) break;
      }
    },
    shared(value, key) {
      // By the object that stands for the text: no hashing of a ~1,5 KB string per row, nor a WeakMap lookup.
      if (key !== undefined) return (key.encoded ??= encode(value));
      let encoded = sharedTexts.get(value);
      if (encoded === undefined) {
        encoded = encode(value);
        if (sharedTexts.size >= BATCH_DEFAULTS.sharedTextEntries) sharedTexts.clear();
        sharedTexts.set(value, encoded);
      }
      return encoded;
    },
    bytes(value) {
      // TypedArray set (a plain copy): Buffer#copy's argument handling was ~1% of a 100.000-row run (CPU profile).
      if (!room(value.length)) send(value);
      else {
        buffer.set(value, used);
        used += value.length;
      }
    },
  };
  const drained = async () => {
    full = false;
    if (broken) throw broken;
    await once(process.stdout, 'drain');
  };
  if (file) out.text('\uFEFF');
  return {
    header: (columns) => {
      writeRecord(columns, out);
      // The header goes out on its own, through room → flush → send as a full buffer does: those calls have run once when V8
      // compiles the row writers, which it otherwise dropped (no feedback for the calls) and compiled again at the first full
      // buffer (writeRecord, room, digits; round 40). The same bytes, one more write.
      room(buffer.length + 1);
    },
    row(cells) {
      writeRecord(cells, out);
      if (fd !== null) return;
      pending += 1;
      pendingLast = cells[0] ?? '';
      if (broken) throw broken;
      if (full) return drained();
    },
    problem: () => {},
    async finish() {
      flush();
      if (full) await drained();
      if (fd === null) {
        await settled;
        if (broken) throw broken;
        return;
      }
      close();
      file!.commit();
    },
    async abort(note) {
      if (fd === null) {
        // Nothing more to a stdout that failed; otherwise the rows so far whole, then the note.
        if (broken) return;
        try {
          if (note !== undefined) writeRecord([note], out);
          flush();
          if (full) await drained();
          await settled;
        } catch {
          // broken meanwhile: what got out is what `delivered` says.
        }
        return;
      }
      close();
      file!.discard();
    },
    delivered: () => delivered,
  };
}
