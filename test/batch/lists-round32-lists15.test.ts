/**
 * Round 32 (commune cadres' lists, helper lists15): six files made the way communes make them (ExcelJS workbooks, CSV with
 * “;” and “,”), every row accounted for and every odd cell said in Vietnamese:
 * - “3tr5” (and “1tr2”, “3 triệu 8”) in an income column: read 3.500.000 and said so in the row (was: read unsaid).
 * - “có”/“không” under a bare “BHYT” column: the card had / not had, the header's reading said once (was: the row refused).
 * - a “Ghi chú” / “Chú thích” cell: said in the row to be not read for the class, its text never copied (was: unsaid).
 * - a formula with no value kept in a column read for nothing (“Tuổi chủ hộ”, “Chú thích”): said in the row (was: unsaid).
 * - a thôn heading lettered “A | Thôn Đông”, “B | Thôn Tây”: a heading (was: a refused household, and “B” a footer that made
 *   the subtotal above it refused).
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per
 * month (poor with 3 lacks or more, near-poor with fewer), middle up to 2.250.000; urban 2.000.000 / 3.000.000.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const DAY = '2026-12-05';
const readBook = workbookLists('lists-round32-lists15', rules, DAY);
const { saved, run } = excelCsvLists('lists-round32-lists15', rules, DAY);

const classes = (rows: Record<string, string>[]) => rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan, row.chi_so_thieu_hut]);
const reasonOf = (rows: Record<string, string>[], line: number) => rows.find((row) => row.dong === String(line))!.ly_do;
const REMARK_SAID = 'có ghi: ghi chú không được đọc để xét hộ; hãy đọc lại, nếu ghi chú làm đổi số liệu của hộ thì sửa ở cột ấy.';

describe('Xã Phú Lộc (.xlsx): title, “Thiếu hụt” over BHYT | Nước SH, “3tr5”, dates as Excel dates, a formula in “Tuổi chủ hộ”, Ghi chú', () => {
  it('every household classified, “3tr5” said, the remark and the valueless formula said, the remark never copied', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sach');
    sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - XÃ PHÚ LỘC']);
    sheet.mergeCells('A1:J1');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', '', 'Ngày rà soát', 'Tuổi chủ hộ', 'Ghi chú']);
    sheet.addRow(['', '', '', '', '', 'BHYT', 'Nước SH', '', '', '']);
    for (const range of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:H3', 'I2:I3', 'J2:J3']) sheet.mergeCells(range);
    const day = (date: number) => new Date(Date.UTC(2026, 10, date));
    // 3.500.000 per person > 2.250.000: none, whatever the lacks (BHYT “có” under “Thiếu hụt” is the lack, water x).
    sheet.addRow([1, 'Nguyễn Văn An', 'NT', 4, '3tr5', 'có', 'x', day(20), { formula: '2026-1970' }, 'gia đình neo đơn, sđt 0912345678']);
    // 1.200.000 ≤ 1.500.000, water only (“không” under “Thiếu hụt”: no lack): near-poor.
    sheet.addRow([2, 'Lê Thị Bình', 'nông thôn', 3, '1tr2', 'không', 'x', day(20), 50, '']);
    sheet.addRow([]);
    sheet.addRow([3, 'Hà Văn Cường', 'thành thị', 2, 1_900_000, 'không', '', day(21), 40, '']); // urban, ≤ 2.000.000, no lack: near-poor
    sheet.addRow([4, 'Vi Thị Dung', 'Nông thôn', 5, '1.000.000', '', '', day(21), 61, 'hộ có người khuyết tật']); // near-poor
    sheet.addRow(['', 'Tổng cộng', '', { formula: 'SUM(D4:D8)', result: 14 }, '', '', '', '', '', '']);
    sheet.addRow(['', '', '', '', '', '', '', 'Người lập biểu']);
    sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
    const { rows, summary } = await readBook('phu-loc.xlsx', book);
    expect(classes(rows)).toEqual([
      ['4', 'none', '3500000', 'health_insurance water_source'],
      ['5', 'near_poor', '1200000', 'water_source'],
      ['7', 'near_poor', '1900000', ''],
      ['8', 'near_poor', '1000000', ''],
      ['9', 'footer', '', ''],
      ['10', 'footer', '', ''],
    ]);
    expect(rows.map((row) => row.ngay).slice(0, 4)).toEqual(['20/11/2026', '20/11/2026', '21/11/2026', '21/11/2026']);
    expect(reasonOf(rows, 4)).toMatch(/^Ô “3tr5” ghi tắt: đọc là 3\.500\.000 đồng \(chữ số sau “tr” là phần lẻ của triệu\); nếu không đúng, hãy ghi số đầy đủ, ví dụ “3\.500\.000”\. /);
    expect(reasonOf(rows, 4)).toContain('Ô I4 (cột “Tuổi chủ hộ”, không dùng để xét hộ) có công thức “=2026-1970” nhưng tệp không lưu giá trị đã tính của nó: không ảnh hưởng kết quả');
    expect(reasonOf(rows, 4)).toContain(`Cột “Ghi chú” ${REMARK_SAID}`);
    expect(reasonOf(rows, 5)).toMatch(/^Ô “1tr2” ghi tắt: đọc là 1\.200\.000 đồng/);
    expect(reasonOf(rows, 8)).toContain(`Cột “Ghi chú” ${REMARK_SAID}`);
    expect(reasonOf(rows, 7)).not.toContain('Ghi chú');
    // The remark's free text (a phone number, a household's situation) is never copied into the results.
    for (const text of ['0912345678', 'neo đơn', 'khuyết tật']) expect(rows.some((row) => Object.values(row).some((cell) => cell.includes(text)))).toBe(false);
    expect(summary).toMatchObject({ classified: 4, rejected: 0, totalRows: [9] });
  });
});

describe('Phường Tân An (CSV “;”, Excel’s BOM): a title, blank rows, “Tổng cộng”, dates typed 05/12/2026 and 5/12/2026, Ghi chú', () => {
  it('every household classified; the remark said, not copied; the total checked', async () => {
    const list = saved('tan-an.csv', [
      'DANH SÁCH HỘ NGHÈO, CẬN NGHÈO PHƯỜNG TÂN AN;;;;;;;',
      'STT;Họ tên chủ hộ;Địa bàn;Số nhân khẩu;Tổng thu nhập hộ/tháng;Thiếu hụt BHYT;Ngày rà soát;Ghi chú',
      '1;Trần Văn E;TT;3;"5.400.000";có;05/12/2026;', // 1.800.000 ≤ 2.000.000 urban, 1 lack: near-poor
      '2;Phạm Thị G;thành thị;4;8tr;không;5/12/2026;chuyển đến từ xã khác', // 2.000.000 ≤ 2.000.000: near-poor
      ';;;;;;;',
      '3;Đỗ Văn H;NT;2;2tr5;có;30/11/2026;', // 2.500.000 ÷ 2 = 1.250.000 rural, 1 lack: near-poor
      ';;;;;;;',
      ';Tổng cộng;;9;;;;',
    ]);
    const { rows, summary } = await run(list);
    expect(classes(rows)).toEqual([
      ['3', 'near_poor', '1800000', 'health_insurance'],
      ['4', 'near_poor', '2000000', ''],
      ['6', 'near_poor', '1250000', 'health_insurance'],
      ['8', 'footer', '', ''],
    ]);
    expect(rows.map((row) => row.ngay).slice(0, 3)).toEqual(['05/12/2026', '05/12/2026', '30/11/2026']);
    expect(reasonOf(rows, 4)).toMatch(new RegExp(`^Ô “8tr” ghi tắt: đọc là 8\\.000\\.000 đồng \\(“tr” là triệu\\); nếu không đúng, hãy ghi số đầy đủ, ví dụ “8\\.000\\.000”\\. Cột “Ghi chú” ${REMARK_SAID.replace(/[.()]/g, '\\$&')} Thu nhập bình quân: 8\\.000\\.000 đồng ÷ 4 người`));
    expect(reasonOf(rows, 6)).toMatch(/^Ô “2tr5” ghi tắt: đọc là 2\.500\.000 đồng/);
    expect(rows.some((row) => Object.values(row).some((cell) => cell.includes('chuyển đến')))).toBe(false);
    expect(reasonOf(rows, 8)).toContain('Số ở dòng này bằng tổng các dòng 3–6 (Số nhân khẩu 9).');
    expect(summary).toMatchObject({ classified: 3, rejected: 0, titleRows: [1], totalRows: [8] });
  });
});

describe('Xã Hòa Bình (CSV “,”): names and remarks with commas in quotes, “1,2 triệu”, lacks listed in one cell, “Tổng cộng”', () => {
  it('every household classified, the name kept whole, the remark said', async () => {
    const list = saved('hoa-binh.csv', [
      'Mã hộ,Họ và tên chủ hộ,Thôn/ấp,Khu vực,Số khẩu,TNBQ,Thiếu hụt,Ghi chú',
      'HB01,"Nguyễn Văn A, tổ 3",Ấp 1,NT,4,"1,2 triệu","BHYT, nước sạch","ốm, nằm viện"', // 2 lacks: near-poor
      'HB02,Lê Văn B,Ấp 1,NT,3,"1,6 triệu",,', // 1.600.000: middle
      'HB03,Mai Thị C,Ấp 2,nông thôn,5,900000,"nhà tạm, BHYT, nhà tiêu",', // 3 lacks: poor
      ',,,,,,,',
      'Tổng cộng,,,,12,,,',
    ]);
    const { rows, summary } = await run(list);
    expect(classes(rows)).toEqual([
      ['2', 'near_poor', '1200000', 'health_insurance water_source'],
      ['3', 'middle', '1600000', ''],
      ['4', 'poor', '900000', 'health_insurance housing_quality sanitation'],
      ['6', 'footer', '', ''],
    ]);
    expect(rows[0]!.ho_ten_chu_ho).toBe('Nguyễn Văn A, tổ 3');
    expect(reasonOf(rows, 2)).toMatch(new RegExp(`^Ô “1,2 triệu” ghi tắt: đọc là 1\\.200\\.000 đồng; nếu không đúng, hãy ghi số đầy đủ, ví dụ “1\\.200\\.000”\\. Cột “Ghi chú” ${REMARK_SAID.replace(/[.()]/g, '\\$&')} Thu nhập bình quân`));
    expect(rows.some((row) => Object.values(row).some((cell) => cell.includes('nằm viện')))).toBe(false);
    expect(summary).toMatchObject({ classified: 3, rejected: 0, totalRows: [6] });
  });
});

describe('Xã Đông Hà (.xlsx): review dates as Excel serial numbers and as text, a bare “BHYT” with có/không/x, a total with an uncomputed SUM', () => {
  it('“có” is the card had, “không” the lack, the header’s reading said once; “3 triệu 8” said; the serials read and said', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['STT', 'Mã hộ', 'Khu vực', 'Số người', 'Tổng thu nhập/tháng', 'BHYT', 'Ngày rà soát']);
    sheet.addRow([1, 'A1', 'NT', 3, 3_600_000, 'không', 46346]); // 1.200.000, no card: near-poor (1 lack)
    sheet.addRow([2, 'A2', 'nông thôn', 4, '6tr', 'có', '20/11/2026']); // 1.500.000, the card: near-poor (0)
    sheet.addRow([3, 'A3', 'TT', 2, '3 triệu 8', 'Có', 46357]); // 1.900.000 ≤ 2.000.000 urban: near-poor (0)
    sheet.addRow([4, 'A4', 'Thành thị', 3, 7_500_000, 'x', '1/12/2026']); // 2.500.000 urban: middle
    sheet.addRow(['Tổng cộng', '', '', { formula: 'SUM(D2:D5)', result: 12 }, { formula: 'SUM(E2:E5)' }, '', '']);
    const { rows, notes, summary } = await readBook('dong-ha.xlsx', book);
    expect(classes(rows)).toEqual([
      ['2', 'near_poor', '1200000', 'health_insurance'],
      ['3', 'near_poor', '1500000', ''],
      ['4', 'near_poor', '1900000', ''],
      ['5', 'middle', '2500000', 'health_insurance'],
      ['6', 'footer', '', ''],
    ]);
    expect(rows.map((row) => row.ngay).slice(0, 4)).toEqual(['20/11/2026', '20/11/2026', '01/12/2026', '01/12/2026']);
    expect(reasonOf(rows, 2)).toMatch(/^Ô ngày ghi “46346” là ngày theo cách Excel lưu \(số ngày\), đọc là 20\/11\/2026\. /);
    expect(reasonOf(rows, 4)).toContain('Ô “3 triệu 8” ghi tắt: đọc là 3.800.000 đồng (chữ số sau “triệu” là phần lẻ của triệu)');
    expect(notes.filter((note) => note.startsWith('Cột “BHYT” chỉ ghi tên thẻ'))).toEqual([
      'Cột “BHYT” chỉ ghi tên thẻ, đọc là hộ có thẻ hay không: ô ghi có là hộ có thẻ (không thiếu hụt); ô ghi không hoặc chưa là hộ không có thẻ (thiếu hụt chỉ số đó); ô ghi x, ✓ hoặc √ là thiếu hụt; ô ghi 1 hoặc 0 thì dòng bị từ chối (chưa rõ ý). Nếu cột ghi “có” để đánh dấu hộ thiếu hụt, hãy đặt tên cột “Thiếu hụt BHYT”.',
    ]);
    expect(reasonOf(rows, 6)).toContain('Ô E6 “=SUM(E2:E5)” có công thức nhưng tệp không lưu giá trị đã tính');
    expect(summary).toMatchObject({ classified: 4, rejected: 0 });
  });
});

describe('Xã Nam Sơn (.xlsx): two title rows, a units row, thôn lettered “A | Thôn Đông”, “B | Thôn Tây”, a subtotal, “TỔNG CỘNG”', () => {
  it('the lettered headings are headings, the subtotal a subtotal, every household classified; a valueless formula in “Chú thích” said', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['UBND XÃ NAM SƠN']);
    sheet.addRow(['DANH SÁCH HỘ CẬN NGHÈO NĂM 2026']);
    sheet.addRow(['TT', 'Chủ hộ', 'Thôn', 'Khu vực', 'Nhân khẩu', 'Thu nhập bình quân', 'Các chỉ số thiếu hụt', 'Chú thích']);
    sheet.addRow(['', '', '', '', '(người)', '(1000đ/người/tháng)', '', '']);
    sheet.addRow(['A', 'Thôn Đông']);
    sheet.addRow([1, 'Hoàng Văn K', 'Đông', 'NT', 4, 1200, 'BHYT', { formula: 'B6&" - "&C6' }]); // 1.200.000, 1 lack: near-poor
    sheet.addRow([2, 'Nông Thị L', 'Đông', 'NT', 2, '1.400', '', '']); // 1.400.000: near-poor
    sheet.addRow(['', 'Cộng thôn Đông', '', '', { formula: 'SUM(E6:E7)', result: 6 }]);
    sheet.addRow(['B', 'Thôn Tây']);
    sheet.addRow([3, 'Lò Văn M', 'Tây', 'nông thôn', 6, 2000, 'nước sạch; nhà tiêu', '']); // 2.000.000: middle
    sheet.addRow([]);
    sheet.addRow(['', 'TỔNG CỘNG', '', '', { formula: 'SUM(E6:E10)', result: 12 }]);
    const { rows, summary } = await readBook('nam-son.xlsx', book);
    expect(classes(rows)).toEqual([
      ['5', 'footer', '', ''],
      ['6', 'near_poor', '1200000', 'health_insurance'],
      ['7', 'near_poor', '1400000', ''],
      ['8', 'footer', '', ''],
      ['9', 'footer', '', ''],
      ['10', 'middle', '2000000', 'water_source sanitation'],
      ['12', 'footer', '', ''],
    ]);
    expect(reasonOf(rows, 9)).toBe('Dòng “B Thôn Tây” là dòng tên nhóm hộ (thôn, ấp…) giữa danh sách, không phải hộ: không tính.');
    expect(reasonOf(rows, 6)).toContain('Ô H6 (cột “Chú thích”, không dùng để xét hộ) có công thức “=B6&" - "&C6” nhưng tệp không lưu giá trị đã tính của nó');
    expect(summary).toMatchObject({ classified: 3, rejected: 0, sectionRows: [5, 9], subtotalRows: [8], totalRows: [12] });
  });
});

describe('Xã Đông Xuân (CSV “,”, Excel’s BOM): “Khu vực (NT/TT)”, per-person “3tr5”, bare “BHYT” and “Nước sinh hoạt”', () => {
  it('every household classified; “có” under “BHYT” is the card had; x under “Nước sinh hoạt” the lack', async () => {
    const list = saved('dong-xuan.csv', [
      'STT,Họ và tên,Khu vực (NT/TT),Số NK,Thu nhập bình quân đầu người/tháng,BHYT,Nước sinh hoạt,Ngày rà soát,Ghi chú',
      '1,Nguyễn Thị P,NT,3,3tr5,có,,01/12/2026,', // 3.500.000 > 2.250.000: none
      '2,Trần Văn Q,thành thị,4,"1,9tr",không,x,01/12/2026,hộ mới tách', // 1.900.000 ≤ 2.000.000, 2 lacks: near-poor
      '3,Lê Văn R,NT,5,1tr,không,x,02/12/2026,', // 1.000.000, 2 lacks: near-poor
      ',,,,,,,,',
      ',Tổng cộng,,12,,,,,',
    ]);
    const { rows, summary } = await run(list);
    expect(classes(rows)).toEqual([
      ['2', 'none', '3500000', ''],
      ['3', 'near_poor', '1900000', 'health_insurance water_source'],
      ['4', 'near_poor', '1000000', 'health_insurance water_source'],
      ['6', 'footer', '', ''],
    ]);
    expect(reasonOf(rows, 2)).toMatch(/^Ô “3tr5” ghi tắt: đọc là 3\.500\.000 đồng/);
    expect(reasonOf(rows, 3)).toContain(`Cột “Ghi chú” ${REMARK_SAID}`);
    expect(summary).toMatchObject({ classified: 3, rejected: 0, totalRows: [6] });
  });

  it('a household of member rows: the remark on a member’s row is said with its line', async () => {
    const list = saved('thanh-vien.csv', [
      'Mã hộ,Họ và tên,Quan hệ với chủ hộ,Khu vực,Tổng thu nhập hộ/tháng,Ghi chú',
      'M1,Nguyễn Văn S,Chủ hộ,NT,3.000.000,',
      'M1,Lê Thị T,Vợ,NT,,đi làm xa',
    ]);
    const { outcome, rows } = await classifyInProcess(rules, list, DAY);
    if (!outcome.ok) throw new Error(outcome.message);
    // 3.000.000 ÷ 2 members = 1.500.000 ≤ 1.500.000, no lack: near-poor.
    expect(rows.filter((row) => row.ma_phan_loai !== 'member').map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([['2', 'near_poor', '1500000']]);
    expect(reasonOf(rows, 2)).toContain(`Cột “Ghi chú” có ghi ở dòng 3: ghi chú không được đọc để xét hộ`);
    expect(rows.some((row) => Object.values(row).some((cell) => cell.includes('làm xa')))).toBe(false);
  });
});
