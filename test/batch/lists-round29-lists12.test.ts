/**
 * Round 29 (commune cadres' lists, helper lists12). A workbook read whole (its zip holds the sheets before
 * xl/workbook.xml) counts the same rows as the streamed one: a row with only borders or colour is a blank row in both
 * ("Không tính … dòng trống"), never passed over unsaid; a formula whose value is empty is blank in both; a value in a
 * column beyond the header is refused in both with its reason. A Mac workbook (1904 date system, stored fixture
 * fixtures/lists12/mac-1904.xlsx) gives 05/12/2026 for a typed date, a formula =DATE(2026,12,5) and a bare day number,
 * in both ways of reading. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line
 * 1.500.000 đ per person per month; at or under it, fewer than 3 lacks = near-poor; above it and at or under
 * 2.250.000 đ = middle.
 * A cadre's messy list (a title above the header, a blank row, "Tổng cộng" under the list, incomes "1,5 triệu",
 * "1.500.000đ", "1tr5", days "5/12/2026", "05-12-2026"): the household size left empty is refused saying it is empty, not
 * “số người “” phải là số nguyên”; a household code written again for another head of household says both heads and to
 * mend the code, not only "xóa dòng thừa" (which would delete a family).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess, excelCsvLists, sheetsBeforeWorkbook } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists-round29-lists12-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workbook's bytes read as `cli batch` reads them on 05/12/2026, in the usual zip order and with the sheets first (read whole). */
async function bothWays(name: string, bytes: Uint8Array) {
  const read = async (file: string, content: Uint8Array) => {
    const path = join(work, file);
    writeFileSync(path, content);
    const { outcome, rows, problems } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-05');
    if (!outcome.ok) throw new Error(outcome.message);
    return { rows, problems, notes: outcome.notes, summary: outcome.summary };
  };
  return { streamed: await read(`${name}.xlsx`, bytes), whole: await read(`${name}-ca-tep.xlsx`, await sheetsBeforeWorkbook(bytes)) };
}

const { saved, run } = excelCsvLists('lists-round29-lists12', rules, '2026-12-05');

const HEADER = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ghi chú', 'Ngày khảo sát'];

describe('a workbook read whole counts every row the streamed one counts', () => {
  it('a row with only borders or colour, a formula showing nothing, a note beyond the header: the same blank count and the same refused row (was: the whole read passed over the formatted rows, 1 blank where the streamed read said 3)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thôn 2');
    sheet.addRow(HEADER);
    sheet.addRow([1, 'T2-01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', '', '05/12/2026']);
    // Row 3: coloured and bordered by the cadre, nothing written.
    sheet.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    sheet.getCell('C3').border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    sheet.addRow([2, 'T2-02', 'Lò Thị Mai', 'nông thôn', 3, '2.000.000', '', '', '05/12/2026']);
    // Row 5: a formula whose value is empty ( =IF(A4="";"x";"") ).
    sheet.getCell('B5').value = { formula: 'IF(A4="","x","")', result: '' };
    sheet.addRow([3, 'T2-03', 'Hà Văn Khoa', 'nông thôn', 3, '2.000.000', '', '', '05/12/2026', '', '', 'hộ mới tách']);
    // Row 7: the form's borders below the list (round 30: after the list's last row, not counted as a blank row).
    sheet.getCell('A7').border = { top: { style: 'thin' } };
    const { streamed, whole } = await bothWays('dong-ke-khung', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(streamed.summary.blank).toBe(2);
    expect(whole.summary.blank).toBe(streamed.summary.blank);
    expect(whole.summary).toEqual(streamed.summary);
    expect(whole.rows).toEqual(streamed.rows);
    expect(whole.notes).toEqual(streamed.notes);
    expect(streamed.rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['2', 'T2-01', 'near_poor'],
      ['4', 'T2-02', 'middle'],
      ['6', 'T2-03', 'error'],
    ]);
    expect(whole.problems.map((problem) => [problem.line, problem.message])).toEqual([[6, 'ô “hộ mới tách” ở cột L, ngoài 9 cột có tên ở dòng tên cột (cột đó chưa có tên cột, hoặc tên cột của nó chưa đọc được)']]);
  });
});

