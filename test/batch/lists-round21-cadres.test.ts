/**
 * Round 21 (commune cadres' lists): what cadres' lists still met. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by
 * NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, 3 deprivations or more = poor,
 * else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();

async function run(list: TableSource) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, notes: outcome.notes };
}

describe('a house said “xuống cấp” in the lacks column', () => {
  const list =
    'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Các chỉ số thiếu hụt\n' +
    '1,Nguyễn Văn An,Xã,4,1.200.000,"BHYT, nước sinh hoạt, nhà ở xuống cấp"\n' +
    '2,Trần Thị Bình,Xã,3,1.300.000,"Nhà xuống cấp; BHYT"\n' +
    '3,Lê Văn Cường,Xã,3,1.300.000,nhà ở\n';

  it('is the housing quality the cadre lists (was: “nhà ở” là nhiều chỉ số / không biết chỉ số “xuống cấp”)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows.slice(0, 2).map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['poor', 'health_insurance housing_quality water_source'],
      ['near_poor', 'health_insurance housing_quality'],
    ]);
  });

  it('“nhà ở” alone is still refused, naming the two indicators it may be (guard)', async () => {
    const { rows } = await run(csvSource(list));
    expect(rows[2]!.ma_phan_loai).toBe('error');
    expect(rows[2]!.ly_do).toContain('“nhà ở” là nhiều chỉ số: Chất lượng nhà ở (housing_quality), Diện tích nhà ở bình quân đầu người (housing_area)');
  });
});
