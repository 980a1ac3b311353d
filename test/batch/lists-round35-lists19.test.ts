/**
 * Round 35 (commune cadres' whole lists, helper lists19). A messy sheet as communes keep it: title rows above a two-level
 * merged header, the columns in their own order and words ("Họ và tên chủ hộ", "Số NK", "Thu nhập BQ/người/tháng"), amounts
 * written "1.500.000", "1,5tr", "1tr5", "1 500 000 đ", a "Tổ 3" heading, a hidden row, a "Tổng cộng" row and a second sheet.
 * New here: a household whose name cell only says "Tổ 3" (its figures filled) is checked and said (was classified unsaid);
 * a household typed twice in a list of names only (no code, no address column) is marked and counted once (was counted twice,
 * unsaid). And the 2027 change per row: a check date on or after 01/01/2027 (date column, Excel date cell or --date) takes
 * the 2027–2030 standard of NĐ 351/2025 (tham khảo: 2.200.000 / 2.800.000 đồng), before it the 2026 one (NĐ 07/2021 Điều 3
 * kept: 1.500.000 / 2.000.000, middle band 2.250.000 / 3.000.000), each household below worked out by hand from
 * shared/facts (updates-2026.md, poverty-standards.md).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const book = workbookLists('lists-round35-lists19', rules, '2026-12-06');
const { saved, run } = excelCsvLists('lists-round35-lists19-csv', rules, '2026-12-06');

/** Xã Tân Thành's list as typed: two title rows, a merged two-level header, then the households of Tổ 3 and Tổ 4. */
function messyList(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tan Thanh');
  sheet.addRow(['UBND XA TAN THANH']);
  sheet.addRow(['DANH SACH HO RA SOAT NAM 2026']);
  sheet.mergeCells('A2:G2');
  sheet.addRow(['STT', 'Thông tin hộ', null, 'Số NK', 'Thu nhập BQ/người/tháng', 'Thiếu hụt', 'Ngày rà soát']);
  sheet.addRow([null, 'Họ và tên chủ hộ', 'Khu vực', null, null, null, null]);
  sheet.mergeCells('B3:C3');
  for (const cell of ['A', 'D', 'E', 'F', 'G']) sheet.mergeCells(`${cell}3:${cell}4`);
  sheet.addRow([null, 'Tổ 3', null, null, null, null, null]);
  sheet.addRow([1, 'Nguyen Van Ba', 'nong thon', 4, '1.500.000', 'bhyt, nuoc', '15/11/2026']);
  sheet.addRow([2, 'Tran Thi Bay', 'nt', 3, '1,5tr', '', '15/11/2026']);
  sheet.addRow([3, 'Le Van Chin', 'thanh thi', 5, '1tr5', 'bhyt nuoc nhatieu', '15/11/2026']);
  sheet.addRow([4, 'Tổ 3', 'nt', 2, '1 200 000 đ', '', '15/11/2026']);
  sheet.addRow([5, 'Nguyễn Văn Ba', 'nông thôn', 4, '1 500 000 đ', 'bhyt, nuoc', '15/11/2026']);
  sheet.addRow([null, 'Tổ 4', null, null, null, null, null]);
  sheet.addRow([6, 'Nguyen Van Ba', 'nong thon', 4, '1.500.000', 'bhyt, nuoc', '15/11/2026']);
  sheet.addRow([7, 'Hoang Van Nam', 'nt', 3, '900.000', '', '15/11/2026']).hidden = true;
  sheet.addRow([null, 'Tổng cộng', null, 21, null, null, null]);
  workbook.addWorksheet('Ghi chu').addRow(['Danh sach lap ngay 01/12/2026, ko sua']);
  return workbook;
}