describe('a Mac workbook (1904 date system), the stored file fixtures/lists12/mac-1904.xlsx', () => {
  const fixture = new URL('./fixtures/lists12/mac-1904.xlsx', import.meta.url);

  it('is a real 1904 workbook: workbookPr date1904, the survey day kept as 44899 (05/12/2026 counted from 01/01/1904)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<workbookPr[^>]*date1904="1"/);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<c r="I2" s="1"><v>44899</v></c>');
  });

  it('gives ngày 05/12/2026 for a typed date, a formula =DATE(2026,12,5) and a bare day number, streamed and read whole alike, and says the date system once', async () => {
    const { streamed, whole } = await bothWays('mac-1904', new Uint8Array(readFileSync(fixture)));
    expect(whole.rows).toEqual(streamed.rows);
    expect(whole.notes).toEqual(streamed.notes);
    expect(streamed.rows.map((row) => [row.dong, row.ma_ho, row.ngay, row.ma_phan_loai])).toEqual([
      ['2', 'H01', '05/12/2026', 'near_poor'],
      ['3', 'H02', '05/12/2026', 'middle'],
      ['4', 'H03', '05/12/2026', 'near_poor'],
    ]);
    expect(streamed.notes.filter((note) => note.includes('1904'))).toEqual(['Tệp dùng hệ ngày 1904 của Excel (thường gặp ở tệp lưu bằng Excel trên máy Mac); ngày trong tệp đã được đọc theo hệ này.']);
    // "Ngày sinh" is no column of the check: said as left aside, never read as the survey day.
    expect(streamed.notes.some((note) => note.startsWith('Cột không dùng để xét hộ') && note.includes('“Ngày sinh”'))).toBe(true);
  });
});

/** Thôn 3's list as a cadre keeps it (CSV UTF-8 from Excel, and the same as a workbook with a merged title). */
const TITLE = 'DANH SÁCH HỘ RÀ SOÁT CUỐI NĂM 2026 - THÔN 3, XÃ TÂN PHÚ';
const LIST_HEADER = ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'Các chỉ số thiếu hụt', 'Ngày rà soát'];
const LIST_ROWS: (string | number)[][] = [
  [1, 'TP3-001', 'Nguyễn Văn An', 'nông thôn', 4, '1,5 triệu', 'bhyt', '5/12/2026'],
  [2, 'TP3-002', 'Trần Thị Bình', 'nông thôn', 3, '1.500.000đ', '', '05-12-2026'],
  [],
  [3, 'TP3-003', 'Lê Văn Cường', 'nông thôn', 5, '1tr5', 'nước sinh hoạt, nhà tiêu', '05/12/2026'],
  [4, 'TP3-002', 'Phạm Thị Dung', 'nông thôn', 2, '2.000.000', '', '5/12/2026'],
  [5, 'TP3-005', 'Hoàng Văn Em', 'nông thôn', '', '1.200.000', '', '5/12/2026'],
  [6, 'TP3-006', 'Đỗ Thị Gấm', 'nông thôn', 3, '1,2tr', 'bhyt', '5/12/2026'],
  ['Tổng cộng', '', '', '', 17, '', '', ''],
];
const csvLine = (cells: readonly (string | number)[]) => cells.map((cell) => (String(cell).includes(',') ? `"${cell}"` : String(cell))).join(',');

