/**
 * Review 8 (lists): an income too high to believe is asked back, not classified. Classes by hand for 2026 (rural line
 * 1.500.000). A merged household-code cell over its members' rows and a header on three rows: lists9.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { READER_DEFAULTS } from '../../src/rules/defaults.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();
const byCode = (rows: Record<string, string>[]) => Object.fromEntries(rows.filter((row) => row.ma_ho).map((row) => [row.ma_ho, row]));

describe('an income cell too high to believe (READER_DEFAULTS.confirmIncomePerPersonFrom, the chat reader’s rule)', () => {
  it('35000000000 a month per person is a row asking to check, never “không thuộc diện”; the same figure said per month is used', async () => {
    expect(READER_DEFAULTS.confirmIncomePerPersonFrom).toBe(10_000_000);
    const list =
      'ma_ho;khu_vuc;so_nguoi;thu_nhap_binh_quan;tong_thu_nhap;thieu_hut\n' +
      'T1;nông thôn;4;35000000000;;\n' + // a typo: 35 tỷ a month per person
      'T2;nông thôn;4;;48000000;\n' + // 48 triệu ÷ 4 = 12 triệu a person, the month only assumed (a year's sum?)
      'T3;nông thôn;4;12 triệu/tháng;;\n' + // said per month, no lack: used → none
      'T4;nông thôn;4;12 triệu/tháng;;bhyt\n' + // said per month but a lack: classified, asked to check in its reasons
      'T5;nông thôn;4;9999999;;\n' + // just under: used as written
      'T6;nông thôn;4;1200000;;bhyt\n';
    const { rows, outcome } = await classifyInProcess(rules, csvSource(list), '2026-12-01');
    const row = byCode(rows);
    expect(row.T1!.ma_phan_loai).toBe('error');
    expect(row.T1!.ly_do).toContain('“35000000000” là 35.000.000.000 đồng mỗi người mỗi tháng');
    expect(row.T1!.ly_do).toContain('Hãy xem lại ô này');
    expect(row.T1!.ly_do).toContain('“35000000000/tháng”');
    expect(row.T2!.ma_phan_loai).toBe('error');
    expect(row.T2!.ly_do).toContain('12.000.000 đồng mỗi người mỗi tháng (48.000.000 đồng ÷ 4 người)');
    expect(row.T3!.ma_phan_loai).toBe('none');
    expect(row.T4!.ma_phan_loai).toBe('none');
    expect(row.T4!.ly_do).toContain('Cần xem lại: thu nhập 12.000.000 đồng mỗi người mỗi tháng');
    expect(row.T5!.ma_phan_loai).toBe('none');
    // Round 43 (lost44): used as written, its twelfth (833.333 đồng, near-poor) said as the year's reading to check.
    expect(row.T5!.ly_do).toContain('có thể là thu nhập cả năm: khi ấy là 833.333 đồng mỗi người mỗi tháng');
    // 1.200.000 ≤ 1.500.000 with one lack: hộ cận nghèo.
    expect(row.T6!.ma_phan_loai).toBe('near_poor');
    expect(outcome.ok && outcome.summary.rejected).toBe(2);
  });
});
