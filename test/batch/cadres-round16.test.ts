/**
 * Round 16 (cadres, 03/12/2026): lists as a commune cadre makes them in Excel, read as `cli batch` reads them. Workbooks are
 * real XLSX files written here (exceljs), merges added after the rows as Excel saves them. Each case fails on the round-15 code.
 * Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for 2026): income per person per month; rural line
 * 1.500.000 đ (middle band ≤ 2.250.000), urban 2.000.000 đ (≤ 3.000.000); at or under the line, ≥ 3 deprivations = poor, else
 * near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('cadres16');

async function run(list: TableSource, date = '2026-12-03') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n') };
}

/**
 * The header on two rows as Excel shows it: the names merged down over both rows (A1:A2 …), "Tổng thu nhập của hộ" merged
 * over “Tháng” | “Năm” (E1:F1), "Thiếu hụt" over “BHYT” | “Nước sạch” | “Nhà tiêu” (G1:I1).
 */
function twoRows(sheet: import('exceljs').Worksheet, income: string, households: (string | number)[][]) {
  sheet.addRow(['STT', 'Họ tên chủ hộ', 'Khu vực', 'Số nhân khẩu', income, '', 'Thiếu hụt', '', '', 'Ghi chú']);
  sheet.addRow(['', '', '', '', 'Tháng', 'Năm', 'BHYT', 'Nước sạch', 'Nhà tiêu', '']);
  for (const household of households) sheet.addRow(household);
  for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:I1', 'J1:J2']) sheet.mergeCells(range);
}

describe('gap 5: a header on two rows with “Tổng thu nhập của hộ” merged over “Tháng” | “Năm” and “Thiếu hụt” over the indicators', () => {
  it('the second row is the header’s, not a household; each household read from the column it is written in', async () => {
    const list = await workbook('thu-nhap-thang-nam.xlsx', (sheet) =>
      twoRows(sheet, 'Tổng thu nhập của hộ', [
        // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000; BHYT, nhà tiêu → 2 → near-poor.
        [1, 'Nguyễn Văn A', 'Nông thôn', 4, 5_000_000, '', 'x', '', 'x', ''],
        // Only the year: 48.000.000 ÷ 12 ÷ 3 = 1.333.333 ≤ 1.500.000; nước → 1 → near-poor (was refused: “chưa ghi thu nhập”).
        [2, 'Trần Thị B', 'Nông thôn', 3, '', 48_000_000, '', 'x', '', 'mới tách hộ'],
        // Both, agreeing: 3.000.000 ÷ 2 = 1.500.000 ≤ 2.000.000 (urban); three lacks → poor.
        [3, 'Lê Văn C', 'Thành thị', 2, 3_000_000, 36_000_000, 'x', 'x', 'x', ''],
        // Both, not agreeing (3.000.000 a month, 24.000.000 a year = 2.000.000 a month): refused naming both columns.
        [4, 'Phạm Văn D', 'Nông thôn', 2, 3_000_000, 24_000_000, '', '', '', ''],
      ]),
    );
    const { summary, rows, notes } = await run(list);
    // Was: row 2 read as a household ("khu vực “Khu vực”"), every "x" under “Thiếu hụt” refused as a mark naming no indicator.
    expect(rows.map((row) => row.dong)).toEqual(['3', '4', '5', '6']);
    expect(rows.slice(0, 3).map((row) => [row.ma_phan_loai, row.thu_nhap_binh_quan, row.chi_so_thieu_hut])).toEqual([
      ['near_poor', '1250000', 'health_insurance sanitation'],
      ['near_poor', '1333333', 'water_source'],
      ['poor', '1500000', 'health_insurance water_source sanitation'],
    ]);
    expect(rows[1]!.ly_do).toContain('Thu nhập đọc ở cột “Tổng thu nhập của hộ Năm” (cột “Tổng thu nhập của hộ Tháng” để trống).');
    expect(rows[3]!.ma_phan_loai).toBe('error');
    expect(rows[3]!.ly_do).toMatch(/“Tổng thu nhập của hộ Tháng” ghi “3000000”.*“Tổng thu nhập của hộ Năm” ghi “24000000”.*không khớp/);
    expect(summary.classified).toBe(3);
    expect(notes).toContain('Dòng 1 và dòng 2 là dòng tên cột hai tầng (ô gộp)');
    expect(notes).toContain('“Thiếu hụt BHYT” → chỉ số health_insurance');
  });

  it('guard: a plain “Thu nhập” over “Tháng” | “Năm” (whose income: per person or the household’s?) is still refused, naming the column', async () => {
    const list = await workbook('thu-nhap-tron.xlsx', (sheet) => twoRows(sheet, 'Thu nhập', [[1, 'Nguyễn Văn A', 'Nông thôn', 4, 5_000_000, '', 'x', '', '', '']]));
    const { outcome } = await classifyInProcess(rules, list, '2026-12-03');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('Cột “Thu nhập” chưa rõ là thu_nhap_binh_quan hay tong_thu_nhap');
  });
});

