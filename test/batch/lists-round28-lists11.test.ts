/**
 * Round 28 (commune cadres' lists, helper lists11): a workbook whose zip holds the sheets before xl/workbook.xml (read whole,
 * not streamed) gives the cadre the same results and notes as the same workbook in the usual order: rows, sheets and
 * columns hidden in Excel said, a Mac workbook's days (the 1904 date system) read as Excel shows them. A workbook of the
 * 1904 date system says so once in the notes. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP):
 * rural poor line 1.500.000 đ per person per month; at or under it, fewer than 3 lacks = near-poor; above it and at or
 * under 2.250.000 đ = middle.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess, sheetsBeforeWorkbook } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists-round28-lists11-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Excel keeps a day as the day itself, no time zone: ExcelJS writes a Date by its UTC day. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** A workbook built by `fill`, saved in the usual zip order and with the sheets first, each read as `cli batch` reads it on 04/12/2026. */
async function bothOrders(name: string, fill: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  fill(book);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const read = async (file: string, content: Uint8Array) => {
    const path = join(work, file);
    writeFileSync(path, content);
    const { outcome, rows } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-04');
    if (!outcome.ok) throw new Error(outcome.message);
    return { rows, notes: outcome.notes, summary: outcome.summary };
  };
  return { usual: await read(`${name}.xlsx`, bytes), sheetsFirst: await read(`${name}-trang-truoc.xlsx`, await sheetsBeforeWorkbook(bytes)) };
}

const HEADER = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ghi chú', 'Ngày khảo sát'];
const NOTE_1904 = 'Tệp dùng hệ ngày 1904 của Excel (thường gặp ở tệp lưu bằng Excel trên máy Mac); ngày trong tệp đã được đọc theo hệ này.';

describe('a workbook whose zip holds the sheets before workbook.xml (read whole)', () => {
  it('says hidden rows, a hidden sheet and a hidden column as the usual order does', async () => {
    const { usual, sheetsFirst } = await bothOrders('an-dong-trang-cot', (book) => {
      const first = book.addWorksheet('Thôn 1');
      first.addRow(HEADER);
      first.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', 'ko co dat san xuat', day(2026, 12, 1)]);
      first.addRow([2, 'H02', 'Lò Thị Mai', 'nt', 3, '2.000.000', '', '', day(2026, 12, 1)]).hidden = true;
      first.addRow(['Tổng cộng', null, null, null, 7]).hidden = true;
      first.getRow(6).hidden = true; // an empty row hidden under the list
      first.getColumn(8).hidden = true;
      for (let column = 12; column <= 14; column += 1) first.getColumn(column).hidden = true;
      const second = book.addWorksheet('Thôn 2');
      second.addRow(HEADER);
      second.addRow([1, 'H05', 'Hà Văn Khoa', 'nông thôn', 3, '2.000.000', '', '', day(2026, 12, 2)]);
      second.state = 'hidden';
      const third = book.addWorksheet('Nháp');
      third.addRow(['Ghi chép của cán bộ thôn']);
      third.state = 'veryHidden';
    });
    expect(sheetsFirst.rows).toEqual(usual.rows);
    expect(sheetsFirst.notes).toEqual(usual.notes);
    expect(sheetsFirst.summary).toEqual(usual.summary);
    expect(usual.notes).not.toContain(NOTE_1904);
    expect(usual.rows.map((row) => [row.trang_tinh, row.dong, row.ma_phan_loai, row.ngay])).toEqual([
      ['Thôn 1', '2', 'near_poor', '01/12/2026'],
      ['Thôn 1', '3', 'middle', '01/12/2026'],
      ['Thôn 1', '4', 'footer', ''],
      ['Thôn 2', '2', 'middle', '02/12/2026'],
    ]);
  });

  it('reads a Mac workbook’s days (1904 date system) as the usual order does, 01/12/2026, and says the date system once (was: not a word of it)', async () => {
    const { usual, sheetsFirst } = await bothOrders('mac-1904', (book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(HEADER);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', '', { formula: 'DATE(2026,12,1)', result: 44895 }]);
      sheet.getCell('I2').numFmt = 'dd/mm/yyyy';
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nông thôn', 3, '1.200.000', '', '', 44895]);
      sheet.addRow([3, 'H03', 'Đinh Văn Sáu', 'nông thôn', 3, '1.200.000', '', '', day(2026, 12, 2)]);
    });
    expect(sheetsFirst.rows).toEqual(usual.rows);
    expect(sheetsFirst.notes).toEqual(usual.notes);
    expect(usual.rows.map((row) => [row.dong, row.ngay])).toEqual([['2', '01/12/2026'], ['3', '01/12/2026'], ['4', '02/12/2026']]);
    expect(usual.notes.filter((note) => note.includes('1904'))).toEqual([NOTE_1904]);
  });
});
