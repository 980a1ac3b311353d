/** Findings 12 L05/U6: an income written with its thousands separator ("800.000") is read as đồng, not asked back. */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

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
