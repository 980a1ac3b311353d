/** A list through the batch's reader and classifier in process, as `cli batch` runs it; rows keyed by the result columns. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll } from 'vitest';
import type { RuleSet } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { decodeText } from '../../src/batch/encoding.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyList, type ListOutcome } from '../../src/batch/households.ts';
import { cellValue, type Cell, type ResultSink, type RowProblem, type TableSource } from '../../src/batch/types.ts';

export async function classifyInProcess(rules: RuleSet, list: TableSource, defaultDate = '2026-12-01') {
  let header: readonly string[] = [];
  const rows: Record<string, string>[] = [];
  const problems: RowProblem[] = [];
  const sink: ResultSink = {
    header: (columns) => void (header = columns),
    row: (cells: Cell[]) => void rows.push(Object.fromEntries(header.map((name, i) => [name, String(cellValue(cells[i] ?? ''))]))),
    problem: () => {},
    finish: async () => {},
    abort: async () => {},
  };
  const outcome: ListOutcome = await classifyList(rules, list, sink, { defaultDate, onProblem: (p) => problems.push(p) });
  return { outcome, rows, problems, header };
}

/**
 * A workbook's zip with its entries reordered, the sheets (after the relationships and shared strings) before
 * xl/workbook.xml, as ExcelJS itself may write it under load: the batch then reads the workbook whole, not streamed.
 */
export async function sheetsBeforeWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const written = await JSZip.loadAsync(bytes);
  const names = Object.keys(written.files).filter((name) => !written.files[name]!.dir);
  const rank = (name: string) => (name === 'xl/workbook.xml' ? 3 : name.startsWith('xl/worksheets/sheet') ? 2 : name.endsWith('.rels') || name.endsWith('sharedStrings.xml') ? 1 : 0);
  const reordered = new JSZip();
  for (const name of [...names].sort((a, b) => rank(a) - rank(b))) reordered.file(name, await written.file(name)!.async('uint8array'));
  return reordered.generateAsync({ type: 'uint8array' });
}

/** A list file as `cli batch` opens it: a workbook by its name, any other file decoded as text. */
export function openList(path: string): TableSource {
  if (path.endsWith('.xlsx')) return xlsxSource(path, statSync(path).size);
  const decoded = decodeText(readFileSync(path));
  if (!decoded.ok) throw new Error(decoded.message);
  return csvSource(decoded.text);
}

/**
 * A suite's lists as a commune saves them from Excel ("CSV UTF-8": a BOM, CRLF line ends) in a folder of its own, removed
 * after the suite: `saved` writes one and opens it as `cli batch` does, `run` classifies it on `day` (the rows and the summary).
 */
export function excelCsvLists(label: string, rules: RuleSet, day: string) {
  const folder = mkdtempSync(join(tmpdir(), `${label}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    folder,
    saved(name: string, lines: readonly string[]): TableSource {
      const path = join(folder, name);
      writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
      return openList(path);
    },
    async run(list: TableSource) {
      const { outcome, rows } = await classifyInProcess(rules, list, day);
      if (!outcome.ok) throw new Error(outcome.message);
      return { rows, summary: outcome.summary };
    },
  };
}

/**
 * A suite's workbooks written by ExcelJS in a folder of its own, removed after the suite: each read as `cli batch` reads a
 * .xlsx and classified on `day` (its rows, refused rows, notes and summary; a refused list throws its message).
 */
export function workbookLists(label: string, rules: RuleSet, day: string) {
  const folder = mkdtempSync(join(tmpdir(), `${label}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return async (name: string, book: ExcelJS.Workbook) => {
    const path = join(folder, name);
    writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
    const { outcome, rows, problems } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), day);
    if (!outcome.ok) throw new Error(outcome.message);
    return { rows, problems, notes: outcome.notes, summary: outcome.summary };
  };
}
