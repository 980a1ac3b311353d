/** Findings 12 (lists): what an outside tester's files got, in their layouts. Classes computed by hand for 2026 (rural line 1.500.000, middle ≤ 2.250.000). */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessHousehold, loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { DamagedWorkbook, xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'findings12-'));

/** A workbook built by `fill` (as the tester's gen.js did), read back through the batch's reader. */
async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void) {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Thôn 3'));
  const path = join(work, name);
  await book.xlsx.writeFile(path);
  return classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-01');
}
const classes = (rows: Record<string, string>[]) => Object.fromEntries(rows.filter((row) => row.ma_ho).map((row) => [row.ma_ho, row.ma_phan_loai]));

describe('a list row with income "800.000"', () => {
  it('is 800.000 đồng per person (hộ cận nghèo with 1 deprivation, rural 2026), as "800000" is; "1.500" is still asked', async () => {
    const list = 'ma_ho;khu_vuc;so_nguoi;thu_nhap_binh_quan;thieu_hut\nU6;nông thôn;3;800.000;bhyt\nU7;nông thôn;3;800000;bhyt\nU8;nông thôn;3;1.500;bhyt\n';
    const { rows } = await classifyInProcess(rules, csvSource(list), '2026-12-01');
    const byId = Object.fromEntries(rows.map((row) => [row.ma_ho, row]));
    expect(byId.U6!.ma_phan_loai).toBe('near_poor');
    expect(byId.U6!.thu_nhap_binh_quan).toBe(byId.U7!.thu_nhap_binh_quan);
    expect(byId.U8!.ma_phan_loai).toBe('error');
    expect(byId.U8!.ly_do).toContain('1.500 đồng hay 1.500.000 đồng');
  });
});

describe('L02: a two-row header, "Thiếu hụt" merged over BHYT / Nước sinh hoạt / Nhà tiêu', () => {
  it('reads an x in the 2nd and 3rd sub-column as a deprivation, not as a cell too many', async () => {
    const { rows } = await workbook('L02.xlsx', (ws) => {
      ws.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3']);
      ws.mergeCells('A1:H1');
      ws.addRow(['Xã Tân An']);
      ws.mergeCells('A2:H2');
      ws.addRow(['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', '', '']);
      ws.mergeCells('G3:I3');
      ws.addRow(['', '', '', '', '', '', 'BHYT', 'Nước sinh hoạt', 'Nhà tiêu']);
      for (const column of 'ABCDEF') ws.mergeCells(`${column}3:${column}4`);
      ws.addRow([1, 'T301', 'Nguyễn Văn A', 'Nông thôn', 4, 1200000, 'x', 'x', 'x']);
      ws.addRow([2, 'T302', 'Trần Thị B', 'Nông thôn', 3, 1400000, 'x', '', '']);
      ws.addRow([]);
      ws.addRow([3, 'T303', 'Lê Văn C', 'Nông thôn', 5, 1800000, 'x', 'x', 'x']);
      ws.addRow([4, 'T304', 'Phạm D', 'Nông thôn', 2, 2600000, '', '', '']);
      ws.addRow([5, 'T305', 'Hoàng E', 'Nông thôn', 7, 900000, '', 'x', 'x']);
      ws.addRow(['', 'Tổng cộng', '', '', 21, '', '2', '3', '3']);
    });
    // T301 1.200.000 ≤ 1.500.000 with 3 → nghèo; T302 1 → cận nghèo; T303 1.800.000 ≤ 2.250.000 → trung bình; T304 2.600.000 → none; T305 2 → cận nghèo.
    expect(classes(rows)).toMatchObject({ T301: 'poor', T302: 'near_poor', T303: 'middle', T304: 'none', T305: 'near_poor' });
    expect(rows.find((row) => row.ma_ho === 'T305')!.chi_so_thieu_hut).toBe('water_source sanitation');
  });
});

describe('L23: an Excel file cut off mid-download', () => {
  it('is said in Vietnamese to be damaged or incomplete, to download or save it again; the reader\'s code kept for the operator', async () => {
    const book = new ExcelJS.Workbook();
    for (const name of ['Thôn 1', 'Thôn 2']) {
      const ws = book.addWorksheet(name);
      ws.addRow(['Mã hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân']);
      for (let n = 1; n <= 20; n += 1) ws.addRow([`${name}-${n}`, 'Nông thôn', 4, 1200000 + n]);
    }
    const whole = join(work, 'L23-whole.xlsx');
    await book.xlsx.writeFile(whole);
    const path = join(work, 'L23_truncated.xlsx');
    writeFileSync(path, readFileSync(whole).subarray(0, 1500));
    const read = classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2026-12-01');
    await expect(read).rejects.toBeInstanceOf(DamagedWorkbook);
    const error = (await read.catch((caught: unknown) => caught)) as DamagedWorkbook;
    expect(error.message).toContain('“L23_truncated.xlsx” bị hỏng hoặc chưa tải về hết');
    expect(error.message).toContain('tải lại tệp');
    expect(error.message).not.toContain('FILE_ENDED');
    expect(error.detail).toMatch(/^FILE_ENDED/);
  });
});

