/**
 * Round 36 (privacy27): `cli batch` on a workbook whose worksheet comes before its shared strings (as some tools save it) writes
 * ExcelJS's copy of the sheet, names and notes as the cadre typed them, into a folder of its own run (0700) that it removes, never
 * into the machine's shared temporary folder; a killed run's folder goes at the next run. Before, the copy was `tmp-<pid>-…` right in
 * TMPDIR (left there for good by a run killed mid-list). The result's "Ghi chú" masking holds for the new place and illness forms.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { batchWatchingTemp } from './temp-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'round36-privacy27-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOTE = 'o huyen can gio, ba bi k phoi, p binh tri dong';

/** A list workbook with its zip entries ordered so the sheet comes before the shared strings: ExcelJS copies the sheet to a file. */
async function sheetFirstList(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('DS');
  sheet.addRow(['Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số người', 'Thu nhập bình quân', 'Ghi chú']);
  for (let row = 1; row <= 20; row += 1) sheet.addRow([`H${row}`, `Nguyễn Văn Tèo ${row}`, 'nt', 4, 1_200_000, NOTE]);
  const zip = await JSZip.loadAsync(new Uint8Array(await book.xlsx.writeBuffer()));
  const rank = (name: string) => (name.endsWith('sharedStrings.xml') ? 3 : name === 'xl/workbook.xml' ? 2 : name.startsWith('xl/worksheets/') ? 1 : 0);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort((a, b) => rank(a) - rank(b));
  const reordered = new JSZip();
  for (const name of names) reordered.file(name, await zip.file(name)!.async('uint8array'));
  return reordered.generateAsync({ type: 'uint8array' });
}

describe('cli batch on a workbook read through a temporary copy', () => {
  it('puts the copy in a folder of its own, removed after; a killed run’s folder goes at the next run', async () => {
    const input = join(work, 'danh-sach.xlsx');
    writeFileSync(input, await sheetFirstList());
    const out = join(work, 'ket-qua.csv');
    // A folder left by a run killed mid-list (its pid gone), holding a copy of a sheet.
    const { run, temp, killed, created } = await batchWatchingTemp(work, input, out, { name: 'tmp-999999-sheet', text: NOTE });
    expect(run.status, run.stderr).toBe(0);
    expect(created.filter((name) => !name.startsWith('tro-ly-danh-sach-'))).toEqual([]);
    expect(created.some((name) => name.startsWith('tro-ly-danh-sach-'))).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
    expect(existsSync(killed)).toBe(false);
    // The result file keeps the household's name (the cadre's own list) and the note masked.
    const result = readFileSync(out, 'utf8');
    expect(result).toContain('Nguyễn Văn Tèo 1');
    for (const piece of ['can gio', 'k phoi', 'binh tri dong']) expect(result).not.toContain(piece);
    expect(`${run.stdout}${run.stderr}`).not.toContain('can gio');
  }, 120_000);
});