describe('Xã Tân Thành: a messy sheet of households comes out whole, each odd row said', () => {
  it('reads every household under the title rows and merged header, each amount as written', async () => {
    const { rows, notes, summary } = await book('tan-thanh.xlsx', messyList());
    const by = (line: number) => rows.find((row) => row.dong === String(line))!;
    // Nothing dropped: every row under the header has its row in the result.
    expect(rows.map((row) => Number(row.dong))).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['footer', 'near_poor', 'near_poor', 'poor', 'near_poor', 'near_poor', 'footer', 'near_poor', 'near_poor', 'footer']);
    // 1.500.000 ≤ 1.500.000 (nông thôn, 2026): cận nghèo with 2 lacks; 1tr5 ≤ 2.000.000 (thành thị) with 3 lacks: nghèo.
    expect([6, 7, 8, 9, 10, 12].map((line) => by(line).thu_nhap_binh_quan)).toEqual(['1500000', '1500000', '1500000', '1200000', '1500000', '1500000']);
    expect(by(7).ly_do).toContain('Ô “1,5tr” ghi tắt: đọc là 1.500.000 đồng');
    expect(by(8).ly_do).toContain('Ô “1tr5” ghi tắt: đọc là 1.500.000 đồng');
    expect(by(13).ly_do).toMatch(/^Dòng 13 đang bị ẩn trong Excel/);
    expect(by(14).ly_do).toContain('Dòng “Tổng cộng” là dòng tổng cộng');
    expect(by(5).ly_do).toContain('Dòng “Tổ 3” là dòng tên nhóm hộ');
    expect(notes.join('\n')).toContain('Trang chưa đọc: “Ghi chu”');
    expect(summary.titleRows.length).toBe(2);
  });

  it('says a household whose name cell only reads “Tổ 3”, and counts it as a household', async () => {
    const { rows, summary } = await book('to-3.xlsx', messyList());
    const row = rows.find((found) => found.dong === '9')!;
    expect(row.ma_phan_loai).toBe('near_poor');
    expect(row.ly_do).toMatch(/^Ô “Tổ 3” \(cột “Họ và tên chủ hộ”\) ghi tên tổ, thôn, ấp, không phải họ tên chủ hộ: dòng có đủ số liệu nên vẫn được xét như một hộ/);
    expect(summary.headingNamedRows).toEqual([9]);
    expect(formatSummary(rules, summary)).toContain('Cần xem lại 1 hộ có ô họ tên ghi tên tổ, thôn, ấp (như “Tổ 3”) mà dòng có đủ số liệu: dòng 9.');
    // The heading alone on its row stays a heading, no household.
    expect(rows.find((found) => found.dong === '5')!.ma_phan_loai).toBe('footer');
  });

  it('marks a household typed twice in the same tổ of a list of names only, once counted; a namesake in another tổ is its own', async () => {
    const { rows, notes, summary } = await book('trung.xlsx', messyList());
    const reason = (line: number) => rows.find((row) => row.dong === String(line))!.ly_do;
    // Line 10 is line 6 again (the name without marks, "1 500 000 đ"): same tổ, same figures.
    expect(reason(10)).toMatch(/^Có thể trùng hộ với dòng 6 \(cùng họ tên, cùng trang và nhóm tổ, thôn, cùng số liệu; danh sách không có cột mã hộ, địa chỉ\)/);
    expect(summary.possibleDuplicateRows).toEqual([10]);
    expect(formatSummary(rules, summary)).toContain('(1 dòng có thể trùng hộ (cùng họ tên, cùng trang và nhóm tổ, thôn, cùng số liệu) với một dòng trước: dòng 10.');
    // Line 12 is in Tổ 4: the same name and figures there are another family's, counted, no note.
    expect(reason(12)).not.toContain('trùng');
    expect(notes.join('\n')).toContain('Không có cột mã hộ, cột địa chỉ: hộ ghi hai lần được nhận ra theo cột “Họ và tên chủ hộ”');
    // Counted once: 6 households (line 10 not again), 2026 standard.
    expect([...summary.byClass.values()].reduce((sum, count) => sum + count, 0)).toBe(6);
  });
});

