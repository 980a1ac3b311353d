/**
 * Lists as communes keep them (round 11): the dependants' column written "Người PT" / "Số người PT" / "NPT" (not "phương
 * tiện"), a count of deprivations under the merged "Các chỉ số thiếu hụt", the signers' names under the list in the code
 * column, a member list whose household comes back further down. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept
 * by NĐ 351/2025 for 2026; facts/poverty-standards.md): income per person per month; rural line 1.500.000 đ (middle band ≤
 * 2.250.000); at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyList, columnOfHeader, formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists11-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(list: TableSource, date = '2026-12-01') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n'), report: formatSummary(rules, outcome.summary) };
}

/** A workbook of one sheet laid out by `fill` (merges after the rows, as a file saved by Excel has them), read as `cli batch` reads it. */
async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<TableSource> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('DS hộ'));
  const path = join(work, name);
  await book.xlsx.writeFile(path);
  return xlsxSource(path, statSync(path).size);
}

describe('“Người PT”, “Số người PT”, “NPT” are the dependants (người phụ thuộc), “PT sản xuất” stays a means of production', () => {
  it('ds xa co cot Nguoi PT duoi o gop Cac chi so thieu hut: an x there is the dependants’ lack, never “phương tiện tiếp cận thông tin”', async () => {
    const list = await workbook('nguoi-pt.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', 'Các chỉ số thiếu hụt', '', '', 'PT sản xuất']);
      sheet.addRow(['', '', '', '', '', 'Người PT', 'BHYT', 'PT tiếp cận TT', '']);
      // 1.200.000; người phụ thuộc, BHYT → 2 → near-poor (was: phụ thuộc read as phương tiện tiếp cận thông tin).
      sheet.addRow(['TH-01', 'Hà Văn Lực', 'NT', 4, 1_200_000, 'x', 'x', '', 'máy cày']);
      // 1.000.000; người phụ thuộc, BHYT, thông tin → 3 → poor.
      sheet.addRow(['TH-02', 'Lò Thị En', 'NT', 5, 1_000_000, 'x', 'x', 'x', '']);
      for (const column of 'ABCDEI') sheet.mergeCells(`${column}1:${column}2`);
      sheet.mergeCells('F1:H1');
    });
    const { rows, notes, problems } = await run(list);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['TH-01', 'near_poor', 'dependents health_insurance'],
      ['TH-02', 'poor', 'dependents health_insurance information_access'],
    ]);
    expect(notes).toContain('“Người PT” → chỉ số dependents');
    expect(notes).toContain('“PT sản xuất”');
  });

  it('“Số người PT” (how many dependants) and “NPT” are no household size column', () => {
    // Before: “Số người PT” read as so_nguoi (“số người”), so a household of 6 with 2 dependants was checked as 2 people.
    expect(columnOfHeader('Số người PT')).toBeNull();
    expect(columnOfHeader('NPT')).toBeNull();
    expect(columnOfHeader('Số người')).toBe('so_nguoi');
  });

  it('a flat column “NPT” with x marks: the dependants’ lack; “Phương tiện sản xuất” is left out, said', async () => {
    const list = csvSource(
      [
        'Ma ho;Khu vuc;So nhan khau;Thu nhap binh quan;NPT;Nuoc sinh hoat;Phuong tien san xuat',
        'A1;nt;6;1.300.000;x;x;',
        'A2;nt;3;1.300.000;;x;x',
      ].join('\n'),
    );
    const { rows, notes } = await run(list);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['A1', 'near_poor', 'dependents water_source'],
      ['A2', 'near_poor', 'water_source'],
    ]);
    expect(notes).toContain('“Phuong tien san xuat”');
  });
});
