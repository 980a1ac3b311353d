/**
 * Round 33 (commune cadres' lists, helper lists16): five sheets made the way cadres make them (ExcelJS workbooks and a CSV
 * with “;”): titles and merged group headers, totals and subtotals, blank rows, amounts “1.500.000”, “1,5tr”, “12,5tr”, “1tr9”,
 * dates dd/mm/yyyy as text and as Excel dates, “x” marks, two tables in one sheet, headers without diacritics, names and
 * places shortened with dots. Every row of each list is in the results (a household, a refused row, or a footer), and every
 * odd cell is said in its row. Found here: a refused row whose reason ends its own sentence (“Hộ phải có ít nhất 1 thành
 * viên.”) took a second full stop before its remarks (“..”), fixed.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per
 * month (poor with 3 lacks or more, near-poor with fewer), middle up to 2.250.000; urban 2.000.000 / 3.000.000.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const DAY = '2026-12-05';
const readBook = workbookLists('messy-round33-lists16', rules, DAY);
const { saved, run } = excelCsvLists('messy-round33-lists16', rules, DAY);
const classes = (rows: Record<string, string>[]) => rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan, row.chi_so_thieu_hut, row.ho_ten_chu_ho]);
const reasonOf = (rows: Record<string, string>[], line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
/** Every line of a list with something in it, after the header, has its row in the results: none dropped. */

