/**
 * Round 17 (lists, 03/12/2026): household lists as a commune cadre makes them in Excel, read as `cli batch` reads them.
 * Workbooks are real XLSX files written here (exceljs), merges added after the rows as Excel saves them. Each case fails
 * on the round-16 code. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for 2026): income per
 * person per month; rural line 1.500.000 đ (middle band ≤ 2.250.000), urban 2.000.000 đ (≤ 3.000.000); at or under the
 * line, ≥ 3 deprivations = poor, else near-poor.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists17');

async function run(list: TableSource, date = '2026-12-03') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n') };
}

describe('a plain “Thu nhập” merged over “Tháng” | “Năm”', () => {
  it('is refused naming the merged cells as Excel shows them (ô E1:F1), not the column alone', async () => {
    const list = await workbook('thu-nhap-gop.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập', '', 'Ghi chú']);
      sheet.addRow(['', '', '', '', 'Tháng', 'Năm', '']);
      sheet.addRow([1, 'Nguyễn Văn A', 'Nông thôn', 4, '5.000.000', '', '']);
      for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2']) sheet.mergeCells(range);
    });
    const { outcome } = await classifyInProcess(rules, list, '2026-12-03');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('Cột “Thu nhập” chưa rõ là thu_nhap_binh_quan hay tong_thu_nhap (ô E1:F1)');
  });
});

describe('a member list by relation (“Chủ hộ”, “Vợ”, “Con”) with the household’s figures written again on every row', () => {
  const header = 'STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân (đồng/người/tháng),Ngày rà soát,BHYT\n';

  it('the same area, income and date copied down (Excel fill) are one household, its members counted (was: each member a household of 1)', async () => {
    const { rows, summary } = await run(
      csvSource(`${header}1,Nguyễn Văn A,Chủ hộ,NT,1.200.000,01/12/2026,\n,Lê Thị B,Vợ,NT,1.200.000,01/12/2026,x\n,Nguyễn Văn C,Con,NT,1.200.000,01/12/2026,\n2,Trần Văn D,Chủ hộ,NT,"1,6tr",01/12/2026,\n,Trần Thị E,Con,NT,"1,6tr",01/12/2026,\n`),
    );
    // 1.200.000 ≤ 1.500.000, BHYT (one member marked) → near-poor; 1.600.000 > 1.500.000 → middle.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['5', 'middle']]);
    expect(rows[0]!.ly_do).toContain('Hộ ghi trên các dòng 2–4 (dòng chủ hộ và 2 dòng thành viên bên dưới): 3 nhân khẩu');
    expect(summary.memberRows).toEqual([3, 4, 6]);
  });

  it('a member’s row giving another area, income or date is refused naming both rows and both values; the person still counted', async () => {
    const { rows, summary } = await run(
      csvSource(`${header}1,Nguyễn Văn A,Chủ hộ,NT,1.200.000,01/12/2026,\n,Lê Thị B,Vợ,TT,1.200.000,01/12/2026,x\n,Nguyễn Văn C,Con,NT,1.400.000,03/12/2026,\n`),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['4', 'error']]);
    expect(rows[0]!.ly_do).toContain('3 nhân khẩu');
    expect(rows[1]!.ly_do).toContain('Cột Khu vực (khu_vuc): dòng này ghi một người trong hộ có chủ hộ ở dòng 2 (thành viên của hộ) nhưng ghi “TT”, khác dòng 2 (“NT”)');
    expect(rows[2]!.ly_do).toContain('nhưng ghi “1.400.000”, khác dòng 2 (“1.200.000”)');
    expect(summary.rejected).toBe(2);
  });
});

describe('a member list (one row per person) whose income column is just “Thu nhập (đồng/tháng)”', () => {
  it('repeated household codes: each member’s figure summed into the household’s (was: the list refused as unclear)', async () => {
    const { rows, problems, notes } = await run(
      csvSource('Mã hộ,Họ tên,Khu vực,Thu nhập (đồng/tháng),BHYT\nH01,Nguyễn Văn A,NT,3.000.000,\nH01,Lê Thị B,NT,2.000.000,x\nH01,Nguyễn Văn C,NT,,\nH02,Trần Văn D,NT,"1,5tr",\nH02,Trần Thị E,NT,,\n'),
    );
    expect(problems).toEqual([]);
    // H01: (3.000.000 + 2.000.000) ÷ 3 = 1.666.667 > 1.500.000 → middle; H02: 1.500.000 ÷ 2 = 750.000 → near-poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([['2', 'middle', '1666667'], ['5', 'near_poor', '750000']]);
    expect(rows[0]!.ly_do).toContain('3.000.000 đồng (dòng 2) + 2.000.000 đồng (dòng 3) + 0 đồng (dòng 4, để trống) = 5.000.000 đồng');
    expect(notes).toContain('“Thu nhập (đồng/tháng)” → tong_thu_nhap (danh sách mỗi dòng một người');
  });

  it('a relation column and a year’s income per member (“Thu nhập (triệu đồng/năm)”), in a workbook', async () => {
    const list = await workbook('thanh-vien-thu-nhap.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH THÀNH VIÊN HỘ - THÔN 2']);
      sheet.mergeCells('A1:F1');
      sheet.addRow(['STT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Khu vực', 'Thu nhập (triệu đồng/năm)', 'Nước sạch']);
      sheet.addRow([1, 'Đỗ Văn Minh', 'Chủ hộ', 'Nông thôn', 24, 'x']);
      sheet.addRow(['', 'Vũ Thị Lan', 'Vợ', 'Nông thôn', 12, '']);
      sheet.addRow(['', 'Đỗ Văn Nam', 'Con', '', '', '']);
    });
    const { rows, problems } = await run(list);
    expect(problems).toEqual([]);
    // (24 + 12) triệu ÷ 12 ÷ 3 = 1.000.000 ≤ 1.500.000, nước sạch → near-poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([['3', 'near_poor', '1000000']]);
  });

  it('guard: with a household size column it is still refused (per person or the household’s is not said)', async () => {
    const { outcome } = await classifyInProcess(rules, csvSource('Mã hộ,Khu vực,Số nhân khẩu,Thu nhập (đồng/tháng)\nH1,NT,4,5000000\n'), '2026-12-03');
    expect(outcome.ok).toBe(false);
  });
});

describe('a workbook split by thôn, every sheet with the two-row header (“Tổng thu nhập của hộ” over “Tháng” | “Năm”)', () => {
  it('every sheet with households is read, not only the first; a summary sheet is still named, not read', async () => {
    const book = new ExcelJS.Workbook();
    const households = [
      // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000; BHYT, nhà tiêu → near-poor.
      [1, 'Nguyễn Văn A', 'Nông thôn', 4, '5.000.000', '', 'x', '', 'x'],
      // 48.000.000 ÷ 12 ÷ 3 = 1.333.333; nước → near-poor.
      [2, 'Trần Thị B', 'Nông thôn', 3, '', '48.000.000', '', 'x', ''],
    ];
    for (const name of ['Thôn 1', 'Thôn 2']) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ', '', 'Thiếu hụt', '', '']);
      sheet.addRow(['', '', '', '', 'Tháng', 'Năm', 'BHYT', 'Nước sạch', 'Nhà tiêu']);
      for (const household of households) sheet.addRow(household);
      for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:I1']) sheet.mergeCells(range);
    }
    book.addWorksheet('Tổng hợp').addRow(['Tổng số hộ', 4]);
    const path = join(mkdtempSync(join(tmpdir(), 'lists17-')), 'hai-thon.xlsx');
    await book.xlsx.writeFile(path);
    const { rows, notes } = await run(xlsxSource(path, statSync(path).size));
    // Was: “Thôn 2” not read (“dòng tên cột khác trang “Thôn 1” (thêm cột thieu_hut; cột chỉ số khác)”), its households missing.
    expect(rows.map((row) => [row.trang_tinh, row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['Thôn 1', '3', 'near_poor', '1250000'],
      ['Thôn 1', '4', 'near_poor', '1333333'],
      ['Thôn 2', '3', 'near_poor', '1250000'],
      ['Thôn 2', '4', 'near_poor', '1333333'],
    ]);
    expect(notes).toContain('Dòng 1 và dòng 2 (trang “Thôn 2”) là dòng tên cột hai tầng (ô gộp), đọc như trang “Thôn 1”.');
    expect(notes).toContain('“Tổng hợp”');
    rmSync(dirname(path), { recursive: true, force: true });
  });
});
