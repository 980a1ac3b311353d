/**
 * Round 31 (commune cadres' lists, helper lists14): three workbooks made the way communes make them, and nothing lost or
 * misread silently.
 * - A "Tổng cộng" row whose =SUM() cells keep no value (a file saved by a tool that does not compute formulas): the row
 *   says which cells and that they were not checked, and stderr says it once (was: marked a total row, unsaid).
 * - A single-row household whose relation ("Quan hệ với chủ hộ") or name cell holds a formula with no value: its ly_do
 *   names the cell and how the row was read (was: unsaid; only income cells were checked).
 * - Every date written "12/5/2026" (reads both ways, no row says which): read day first (dd/MM/yyyy) and said once on
 *   stderr (was: said only when other rows wrote the day the other way).
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per
 * month, near-poor 1.500.000 with fewer than 3 lacks, middle up to 2.250.000; urban 2.000.000 / 2.800.000.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const readBook = workbookLists('communes-round31-lists14', rules, '2026-12-05');

const byRow = (rows: Record<string, string>[]) => rows.map((row) => [row.dong, row.ma_phan_loai]);

describe('Xã Tân Hòa: title, two-line merged header, “x” marks, Ghi chú, hamlets apart with a subtotal, a second sheet', () => {
  it('every household classified, the hamlet heading, blank rows, “Cộng thôn 1” and “Tổng cộng” accounted for; the summary sheet left aside', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS ho ngheo');
    sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO XÃ TÂN HÒA NĂM 2026']);
    sheet.mergeCells('A1:J1');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Thôn', 'Khu vực', 'Số khẩu', 'Thu nhập', '', 'Thiếu hụt', '', 'Ghi chú']);
    sheet.addRow(['', '', '', '', '', 'Tổng thu nhập hộ/tháng', 'TNBQ (đồng/người/tháng)', 'BHYT', 'Nước SH', '']);
    for (const range of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:I2', 'J2:J3']) sheet.mergeCells(range);
    sheet.addRow(['I', 'Thôn 1']);
    sheet.addRow([1, 'Nguyễn Văn An', 'Thôn 1', 'nông thôn', 4, '3tr5', '', 'x', 'x', '']); // 875.000/person: near-poor (2 lacks)
    sheet.addRow([2, 'Lê Thị Bình', 'Thôn 1', 'nông thôn', 3, '3.500.000', '', '', '', 'mới tách hộ']); // 1.166.667: near-poor
    sheet.addRow(['', 'Cộng thôn 1', '', '', { formula: 'SUM(E5:E6)', result: 7 }, '', '', '', '', '']);
    sheet.addRow([]);
    sheet.addRow(['II', 'Thôn 2']);
    sheet.addRow([3, 'Hà Văn Cường', 'Thôn 2', 'nông thôn', 2, 5_000_000, '', '', '', '']); // 2.500.000: above the middle line
    sheet.addRow([4, 'Đinh Văn Dũng', 'Thôn 2', 'nông thôn', 3, '', '3tr5', '', '', '']); // 3.500.000 per person, as its column says
    sheet.addRow([5, 'Vi Thị Dung', 'Thôn 2', 'nông thôn', 5, '', 1_000_000, 'x', 'x', 'hộ có người khuyết tật']); // near-poor
    sheet.addRow([]);
    sheet.addRow(['', 'Tổng cộng', '', '', { formula: 'SUM(E5:E13)', result: 17 }, '', '', '', '', '']);
    sheet.addRow(['', '', '', '', '', '', '', 'Người lập biểu']);
    const summarySheet = book.addWorksheet('Tong hop');
    summarySheet.addRow(['Thôn', 'Số hộ nghèo', 'Số hộ cận nghèo']);
    summarySheet.addRow(['Thôn 1', 0, 2]);
    const { rows, summary, notes } = await readBook('tan-hoa.xlsx', book);
    expect(byRow(rows).filter(([, code]) => code !== 'footer')).toEqual([
      ['5', 'near_poor'],
      ['6', 'near_poor'],
      ['10', 'none'],
      ['11', 'none'],
      ['12', 'near_poor'],
    ]);
    expect(rows.find((row) => row.dong === '11')!.thu_nhap_binh_quan).toBe('3500000');
    expect(rows.find((row) => row.dong === '5')!.thu_nhap_binh_quan).toBe('875000');
    // Round 32: its “Ghi chú” (“mới tách hộ”) is said to be not read, never copied.
    expect(rows.find((row) => row.dong === '6')!.ly_do).toMatch(/^Cột “Ghi chú” có ghi: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy\. Thu nhập bình quân: 3\.500\.000 đồng ÷ 3 người/);
    expect(rows.find((row) => row.dong === '6')!.ly_do).not.toContain('tách hộ');
    expect(summary.sectionRows).toEqual([4, 9]);
    expect(summary.subtotalRows).toEqual([7]);
    expect(summary.totalRows).toEqual([14]);
    expect(rows.find((row) => row.dong === '14')!.ly_do).toMatch(/Số ở dòng này bằng tổng các dòng 5–12 \(Số khẩu 17\)\.$/);
    expect(summary.rejected).toBe(0);
    expect(notes.some((note) => note.includes('Tong hop'))).toBe(true);
  });
});

describe('Xã Yên Bình: income in thousands, “có”/“không” marks, every date written 12/5/2026', () => {
  const { saved } = excelCsvLists('communes-round31-lists14', rules, '2026-12-05');
  it('3500 in “(1000đ/người/tháng)” is 3.500.000; the dates read 12/05/2026 and said once on stderr, not per row', async () => {
    const list = saved('yen-binh.csv', [
      'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (1000đ/người/tháng),Thiếu hụt BHYT,Thiếu hụt nước sinh hoạt,Ngày rà soát',
      '1,Nguyễn Văn An,nông thôn,4,1200,có,có,12/5/2026',
      '2,Lê Thị Bình,nông thôn,3,3500,không,không,12/5/2026',
      '3,Hà Văn Cường,nông thôn,5,1500,không,có,12/5/2026',
    ]);
    const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-05');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(rows.map((row) => [row.dong, row.ngay, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['2', '12/05/2026', '1200000', 'near_poor'],
      ['3', '12/05/2026', '3500000', 'none'],
      ['4', '12/05/2026', '1500000', 'near_poor'],
    ]);
    expect(outcome.notes.filter((note) => note.startsWith('Ngày đọc theo ngày/tháng/năm'))).toEqual([
      'Ngày đọc theo ngày/tháng/năm (cách ghi ở Việt Nam): 3 dòng ghi ngày đọc được cả hai cách (ngày/tháng hay tháng/ngày), như dòng 2 “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026), và không dòng nào của cột ngày cho biết cách ghi. Nếu danh sách ghi tháng trước ngày, các ngày ấy đọc sai: hãy sửa lại và ghi ngày theo dạng dd/MM/yyyy (ví dụ 12/05/2026).',
    ]);
    expect(rows.some((row) => row.ly_do!.includes('Ô ngày'))).toBe(false);
  });

  it('a row that reads day first only (“25/11/2026”), or dates written dd/MM/yyyy: no such note', async () => {
    for (const [name, dates] of [
      ['ngay-ro.csv', ['12/5/2026', '25/11/2026']],
      ['ngay-du.csv', ['12/05/2026', '12/05/2026']],
    ] as const) {
      const list = saved(name, [
        'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng),Thiếu hụt,Ngày rà soát',
        `1,Nguyễn Văn An,nt,4,1tr5,,${dates[0]}`,
        `2,Lê Thị Bình,nt,4,1tr5,,${dates[1]}`,
      ]);
      const { outcome } = await classifyInProcess(rules, list, '2026-12-05');
      expect(outcome.ok && outcome.notes.some((note) => note.startsWith('Ngày đọc theo ngày/tháng/năm'))).toBe(false);
    }
  });
});

describe('Xã Phú Lộc: a member list saved by a tool that does not compute formulas', () => {
  it('“Tổng cộng” with =SUM() and no value: its row names D7, E7 and says they were not checked; stderr says the row once', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['DANH SÁCH HỘ CẬN NGHÈO ẤP PHÚ LỘC NĂM 2026']);
    sheet.addRow(['STT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Số khẩu', 'Tổng thu nhập hộ/tháng', 'Khu vực', 'Ghi chú']);
    sheet.addRow([1, 'Nguyễn Văn An', 'Chủ hộ', 2, 3_000_000, 'nông thôn', '']);
    sheet.addRow(['', 'Trần Thị Lan', 'Vợ', '', '', '', '']);
    sheet.addRow([2, 'Lê Thị Bình', { formula: 'IF(A5=2,"Chủ hộ","")' }, 1, 1_000_000, 'nông thôn', '']);
    sheet.addRow([3, { formula: 'VLOOKUP(A6,\'Nhân khẩu\'!A:B,2,0)' }, 'Chủ hộ', 1, 1_200_000, 'nông thôn', '']);
    sheet.addRow(['', 'Tổng cộng', '', { formula: 'SUM(D3:D6)' }, { formula: 'SUM(E3:E6)' }, '', '']);
    const { rows, notes } = await readBook('phu-loc.xlsx', book);
    expect(byRow(rows)).toEqual([
      ['3', 'near_poor'],
      ['5', 'near_poor'],
      ['6', 'near_poor'],
      ['7', 'footer'],
    ]);
    expect(rows[3]!.ly_do).toBe(
      'Dòng “Tổng cộng” là dòng tổng cộng của danh sách (cộng các hộ ở trên), không phải hộ: không tính. Ô D7 “=SUM(D3:D6)”, E7 “=SUM(E3:E6)” có công thức nhưng tệp không lưu giá trị đã tính: không so được số ở các ô ấy với tổng các hộ; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại.',
    );
    expect(notes.filter((note) => note.startsWith('Dòng tổng cộng, dòng cộng có ô công thức'))).toEqual([
      'Dòng tổng cộng, dòng cộng có ô công thức mà tệp không lưu giá trị đã tính (tệp lưu bằng phần mềm không tính công thức, hoặc công thức lỗi): dòng 7; số ở các ô ấy không được so với tổng các hộ (cột ly_do nói ô nào). Hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại.',
    ]);
    // Single-row households: the relation and the name formula said, how the row was read.
    expect(rows[1]!.ly_do).toMatch(/^Ô C5 \(cột “Quan hệ với chủ hộ”\) có công thức “=IF\(A5=2,"Chủ hộ",""\)” nhưng tệp không lưu giá trị đã tính của nó: đọc là ô trống, dòng 5 được đọc là dòng đầu của một hộ; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại\. Thu nhập bình quân/);
    expect(rows[2]!.ly_do).toMatch(/^Ô B6 \(cột “Họ và tên”\) có công thức “=VLOOKUP\(A6,'Nhân khẩu'!A:B,2,0\)” nhưng tệp không lưu giá trị đã tính của nó: đọc là ô trống, ô ấy để trống trong kết quả; /);
    expect(rows[0]!.ly_do).not.toMatch(/công thức/);
  });

  it('a hamlet’s “Cộng ấp 1” with =SUM() and no value between hamlets: a subtotal row that says its cells were not checked', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Tổng thu nhập hộ/tháng']);
    sheet.addRow([1, 'Nguyễn Văn An', 'nông thôn', 2, 3_000_000]);
    sheet.addRow(['', 'Cộng ấp 1', '', { formula: 'SUM(D2:D2)' }, { formula: 'SUM(E2:E2)' }]);
    sheet.addRow([2, 'Lê Thị Bình', 'nông thôn', 1, 1_000_000]);
    const { rows, summary } = await readBook('cong-ap.xlsx', book);
    expect(byRow(rows)).toEqual([
      ['2', 'near_poor'],
      ['3', 'footer'],
      ['4', 'near_poor'],
    ]);
    expect(summary.subtotalRows).toEqual([3]);
    expect(rows[1]!.ly_do).toMatch(/ Ô D3 “=SUM\(D2:D2\)”, E3 “=SUM\(E2:E2\)” có công thức nhưng tệp không lưu giá trị đã tính: không so được số ở các ô ấy với tổng các hộ; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại\.$/);
  });

  it('a bare “Cộng” with =SUM() and no value and a household under it: refused, the message names D3, E3 as not checked', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Tổng thu nhập hộ/tháng']);
    sheet.addRow([1, 'Nguyễn Văn An', 'nông thôn', 2, 3_000_000]);
    sheet.addRow(['', 'Cộng', '', { formula: 'SUM(D2:D2)' }, { formula: 'SUM(E2:E2)' }]);
    sheet.addRow([]);
    sheet.addRow([2, 'Lê Thị Bình', 'nông thôn', 1, 1_000_000]);
    const { rows, problems } = await readBook('cong-tron.xlsx', book);
    expect(byRow(rows)).toEqual([
      ['2', 'near_poor'],
      ['3', 'error'],
      ['5', 'near_poor'],
    ]);
    expect(problems.map((problem) => problem.line)).toEqual([3]);
    expect(problems[0]!.message).toMatch(/^dòng “Cộng” đọc như dòng tổng cộng nhưng dưới nó còn hộ \(dòng 5\): không bỏ qua\. .*\. Ô D3 “=SUM\(D2:D2\)”, E3 “=SUM\(E2:E2\)” có công thức nhưng tệp không lưu giá trị đã tính: không so được số ở các ô ấy với tổng các hộ; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại$/);
  });
});
