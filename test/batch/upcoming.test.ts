/**
 * The class under the next standard in `cli batch` (issue 9): five columns at the end, filled for rows
 * dated within 56 days before 01/01/2027, empty otherwise; CSV and XLSX alike. Expected values by hand:
 *
 * 2026 (NĐ 351/2025 keeps NĐ 07/2021 Điều 3): rural line 1.500.000 đ, middle up to 2.250.000 đ; urban
 * 2.000.000 / 3.000.000 đ; at or under the line poor with ≥ 3 of 12 deprivations, otherwise near-poor.
 * 2027 (NĐ 351/2025, reported so provisional): rural line 2.200.000 đ, urban 2.800.000 đ; at or under the
 * line poor with ≥ 3 deprivations, but "phương tiện tiếp cận thông tin" no longer counts and the two new
 * indicators have no known threshold, so 1–2 known deprivations are "unknown", 0 is near-poor; above the
 * line "unknown" (the middle bounds are not known).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BETWEEN_COLUMNS, CARRIED_COLUMNS } from '../../src/batch/households.ts';

vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'batch-upcoming-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', ...args], { cwd: root, encoding: 'utf8' });

const LIST = [
  'ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut,ngay',
  'H1,nt,4,1800000,,01/12/2026',
  'H2,tt,3,2500000,bhyt nuoc nhatieu,01/12/2026',
  'H3,nt,2,1400000,bhyt nuoc thongtin,31/12/2026',
  'H4,nt,4,3000000,,15/03/2026',
  'H5,tt,2,2900000,,01/12/2026',
].join('\n');

const UPCOMING = ['chuan_moi', 'chuan_moi_tu_ngay', 'chuan_moi_phan_loai', 'chuan_moi_ma_phan_loai', 'chuan_moi_tam_tinh'];

/** [ma_ho, class on the row's date, then the five new columns]. */
const EXPECTED = [
  // 1.800.000: 2026 middle (1.5M < x ≤ 2.25M); 2027 ≤ 2.2M with 0 deprivations → near-poor.
  ['H1', 'middle', 'nd351-2025', '01/01/2027', 'hộ cận nghèo', 'near_poor', 'có'],
  // Urban 2.500.000: 2026 middle (2M < x ≤ 3M); 2027 ≤ 2.8M with 3 known deprivations → poor.
  ['H2', 'middle', 'nd351-2025', '01/01/2027', 'hộ nghèo', 'poor', 'có'],
  // 1.400.000 with 3 deprivations: 2026 poor; 2027 information_access drops, 2 known + 2 of unknown threshold → unknown.
  ['H3', 'poor', 'nd351-2025', '01/01/2027', 'chưa xác định được', 'unknown', 'có'],
  // 15/03/2026 is 292 days before the new standard: nothing.
  ['H4', 'none', '', '', '', '', ''],
  // Urban 2.900.000: 2026 middle; 2027 above 2.8M, where the bounds are unknown.
  ['H5', 'middle', 'nd351-2025', '01/01/2027', 'chưa xác định được', 'unknown', 'có'],
];

describe('the class under the next standard in a list', () => {
  it('adds five columns at the end, after the unchanged ones, in CSV and XLSX', async () => {
    const input = join(work, 'xa.csv');
    writeFileSync(input, LIST);
    const csvOut = join(work, 'ket-qua.csv');
    expect(cli([input, '--out', csvOut]).status).toBe(0);
    const [header, ...rows] = parse(readFileSync(csvOut, 'utf8'), { bom: true }) as string[][];
    expect(header!.slice(0, 12)).toEqual([
      'dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai', 'thu_nhap_binh_quan', 'so_chi_so_thieu_hut', 'chi_so_thieu_hut', 'chuan', 'tam_tinh', 'ly_do', 'dieu_lam_thay_doi',
    ]);
    expect(header!.slice(12, 17)).toEqual(UPCOMING);
    // Columns added later go after these (round 9: the two classes of an open result, BETWEEN_COLUMNS).
    expect(header!.slice(17)).toEqual([...BETWEEN_COLUMNS, ...CARRIED_COLUMNS]);
    expect(rows.map((row) => [row[1], row[4], ...row.slice(12, 17)])).toEqual(EXPECTED);

    const xlsxOut = join(work, 'ket-qua.xlsx');
    expect(cli([input, '--out', xlsxOut]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxOut);
    const sheet = book.getWorksheet('Kết quả')!;
    const values: string[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    expect(values[0]!.slice(12, 17)).toEqual(UPCOMING);
    expect(values.slice(1).map((row) => [row[1], row[4], ...Array.from({ length: 5 }, (_, i) => row[12 + i] ?? '')])).toEqual(EXPECTED);
  });
});