describe('The 2027 change, per row, households worked out by hand', () => {
  // 2026 (NĐ 07/2021 Điều 3 kept by NĐ 351/2025): poor/near-poor ≤ 1.500.000 nt / 2.000.000 tt; middle ≤ 2.250.000 / 3.000.000.
  // From 01/01/2027 (NĐ 351/2025, tham khảo): ≤ 2.200.000 nt / 2.800.000 tt; poor from 3 lacks, near-poor under 3; middle [?].
  it('a list mixing check dates takes each row under its own standard', async () => {
    const { rows, summary } = await run(
      saved('ap-moi.csv', [
        'ma ho,khu vuc,so nk,thu nhap bq,thieu hut,ngay xet',
        // 1.800.000 nt on 31/12/2026: > 1.500.000, ≤ 2.250.000 → mức sống trung bình.
        'H1,nt,4,"1,8tr",,31/12/2026',
        // Same on 01/01/2027: ≤ 2.200.000, 0 lacks (+ at most the 2 indicators of unknown threshold = 2 < 3) → cận nghèo.
        'H2,nt,4,1tr8,,01/01/2027',
        // 2.500.000 tt, 3 lacks, 31/12/2026: > 2.000.000, ≤ 3.000.000 → mức sống trung bình (lacks do not count there).
        'H3,tt,3,2.500.000,bhyt nuoc nhatieu,31/12/2026',
        // Same in 2027: ≤ 2.800.000, 3 lacks → hộ nghèo.
        'H4,tt,3,2 500 000 đ,bhyt nuoc nhatieu,2027-01-01',
        // 2.300.000 nt in 2027: > 2.200.000, middle band unknown for 2027–2030 → chưa xác định được (never a guess).
        'H5,nt,2,2.300.000,,15/03/2027',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ngay, row.chuan, row.ma_phan_loai])).toEqual([
      ['H1', '31/12/2026', 'nd351-2025-transition', 'middle'],
      ['H2', '01/01/2027', 'nd351-2025', 'near_poor'],
      ['H3', '31/12/2026', 'nd351-2025-transition', 'middle'],
      ['H4', '01/01/2027', 'nd351-2025', 'poor'],
      ['H5', '15/03/2027', 'nd351-2025', 'unknown'],
    ]);
    expect(rows[1]!.ly_do).toContain('Thu nhập 1.800.000 đồng ≤ 2.200.000 đồng (khu vực nông thôn; NĐ 351/2025/NĐ-CP');
    expect(rows[1]!.ly_do).toContain('tham khảo');
    expect(rows[0]!.ly_do).toContain('> 1.500.000 đồng và ≤ 2.250.000 đồng (khu vực nông thôn; NĐ 07/2021/NĐ-CP Điều 3');
    expect(rows[3]!.ly_do).toContain('≤ 2.800.000 đồng (khu vực thành thị');
    expect([...summary.byStandard.keys()].sort()).toEqual(['nd351-2025', 'nd351-2025-transition']);
  });

  it('Excel date cells either side of 01/01/2027 and a removed indicator are read per row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ap 2');
    sheet.addRow(['Họ và tên chủ hộ', 'Khu vực', 'Số NK', 'Thu nhập BQ/người/tháng', 'Thiếu hụt', 'Ngày xét']);
    sheet.addRow(['Chu Van Mot', 'nt', 3, 1400000, 'bhyt, nuoc, tiếp cận thông tin', new Date(Date.UTC(2026, 11, 31))]);
    sheet.addRow(['Chu Van Hai', 'nt', 3, 1400000, 'bhyt, nuoc, tiếp cận thông tin', new Date(Date.UTC(2027, 0, 1))]);
    const { rows } = await book('ap-2.xlsx', workbook);
    // 2026: 1.400.000 ≤ 1.500.000 and 3 lacks (phương tiện tiếp cận thông tin still an indicator) → hộ nghèo.
    expect([rows[0]!.ngay, rows[0]!.ma_phan_loai, rows[0]!.so_chi_so_thieu_hut]).toEqual(['31/12/2026', 'poor', '3']);
    // 2027: that indicator is removed (tham khảo), 2 lacks known + 2 of unknown threshold → nghèo or cận nghèo: chưa xác định.
    expect([rows[1]!.ngay, rows[1]!.ma_phan_loai, rows[1]!.so_chi_so_thieu_hut]).toEqual(['01/01/2027', 'unknown', '2']);
    expect(rows[1]!.ly_do).toContain('Chỉ số “Phương tiện phục vụ tiếp cận thông tin” không thuộc Chuẩn nghèo đa chiều giai đoạn 2027–2030 nên không được tính');
  });

  it('rows without a date take the list’s date: 01/01/2027 is the new standard, 31/12/2026 the old', async () => {
    const lines = ['Ho ten chu ho,Khu vuc,So NK,Thu nhap BQ/nguoi/thang', 'Ba Tu,tt,4,2.600.000'];
    const after = await excelCsvLists('lists-round35-lists19-2027', rules, '2027-01-01').run(saved('khong-ngay-a.csv', lines));
    const before = await excelCsvLists('lists-round35-lists19-2026', rules, '2026-12-31').run(saved('khong-ngay-b.csv', lines));
    // 2.600.000 tt: 2026 > 2.000.000, ≤ 3.000.000 → middle; 2027 ≤ 2.800.000, 0 lacks (+2 unknown < 3) → near-poor.
    expect([after.rows[0]!.chuan, after.rows[0]!.ma_phan_loai]).toEqual(['nd351-2025', 'near_poor']);
    expect([before.rows[0]!.chuan, before.rows[0]!.ma_phan_loai]).toEqual(['nd351-2025-transition', 'middle']);
  });
});
