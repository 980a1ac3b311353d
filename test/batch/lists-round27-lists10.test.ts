/**
 * Round 27 (commune cadres' lists, helper lists10): nothing of a workbook lost from the cadre's sight. A column, a sheet or a
 * total row hidden in Excel is read and said; members' hidden rows in one sentence; a Mac workbook's days (the 1904 date
 * system) and a formula's cached day read as Excel shows them; "√" as a tick. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3,
 * kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, fewer than 3 lacks =
 * near-poor, 3 or more = poor; above it and at or under 2.250.000 đ = middle.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists-round27-lists10-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Excel keeps a day as the day itself, no time zone: ExcelJS writes a Date by its UTC day. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** A workbook built by `fill`, saved, and read as `cli batch` reads it on 04/12/2026: its rows and notes. */
async function checked(name: string, fill: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  fill(book);
  const path = join(work, name);
  await book.xlsx.writeFile(path);
  const { outcome, rows } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows, notes: outcome.notes, summary: outcome.summary };
}

const HEADER = ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ghi chú'];

describe('a column hidden in Excel (“Ghi chú” hidden by the cadre)', () => {
  it('is said in the notes by its name and letter, still read (was: not a word)', async () => {
    const { rows, notes } = await checked('cot-an.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(HEADER);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', 'có người khuyết tật']);
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nông thôn', 3, '2.000.000', '', '']);
      sheet.getColumn(8).hidden = true;
    });
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'middle']]);
    expect(notes).toContain('Cột đang bị ẩn trong Excel: “Ghi chú” (cột H); các cột ấy vẫn được đọc như mọi cột (dùng hay bỏ qua như dòng tên cột ở trên). Hãy bỏ ẩn các cột ấy để xem cả danh sách.');
  });

  it('a hidden income column is named too, and columns hidden past the list (unused) are not', async () => {
    const { rows, notes } = await checked('thu-nhap-an.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'Tổng thu nhập (đồng/năm)', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt']);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '57.600.000', '1.200.000', '']);
      sheet.getColumn(6).hidden = true;
      for (let column = 12; column <= 14; column += 1) sheet.getColumn(column).hidden = true;
    });
    expect(rows[0]!.ma_phan_loai).toBe('near_poor');
    expect(notes.filter((note) => note.startsWith('Cột đang bị ẩn trong Excel'))).toEqual([
      'Cột đang bị ẩn trong Excel: “Tổng thu nhập (đồng/năm)” (cột F); các cột ấy vẫn được đọc như mọi cột (dùng hay bỏ qua như dòng tên cột ở trên). Hãy bỏ ẩn các cột ấy để xem cả danh sách.',
    ]);
  });
});

describe('a sheet hidden in Excel (“Thôn 2” hidden, headed like “Thôn 1”)', () => {
  it('is read with the list and said hidden; a hidden sheet not read is said hidden among the sheets not read (was: not a word)', async () => {
    const { rows, notes } = await checked('trang-an.xlsx', (book) => {
      const first = book.addWorksheet('Thôn 1');
      first.addRow(HEADER);
      first.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', '']);
      const second = book.addWorksheet('Thôn 2');
      second.addRow(HEADER);
      second.addRow([1, 'H05', 'Hà Văn Khoa', 'nông thôn', 3, '2.000.000', '', '']);
      second.state = 'hidden';
      const third = book.addWorksheet('Nháp');
      third.addRow(['Ghi chép của cán bộ thôn']);
      third.state = 'hidden';
    });
    expect(rows.map((row) => [row.trang_tinh, row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['Thôn 1', '2', 'H01', 'near_poor'],
      ['Thôn 2', '2', 'H05', 'middle'],
    ]);
    expect(notes).toContain('Trang tính đang bị ẩn trong Excel: “Thôn 2”; vẫn được đọc và xét như các trang khác (cột trang_tinh ghi trang của từng dòng). Hãy bỏ ẩn trang để xem (nhấp chuột phải vào tên trang, chọn Bỏ ẩn/Unhide).');
    expect(notes.find((note) => note.startsWith('Trang chưa đọc'))).toContain('“Nháp” (trang đang bị ẩn trong Excel) (1 dòng): không có dòng tên cột');
  });
});

describe('a “Tổng cộng” row hidden in Excel', () => {
  it('is a total not counted, its row said hidden in its ly_do and the notes (was: the total said, its hiding not)', async () => {
    const { rows, notes, summary } = await checked('tong-an.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(HEADER);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', '']);
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nông thôn', 3, '2.000.000', '', '']);
      sheet.addRow(['Tổng cộng', null, null, null, 7]);
      sheet.getRow(4).hidden = true;
    });
    expect(summary.classified).toBe(2);
    expect(summary.totalRows).toEqual([4]);
    expect(rows[2]!.ma_phan_loai).toBe('footer');
    expect(rows[2]!.ly_do).toMatch(/^Dòng 4 đang bị ẩn trong Excel: vẫn được đọc; hãy bỏ ẩn dòng để xem\. Dòng “Tổng cộng” là dòng tổng cộng/);
    expect(notes).toContain('Dòng không phải hộ (tổng cộng, dòng cộng, chữ ký…) đang bị ẩn trong Excel: dòng 4; vẫn được đọc, không tính là hộ (cột ly_do có ghi). Hãy bỏ ẩn các dòng ấy để xem cả danh sách.');
  });
});

