/**
 * Cadres' lists of the outside test findings9 (tester's files kept under fixtures/findings9). Classes worked out by hand:
 * 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ (middle ≤ 2.250.000), urban 2.000.000 đ (middle
 * ≤ 3.000.000); from 01/01/2027 (NĐ 351/2025, tham khảo): rural 2.200.000 đ, urban 2.800.000 đ. At or under the line,
 * ≥ 3 deprivations = poor, else near-poor.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/findings9/${name}`, import.meta.url));

async function run(list: TableSource, defaultDate = '2026-12-01') {
  const { outcome, rows } = await classifyInProcess(rules, list, defaultDate);
  if (!outcome.ok) throw new Error(outcome.message);
  const notes = [...list.notes, ...outcome.notes].join('\n');
  return { summary: outcome.summary, rows, notes, byLine: (line: number) => rows.find((row) => row.dong === String(line))! };
}

describe('a two-row merged header (findings9 #1, L5_merged.xlsx)', () => {
  it('“Thiếu hụt” merged over BHYT / Nước sinh hoạt / Nhà tiêu: the marks under the sub-headers are those indicators', async () => {
    const path = fixture('l5-merged.xlsx');
    const { summary, rows, notes, byLine } = await run(xlsxSource(path, statSync(path).size));
    // Row 5 (the sub-headers) is part of the header, no household; before, it was an error row "chưa ghi khu vực".
    expect(rows.some((row) => row.dong === '5')).toBe(false);
    expect(notes).toContain('Dòng 5 là dòng tên cột thứ hai, dưới ô “Thiếu hụt”: “BHYT” → chỉ số health_insurance, “Nước sinh hoạt” → chỉ số water_source, “Nhà tiêu” → chỉ số sanitation');
    // X05: 6 người, nt, 800.000 đ/người, ✓✓✓, 05/01/2027: 800.000 ≤ 2.200.000 (2027 rural) and 3 deprivations → poor
    // (was near-poor with 0 deprivations: the marks were dropped).
    expect(byLine(11)).toMatchObject({ ma_ho: 'X05', ngay: '05/01/2027', ma_phan_loai: 'poor', so_chi_so_thieu_hut: '3', chi_so_thieu_hut: 'health_insurance water_source sanitation' });
    // X01: nt 1.400.000 ≤ 1.500.000, x x x → poor. X02: nt 1.600.000 (≤ 2.250.000) → middle. X03: tt 1.900.000 ≤ 2.000.000,
    // x x → near-poor. X04: tt “2,9 triệu” ≤ 3.000.000, capital “X” under Nhà tiêu → middle with sanitation (was dropped).
    expect(rows.filter((row) => ['6', '7', '8', '10'].includes(row.dong!)).map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['X01', 'poor', 'health_insurance water_source sanitation'],
      ['X02', 'middle', 'health_insurance'],
      ['X03', 'near_poor', 'health_insurance water_source'],
      ['X04', 'middle', 'sanitation'],
    ]);
    // X06 has no income: still an error row, never dropped.
    expect(byLine(13)).toMatchObject({ ma_ho: 'X06', ma_phan_loai: 'error' });
    expect(summary.duplicateRows).toEqual([12]);
    expect(summary.rows).toBe(summary.classified + summary.rejected);
  });

  it('a row under the header that is a household is read as one, not as a second header row', async () => {
    const { rows } = await run(csvSource('ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut,,\nH1,nt,4,1200000,bhyt,,\nH2,nt,4,1200000,x,,\n'));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([['H1', 'near_poor'], ['H2', 'error']]);
  });
});

describe('a mark alone in the list-of-deprivations column (findings9 #6, L15_tick.csv)', () => {
  it('“✓”, “x”, “TRUE”, “có” refuse the row naming the column and what to write; never read as no deprivation', async () => {
    const list = [
      'Mã hộ,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Các chỉ số thiếu hụt',
      'V1,Lò Văn A,nt,3,800000,✓',
      'V2,Lò Văn B,nt,3,800000,x',
      'V3,Lò Văn C,nt,3,800000,"bhyt ✓"',
      'V4,Lò Văn D,nt,3,800000,TRUE',
      'V5,Lò Văn E,nt,3,800000,có',
      'V6,Lò Văn G,nt,3,800000,-',
      'V7,Lò Văn H,nt,3,800000,',
    ].join('\n');
    const { rows, summary } = await run(csvSource(list));
    // V1 was hộ cận nghèo with 0 deprivations, without a word. 800.000 ≤ 1.500.000: near-poor with bhyt (V3), none (V6, V7).
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['V1', 'error', ''], ['V2', 'error', ''], ['V3', 'near_poor', 'health_insurance'], ['V4', 'error', ''], ['V5', 'error', ''],
      ['V6', 'near_poor', ''], ['V7', 'near_poor', ''],
    ]);
    expect(rows[0]!.ly_do).toBe(
      'Cột Các chỉ số thiếu hụt (thieu_hut): “✓” là một dấu đánh, không cho biết thiếu hụt chỉ số nào: cột này ghi tên các chỉ số thiếu hụt; hãy ghi tên chỉ số (ví dụ “bhyt, nước sinh hoạt, nhà tiêu”), hoặc để trống hay ghi “không” nếu hộ không thiếu hụt chỉ số nào',
    );
    expect(rows[3]!.ly_do).toContain('“TRUE” là một dấu đánh');
    expect(summary).toMatchObject({ rows: 7, classified: 3, rejected: 4 });
  });
});

describe('lines under the list are footers, not error households (findings9 #13, L1_thon3_nam.csv, L5_merged.xlsx)', () => {
  it('the place-and-date line, “Người lập biểu” in the code column, “Xác nhận của UBND xã” and the signer’s name', async () => {
    const list = [
      'DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3,,,,,,',
      'STT,Mã hộ,Họ và tên chủ hộ,Số nhân khẩu,Khu vực,Tổng thu nhập năm (đồng),Các chỉ số thiếu hụt',
      '1,H01,Nguyễn Văn An,4,Nông thôn,"60.000.000","BHYT, nước sinh hoạt, nhà tiêu"',
      '2,,Trần Thị Bé,5,,96000000,không',
      '3,,Lê Văn Cường,,,,',
      'Tổng cộng,,,9,,,',
      ',,,,"Tân Hòa, ngày 28 tháng 11 năm 2026",,',
      ',Người lập biểu,,,Xác nhận của UBND xã,,',
      ',,(Ký và ghi rõ họ tên),,,,',
      ',,Phạm Văn Lập,,,,',
      '4,H09,Võ Văn Em,4,,"54.000.000",',
    ].join('\n');
    const { rows, summary } = await run(csvSource(list));
    // H01: 60.000.000 ÷ 12 ÷ 4 = 1.250.000 ≤ 1.500.000 and 3 deprivations → poor. Line 4 (no code, no area) and line 5 (a
    // name only, above the footer) are households with missing cells: error rows. Line 7 was an error row “khu vực “Tân
    // Hòa, ngày 28 tháng 11 năm 2026” không rõ…”, line 8 one with ma_ho “Người lập biểu”; line 10 is the signer.
    // H09 under the signatures has a code: still an error row (no area). With a household after it, “Tổng cộng” (line 6) is
    // in the middle of the list: an error row naming why, never dropped unseen (review7 M1).
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['3', 'poor'], ['4', 'error'], ['5', 'error'], ['6', 'error'], ['7', 'footer'], ['8', 'footer'], ['9', 'footer'], ['10', 'footer'], ['11', 'error'],
    ]);
    expect(summary).toMatchObject({ rows: 5, classified: 1, rejected: 4, footerRows: [7, 8, 9, 10], totalRows: [] });
  });

  it('L5_merged.xlsx: “Người lập biểu” in column B (the household code’s) is a footer row', async () => {
    const path = fixture('l5-merged.xlsx');
    const { summary, byLine } = await run(xlsxSource(path, statSync(path).size));
    expect(byLine(15)).toMatchObject({ ma_phan_loai: 'footer', ma_ho: '' });
    expect(summary).toMatchObject({ rows: 7, classified: 6, rejected: 1, footerRows: [15] });
  });
});

describe('a full indicator name, and "thẻ bhyt", are read (findings9 #14, L4_win1258.csv, L4b_utf8_chiso.csv)', () => {
  it('“trình độ giáo dục người lớn” is adult education, not the vague “giáo dục”; “thẻ bhyt” and “ko co the bhyt” are BHYT', async () => {
    const list = [
      'ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut',
      'X1,nt,2,1000000,trình độ giáo dục người lớn',
      'X2,nt,2,1000000,"nước sạch, nhà vệ sinh, thẻ bhyt"',
      'X3,nt,2,1000000,ko co the bhyt',
      'X4,nt,2,1000000,giáo dục',
      'X5,nt,2,1000000,ko co xe may',
    ].join('\n');
    const { rows } = await run(csvSource(list));
    // 1.000.000 ≤ 1.500.000 (nông thôn): 3 deprivations → poor, fewer → near-poor. X1 and X2 were refused before.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['X1', 'near_poor', 'adult_education'],
      ['X2', 'poor', 'health_insurance water_source sanitation'],
      ['X3', 'near_poor', 'health_insurance'],
      ['X4', 'error', ''],
      ['X5', 'error', ''],
    ]);
    expect(rows[3]!.ly_do).toContain('“giáo dục” là nhiều chỉ số');
  });
});

describe('an unquoted “1,5 triệu” split by the CSV’s commas (findings9 #14, L9_xau.csv)', () => {
  it('the row is refused saying the comma split the amount, not asked whether “1” is 1 nghìn or 1 triệu', async () => {
    const list = [
      'Mã hộ,Họ và tên chủ hộ,Số nhân khẩu,Khu vực,Thu nhập bình quân (đồng/người/tháng),Các chỉ số thiếu hụt',
      'B7,Hoàng Văn Lâm,4,nt,"1,5 triệu",',
      'B8,Hoàng Thị Liên,4,nt,1,5 triệu,',
    ].join('\n');
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([['B7', 'near_poor'], ['B8', 'error']]);
    // Was: '“1” là 1 nghìn đồng hay 1 triệu đồng?' (and “5 triệu” read in the deprivation column).
    expect(rows[1]!.ly_do).toBe(
      'Cột Thu nhập bình quân (đồng/người/tháng) (thu_nhap_binh_quan): dòng có 7 ô, nhiều hơn 6 cột: “1” và “5 triệu” là số tiền “1,5 triệu” bị dấu phẩy tách làm hai ô (số tiền có dấu phẩy chưa đặt trong ngoặc kép); hãy ghi "1,5 triệu" trong ngoặc kép, hoặc ghi số đồng không có dấu phẩy',
    );
  });
});
