/**
 * Round 33 (commune cadres' lists, helper lists16): “có”/“không” under a bare “BHYT” column.
 * - Under a group header “Thiếu hụt” (a second header row, as a CSV saved from a merged sheet keeps it): “có” is the lack.
 * - A bare “BHYT” (no group header): “có” is still the card had, and the row says so in the result file, with how to head the
 *   column when “có” marks the lack (was: said once in the notes, which `cli batch` writes to stderr only).
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): 1.200.000 đ per person per month in the
 * countryside is under the poor line 1.500.000: near-poor with fewer than 3 lacks.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('bhyt-round33-lists16', rules, '2026-12-05');
const reasonOf = (rows: Record<string, string>[], line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';

describe('BHYT có/không (CSV)', () => {
  it('a bare “BHYT”: “có” the card had, “không” the lack, each said in its row with the header to write', async () => {
    const { rows } = await run(
      saved('thon-bac.csv', ['STT,Họ tên chủ hộ,Khu vực,Số khẩu,TN bình quân,BHYT', '1,Lò Văn Sáu,NT,4,1tr2,có', '2,Lò Thị Bảy,NT,3,1.200.000,không', '3,Lò Văn Tám,NT,3,1.200.000,']),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'near_poor', ''],
      ['3', 'near_poor', 'health_insurance'],
      ['4', 'near_poor', ''],
    ]);
    const had = 'Cột “BHYT” ghi “có”: cột chỉ ghi tên thẻ nên “có” là hộ có thẻ, “không” là hộ không có thẻ (nếu ở cột này “có” là đánh dấu hộ thiếu hụt, hãy đặt tên cột “Thiếu hụt BHYT”); đọc là không thiếu hụt chỉ số “Bảo hiểm y tế”';
    expect(reasonOf(rows, 2)).toContain(had);
    expect(reasonOf(rows, 3)).toMatch(/^Cột “BHYT” ghi “không”: cột chỉ ghi tên thẻ .*; đọc là thiếu hụt chỉ số “Bảo hiểm y tế”/);
    expect(reasonOf(rows, 4)).not.toContain('BHYT');
  });

  it('“Thiếu hụt” over “BHYT” (two header rows, no diacritics): “có” is the lack, nothing said of cards', async () => {
    const { rows } = await run(
      saved('thon-nam.csv', ['STT,Ho ten chu ho,Khu vuc,So khau,Thu nhap binh quan,Thieu hut,', ',,,,,BHYT,Nuoc SH', '1,Lo Van Sau,NT,4,1tr2,có,x', '2,Lo Thi Bay,NT,3,1.200.000,không,']),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['3', 'near_poor', 'health_insurance water_source'],
      ['4', 'near_poor', ''],
    ]);
    expect(rows.some((row) => row.ly_do!.includes('tên thẻ'))).toBe(false);
  });
});