async function cadreWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Thôn 3');
  sheet.addRow([TITLE]);
  sheet.mergeCells('A1:H1');
  sheet.addRow(LIST_HEADER);
  for (const row of LIST_ROWS) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  // The blank row kept in the file (a bordered row, as Excel keeps a row of the form).
  sheet.getCell('A5').border = { top: { style: 'thin' } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('Thôn 3’s messy list through the batch, CSV and workbook', () => {
  const expectations = (rows: Record<string, string>[], summary: Parameters<typeof formatSummary>[1]) => {
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ngay, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['3', 'TP3-001', '05/12/2026', 'near_poor', '1500000'],
      ['4', 'TP3-002', '05/12/2026', 'near_poor', '1500000'],
      ['6', 'TP3-003', '05/12/2026', 'near_poor', '1500000'],
      ['7', 'TP3-002', '05/12/2026', 'middle', '2000000'],
      ['8', 'TP3-005', '', 'error', ''],
      ['9', 'TP3-006', '05/12/2026', 'near_poor', '1200000'],
      ['10', '', '', 'footer', ''],
    ]);
    expect(summary.blank).toBe(1);
    expect(summary.titleRows).toEqual([1]);
    // The household size left empty: said empty, with what to write (was: số người “” phải là số nguyên lớn hơn 0).
    expect(rows[4]!.ly_do).toBe('Cột Số nhân khẩu (so_nguoi): chưa ghi số người (ô trống): hãy ghi số nhân khẩu của hộ bằng chữ số (ví dụ 4)');
    // TP3-002 again, for another family: both heads named, mend the code (was: only "Trùng mã hộ … không tính lại").
    expect(rows[3]!.ly_do).toMatch(
      /^Trùng mã hộ “TP3-002” với dòng 4 nhưng chủ hộ khác \(dòng 4: “Trần Thị Bình”, dòng này: “Phạm Thị Dung”\): có thể ghi nhầm mã hộ của một trong hai hộ; chưa tính dòng này trong tổng hợp theo nhóm\. Hãy sửa mã hộ cho đúng rồi kiểm tra lại \(đừng xóa dòng\)\. Thu nhập bình quân: 2\.000\.000/,
    );
    const said = formatSummary(rules, summary);
    expect(said).toContain('(1 dòng trùng mã hộ với một dòng trước: dòng 7.');
    expect(said).toContain('(Trong đó 1 dòng cùng mã hộ nhưng khác chủ hộ: dòng 7: có thể ghi nhầm mã hộ, là hộ khác chưa được tính trong tổng hợp; hãy sửa mã hộ cho đúng rồi kiểm tra lại, đừng xóa dòng.)');
  };

  it('saved as CSV from Excel: every row out, the empty size and the code of two families said plainly', async () => {
    const { rows, summary } = await run(saved('thon-3.csv', [csvLine([TITLE]), csvLine(LIST_HEADER), ...LIST_ROWS.map((row) => csvLine(row.length === 0 ? LIST_HEADER.map(() => '') : row))]));
    expectations(rows, summary);
  });

  it('kept as a workbook (merged title, bordered blank row), streamed and read whole: the same', async () => {
    const { streamed, whole } = await bothWays('thon-3', await cadreWorkbook());
    expectations(streamed.rows, streamed.summary);
    expect(whole.rows).toEqual(streamed.rows);
    expect(whole.summary).toEqual(streamed.summary);
  });

  it('the same code written twice for the same head (a row copied twice) keeps its note as before: not another family', async () => {
    const { rows, summary } = await run(saved('chep-hai-lan.csv', [csvLine(LIST_HEADER), csvLine(LIST_ROWS[0]!), csvLine(LIST_ROWS[0]!)]));
    expect(rows[1]!.ly_do).toMatch(/^Trùng mã hộ “TP3-001” với dòng 2: không tính lại trong tổng hợp theo nhóm\. /);
    expect(summary.duplicateOtherHead).toEqual([]);
  });

  it('one row per person under the household’s code, the household’s figures on each: members, not another family', async () => {
    const { rows, summary } = await run(
      saved('moi-nguoi-mot-dong.csv', ['Mã hộ,Họ và tên,Khu vực,Số khẩu,Thu nhập BQ,Thiếu hụt', 'H1,Nguyễn Văn A,nt,3,1tr2,', 'H1,Nguyễn Thị B,nt,3,1tr2,', 'H2,Lê Văn D,nt,2,2tr,']),
    );
    expect(rows[1]!.ly_do).toMatch(/^Trùng mã hộ “H1” với dòng 2: không tính lại trong tổng hợp theo nhóm\. /);
    expect(summary.duplicateOtherHead).toEqual([]);
  });
});

describe('a formula whose value the workbook does not keep', () => {
  it('“=COUNTA(X1:X4)” showing #REF! and “=1+2” never computed, in Số khẩu: said as a formula to mend in Excel, streamed and read whole alike (was: “chưa ghi số người (ô trống)” streamed, “#REF!” read whole)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'Tổng thu nhập hộ/tháng', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ngày khảo sát']);
    sheet.addRow([1, 'C01', 'Nguyễn Văn An', 'nông thôn', 3, 4_500_000, { formula: 'F2/E2', result: { error: '#DIV/0!' } }, '', '05/12/2026']);
    sheet.addRow([2, 'C02', 'Lê Văn Cường', 'nông thôn', { formula: 'COUNTA(X1:X4)', result: { error: '#REF!' } }, 4_500_000, null, '', '05/12/2026']);
    sheet.addRow([3, 'C03', 'Lê Văn Em', 'nông thôn', { formula: '1+2' }, 4_500_000, null, '', '05/12/2026']);
    sheet.addRow([4, 'C04', 'Lê Văn Dũng', 'nông thôn', 3, 4_500_000, { formula: 'F5/E5', result: 1_500_000 }, '', '05/12/2026']);
    const { streamed, whole } = await bothWays('cong-thuc-loi', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(whole.rows).toEqual(streamed.rows);
    expect(whole.problems).toEqual(streamed.problems);
    // Round 30: the cell named, and to open the file in Excel and save it (a formula never computed needs no mending).
    const formula = (cell: string, text: string) =>
      `ô ${cell} có công thức “=${text}” nhưng tệp không lưu giá trị đã tính của nó (tệp lưu bằng phần mềm không tính công thức, hoặc công thức lỗi như #REF!, #DIV/0!): không đoán giá trị; hãy mở tệp trong Excel (sửa công thức nếu báo lỗi), lưu lại rồi kiểm tra lại`;
    expect(streamed.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [3, 'so_nguoi', formula('E3', 'COUNTA(X1:X4)')],
      [4, 'so_nguoi', formula('E4', '1+2')],
    ]);
    // The TNBQ cell in error beside a total and a size: the household is read from the total (4.500.000 ÷ 3), as before.
    expect(streamed.rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'near_poor', '1500000'],
      ['3', 'error', ''],
      ['4', 'error', ''],
      ['5', 'near_poor', '1500000'],
    ]);
  });
});
