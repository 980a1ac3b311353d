/**
 * A workbook's merged cells and hidden rows, which ExcelJS's stream reader skips (each sheet's XML lists its merges only
 * after its rows): read first, one streamed pass per worksheet entry through the zip's central directory and node:zlib, so
 * a merged "Khu vực" cell over three households gives each of them its value (only its top cell holds it), and a household
 * on a row hidden in Excel is said to be (round 26: read, unsaid). A zip cut off (no end record) is refused here, before any
 * row is read; one this cannot read otherwise (ZIP64) has neither: the rows reader then says what is wrong with the file.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import type { ColumnSpan } from './types.ts';

/** A merged range, rows and columns from 1 as Excel numbers them. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record (22 bytes) and the longest zip comment after it. */
const END_SEARCH_BYTES = 22 + 0xffff;
const WORKSHEET_ENTRY = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const MERGE_CELL = /<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
/** A row tag's attributes ("r", "hidden" among a dozen), looked for only in a chunk that holds a hidden mark at all. */
const ROW_TAG = /<(?:\w+:)?row\s([^>]*)>/g;
const HIDDEN_MARK = /\shidden="(?:1|true)"/;
const ROW_NUMBER = /(?:^|\s)r="(\d+)"/;
/** A column tag (`<col min="8" max="8" hidden="1"/>`): a run of columns and how they show. */
const COLUMN_TAG = /<(?:\w+:)?col\s([^>]*)>/g;
const COLUMN_SPAN = /(?:^|\s)min="(\d+)"[^>]*?\smax="(\d+)"|(?:^|\s)max="(\d+)"[^>]*?\smin="(\d+)"/;
/** Characters kept from one inflated chunk to the next, so a mergeCell or row tag cut between two chunks is still read. */
const TAG_OVERLAP = 512;

const columnNumber = (letters: string): number => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);

/** A merged range from its corners' letters and numbers ("B5", "B8"), whichever corner comes first. */
function rangeOf(leftLetters: string, top: string, rightLetters: string, bottom: string): MergedRange {
  const [left, right] = [columnNumber(leftLetters), columnNumber(rightLetters)];
  const [first, last] = [Number(top), Number(bottom)];
  return { top: Math.min(first, last), left: Math.min(left, right), bottom: Math.max(first, last), right: Math.max(left, right) };
}

/** A merged range as a workbook names it ("B5:B8"), or null. */
export function parseRange(reference: string): MergedRange | null {
  const corners = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(reference);
  return corners ? rangeOf(corners[1]!, corners[2]!, corners[3]!, corners[4]!) : null;
}

/** A worksheet's merged ranges, the numbers of its rows hidden in Excel, and its columns hidden. */
export interface SheetLayout {
  merges: MergedRange[];
  hidden: ReadonlySet<number>;
  hiddenColumns: ColumnSpan[];
}

/** What a zip that is no workbook (no xl/workbook.xml, the part ExcelJS reads) holds, said to the cadre: a .docx renamed .xlsx. */
export class NotAWorkbook extends Error {
  constructor(readonly contents: string) {
    super('zip without xl/workbook.xml');
    this.name = 'NotAWorkbook';
  }
}

/** The kind of document a zip's entry names show, in Vietnamese. */
function zipContents(names: readonly string[]): string {
  if (names.some((name) => name.startsWith('word/'))) return 'một văn bản Word (.docx)';
  if (names.some((name) => name.startsWith('ppt/'))) return 'một bản trình chiếu PowerPoint (.pptx)';
  if (names.includes('mimetype') || names.includes('content.xml')) return 'một tệp LibreOffice hay OpenOffice (.ods, .odt)';
  return 'một tệp nén (.zip)';
}

/**
 * Each worksheet entry's number (sheet<N>.xml, the stream reader's sheet id) → its merged ranges and hidden rows; a zip
 * with no workbook part throws NotAWorkbook.
 */
export async function workbookLayout(path: string): Promise<Map<number, SheetLayout>> {
  const merges = new Map<number, SheetLayout>();
  const file = await open(path, 'r');
  const entries: { sheet: number; offset: number; size: number; method: number }[] = [];
  const names: string[] = [];
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, END_SEARCH_BYTES);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let at = tailLength - 22; at >= 0; at -= 1) {
      if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    // A zip ends with this record: without it the file was cut off (a download stopped part-way). ExcelJS's stream reader
    // then waits for the rest of a sheet that never comes, and the run ended unsaid with exit 0, half its rows written (round 37).
    if (end < 0) throw new Error('FILE_ENDED (no end-of-central-directory record: the zip is cut off)');
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) return merges;
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    for (let at = 0; at + 46 <= directorySize && directory.readUInt32LE(at) === DIRECTORY_ENTRY; ) {
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      names.push(name);
      const sheet = WORKSHEET_ENTRY.exec(name);
      if (sheet) entries.push({ sheet: Number(sheet[1]), offset: directory.readUInt32LE(at + 42), size: directory.readUInt32LE(at + 20), method: directory.readUInt16LE(at + 10) });
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    if (names.length > 0 && !names.includes('xl/workbook.xml')) throw new NotAWorkbook(zipContents(names));
    for (const entry of entries) {
      const local = Buffer.alloc(30);
      await file.read(local, 0, 30, entry.offset);
      if (local.readUInt32LE(0) !== LOCAL_HEADER) continue;
      entry.offset += 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    }
  } finally {
    await file.close();
  }
  for (const entry of entries) {
    if (entry.size === 0 || (entry.method !== 0 && entry.method !== 8)) continue;
    const layout = await entryLayout(path, entry.offset, entry.size, entry.method === 8);
    if (layout.merges.length > 0 || layout.hidden.size > 0 || layout.hiddenColumns.length > 0) merges.set(entry.sheet, layout);
  }
  return merges;
}

async function entryLayout(path: string, offset: number, size: number, deflated: boolean): Promise<SheetLayout> {
  const raw = createReadStream(path, { start: offset, end: offset + size - 1 });
  const text = deflated ? raw.pipe(createInflateRaw()) : raw;
  const seen = new Set<string>();
  const ranges: MergedRange[] = [];
  const hidden = new Set<number>();
  const hiddenColumns: ColumnSpan[] = [];
  const columnsSeen = new Set<string>();
  let carried = '';
  for await (const chunk of text as AsyncIterable<Buffer>) {
    const window = carried + chunk.toString('utf8');
    for (const match of window.matchAll(MERGE_CELL)) {
      const key = match.slice(1).join(':');
      if (seen.has(key)) continue;
      seen.add(key);
      ranges.push(rangeOf(match[1]!, match[2]!, match[3]!, match[4]!));
    }
    if (HIDDEN_MARK.test(window)) {
      for (const row of window.matchAll(ROW_TAG)) {
        const number = HIDDEN_MARK.test(row[1]!) ? ROW_NUMBER.exec(row[1]!) : null;
        if (number) hidden.add(Number(number[1]));
      }
      for (const column of window.matchAll(COLUMN_TAG)) {
        const span = HIDDEN_MARK.test(` ${column[1]!}`) ? COLUMN_SPAN.exec(column[1]!) : null;
        if (!span || columnsSeen.has(column[1]!)) continue;
        columnsSeen.add(column[1]!);
        hiddenColumns.push(span[1] ? { first: Number(span[1]), last: Number(span[2]) } : { first: Number(span[4]), last: Number(span[3]) });
      }
    }
    carried = window.slice(-TAG_OVERLAP);
  }
  return { merges: ranges, hidden, hiddenColumns };
}
