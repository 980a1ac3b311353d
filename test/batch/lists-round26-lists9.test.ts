/**
 * Round 26 (commune cadres' lists, helper lists9): workbooks and CSVs as a commune keeps them. A date cell of a workbook quoted
 * as the cadre sees it (dd/MM/yyyy, in Vietnam time and in UTC alike); a row hidden in Excel read and said; "1.500k" asked
 * back as typed (round 41: read as 1.500.000 đồng, the shorthand said as typed); a "Tổng cộng" row with a bare count under "Mã hộ" read as the list's total line, its count checked.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per
 * month; at or under it, fewer than 3 lacks = near-poor; review date 04/12/2026.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess, excelCsvLists } from './classify-in-process.ts';

// The CLI is spawned (in two time zones); on a shared machine one spawn can take seconds.
vi.setConfig({ testTimeout: 180_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round26-lists9', rules, '2026-12-04');
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lists-round26-lists9-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A workbook of one sheet "DS hộ" filled by `fill`, saved in the suite's folder; its path. */
async function savedWorkbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('DS hộ'));
  const path = join(work, name);
  await book.xlsx.writeFile(path);
  return path;
}

/** Excel keeps a day as the day itself, no time zone: ExcelJS writes a Date by its UTC day. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** `cli batch <list> --out <csv> --date 04/12/2026` with the server in `zone`: its result rows. */
function cliBatch(list: string, zone: string): Record<string, string>[] {
  const out = join(work, `ket-qua-${zone.replace(/\W/g, '-')}.csv`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list, '--out', out, '--date', '04/12/2026'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  });
  expect(run.stderr).not.toContain('Error:');
  return parse(readFileSync(out, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

describe('a date cell of a workbook under “Hạn thẻ BHYT” and “Ngày xét”', () => {
  it('is quoted dd/MM/yyyy as Excel shows it, the same day in Vietnam time and UTC (was: “2027-12-31” in ly_do)', async () => {
    const list = await savedWorkbook('ds-han-the.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ', 'BHYT', 'Hạn thẻ BHYT', 'Ngày xét']);
      sheet.addRow([1, 'H01', 'Nguyễn Văn Tư', 'nt', 4, '1tr2', 'x', day(2027, 12, 31), day(2026, 12, 4)]); // x beside a card in force
      sheet.addRow([2, 'H02', 'Lò Thị Mai', 'nt', 3, '1tr2', '', day(2025, 12, 31), day(2026, 12, 1)]); // card ended
      sheet.addRow([3, 'H03', 'Đinh Văn Sáu', 'nt', 4, '1tr2', '', day(2027, 1, 1), day(2026, 12, 4)]); // in force, its first day of a year
    });
    for (const zone of ['Asia/Ho_Chi_Minh', 'UTC']) {
      const rows = cliBatch(list, zone);
      expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai, row.chi_so_thieu_hut]), zone).toEqual([
        ['2', '04/12/2026', 'near_poor', 'health_insurance'],
        ['3', '01/12/2026', 'near_poor', 'health_insurance'],
        ['4', '04/12/2026', 'near_poor', ''],
      ]);
      expect(rows[0]!.ly_do, zone).toContain('Cần xem lại: cột “BHYT” ghi “x” (thiếu hụt) nhưng cột “Hạn thẻ BHYT” ghi “31/12/2027”, thẻ còn hạn vào ngày xét 04/12/2026');
      expect(rows[1]!.ly_do, zone).toContain('Cột “Hạn thẻ BHYT” ghi “31/12/2025”: thẻ hết hạn ngày 31/12/2025, trước ngày xét 01/12/2026');
      expect(rows[2]!.ly_do, zone).toContain('Cột “Hạn thẻ BHYT” ghi “01/01/2027”: ô chỉ ghi ngày, đọc là hạn của thẻ: thẻ có hạn đến 01/01/2027');
      for (const row of rows) expect(row.ly_do, zone).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('“1.500k” under the income per person', () => {
  // Round 41 (lists41): "1.500k", "1.500 Ngàn" are 1.500 nghìn = 1.500.000 đồng (1,5 nghìn = 1.500 đồng is no income), no
  // longer asked back; the shorthand is said in the row, quoting the cell as typed.
  it('is read as 1.500.000 đồng, the shorthand said quoting the cell as typed (was asked back: “1.500k” là 1,5 nghìn hay 1.500 nghìn?)', async () => {
    const { rows, summary } = await run(
      saved('ds-1500k.csv', [
        'STT,Mã hộ,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng),Thiếu hụt',
        '1,TH01,Nguyễn Thị Hường,nt,4,1.500k,bhyt',
        '2,TH02,Trần Văn Đức,nt,3,1.500 Ngàn,',
        '3,TH03,Lê Văn Hùng,nt,5,1tr2,bhyt',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'near_poor', '1500000'],
      ['3', 'near_poor', '1500000'],
      ['4', 'near_poor', '1200000'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “1.500k” ghi tắt: đọc là 1.500.000 đồng (“k” là nghìn)');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([3, 3, 0]);
  });
});

describe('a “Tổng cộng” row with a bare count under “Mã hộ” (“Tổng cộng | 7”, no unit)', () => {
  // Ấp Phú Thạnh's list as its cadre typed it: a total row whose household count has no unit.
  const list = (count: string) => [
    '"DS HỘ RÀ SOÁT CUỐI NĂM 2026 - ẤP PHÚ THẠNH",,,,,,',
    'TT,Mã hộ,Chủ hộ,KV,Nhân khẩu,TNBQ/người/tháng,Chỉ số thiếu',
    '1,PT-01,Võ Thị Lan,nt,2,1.100.000,',
    '2,PT-02,Huỳnh Văn Bé,nt,6,1tr3,bhyt',
    '3,PT-03,Trương Thị Út,nt,4,"1,400,000",',
    ',,,,,,',
    `Tổng cộng,${count},,,12,,`,
  ];

  it('is the list’s total line, its count of households checked (was: a household coded “7”, refused as “chưa ghi khu vực”)', async () => {
    const { rows, summary } = await run(saved('ds-tong-7.csv', list('7')));
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['3', 'PT-01', 'near_poor'],
      ['4', 'PT-02', 'near_poor'],
      ['5', 'PT-03', 'near_poor'],
      ['7', '', 'footer'],
    ]);
    expect(rows[3]!.ly_do).toContain('Dòng “Tổng cộng” là dòng tổng cộng của danh sách (cộng các hộ ở trên), không phải hộ: không tính.');
    expect(rows[3]!.ly_do).toContain('Cần xem lại: dòng này ghi 7 hộ, danh sách có 3 hộ.');
    expect([summary.rows, summary.classified, summary.rejected, summary.totalRows]).toEqual([3, 3, 0, [7]]);
    expect(summary.totalDiffers).toEqual([{ line: 7, label: 'Tổng cộng', what: 'households', said: 7, counted: 3 }]);
  });

  it('whose count is the list’s says no mismatch', async () => {
    const { rows, summary } = await run(saved('ds-tong-3.csv', list('3')));
    expect(rows.at(-1)!.ma_phan_loai).toBe('footer');
    expect(rows.at(-1)!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 3–5 (Nhân khẩu 12).');
    expect(rows.at(-1)!.ly_do).not.toContain('Cần xem lại');
    expect([summary.rows, summary.rejected, summary.totalDiffers]).toEqual([3, 0, []]);
  });
});

describe('a household on a row hidden in Excel', () => {
  it('is read, never dropped, and said in its row and the notes (was: read, never said)', async () => {
    const path = await savedWorkbook('ds-an-dong.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ', 'Thiếu hụt']);
      sheet.addRow([1, 'AN01', 'Nguyễn Văn Tư', 'nt', 4, '1tr2', 'bhyt']);
      sheet.addRow([2, 'AN02', 'Lò Thị Mai', 'nt', 3, '1tr2', '']).hidden = true; // hidden by hand
      sheet.addRow([3, 'AN03', 'Đinh Văn Sáu', '', 4, '1tr2', '']).hidden = true; // hidden, and no area: refused
      sheet.addRow([4, 'AN04', 'Hà Thị Năm', 'nt', 2, '2tr', '']);
    });
    const { outcome, rows, problems } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-04');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['2', 'AN01', 'near_poor'],
      ['3', 'AN02', 'near_poor'],
      ['4', 'AN03', 'error'],
      ['5', 'AN04', 'middle'],
    ]);
    expect(rows[1]!.ly_do).toMatch(/^Dòng 3 đang bị ẩn trong Excel: vẫn được đọc và xét như mọi dòng; hãy bỏ ẩn dòng để xem\. /);
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([[4, 'khu_vuc']]);
    expect(rows[2]!.ly_do).toContain('chưa ghi khu vực');
    expect(rows[2]!.ly_do).toContain('Dòng 4 đang bị ẩn trong Excel');
    for (const row of [rows[0]!, rows[3]!]) expect(row.ly_do).not.toContain('ẩn');
    expect(outcome.notes).toContain('Dòng đang bị ẩn trong Excel: dòng 3, 4; các dòng ấy vẫn được đọc và xét như mọi dòng (cột ly_do có ghi). Hãy bỏ ẩn các dòng ấy để xem cả danh sách.');
    expect([outcome.summary.rows, outcome.summary.classified, outcome.summary.rejected]).toEqual([4, 3, 1]);
  });
});