describe('five cadres’ sheets: no row lost, each odd cell said', () => {
  it('Xã Yên Bình (.xlsx): two title rows, “Thông tin hộ” and “Thiếu hụt” merged over their columns, x marks, blank rows, a total and signatures', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS ho ngheo');
    sheet.addRow(['UBND XÃ YÊN BÌNH']);
    sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026']);
    sheet.mergeCells('A1:I1');
    sheet.mergeCells('A2:I2');
    sheet.addRow(['STT', 'Thông tin hộ', '', '', '', 'Thiếu hụt', '', '', 'Ngày rà soát']);
    sheet.addRow(['', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đ/người/tháng)', 'BHYT', 'Nước SH', 'Nhà tiêu HVS', '']);
    for (const range of ['A3:A4', 'B3:E3', 'F3:H3', 'I3:I4']) sheet.mergeCells(range);
    sheet.addRow([1, 'Ng.Văn Hùng', 'Nông thôn', 4, '1.500.000', 'x', 'x', 'x', '02/12/2026']); // 1.500.000 ≤ 1.500.000, 3 lacks: poor
    sheet.addRow([2, 'Tr.Thị Mai', 'NT', 3, '1,5tr', '', 'x', '', '02/12/2026']); // one lack: near-poor
    sheet.addRow([]);
    sheet.addRow([3, 'Lê Th.Xuân', 'N.Thôn', 5, '2.100.000', 'x', '', '', '03/12/2026']); // ≤ 2.250.000: middle
    sheet.addRow([4, 'T.Hòa', 'Nông thôn', 2, '1,2 triệu', '', '', '', '03/12/2026']); // near-poor
    sheet.addRow([]);
    sheet.addRow(['', 'Tổng cộng: 4 hộ', '', 14, '', '', '', '', '']);
    sheet.addRow(['', '', '', '', '', 'Yên Bình, ngày 05/12/2026', '', '', '']);
    sheet.addRow(['', 'Người lập biểu', '', '', '', 'TM. UBND XÃ', '', '', '']);
    const { rows, summary } = await readBook('yen-binh.xlsx', book);
    expect(classes(rows)).toEqual([
      ['5', 'poor', '1500000', 'health_insurance water_source sanitation', 'Ng.Văn Hùng'],
      ['6', 'near_poor', '1500000', 'water_source', 'Tr.Thị Mai'],
      ['8', 'middle', '2100000', 'health_insurance', 'Lê Th.Xuân'],
      ['9', 'near_poor', '1200000', '', 'T.Hòa'],
      ['11', 'footer', '', '', 'Tổng cộng: 4 hộ'],
      ['12', 'footer', '', '', ''],
      ['13', 'footer', '', '', 'Người lập biểu'],
    ]);
    expect(rows.slice(0, 4).map((row) => row.ngay)).toEqual(['02/12/2026', '02/12/2026', '03/12/2026', '03/12/2026']);
    expect(reasonOf(rows, 8)).toMatch(/^Ô khu vực “N\.Thôn” ghi tắt: đọc là nông thôn; /);
    expect(reasonOf(rows, 11)).toContain('Số ở dòng này bằng tổng các dòng 5–9 (Số khẩu 14)');
    // An empty row is not written into the workbook at all: lines 7 and 10 are missing, counted as blank since round 34.
    expect(summary).toMatchObject({ classified: 4, rejected: 0, blank: 2, titleRows: [1, 2], footerRows: [11, 12, 13] });
  });

  it('Phường Tân Phú (.xlsx): headers without diacritics, “T.Thị”, the household’s total “5.400.000” and “12,5tr”, a remark, two refused rows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['DANH SACH HO RA SOAT PHUONG TAN PHU']);
    sheet.addRow(['STT', 'Ho ten chu ho', 'Khu vuc', 'So nhan khau', 'Tong thu nhap ho/thang', 'Thieu hut BHYT', 'Thieu hut nuoc sach', 'Ngay ra soat', 'Ghi chu']);
    sheet.addRow([1, 'Ng.Văn Tâm', 'T.Thị', 3, '5.400.000', 'x', '', '01/12/2026', '']); // 1.800.000 ≤ 2.000.000, one lack: near-poor
    sheet.addRow([2, 'Trần Thị Hoa', 'TT', 4, '12,5tr', '', '', '01/12/2026', 'mới tách hộ']); // 3.125.000 > 3.000.000: none
    sheet.addRow([3, 'Phạm Văn Đức', 'P.Tân Phú', 2, '3.000.000', 'x', 'x', '01/12/2026', '']); // 1.500.000, 2 lacks: near-poor
    sheet.addRow([4, 'Hồ Thị Én', 'thanh thi', 'bốn', '4.000.000', '', '', '01/12/2026', 'gọi 0987654321']); // members in words: refused
    sheet.addRow([5, 'Vũ Văn Phú', 'TT', 5, '9.000.000', 'x', 'x', '31/11/2026', '']); // no 31/11: refused
    const { rows, summary } = await readBook('tan-phu.xlsx', book);
    expect(classes(rows)).toEqual([
      ['3', 'near_poor', '1800000', 'health_insurance', 'Ng.Văn Tâm'],
      ['4', 'none', '3125000', '', 'Trần Thị Hoa'],
      ['5', 'near_poor', '1500000', 'health_insurance water_source', 'Phạm Văn Đức'],
      ['6', 'error', '', '', 'Hồ Thị Én'],
      ['7', 'error', '', '', 'Vũ Văn Phú'],
    ]);
    expect(reasonOf(rows, 3)).toMatch(/^Ô khu vực “T\.Thị” ghi tắt: đọc là thành thị; nếu không đúng, hãy ghi đầy đủ\. Thu nhập bình quân: 5\.400\.000 đồng ÷ 3 người = 1\.800\.000 đồng/);
    expect(reasonOf(rows, 4)).toMatch(/^Ô “12,5tr” ghi tắt: đọc là 12\.500\.000 đồng \(“tr” là triệu\); nếu không đúng, hãy ghi số đầy đủ, ví dụ “12\.500\.000”\. Cột “Ghi chu” có ghi: ghi chú không được đọc để xét hộ/);
    expect(reasonOf(rows, 6)).toBe(
      'Cột So nhan khau (so_nguoi): số người “bốn” phải là số nguyên lớn hơn 0, viết bằng chữ số (ví dụ 4). Cột “Ghi chu” có ghi: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy.',
    );
    expect(reasonOf(rows, 7)).toBe('Cột Ngay ra soat (ngay): ngày “31/11/2026” không có thật hoặc sai dạng (dd/MM/yyyy)');
    for (const text of ['0987654321', 'tách hộ']) expect(rows.some((row) => Object.values(row).some((cell) => cell.includes(text)))).toBe(false);
    expect(summary).toMatchObject({ classified: 3, rejected: 2, titleRows: [1] });
  });

  it('Xã Hòa Sơn (.xlsx): two tables in one sheet (Thôn 1, Thôn 2), each headed, each with its subtotal, a grand total', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hai thon');
    const header = ['STT', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'Thu nhập bình quân', 'Các chỉ số thiếu hụt'];
    sheet.addRow(['THÔN 1']);
    sheet.addRow(header);
    sheet.addRow([1, 'Đinh Văn A', 'NT', 4, 1_000_000, 'bhyt, nước sinh hoạt']); // 2 lacks: near-poor
    sheet.addRow([2, 'Đinh Thị B', 'NT', 2, 1_400_000, '']); // near-poor
    sheet.addRow(['', 'Cộng thôn 1', '', 6, '', '']);
    sheet.addRow([]);
    sheet.addRow([]);
    sheet.addRow(['THÔN 2']);
    sheet.addRow(header);
    sheet.addRow([1, 'Mùa Văn C', 'NT', 6, '900.000', 'bhyt, nước sinh hoạt, nhà tiêu']); // 3 lacks: poor
    sheet.addRow([2, 'Mùa Thị D', 'NT', 3, '1tr9', '']); // 1.900.000: middle
    sheet.addRow(['', 'Cộng thôn 2', '', 9, '', '']);
    sheet.addRow(['', 'Tổng cộng', '', 15, '', '']);
    const { rows, summary } = await readBook('hoa-son.xlsx', book);
    expect(classes(rows)).toEqual([
      ['3', 'near_poor', '1000000', 'health_insurance water_source', 'Đinh Văn A'],
      ['4', 'near_poor', '1400000', '', 'Đinh Thị B'],
      ['5', 'footer', '', '', 'Cộng thôn 1'],
      ['8', 'footer', '', '', ''],
      ['10', 'poor', '900000', 'health_insurance water_source sanitation', 'Mùa Văn C'],
      ['11', 'middle', '1900000', '', 'Mùa Thị D'],
      ['12', 'footer', '', '', 'Cộng thôn 2'],
      ['13', 'footer', '', '', 'Tổng cộng'],
    ]);
    expect(reasonOf(rows, 8)).toBe('Dòng “THÔN 2” là dòng tên nhóm hộ (thôn, ấp…) giữa danh sách, không phải hộ: không tính.');
    expect(reasonOf(rows, 11)).toMatch(/^Ô “1tr9” ghi tắt: đọc là 1\.900\.000 đồng/);
    expect(reasonOf(rows, 12)).toContain('Số ở dòng này bằng tổng các dòng 10–11 (Số khẩu 9)');
    expect(reasonOf(rows, 13)).toContain('Số ở dòng này bằng tổng các dòng 3–11 (Số khẩu 15)');
    // The second table's header row is said as a repeated header, counted apart (line 9); the title “THÔN 1” as a title.
    expect(summary).toMatchObject({ classified: 4, rejected: 0, titleRows: [1], repeatedHeaderRows: [9], subtotalRows: [5, 12], sectionRows: [8] });
  });

  it('Thôn Lương Sơn (CSV “;”): “1,5tr”, “2,1 triệu”, “1.600.000,5”, an “x” in the lacks column, a subtotal and “Tổng số hộ: 5”', async () => {
    const { rows, summary } = await run(
      saved('luong-son.csv', [
        'DANH SÁCH HỘ CẬN NGHÈO;;;;;',
        'STT;Họ và tên;Khu vực;Số khẩu;Thu nhập BQ;Thiếu hụt',
        '1;Lương Văn Sơn;NT;4;1.500.000;BHYT, nước', // 2 lacks: near-poor
        '2;Lương Thị Thu;NT;3;"1,5tr";', // near-poor
        ';;;;;',
        '3;Hà Văn Tư;NT;2;2,1 triệu;', // middle
        'Cộng thôn 1;;;9;;',
        '4;Hà Thị Năm;NT;5;800.000;x', // an x says no indicator: refused
        '5;Hà Văn Sáu;NT;2;1.600.000,5;', // middle, the half đồng said
        'Tổng số hộ: 5;;;;;',
      ]),
    );
    expect(classes(rows)).toEqual([
      ['3', 'near_poor', '1500000', 'health_insurance water_source', 'Lương Văn Sơn'],
      ['4', 'near_poor', '1500000', '', 'Lương Thị Thu'],
      ['6', 'middle', '2100000', '', 'Hà Văn Tư'],
      ['7', 'footer', '', '', ''],
      ['8', 'error', '', '', 'Hà Thị Năm'],
      ['9', 'middle', '1600001', '', 'Hà Văn Sáu'],
      ['10', 'footer', '', '', ''],
    ]);
    expect(reasonOf(rows, 8)).toMatch(/^Cột Thiếu hụt \(thieu_hut\): “x” là một dấu đánh, không cho biết thiếu hụt chỉ số nào: /);
    expect(reasonOf(rows, 9)).toMatch(/^Ô “1\.600\.000,5” có phần lẻ dưới 1 đồng: /);
    expect(reasonOf(rows, 10)).toBe('Dòng “Tổng số hộ: 5” là dòng tổng cộng của danh sách (cộng các hộ ở trên), không phải hộ: không tính.');
    expect(summary).toMatchObject({ classified: 4, rejected: 1, blank: 1, titleRows: [1], subtotalRows: [7], totalRows: [10] });
  });

  it('Xã Đông (.xlsx): “X.Đông”, a bare “BHYT” with có/không, “Nhà tạm” x, Excel dates, refused rows keep their remarks, one sentence each', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Rà soát');
    sheet.addRow(['STT', 'Chủ hộ', 'Địa bàn', 'Số khẩu', 'TN BQ/tháng', 'BHYT', 'Nhà tạm', 'Ngày', 'Ghi chú']);
    const day = new Date(Date.UTC(2026, 11, 4));
    sheet.addRow([1, 'Sùng A Páo', 'X.Đông', 7, '1tr1', 'có', 'x', day, '']); // one lack (house): near-poor
    sheet.addRow([2, 'Sùng Thị Mỷ', 'X.Đông', 5, '1tr1', 'không', 'x', day, 'con đi làm xa']); // two lacks: near-poor
    sheet.addRow([3, 'Giàng A Lử', 'Th.Xuân', 4, '1tr3', 'có', '', day, 'hộ neo đơn']); // “Th.” not known: refused
    sheet.addRow([4, 'Vàng Thị Dợ', 'xã', 0, '1tr3', 'không', '', day, '']); // no member: refused
    sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
    const { rows, summary } = await readBook('xa-dong.xlsx', book);
    expect(classes(rows)).toEqual([
      ['2', 'near_poor', '1100000', 'housing_quality', 'Sùng A Páo'],
      ['3', 'near_poor', '1100000', 'health_insurance housing_quality', 'Sùng Thị Mỷ'],
      ['4', 'error', '', '', 'Giàng A Lử'],
      ['5', 'error', '', '', 'Vàng Thị Dợ'],
    ]);
    expect(rows.slice(0, 2).map((row) => row.ngay)).toEqual(['04/12/2026', '04/12/2026']);
    expect(reasonOf(rows, 2)).toContain('Cột “BHYT” ghi “có”: cột chỉ ghi tên thẻ nên “có” là hộ có thẻ');
    expect(reasonOf(rows, 3)).toContain('Cột “Ghi chú” có ghi: ghi chú không được đọc để xét hộ');
    expect(reasonOf(rows, 4)).toMatch(/^Cột Địa bàn \(khu_vuc\): khu vực “Th\.Xuân” không rõ .*\. Cột “Ghi chú” có ghi: /);
    expect(reasonOf(rows, 5)).toMatch(/^Cột Số khẩu \(so_nguoi\): Hộ phải có ít nhất 1 thành viên\. Ô “1tr3” ghi tắt: đọc là 1\.300\.000 đồng .* Cột “BHYT” ghi “không”: /);
    for (const row of rows) expect(row.ly_do).not.toContain('..');
    for (const text of ['neo đơn', 'làm xa']) expect(rows.some((row) => Object.values(row).some((cell) => cell.includes(text)))).toBe(false);
    expect(summary).toMatchObject({ classified: 2, rejected: 2 });
  });
});
