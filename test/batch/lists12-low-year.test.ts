/**
 * Round 12 (findings36 N36-12): a year's total income far too low to be a year's ("1,5tr" a year for 4 people: 31.250 đồng a
 * person a month) is read as the column says, and the row's note says so and what was assumed (not an error row).
 * 2026, rural line 1.500.000 đ: both readings are near-poor with no deprivation, so only the note changes.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

describe('an implausibly low year total is flagged in the row note (findings36 N36-12)', () => {
  it('ds tong thu nhap nam, ho A05 ghi "1,5tr" (ghi nham thang): note says rat thap, A06 60 trieu/nam no note', async () => {
    const list = csvSource(
      [
        'Mã hộ;Khu vực;Số nhân khẩu;Tổng thu nhập năm (đồng);Ghi chú',
        'A05;xã;4;"1,5tr";ghi nhầm tháng',
        'A06;xã;4;60000000;',
      ].join('\n'),
    );
    const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-01');
    if (!outcome.ok) throw new Error(outcome.message);
    const byCode = Object.fromEntries(rows.map((row) => [row.ma_ho, row]));
    expect(byCode.A05?.ma_phan_loai).toBe('near_poor');
    expect(byCode.A05?.ly_do).toContain('rất thấp');
    expect(byCode.A05?.ly_do).toContain('31.250');
    expect(byCode.A05?.ly_do).toContain('đã tính là thu nhập cả năm');
    expect(byCode.A06?.ly_do).not.toContain('rất thấp');
  });
});
