/**
 * Round 21 (commune cadres' lists): what cadres' lists still met. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by
 * NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, 3 deprivations or more = poor,
 * else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

const rules = loadRules();
const workbook = workbooks('lists-round21-cadres');

async function run(list: TableSource) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, notes: outcome.notes };
}

async function runText(list: TableSource) {
  const { summary, rows } = await run(list);
  return { rows, text: formatSummary(rules, summary) };
}

describe('a house said “xuống cấp” in the lacks column', () => {
  const list =
    'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Các chỉ số thiếu hụt\n' +
    '1,Nguyễn Văn An,Xã,4,1.200.000,"BHYT, nước sinh hoạt, nhà ở xuống cấp"\n' +
    '2,Trần Thị Bình,Xã,3,1.300.000,"Nhà xuống cấp; BHYT"\n' +
    '3,Lê Văn Cường,Xã,3,1.300.000,nhà ở\n';

  it('is the housing quality the cadre lists (was: “nhà ở” là nhiều chỉ số / không biết chỉ số “xuống cấp”)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.slice(0, 2).map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['poor', 'health_insurance housing_quality water_source'],
      ['near_poor', 'health_insurance housing_quality'],
    ]);
  });

  it('“không rõ bhyt” in the lacks column is still refused, never read as lacking (guard)', async () => {
    const { rows } = await run(csvSource('Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Thiếu hụt\nA,Xã,4,1.200.000,không rõ bhyt\nB,Xã,4,1.200.000,"nước, ko biet co bhyt ko"\n'));
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error']);
    expect(rows[0]!.ly_do).toContain('không biết chỉ số “không rõ bhyt”');
  });

  it('“xuống cấp” in a workbook’s “Chất lượng nhà ở” column under “Các chỉ số thiếu hụt” is that lack (was: “không rõ là có thiếu hụt hay không”)', async () => {
    const book = await workbook('xuong-cap.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Thu nhập BQ người/tháng', 'Các chỉ số thiếu hụt', '', '']);
      sheet.addRow(['', '', '', '', '', 'BHYT', 'Nước SH', 'Chất lượng nhà ở']);
      for (const column of ['A', 'B', 'C', 'D', 'E']) sheet.mergeCells(`${column}1:${column}2`);
      sheet.mergeCells('F1:H1');
      sheet.addRow([1, 'Nguyễn Văn An', 'Xã', 4, 1_200_000, 'x', 'x', 'xuống cấp']); // 3 lacks: poor
      sheet.addRow([2, 'Trần Thị Bình', 'Xã', 4, 1_200_000, 'x', '', 'không rõ']); // still refused
    });
    const { rows } = await run(book);
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['poor', 'health_insurance housing_quality water_source'],
      ['error', ''],
    ]);
    expect(rows[1]!.ly_do).toContain('“không rõ” không rõ là có thiếu hụt hay không');
  });

  it('“nhà ở” alone is still refused, naming the two indicators it may be (guard)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[2]!.ma_phan_loai).toBe('error');
    expect(rows[2]!.ly_do).toContain('“nhà ở” là nhiều chỉ số: Chất lượng nhà ở (housing_quality), Diện tích nhà ở bình quân đầu người (housing_area)');
  });
});

describe('a name split by a stray quote (`Lê "Thị, Sáu"` not quoted from its start)', () => {
  const villageLines = (text: string) => text.split('\n').filter((line) => /^ {2}\S.*: \d+ hộ/.test(line));
  // The household's columns first, the name and thôn last, as a commune's CSV typed by hand: the quote's comma splits the name.
  const HEADER = 'STT,Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt,Họ tên chủ hộ,Thôn,Ghi chú';

  it('of the list’s width: read, its name whole, its thôn not “Sáu"” (was: name “Lê "Thị”, summary “Sáu": 1 hộ”)', async () => {
    const { rows, text } = await runText(csvSource(`${HEADER}\n1,H01,nông thôn,4,1200000,bhyt,Nguyễn Văn An,Thôn 1,\n2,H02,nông thôn,4,1200000,bhyt,Lê "Thị, Sáu",Thôn 2\n`));
    expect(rows.map((row) => [row.ma_phan_loai, row.ho_ten_chu_ho, row.thon_ap])).toEqual([
      ['near_poor', 'Nguyễn Văn An', 'Thôn 1'],
      ['near_poor', 'Lê "Thị, Sáu"', ''],
    ]);
    expect(rows[1]!.ly_do).toContain('Dòng CSV có dấu ngoặc kép mở ở ô “Lê "Thị” (cột “Họ tên chủ hộ”) và đóng ở ô “Sáu"” (cột “Thôn”)');
    expect(rows[1]!.ly_do).toContain('thôn, ấp của hộ chưa rõ');
    expect(villageLines(text)).toEqual(['  Thôn 1: 1 hộ (hộ cận nghèo 1)', '  (dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 1 hộ (hộ cận nghèo 1)']);
  });

  it('before the columns read to classify: never read a column off, its name whole (was: name “Lê "Thị”)', async () => {
    const list = 'STT,Họ tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt,Ghi chú\n1,Lê "Thị, Sáu",Thôn 2,nông thôn,3,1400000,nước,\n';
    const { rows, text } = await runText(csvSource(list));
    // Round 22: one household reads from the row with the split name joined back: classified, under no thôn (was: refused).
    expect(rows.map((row) => [row.ma_phan_loai, row.ho_ten_chu_ho, row.thon_ap])).toEqual([['near_poor', 'Lê "Thị, Sáu"', '']]);
    expect(rows[0]!.ly_do).toContain('đọc “Lê "Thị, Sáu"” ở cột “Họ tên chủ hộ”');
    expect(villageLines(text)).toEqual(['  (dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 1 hộ (hộ cận nghèo 1)']);
  });

  it('a quote that opens and closes its own cell, or a note’s quote never closed, is no split (guard)', async () => {
    const { rows } = await runText(csvSource(`${HEADER}\n1,H01,nông thôn,4,1200000,bhyt,"Lê Thị, Sáu",Thôn 2,\n2,H02,nông thôn,4,1200000,bhyt,Trần Văn Bảy,Thôn 2,"ốm, nằm\n`));
    expect(rows.map((row) => [row.ma_phan_loai, row.ho_ten_chu_ho, row.thon_ap])).toEqual([
      ['near_poor', 'Lê Thị, Sáu', 'Thôn 2'],
      ['near_poor', 'Trần Văn Bảy', 'Thôn 2'],
    ]);
  });
});

describe('a refused household written one row per person', () => {
  it('its ly_do names its members’ rows, which have no row of their own (was: rows 3–4 said nowhere in the household’s row)', async () => {
    const list =
      'DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - XÃ TÂN PHÚ\n' +
      'Mã hộ,Họ tên,Quan hệ với chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt\n' +
      'H01,Nguyễn Văn A,Chủ hộ,nông thôn,3,khoảng chừng,bhyt\n' + // refused: income
      'H01,Trần Thị B,Vợ,,,,\n' +
      'H01,Nguyễn Văn C,Con,,,,\n' +
      'H02,Lê Văn D,Chủ hộ,nông thôn,2,1000000,\n' + // near-poor
      'H02,Lê Thị E,Vợ,,,,\n';
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['3', 'error'], ['6', 'near_poor']]);
    expect(rows[0]!.ly_do).toContain('Hộ ghi trên các dòng 3–5 (dòng 4, 5 là người của hộ): cả hộ chưa phân loại');
    expect(rows[1]!.ly_do).toContain('Hộ ghi trên các dòng 6–7 (dòng chủ hộ và 1 dòng thành viên bên dưới)');
  });
});

describe('the commune named in a form’s title row', () => {
  it('“UBND XÃ TÂN PHÚ” beside the motto “Độc lập - Tự do - Hạnh phúc” on one row is “XÃ TÂN PHÚ” (was: “XÃ TÂN PHÚ Độc lập”)', async () => {
    const book = await workbook('quoc-hieu.xlsx', (sheet) => {
      sheet.addRow(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
      sheet.addRow(['UBND XÃ TÂN PHÚ', '', '', 'Độc lập - Tự do - Hạnh phúc']);
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt']);
      sheet.addRow([1, 'Nguyễn Văn An', 4, 1_200_000, 'BHYT']); // rural, 1 lack: near-poor
    });
    const { rows, notes } = await run(book);
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['near_poor']);
    expect(notes.join('\n')).toContain('khu vực đọc từ tiêu đề (dòng 2: “XÃ TÂN PHÚ”)');
    expect(rows[0]!.ly_do).not.toContain('Độc lập');
  });
});
