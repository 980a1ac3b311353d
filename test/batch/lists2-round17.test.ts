/**
 * Round 17 (lists, second wave, 03/12/2026): totals in a commune cadre's list by ấp, and a household's member rows that
 * disagree, read as `cli batch` reads them. Workbooks are real XLSX files written here (exceljs), the "Cộng" rows with
 * Excel's SUM formulas and their results. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025):
 * rural line 1.500.000 đ per person per month; at or under it, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists2-17');

async function run(list: TableSource, date = '2026-12-03') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems };
}

const sum = (range: string, result: number) => ({ formula: `SUM(${range})`, result });

describe('a list by ấp ending “Cộng ấp 2” then “TỔNG CỘNG”', () => {
  it('“Cộng ấp 2” is ấp 2’s subtotal, checked against ấp 2’s rows; “TỔNG CỘNG” against all (was: “Cộng ấp 2” the list’s total, “bằng tổng các dòng 4–9”)', async () => {
    const list = await workbook('theo-ap.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - XÃ TÂN AN']);
      sheet.addRow([]);
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ/tháng', 'Thiếu hụt']);
      sheet.addRow([1, 'Nguyễn Văn An', 'Nông thôn', 4, 4_800_000, 'BHYT']); // 4: 1.200.000, 1 lack → near-poor
      sheet.addRow([2, 'Lê Thị Bình', 'Nông thôn', 3, 4_200_000, '']); // 5: 1.400.000 → near-poor
      sheet.addRow(['', 'Cộng ấp 1', '', sum('D4:D5', 7), sum('E4:E5', 9_000_000), '']);
      sheet.addRow([3, 'Trần Văn Cư', 'Nông thôn', 2, 2_000_000, 'BHYT, nước sinh hoạt, nhà tiêu']); // 7: 1.000.000, 3 → poor
      sheet.addRow([4, 'Đỗ Thị Dung', 'Nông thôn', 3, 3_900_000, '']); // 8: 1.300.000 → near-poor
      sheet.addRow([5, 'Hồ Văn Em', 'Nông thôn', 2, 6_000_000, '']); // 9: 3.000.000 → none
      sheet.addRow(['', 'Cộng ấp 2', '', sum('D7:D9', 7), sum('E7:E9', 11_900_000), '']);
      sheet.addRow(['', 'TỔNG CỘNG', '', sum('D6,D10', 14), sum('E6,E10', 20_900_000), '']);
    });
    const { rows, summary, problems } = await run(list);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['4', 'near_poor'], ['5', 'near_poor'], ['6', 'footer'], ['7', 'poor'], ['8', 'near_poor'], ['9', 'none'], ['10', 'footer'], ['11', 'footer'],
    ]);
    expect(summary).toMatchObject({ classified: 5, rejected: 0, subtotalRows: [6, 10], totalRows: [11] });
    const said = (line: string) => rows.find((row) => row.dong === line)!.ly_do;
    expect(said('10')).toContain('Số ở dòng này bằng tổng các dòng 7–9 (Số nhân khẩu 7, Tổng thu nhập của hộ/tháng 11.900.000).');
    expect(said('10')).not.toContain('4–9');
    expect(said('11')).toContain('Số ở dòng này bằng tổng các dòng 4–9 (Số nhân khẩu 14, Tổng thu nhập của hộ/tháng 20.900.000).');
  });

  it('a “Cộng ấp 2” whose income is not ấp 2’s sum says so against ấp 2’s rows (was: against the whole list’s 14.900.000)', async () => {
    const { rows } = await run(
      csvSource(
        'STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
          '1;Nguyễn Văn An;NT;4;4.800.000;BHYT\n2;Lê Thị Bình;NT;3;4.200.000;\n;Cộng ấp 1;;7;9.000.000;\n' +
          '3;Trần Văn Cư;NT;2;2.000.000;\n4;Đỗ Thị Dung;NT;3;3.900.000;\n;Cộng ấp 2;;5;6.500.000;\n;TỔNG CỘNG;;12;15.500.000;\n',
      ),
    );
    expect(rows.find((row) => row.dong === '7')!.ly_do).toContain('Cần xem lại: số ở dòng này khác tổng các dòng 5–6 (Tổng thu nhập của hộ/tháng: dòng này ghi 6.500.000, cộng các dòng là 5.900.000).');
  });
});

describe('a member row giving the household another figure', () => {
  const header = 'STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân (đồng/người/tháng),Ngày rà soát,BHYT\n';

  it('the household’s own row says “dòng 3 ghi khác”, and a row differing in income and date names both (was: the household row silent, only the income named)', async () => {
    const { rows, problems } = await run(
      csvSource(`${header}1,Nguyễn Văn A,Chủ hộ,NT,1.200.000,01/12/2026,\n,Lê Thị B,Vợ,TT,1.200.000,01/12/2026,x\n,Nguyễn Văn C,Con,NT,1.400.000,03/12/2026,\n`),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['4', 'error']]);
    expect(rows[0]!.ly_do).toContain(
      'Cần xem lại: dòng 3 ghi khác dòng 2 (Khu vực “TT”); dòng 4 ghi khác dòng 2 (Thu nhập bình quân (đồng/người/tháng) “1.400.000”, Ngày rà soát “03/12/2026”); hộ được xét theo dòng 2',
    );
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([[3, 'khu_vuc'], [4, 'thu_nhap_binh_quan']]);
    expect(rows[2]!.ly_do).toContain('nhưng ghi “1.400.000”, khác dòng 2 (“1.200.000”); cột “Ngày rà soát” ghi “03/12/2026”, khác dòng 2 (“01/12/2026”)');
  });

  it('a household code merged over its members (Excel), a member’s income typed again differently: said on the household’s row', async () => {
    const list = await workbook('thanh-vien-gop.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ và tên', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'BHYT']);
      sheet.addRow(['H01', 'Nguyễn Văn An', 'Nông thôn', 3, '1.300.000', '']);
      sheet.addRow(['', 'Lê Thị Bình', '', '', '', 'x']);
      sheet.addRow(['', 'Nguyễn Văn Cường', '', '', '1.600.000', '']);
      sheet.mergeCells('A2:A4');
    });
    const { rows } = await run(list);
    // 1.300.000 ≤ 1.500.000, BHYT → near-poor; row 4's 1.600.000 refused, not read as the household's.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'error']]);
    expect(rows[0]!.ly_do).toContain('Cần xem lại: dòng 4 ghi khác dòng 2 (Thu nhập bình quân (đồng/người/tháng) “1.600.000”); hộ được xét theo dòng 2, dòng ấy là dòng lỗi');
  });
});

describe('a “Cộng ấp” row under incomes typed as cadres type them (“4,8 triệu”, “4.200.000đ”)', () => {
  const list = (cong: string) =>
    csvSource(
      'STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
        `1;Nguyễn Văn An;NT;4;4,8 triệu;BHYT\n2;Lê Thị Bình;NT;3;4.200.000đ;\n;Cộng ấp 1;;7;${cong};\n3;Trần Văn Cư;NT;2;2 triệu;\n;TỔNG CỘNG;;9;11.000.000;\n`,
    );

  it('its Tổng thu nhập is checked too, not the Số nhân khẩu alone (was: “bằng tổng các dòng 2–3 (Số nhân khẩu 7)” over a wrong 9.500.000)', async () => {
    const { rows } = await run(list('9.500.000'));
    expect(rows.find((row) => row.dong === '4')!.ly_do).toContain('Cần xem lại: số ở dòng này khác tổng các dòng 2–3 (Tổng thu nhập của hộ/tháng: dòng này ghi 9.500.000, cộng các dòng là 9.000.000).');
    expect(rows.find((row) => row.dong === '6')!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–5 (Số nhân khẩu 9, Tổng thu nhập của hộ/tháng 11.000.000).');
  });

  it('a right “9 triệu” on it says both figures agree', async () => {
    const { rows } = await run(list('9 triệu'));
    expect(rows.find((row) => row.dong === '4')!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–3 (Số nhân khẩu 7, Tổng thu nhập của hộ/tháng 9.000.000).');
  });
});

describe('a bare “Cộng” under the last ấp, then “Tổng cộng”', () => {
  it('names the last ấp’s rows it sums, not the whole list’s (was: “bằng tổng các dòng 2–6 (Số nhân khẩu 5…)”)', async () => {
    const { rows } = await run(
      csvSource(
        'STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
          '1;Nguyễn Văn An;NT;4;4.800.000;BHYT\n2;Lê Thị Bình;NT;3;4.200.000;\n;Cộng;;7;9.000.000;\n' +
          '3;Trần Văn Cư;NT;2;2.000.000;\n4;Đỗ Thị Dung;NT;3;3.900.000;\n;Cộng;;5;5.900.000;\n;Tổng cộng;;12;14.900.000;\n',
      ),
    );
    expect(rows.find((row) => row.dong === '7')!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 5–6 (Số nhân khẩu 5, Tổng thu nhập của hộ/tháng 5.900.000).');
    expect(rows.find((row) => row.dong === '7')!.ly_do).not.toContain('2–6');
    expect(rows.find((row) => row.dong === '8')!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–6 (Số nhân khẩu 12, Tổng thu nhập của hộ/tháng 14.900.000).');
  });
});
