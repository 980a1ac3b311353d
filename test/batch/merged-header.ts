/**
 * Workbooks laid out as a commune cadre's Excel: one sheet filled row by row, a header of two rows where a group cell
 * ("Thông tin hộ", "Các chỉ số thiếu hụt") is merged over its sub-columns and a lone column name is merged down over both
 * rows, the merges added after the rows (as a file saved by Excel has them); read as `cli batch` reads it.
 * Shared by the list tests (lists10, lists11, lists12).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import type { TableSource } from '../../src/batch/types.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';

/** A column of the two-row header: its name merged down over both rows, or a group merged over the names under it. */
export type HeaderCell = string | { group: string; under: readonly string[] };

/** `workbook(name, fill)`: a workbook of one sheet "DS hộ" laid out by `fill`, in a folder removed after the file's tests. */
export function workbooks(prefix: string): (name: string, fill: (sheet: ExcelJS.Worksheet) => void) => Promise<TableSource> {
  const work = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return async (name, fill) => {
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet('DS hộ'));
    const path = join(work, name);
    await book.xlsx.writeFile(path);
    return xlsxSource(path, statSync(path).size);
  };
}

const letter = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26));

/**
 * Adds the two header rows for `cells` under the sheet's rows so far; returns `merge`, to call once the list's rows are
 * added: a lone name merged over its two rows (A3:A4), a group over its sub-columns (F3:H3).
 */
export function twoRowHeader(sheet: ExcelJS.Worksheet, cells: readonly HeaderCell[]): () => void {
  const top: string[] = [];
  const bottom: string[] = [];
  const merges: string[] = [];
  const first = sheet.rowCount + 1;
  for (const cell of cells) {
    const at = top.length;
    if (typeof cell === 'string') {
      top.push(cell);
      bottom.push('');
      merges.push(`${letter(at)}${first}:${letter(at)}${first + 1}`);
    } else {
      top.push(cell.group, ...Array<string>(cell.under.length - 1).fill(''));
      bottom.push(...cell.under);
      if (cell.under.length > 1) merges.push(`${letter(at)}${first}:${letter(at + cell.under.length - 1)}${first}`);
    }
  }
  sheet.addRow(top);
  sheet.addRow(bottom);
  return () => {
    for (const range of merges) sheet.mergeCells(range);
  };
}
