/**
 * Lists as communes keep them (round 12): a list that gives only how many indicators a household lacks ("Số chỉ số thiếu
 * hụt", no indicator named), lists checked under the 2027–2030 standard (two indicators of unknown threshold: the result
 * columns "Ít nhất là" / "Nhiều nhất là"), member rows, group heading rows and the final "Tổng cộng". Workbooks laid out as
 * a cadre's Excel (title rows, a two-row merged header, "x" marks, signers under the list). Classes worked out by hand from
 * rules/standards: 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ/người/tháng, middle band ≤
 * 2.250.000; 2027–2030 (NĐ 351/2025, tham khảo): rural line 2.200.000, urban 2.800.000, middle band not published; at or
 * under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { twoRowHeader, workbooks, type HeaderCell } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists12');

async function run(list: TableSource, date = '2026-12-02') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n'), report: formatSummary(rules, outcome.summary) };
}

/** Above the list: the commune and the list's title, merged across, as the form has them. */
function title(sheet: import('exceljs').Worksheet, width: number, line: string): void {
  sheet.addRow(['UBND XÃ TÂN HÒA']);
  sheet.addRow([line]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
}

/** Under the list: the date line and the signers, with their names under them. */
function signers(sheet: import('exceljs').Worksheet): void {
  sheet.addRow([]);
  sheet.addRow(['', '', '', '', 'Tân Hòa, ngày 28 tháng 11 năm 2026']);
  sheet.addRow(['', 'Người lập biểu', '', '', 'Trưởng ấp']);
  sheet.addRow(['', 'Nguyễn Thị Lan', '', '', 'Võ Văn Tám']);
}

describe('a list giving only the count of deprivations (“Số chỉ số thiếu hụt”, no indicator named) is classified by the count', () => {
  const HEADER: HeaderCell[] = [
    'STT',
    { group: 'Thông tin hộ', under: ['Họ và tên chủ hộ', 'Ấp', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)'] },
    'Số chỉ số thiếu hụt',
    'Ghi chú',
  ];
  const HOUSEHOLDS: (string | number)[][] = [
    [1, 'Nguyễn Văn Tư', 'Ấp Tân Hòa', 'NT', 4, 1_200_000, 3, ''],
    [2, 'Lê Thị Bảy', 'Ấp Tân Hòa', 'NT', 3, 1_400_000, 1, ''],
    [3, 'Trần Văn Út', 'Ấp Tân Hòa', 'NT', 5, 1_000_000, 4, 'hộ nghèo cũ'],
    [4, 'Phạm Thị Hai', 'Ấp Tân Hòa', 'NT', 2, 1_800_000, 2, ''],
    [5, 'Võ Văn Năm', 'Ấp Tân Hòa', 'NT', 4, 1_300_000, 0, ''],
    [6, 'Đỗ Văn Sáu', 'Ấp Tân Hòa', 'NT', 4, 1_300_000, 13, 'ghi nhầm'],
  ];
  const list = (name: string) =>
    workbook(name, (sheet) => {
      title(sheet, 8, 'DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - ẤP TÂN HÒA');
      const merge = twoRowHeader(sheet, HEADER);
      for (const household of HOUSEHOLDS) sheet.addRow(household);
      signers(sheet);
      merge();
    });

  it('ds ap chi ghi so chi so thieu hut, xet nam 2026: 3 chỉ số → hộ nghèo, 1 → cận nghèo; which indicators stays unnamed', async () => {
    const { rows, summary, report } = await run(await list('so-chi-so-2026.xlsx'));
    const households = rows.filter((row) => row.ma_phan_loai !== 'footer');
    // Before (lists11): every row with a count above 0 was an error row ("cần biết hộ thiếu hụt chỉ số nào"): 1 of 6 classified.
    expect(households.map((row) => [row.dong, row.ma_phan_loai, row.so_chi_so_thieu_hut, row.chi_so_thieu_hut])).toEqual([
      ['5', 'poor', '3', ''], // 1.200.000 ≤ 1.500.000, 3 → poor
      ['6', 'near_poor', '1', ''], // 1.400.000, 1 → near-poor
      ['7', 'poor', '4', ''], // 1.000.000, 4 → poor
      ['8', 'middle', '2', ''], // 1.800.000 in the middle band: the count changes nothing
      ['9', 'near_poor', '0', ''], // 1.300.000, none → near-poor
      ['10', 'error', '', ''], // 13: more indicators than the standard has
    ]);
    expect(households[0]!.ly_do).toContain('Hộ thiếu hụt 3 chỉ số (danh sách chỉ ghi số chỉ số thiếu hụt, không ghi tên chỉ số), từ 3 chỉ số trở lên, nên là hộ nghèo');
    // The stand-in indicators behind the count are never named.
    for (const row of households) expect(row.ly_do).not.toMatch(/Việc làm|Người phụ thuộc|Dinh dưỡng/);
    expect(households[5]!.ly_do).toContain('ghi 13 chỉ số thiếu hụt nhưng');
    expect(summary).toMatchObject({ classified: 5, rejected: 1, countOnlyRows: [5, 6, 7, 8] });
    expect([...summary.byIndicator.values()].every((count) => count === 0)).toBe(true);
    expect(report).toContain('4 hộ chỉ ghi số chỉ số thiếu hụt, không ghi tên chỉ số');
  });

  it('the same list checked in 2027: 3 → hộ nghèo for sure; 1 or 2 → ít nhất cận nghèo (the two new indicators could make 3)', async () => {
    const { rows } = await run(await list('so-chi-so-2027.xlsx'), '2027-03-15');
    const households = rows.filter((row) => row.ma_phan_loai !== 'footer' && row.ma_phan_loai !== 'error');
    expect(households.map((row) => [row.dong, row.ma_phan_loai, row.it_nhat_ma_phan_loai, row.toi_da_ma_phan_loai, row.toi_da_neu_thieu_hut_tu])).toEqual([
      ['5', 'poor', 'poor', 'poor', ''], // 1.200.000 ≤ 2.200.000, 3 → poor whatever the two unknown indicators
      ['6', 'unknown', 'near_poor', 'poor', '3'], // 1 + up to 2 unknown → near-poor or poor
      ['7', 'poor', 'poor', 'poor', ''],
      ['8', 'unknown', 'near_poor', 'poor', '3'], // 1.800.000 ≤ 2.200.000 now, 2 + up to 2 → open
      ['9', 'near_poor', 'near_poor', 'near_poor', ''], // 0 + 2 unknown < 3 → near-poor for sure
    ]);
  });
});

describe('N11: checked in 2027, “Ít nhất là” / “Nhiều nhất là” give the class when the two indicators of unknown threshold cannot change it', () => {
  it('ds xet ngay 15/03/2027 danh dau x: poor for sure, near-poor for sure, far above the line, and only the open one says “ít nhất”', async () => {
    const list = await workbook('n11-2027.xlsx', (sheet) => {
      title(sheet, 11, 'DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT ĐẦU NĂM 2027 - ẤP TÂN HÒA');
      const merge = twoRowHeader(sheet, [
        'STT',
        { group: 'Thông tin hộ', under: ['Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)', 'Ngày rà soát'] },
        { group: 'Các chỉ số thiếu hụt', under: ['Việc làm', 'BHYT', 'Nguồn nước SH', 'Nhà tiêu HVS'] },
        'Ghi chú',
      ]);
      // 1.500.000 ≤ 2.200.000; BHYT, nước, nhà tiêu → 3 → poor whatever the two unknown indicators.
      sheet.addRow([1, 'Nguyễn Văn Tư', 'NT', 4, 1_500_000, '15/03/2027', '', 'x', 'x', 'x', '']);
      // 1.500.000; none → 0 + at most 2 < 3 → near-poor for sure.
      sheet.addRow([2, 'Lê Thị Bảy', 'NT', 3, 1_500_000, '15/03/2027', '', '', '', '', '']);
      // 1.500.000; BHYT, nước → 2 + up to 2 → near-poor or poor: the only “ít nhất”.
      sheet.addRow([3, 'Trần Văn Út', 'NT', 5, 1_500_000, '15/03/2027', '', 'x', 'x', '', '']);
      // 9.000.000 > 2.200.000: not poor, not near-poor; the middle band of 2027–2030 is not published.
      sheet.addRow([4, 'Phạm Thị Hai', 'NT', 2, 9_000_000, '15/03/2027', '', '', '', '', 'buôn bán']);
      // Urban 2.500.000 ≤ 2.800.000; việc làm, BHYT, nhà tiêu → 3 → poor.
      sheet.addRow([5, 'Võ Văn Năm', 'TT', 4, 2_500_000, '15/03/2027', 'x', 'x', '', 'x', '']);
      signers(sheet);
      merge();
    });
    const { rows, problems } = await run(list, '2027-03-15');
    expect(problems).toEqual([]);
    const households = rows.filter((row) => row.ma_phan_loai !== 'footer');
    // Before: the two columns were empty on every row but row 7, so a sheet filtered on them lost rows 5, 6, 8 and 9.
    expect(households.map((row) => [row.dong, row.ma_phan_loai, row.it_nhat_ma_phan_loai, row.toi_da_ma_phan_loai, row.toi_da_neu_thieu_hut_tu])).toEqual([
      ['5', 'poor', 'poor', 'poor', ''],
      ['6', 'near_poor', 'near_poor', 'near_poor', ''],
      ['7', 'unknown', 'near_poor', 'poor', '3'],
      ['8', 'unknown', 'none', 'middle', ''],
      ['9', 'poor', 'poor', 'poor', ''],
    ]);
    expect(households[0]!.it_nhat_phan_loai).toBe('hộ nghèo');
    expect(households[3]!.toi_da_phan_loai).toBe('hộ có mức sống trung bình');
    // “ít nhất” is said only where the unknown indicators can change the class.
    expect(households.filter((row) => row.ly_do!.includes('ít nhất')).map((row) => row.dong)).toEqual(['7']);
  });

  it('the same households checked in 2026 (nothing unpublished): the two columns stay empty, as before', async () => {
    const list = await workbook('n11-2026.xlsx', (sheet) => {
      const merge = twoRowHeader(sheet, ['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)', { group: 'Các chỉ số thiếu hụt', under: ['BHYT', 'Nguồn nước SH', 'Nhà tiêu HVS'] }]);
      sheet.addRow([1, 'Nguyễn Văn Tư', 'NT', 4, 1_200_000, 'x', 'x', 'x']);
      sheet.addRow([2, 'Phạm Thị Hai', 'NT', 2, 9_000_000, '', '', '']);
      merge();
    });
    const { rows } = await run(list, '2026-12-02');
    expect(rows.map((row) => [row.ma_phan_loai, row.it_nhat_ma_phan_loai, row.toi_da_ma_phan_loai])).toEqual([['poor', '', ''], ['none', '', '']]);
  });
});

describe('a group heading row (“I | Thôn 1”, “II | Thôn 2”) starts the group a bare “Cộng” under it sums', () => {
  it('ds xa chia theo thon, dong Cong duoi thon 2 chi cong cac ho thon 2: a subtotal line, not an error row', async () => {
    const list = await workbook('cong-theo-thon.xlsx', (sheet) => {
      title(sheet, 7, 'DANH SÁCH HỘ RÀ SOÁT NĂM 2026');
      sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập/tháng', 'Thiếu hụt']);
      sheet.addRow(['I', 'Thôn 1']);
      sheet.addRow([1, 'T1-01', 'Nguyễn Văn An', 'NT', 4, 4_800_000, 'BHYT']); // 1.200.000, 1 → near-poor
      sheet.addRow([2, 'T1-02', 'Lê Thị Bình', 'NT', 3, 4_200_000, '']); // 1.400.000 → near-poor
      sheet.addRow(['II', 'Thôn 2']);
      sheet.addRow([3, 'T2-01', 'Trần Văn Cư', 'NT', 5, 5_000_000, 'BHYT, nước sinh hoạt, nhà tiêu']); // 1.000.000, 3 → poor
      sheet.addRow([4, 'T2-02', 'Đỗ Thị Dung', 'NT', 2, 2_600_000, '']); // 1.300.000 → near-poor
      sheet.addRow(['', 'Cộng', '', '', 7, 7_600_000, '']); // Thôn 2's sums: 5 + 2, 5.000.000 + 2.600.000
      sheet.addRow([5, 'T2-03', 'Hồ Văn Em', 'NT', 3, 3_600_000, '']); // 1.200.000 → near-poor
      sheet.addRow(['', 'Tổng cộng', '', '', 17, 20_200_000, '']);
      signers(sheet);
    });
    const { rows, summary } = await run(list);
    // Before: “Cộng” was compared with rows 5–9 (Thôn 1 too: 14 người), so it was an error row “dòng này ghi 7, cộng các dòng là 14”.
    expect(rows.filter((row) => Number(row.dong) <= 13).map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['4', 'footer'], ['5', 'near_poor'], ['6', 'near_poor'], ['7', 'footer'], ['8', 'poor'], ['9', 'near_poor'], ['10', 'footer'], ['11', 'near_poor'], ['12', 'footer'],
    ]);
    expect(rows[6]!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 8–9 (Số nhân khẩu 7');
    expect(summary).toMatchObject({ classified: 5, rejected: 0, sectionRows: [4, 7], subtotalRows: [10] });
  });
});
