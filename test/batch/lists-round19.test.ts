/**
 * Round 19 (lists, 03/12/2026): what the last round left in commune cadres' lists — a row shifted by a stray quote or an
 * extra cell named a person as its thôn/ấp in the summary; the member rows of a refused household said it was classified;
 * "2026/11/15" and "15/11/26" were refused; a list without an area column under a title "… XÃ TÂN PHÚ" was refused. Classes
 * by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ per person per month, rural middle up to
 * 2.250.000; urban line 2.000.000; at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

const rules = loadRules();
const workbook = workbooks('lists-round19');

async function run(list: TableSource) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, notes: outcome.notes, text: formatSummary(rules, outcome.summary) };
}

async function refusal(list: TableSource): Promise<string> {
  const { outcome } = await classifyInProcess(rules, list, '2026-12-03');
  return outcome.ok ? '' : outcome.message;
}

const HEADER = ['STT', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt'];
const villageLines = (text: string) => text.split('\n').filter((line) => /^ {2}\S.*: \d+ hộ/.test(line));

describe('a row shifted by a stray quote or an extra cell', () => {
  // As a cadre's CSV comes back: a name typed with a comma and opened by a quote, another with the spouse's name in a cell
  // of its own, one with an opening quote never closed.
  const list =
    `${HEADER.join(',')}\n` +
    '1,Nguyễn Văn An,Ấp Tân Hòa,NT,4,1.000.000,"BHYT, nước sinh hoạt, nhà tiêu"\n' + // poor
    '2,"Lê Văn Bảy,Ấp Tân Hòa",NT,4,1.200.000,BHYT\n' + // a quote joins the name and the ấp: every cell one column left
    '3,Trần Văn Cư,Nguyễn Thị Lan,Ấp Bình An,NT,4,1.300.000,\n' + // the wife's name in a cell of its own: one column right
    '4,"Đỗ Thị Dung,Ấp Bình An,NT,3,3.000.000,\n' + // a quote never closed
    '5,Võ Văn Em,Ấp Bình An,NT,3,1.000.000,BHYT\n'; // near-poor

  it('names no person, no “NT” as a thôn/ấp in the summary (was: “Nguyễn Thị Lan: 0 hộ; 1 dòng lỗi”, “NT: 0 hộ; 1 dòng lỗi”)', async () => {
    const { summary, text } = await run(csvSource(list));
    // Round 20: the row opened by a quote never closed has the list's 7 cells, its quote in the name: read, under its ấp.
    // Round 22: the wife's name in a cell of its own is joined back (one household reads from the row), under no thôn/ấp.
    expect(summary).toMatchObject({ rows: 5, classified: 4, rejected: 1 });
    expect(villageLines(text)).toEqual([
      '  Ấp Tân Hòa: 1 hộ (hộ nghèo 1)',
      '  (dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 1 hộ (hộ cận nghèo 1); 1 dòng lỗi',
      '  Ấp Bình An: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)',
    ]);
  });

  it('each shifted row says its cells may be in the wrong columns, and what reading it as written gave', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'poor'], ['3', 'error'], ['4', 'near_poor'], ['5', 'none'], ['6', 'near_poor']]);
    expect(rows[1]!.ly_do).toContain('dòng có 6 ô, ít hơn 7 cột của dòng tên cột: các ô có thể đã lệch cột');
    expect(rows[1]!.ly_do).toContain('ô “NT” ở cột “Thôn/ấp” chưa chắc là thôn, ấp của hộ');
    expect(rows[1]!.ly_do).toContain('Đọc như đang ghi thì: Cột Khu vực (khu_vuc): khu vực “4” không rõ là nông thôn hay thành thị');
    // Round 22: read with “Trần Văn Cư, Nguyễn Thị Lan” as one cell, its thôn/ấp left empty (was: refused as shifted).
    expect(rows[2]!.ly_do).toContain('Dòng CSV có 8 ô, nhiều hơn 7 cột của dòng tên cột (dấu phẩy trong ô chưa đặt trong ngoặc kép): đọc “Trần Văn Cư, Nguyễn Thị Lan” ở cột “Họ và tên chủ hộ”');
    expect(rows[2]!.ly_do).toContain('thôn, ấp của hộ để trống (không tính vào thôn, ấp nào)');
    expect(rows[2]!.thon_ap).toBe('');
    // Round 20: read (3.000.000 đ a person, rural: above the middle line), the broken quote said (was: refused for it).
    expect(rows[3]!.ly_do).toContain('Dòng CSV có dấu ngoặc kép đặt sai (có dấu ngoặc kép mở mà không đóng) ở ô “"Đỗ Thị Dung” ở cột “Họ và tên chủ hộ”');
  });

  it('a workbook row with a cell inserted (its last cell right of the header): refused, and under no thôn/ấp (was: under “Nguyễn Thị Lan”)', async () => {
    const book = await workbook('lech-cot.xlsx', (sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow([1, 'Nguyễn Văn An', 'Ấp Tân Hòa', 'NT', 4, 1_000_000, 'BHYT, nước sinh hoạt, nhà tiêu']);
      sheet.addRow([2, 'Trần Văn Cư', 'Nguyễn Thị Lan', 'Ấp Bình An', 'NT', 4, 1_300_000, 'BHYT']);
    });
    const { rows, text } = await run(book);
    expect(rows[1]!.ma_phan_loai).toBe('error');
    expect(rows[1]!.ly_do).toContain('ô “BHYT” ở cột H, ngoài 7 cột có tên ở dòng tên cột');
    expect(rows[1]!.ly_do).toContain('ô “Nguyễn Thị Lan” ở cột “Thôn/ấp” chưa chắc là thôn, ấp của hộ');
    expect(villageLines(text)).toEqual(['  Ấp Tân Hòa: 1 hộ (hộ nghèo 1)', '  (dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 0 hộ; 1 dòng lỗi']);
  });

  it('a row of its own width refused, a name with a quoted comma classified: counted under their thôn/ấp (guard)', async () => {
    const { rows, text } = await run(
      csvSource(`${HEADER.join(',')}\n1,"Lê Văn Bảy, Nguyễn Thị Tư",Ấp Tân Hòa,NT,4,1.200.000,BHYT\n2,Trần Văn Cư,Ấp Bình An,Hà Nội,4,1.300.000,\n`),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['near_poor', 'error']);
    expect(rows[1]!.ly_do).not.toContain('lệch cột');
    expect(villageLines(text)).toEqual(['  Ấp Tân Hòa: 1 hộ (hộ cận nghèo 1)', '  Ấp Bình An: 0 hộ; 1 dòng lỗi']);
  });
});

describe('the member rows of a refused household', () => {
  const list =
    'STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân (đồng/người/tháng),Ngày rà soát,BHYT\n' +
    '1,Nguyễn Văn A,Chủ hộ,NT,không rõ,01/12/2026,\n' + // refused: income
    ',Lê Thị B,Vợ,NT,1.400.000,01/12/2026,x\n' + // another income than the head's row
    ',Nguyễn Văn C,Con,TT,,01/12/2026,\n' + // another area
    ',Nguyễn Văn D,Người ở nhờ,,,,\n' + // a relation not known
    '2,Trần Văn E,Chủ hộ,NT,1.200.000,01/12/2026,\n' + // near-poor
    ',Trần Thị G,Con,TT,,01/12/2026,\n'; // another area, under a household classified

  it('say the household was refused and why (was: “hộ được xét theo dòng 2”)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'error'], ['3', 'error'], ['4', 'error'], ['5', 'error'], ['6', 'near_poor'], ['7', 'error']]);
    const refused = 'hộ ở dòng 2 bị từ chối, chưa phân loại (cột Thu nhập bình quân (đồng/người/tháng) (thu_nhap_binh_quan): thu nhập “không rõ” là chưa có số thu nhập, không đọc là 0 đồng; lý do đầy đủ ở dòng 2)';
    for (const row of rows.slice(1, 4)) {
      expect(row.ly_do).toContain(refused);
      expect(row.ly_do).not.toContain('được xét');
    }
    expect(rows[3]!.ly_do).toContain(`Không tính người này: ${refused}`);
  });

  it('a member row under a household classified still says it was classified by its row (guard)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[5]!.ly_do).toContain('chưa rõ số nào là của hộ; hộ được xét theo dòng 6.');
  });
});

describe('review dates as cadres type them', () => {
  it('“2026/11/15” and “15/11/26” are 15/11/2026, the two-digit year said (was: “không có thật hoặc sai dạng”)', async () => {
    const book = await workbook('ngay.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt', 'Ngày rà soát']);
      sheet.addRow([1, 'Nguyễn Văn An', 'NT', 4, 1_200_000, 'BHYT', '2026/11/15']);
      sheet.addRow([2, 'Trần Thị Bình', 'NT', 5, 1_400_000, '', '15/11/26']);
      sheet.addRow([3, 'Lê Văn Cường', 'NT', 3, 1_000_000, '', '5-1-26']);
    });
    const { rows } = await run(book);
    expect(rows.map((row) => [row.ma_phan_loai, row.ngay])).toEqual([['near_poor', '15/11/2026'], ['near_poor', '15/11/2026'], ['near_poor', '05/01/2026']]);
    expect(rows[0]!.ly_do).not.toContain('Ô ngày');
    expect(rows[1]!.ly_do).toContain('Ô ngày ghi “15/11/26” (năm hai chữ số), đọc là 15/11/2026.');
  });

  it('a day that does not exist, or one of three-digit year, is still refused (guard)', async () => {
    const { rows } = await run(
      csvSource('Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Ngày rà soát\nA,NT,4,1.200.000,31/11/26\nB,NT,4,1.200.000,2026/13/01\nC,NT,4,1.200.000,15/11/026\nD,NT,4,1.200.000,2026/11-15\n'),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'error', 'error']);
    expect(rows[0]!.ly_do).toContain('ngày “31/11/26” không có thật hoặc sai dạng');
  });
});

describe('the area read from the list’s title', () => {
  const columns = ['STT', 'Họ và tên chủ hộ', 'Số nhân khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt'];
  const titled = (name: string, titles: readonly string[]) =>
    workbook(name, (sheet) => {
      for (const title of titles) {
        const row = sheet.addRow([title]);
        sheet.mergeCells(row.number, 1, row.number, columns.length);
      }
      sheet.addRow([]);
      sheet.addRow(columns);
      sheet.addRow([1, 'Nguyễn Văn An', 4, 1_000_000, 'BHYT, nước sinh hoạt, nhà tiêu']); // poor either way
      sheet.addRow([2, 'Lê Thị Bình', 3, 1_800_000, 'BHYT']); // rural: middle; urban: near-poor
    });

  it('“… XÃ TÂN PHÚ” under the national motto: rural, said (was: refused, no area column)', async () => {
    const { rows, notes } = await run(await titled('xa.xlsx', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DANH SÁCH HỘ GIA ĐÌNH XÃ TÂN PHÚ, TỈNH ĐỒNG THÁP']));
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['poor', 'middle']);
    expect(rows[1]!.ly_do).toContain('Khu vực đọc từ tiêu đề danh sách (“XÃ TÂN PHÚ”, dòng 2): nông thôn.');
    expect(rows[1]!.ly_do).toContain('khu vực nông thôn');
    expect(notes.join('\n')).toContain('khu vực đọc từ tiêu đề (dòng 2: “XÃ TÂN PHÚ”): xã là nông thôn');
  });

  it('“UBND PHƯỜNG 3”: urban', async () => {
    const { rows } = await run(await titled('phuong.xlsx', ['UBND PHƯỜNG 3', 'DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026']));
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['poor', 'near_poor']);
    expect(rows[1]!.ly_do).toContain('Khu vực đọc từ tiêu đề danh sách (“PHƯỜNG 3”, dòng 1): thành thị.');
  });

  it('a title naming a thị xã, both a xã and a phường, or only the motto: still refused for its area column (guard)', async () => {
    for (const [name, titles] of [
      ['thi-xa.xlsx', ['DANH SÁCH HỘ NGHÈO THỊ XÃ SƠN TÂY']],
      ['ca-hai.xlsx', ['UBND XÃ TÂN PHÚ', 'DANH SÁCH HỘ NGHÈO PHƯỜNG 3']],
      ['quoc-hieu.xlsx', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'DANH SÁCH HỘ NGHÈO NĂM 2026']],
    ] as const) {
      expect(await refusal(await titled(name, titles)), name).toContain('Tệp thiếu cột Khu vực (khu_vuc)');
    }
  });
});

describe('a cadre’s workbook: merged header, a notes column, totals, blank lines, names with titles', () => {
  const list = () =>
    workbook('ds-ap.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ AN BÌNH']);
      sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026']);
      sheet.addRow([]);
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Ấp', 'Thông tin hộ', '', '', 'Ghi chú']);
      sheet.addRow(['', '', '', 'Khu vực', 'Số khẩu', 'Thu nhập BQ (đồng/người/tháng)', '']);
      for (const range of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:G5']) sheet.mergeCells(range);
      sheet.addRow([1, 'Ông Nguyễn Văn An', 'Ấp Tân Hòa', 'NT', 4, 1_000_000, 'hộ mới tách, chủ hộ đi làm ăn xa']); // near-poor
      sheet.addRow([2, 'Bà Lê Thị Bình (vợ liệt sĩ)', 'Ấp Tân Hòa', 'NT', 3, 1_400_000, '']); // near-poor
      sheet.addRow([3, 'Nguyễn Văn An', 'Ấp Tân Hòa', 'NT', 4, 1_000_000, 'trùng?']); // the same household, typed again without “Ông”
      sheet.addRow([]);
      sheet.addRow([4, 'Lê Thị Bình', 'Ấp Tân Hòa', 'NT', 2, 2_000_000, 'con gái bà Bình, đã tách hộ']); // middle: another household
      sheet.addRow(['', 'Tổng cộng', '', '', 13, '', '']);
      sheet.addRow(['', 'Ghi chú: thu nhập theo phiếu B']);
      sheet.addRow(['', 'Người lập biểu', '', '', '', 'TM. UBND XÃ']);
    });

  it('the head typed again without “Ông” is marked as a possible duplicate, counted once (was: two households)', async () => {
    const { rows, summary } = await run(await list());
    expect(rows.filter((row) => row.ma_phan_loai !== 'footer').map((row) => [row.dong, row.ma_phan_loai])).toEqual([['6', 'near_poor'], ['7', 'near_poor'], ['8', 'near_poor'], ['10', 'middle']]);
    expect(rows[2]!.ly_do).toContain('Có thể trùng hộ với dòng 6 (cùng họ tên, địa chỉ và số liệu)');
    expect(summary.possibleDuplicateRows).toEqual([8]);
  });

  it('“Bà Lê Thị Bình (vợ liệt sĩ)” and “Lê Thị Bình” with other figures are two households; “Ông Văn Tùng” is no title (guard)', async () => {
    const { rows } = await run(await list());
    expect(rows[3]!.ly_do).not.toContain('trùng hộ');
    const { summary } = await run(csvSource('Họ và tên chủ hộ;Ấp;Khu vực;Số khẩu;Thu nhập BQ người/tháng\nÔng Văn Tùng;Ấp 1;NT;3;1.000.000\nVăn Tùng;Ấp 1;NT;3;1.000.000\n'));
    expect(summary.possibleDuplicateRows).toEqual([]);
  });
});
