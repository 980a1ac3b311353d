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
});