describe('a cadre’s dates kept by Excel as day numbers (a cell formatted General, a CSV saved from it)', () => {
  it('“46357” in the date column is 01/12/2026, said in the reasons (was refused as no date)', async () => {
    const list = await workbook('ngay-so.xlsx', (sheet) => {
      sheet.addRow(['DANH SACH HO RA SOAT NAM 2026 - THON 3']);
      sheet.addRow([]);
      sheet.addRow(['STT', 'Ho ten chu ho', 'Khu vuc', 'So nhan khau', 'Thu nhap binh quan (dong/nguoi/thang)', 'Ngay ra soat', 'Viec lam', 'BHYT', 'Ghi chu']);
      sheet.addRow([1, 'Nguyen Van A', 'NT', 4, 1_200_000, 46357, 'x', 'x', '']);
      sheet.addRow([]);
      sheet.addRow([2, 'Tran Thi B', 'NT', 3, 1_800_000, new Date(Date.UTC(2026, 10, 20)), '', 'X', 'ho moi tach']);
      sheet.addRow(['', 'Tổng cộng', '', 7, '', '', 1, 2, '']);
    });
    const { rows, summary, problems } = await run(list);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([
      ['4', '01/12/2026', 'near_poor'],
      ['6', '20/11/2026', 'middle'],
      ['7', '', 'footer'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô ngày ghi “46357” là ngày theo cách Excel lưu (số ngày), đọc là 01/12/2026.');
    expect(summary.rejected).toBe(0);
  });

  it('in a CSV too; a number that is no such day stays refused', async () => {
    const { rows } = await run(csvSource('Khu vực,Số nhân khẩu,Thu nhập bình quân,Ngày\nNT,4,1200000,46357\nNT,4,1200000,123\n'));
    expect(rows[0]!.ngay).toBe('01/12/2026');
    expect(rows[1]!.ma_phan_loai).toBe('error');
    expect(rows[1]!.ly_do).toContain('ngày “123” không có thật hoặc sai dạng (dd/MM/yyyy)');
  });
});

describe('gap 3: members’ rows holding each member’s own income are read, summed to the household’s, each row named', () => {
  it('repeated household codes, a month’s income per member (was: the member’s row refused, the household checked on the head’s income alone)', async () => {
    const { rows, problems, summary } = await run(
      csvSource('Mã hộ,Họ tên,Khu vực,Tổng thu nhập (đồng/tháng),BHYT\nH01,Nguyễn Văn A,NT,3000000,\nH01,Lê Thị B,NT,2000000,x\nH01,Nguyễn Văn C,NT,,\nH02,Trần Văn D,NT,1500000,\nH02,Trần Thị E,NT,,\n'),
    );
    expect(problems).toEqual([]);
    expect(summary.rejected).toBe(0);
    // H01: (3.000.000 + 2.000.000 + 0) ÷ 3 = 1.666.667 > 1.500.000 → middle (was near-poor on 3.000.000 ÷ 3 = 1.000.000).
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'H01', 'middle', '1666667'],
      ['5', 'H02', 'near_poor', '750000'],
    ]);
    expect(rows[0]!.ly_do).toContain('thu nhập của hộ là tổng các dòng mỗi tháng, 3.000.000 đồng (dòng 2) + 2.000.000 đồng (dòng 3) + 0 đồng (dòng 4, để trống) = 5.000.000 đồng.');
    // H02 writes its income once: read as before, nothing summed.
    expect(rows[1]!.ly_do).not.toContain('tổng các dòng');
  });

  it('household codes merged down over the members’ rows in a workbook, a year’s income per member', async () => {
    const list = await workbook('thanh-vien-thu-nhap-nam.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ tên', 'Khu vực', 'Tổng thu nhập năm', 'Ghi chú']);
      sheet.addRow(['HN-01', 'Đỗ Văn Minh', 'Xã Tân An', 24_000_000, 'chủ hộ']);
      sheet.addRow(['', 'Vũ Thị Lan', '', 12_000_000, 'vợ, làm thuê']);
      sheet.addRow(['', 'Đỗ Văn Nam', '', '', 'con đi học']);
      sheet.mergeCells('A2:A4');
    });
    const { rows, problems } = await run(list);
    expect(problems).toEqual([]);
    // (24.000.000 + 12.000.000) ÷ 12 ÷ 3 = 1.000.000 ≤ 1.500.000, no lack → near-poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([['2', 'near_poor', '1000000']]);
    expect(rows[0]!.ly_do).toContain('thu nhập của hộ là tổng các dòng cả năm, 24.000.000 đồng (dòng 2) + 12.000.000 đồng (dòng 3) + 0 đồng (dòng 4, để trống) = 36.000.000 đồng.');
  });

  it('a head’s row with its members’ rows under it by relation (“Vợ”, “Con”), the wife’s own income on her row (was: her row refused as a household “chưa ghi khu vực”)', async () => {
    const { rows, problems } = await run(
      csvSource('STT,Họ tên,Quan hệ với chủ hộ,Khu vực,Số nhân khẩu,Tổng thu nhập (đồng/tháng),BHYT\n1,Nguyễn Văn A,Chủ hộ,NT,3,3000000,\n,Lê Thị B,Vợ,,,2000000,x\n,Nguyễn Văn C,Con,,,,\n2,Trần Văn D,Chủ hộ,NT,2,1500000,\n,Trần Thị E,Con,,,,\n'),
    );
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'middle', '1666667'],
      ['5', 'near_poor', '750000'],
    ]);
    expect(rows[0]!.ly_do).toContain('3.000.000 đồng (dòng 2) + 2.000.000 đồng (dòng 3) + 0 đồng (dòng 4, để trống) = 5.000.000 đồng.');
  });

  it('a member’s figure that cannot be read refuses the household, naming that row', async () => {
    const { rows } = await run(csvSource('Mã hộ,Khu vực,Tổng thu nhập (đồng/tháng)\nH01,NT,3000000\nH01,NT,chua hoi\n'));
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain('dòng 3 (thành viên của hộ)');
  });
});