describe('members’ rows hidden in Excel under their household', () => {
  it('are one sentence naming the rows (was: “Dòng 3 (thành viên): dòng 3 đang bị ẩn…” once per row)', async () => {
    const { rows } = await checked('thanh-vien-an.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(['STT', 'Mã hộ', 'Họ và tên', 'Quan hệ với chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt']);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'Chủ hộ', 'nông thôn', 3, '1.200.000', '']);
      sheet.addRow([null, 'H01', 'Nguyễn Thị Bé', 'Vợ', null, null, null, null]);
      sheet.addRow([null, 'H01', 'Nguyễn Văn Cu', 'Con', null, null, null, null]);
      sheet.getRow(3).hidden = true;
      sheet.getRow(4).hidden = true;
    });
    expect(rows[0]!.ma_phan_loai).toBe('near_poor');
    expect(rows[0]!.ly_do).toMatch(/^Các dòng 3, 4 \(thành viên của hộ\) đang bị ẩn trong Excel: vẫn được đọc cùng hộ; hãy bỏ ẩn dòng để xem\. Hộ ghi trên các dòng 2–4/);
    expect(rows[0]!.ly_do!.match(/bị ẩn/g) ?? []).toHaveLength(1);
  });
});

describe('a workbook of the 1904 date system (saved by Excel for Mac)', () => {
  it('reads a day kept as a number and a formula’s day as Excel shows them, 01/12/2026 (was: 30/11/2022, four years and a day early)', async () => {
    const { rows } = await checked('mac-1904.xlsx', (book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow([...HEADER, 'Ngày khảo sát']);
      // 44895 days from 01/01/1904 = 01/12/2026: a formula's cached value in a date cell, then the number in a General cell.
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '', '', { formula: 'DATE(2026,12,1)', result: 44895 }]);
      sheet.getCell('I2').numFmt = 'dd/mm/yyyy';
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nông thôn', 3, '1.200.000', '', '', 44895]);
      sheet.addRow([3, 'H03', 'Đinh Văn Sáu', 'nông thôn', 3, '1.200.000', '', '', day(2026, 12, 2)]);
    });
    expect(rows.map((row) => [row.dong, row.ngay])).toEqual([['2', '01/12/2026'], ['3', '01/12/2026'], ['4', '02/12/2026']]);
    expect(rows[1]!.ly_do).toContain('Ô ngày ghi “44895” là ngày theo cách Excel lưu (số ngày), đọc là 01/12/2026.');
    for (const row of rows) expect(row.ly_do).not.toContain('2022');
  });
});

describe('a formula cell formatted as a date (“=DATE(2026;12;1)” under “Ngày khảo sát”)', () => {
  it('is the day the cadre sees, with no word of a day number (was: “Ô ngày ghi “46357” là ngày theo cách Excel lưu”)', async () => {
    const { rows } = await checked('cong-thuc-ngay.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow([...HEADER, 'Ngày khảo sát']);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', { formula: '2+2', result: 4 }, '1.200.000', '', '', { formula: 'DATE(2026,12,1)', result: 46357 }]);
      sheet.getCell('I2').numFmt = 'dd/mm/yyyy';
    });
    expect([rows[0]!.ngay, rows[0]!.ma_phan_loai]).toEqual(['01/12/2026', 'near_poor']);
    expect(rows[0]!.ly_do).not.toContain('46357');
  });
});

describe('“√” ticked under an indicator’s column (Excel’s Insert > Symbol tick)', () => {
  it('is a lack like ✓ (was: refused, “√” không rõ là có thiếu hụt hay không)', async () => {
    const { rows } = await checked('dau-can.xlsx', (book) => {
      const sheet = book.addWorksheet('DS hộ');
      sheet.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ', 'BHYT', 'Nước sạch', 'Nhà ở']);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nông thôn', 4, '1.200.000', '√', '√', '√']);
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nông thôn', 4, '1.200.000', '√', '', '']);
    });
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'poor', 'health_insurance housing_quality water_source'],
      ['3', 'near_poor', 'health_insurance'],
    ]);
  });
});
