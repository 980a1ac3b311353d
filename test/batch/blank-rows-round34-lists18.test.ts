/**
 * Round 34 (commune cadres' lists, helper lists18): Excel (and ExcelJS) write no row at all for a row left empty with no
 * borders or colour, so the row numbers skipped between two rows of a workbook's list are the blank rows the cadre sees:
 * they are counted (“Không tính 2 dòng trống.”); were not, the summary said nothing of them. Those after the last household
 * (under the list) are not counted, as before; a CSV's lines are not read this way (a quoted cell may span lines).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { formatSummary } from '../../src/batch/households.ts';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const readBook = workbookLists('blank-rows-round34-lists18', rules, '2026-12-05');
const { saved, run } = excelCsvLists('blank-rows-round34-lists18', rules, '2026-12-05');

describe('blank rows of a workbook that Excel does not write', () => {
  it('Ấp Bà Rén (.xlsx): two empty rows between households are counted, three under the list are not', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ap Ba Ren');
    sheet.addRow(['DANH SACH HO AP BA REN']);
    sheet.addRow(['STT', 'Ho ten chu ho', 'Khu vuc', 'So khau', 'Thu nhap binh quan', 'Ngay ra soat']);
    sheet.addRow([1, 'Nguyễn Văn Út', 'nt', 4, '1.400.000', '05/12/2026']);
    sheet.addRow([]);
    sheet.addRow([2, 'Trần Thị Lành', 'nt', 3, '2.000.000', '05/12/2026']);
    sheet.addRow([]);
    sheet.addRow([3, 'Lê Văn Tám', 'nt', 2, '3.000.000', '05/12/2026']);
    sheet.addRow([]);
    sheet.addRow([]);
    sheet.addRow([]);
    const { rows, summary } = await readBook('ba-ren.xlsx', book);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['3', 'near_poor'], ['5', 'middle'], ['7', 'none']]);
    expect(summary).toMatchObject({ classified: 3, rejected: 0, blank: 2 });
    expect(formatSummary(rules, summary)).toContain('(Không tính 2 dòng trống.)');
  });

  it('a row left empty just under the header of a workbook is counted too', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['Ho ten chu ho', 'Khu vuc', 'So khau', 'Thu nhap binh quan']);
    sheet.addRow([]);
    sheet.addRow(['Phạm Thị Hai', 'nt', 4, '1.400.000']);
    const { rows, summary } = await readBook('duoi-ten-cot.xlsx', book);
    expect(rows.map((row) => row.dong)).toEqual(['3']);
    expect(summary.blank).toBe(1);
  });

  it('a CSV whose quoted note spans two lines counts no blank row', async () => {
    const { rows, summary } = await run(
      saved('ghi-chu.csv', ['Ho ten chu ho,Khu vuc,So khau,Thu nhap binh quan,Ghi chu', 'Võ Văn Ba,nt,4,1.400.000,"ba tui o\nmot minh"', 'Võ Thị Tư,nt,3,1.400.000,']),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['near_poor', 'near_poor']);
    expect(summary.blank).toBe(0);
  });
});