describe('L34/L35 vs A60: an income per person a fraction of a đồng above the line', () => {
  it('1500000.4 in a list is above 1.500.000 (hộ có mức sống trung bình), as /api/check\'s comparison says, not rounded down to hộ cận nghèo', async () => {
    const list = 'ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan,thieu_hut\nR1,nt,4,1500000.4,\n';
    const { rows } = await classifyInProcess(rules, csvSource(list), '2026-12-01');
    // "từ mức chuẩn trở xuống": 1.500.000,4 > 1.500.000 (rural 2026) and ≤ 2.250.000 → hộ có mức sống trung bình.
    expect(rows[0]!.ma_phan_loai).toBe('middle');
    const api = assessHousehold(rules, { area: 'rural', members: 4, monthlyIncomePerPerson: 1500000.4, deprivations: [], date: '2026-12-01' });
    if (!api.ok) throw new Error('the API refused the profile');
    expect(rows[0]!.ma_phan_loai).toBe(api.value.under.classification);
    // The total ÷ members (L35: 4.500.001 ÷ 3 = 1.500.000,33) is compared the same way.
    const total = await classifyInProcess(rules, csvSource('ma_ho,khu_vuc,so_nguoi,tong_thu_nhap,thieu_hut\nR2,nt,3,4500001,\n'), '2026-12-01');
    expect(total.rows[0]!.ma_phan_loai).toBe('middle');
  });
});

describe('L24: the header row pasted again mid-sheet', () => {
  it('is no household “khu vực Thành thị/Nông thôn không rõ”: skipped and named in the summary', async () => {
    const header = ['STT', 'Mã hộ', 'Thành thị/Nông thôn', 'Nhân khẩu', 'Thu nhập bình quân đầu người (đồng/tháng)', 'Các chỉ số thiếu hụt', 'Ghi chú'];
    const { outcome, rows } = await workbook('L24.xlsx', (ws) => {
      ws.addRow(header);
      ws.addRow([1, 'R1', 'Nông thôn', 3, 870000, '', '']);
      ws.addRow([2, 'R2', 'Nông thôn', 3, 940000, '', '']);
      ws.addRow([3, 'R3', 'Nông thôn', 3, 1010000, 'bhyt', '']);
      ws.addRow([4, 'R4', 'Nông thôn', 3, 1080000, 'bhyt, nước, nhà tiêu', '']);
      ws.addRow(header);
      ws.addRow([5, 'R5', 'Thành thị', 3, 1150000, '', '']);
    });
    if (!outcome.ok) throw new Error(outcome.message);
    // R1–R3 ≤ 1.500.000 with < 3 → cận nghèo; R4 3 → nghèo; R5 urban 1.150.000 ≤ 2.000.000 → cận nghèo.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([['R1', 'near_poor'], ['R2', 'near_poor'], ['R3', 'near_poor'], ['R4', 'poor'], ['R5', 'near_poor']]);
    expect(outcome.summary).toMatchObject({ rows: 5, classified: 5, rejected: 0, repeatedHeaderRows: [6] });
    expect(formatSummary(rules, outcome.summary)).toContain('1 dòng lặp lại dòng tên cột giữa danh sách (dán lại khi ghép bảng), không phải hộ: dòng 6');
  });
});

describe('L32: "Khu vực" merged vertically over several households', () => {
  it('gives each household under the merge the merged value; a plain blank area cell is still refused', async () => {
    const { rows } = await workbook('L32.xlsx', (ws) => {
      ws.addRow(['Mã hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người', 'Thiếu hụt']);
      ws.addRow(['MG1', 'Nông thôn', 3, 1000000, 'bhyt, nước, nhà tiêu']);
      ws.addRow(['MG2', null, 4, 1800000, '']);
      ws.addRow(['MG3', null, 2, 1200000, 'bhyt']);
      ws.mergeCells('B2:B4');
      ws.addRow(['MG4', 'Thành thị', 5, 2500000, '']);
      ws.addRow(['MG5', null, 3, 1900000, 'bhyt, nước, nhà tiêu']);
      ws.mergeCells('B5:B6');
      ws.addRow(['MG6', null, 3, 1900000, '']);
    });
    // MG2 rural 1.800.000 ≤ 2.250.000 → trung bình; MG3 1.200.000 with 1 → cận nghèo; MG5 urban 1.900.000 ≤ 2.000.000 with 3 → nghèo.
    expect(classes(rows)).toEqual({ MG1: 'poor', MG2: 'middle', MG3: 'near_poor', MG4: 'middle', MG5: 'poor', MG6: 'error' });
    expect(rows.find((row) => row.ma_ho === 'MG6')!.ly_do).toContain('chưa ghi khu vực');
  });
});
