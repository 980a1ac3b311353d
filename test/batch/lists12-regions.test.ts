/**
 * Round 12 (findings36 N36-08): a region written in a list's area column ("miền núi", "vùng cao") is a kind of land, not a
 * commune or a ward (mountain provinces have phường too), so it says neither nông thôn nor thành thị: the row is refused,
 * naming the cell, never counted under the rural line in silence. Beside a commune or a ward word, that word decides.
 * Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ, urban 2.000.000 đ; at or under the
 * line, < 3 deprivations = near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

describe('Khu vực “miền núi” is asked, not read as nông thôn (findings36 N36-08)', () => {
  it('ds xa ghi khu vuc “miền núi”, “vung cao”: the rows are refused and say why; “xã miền núi”, “phường 2 (miền núi)” are read by xã/phường', async () => {
    const list = csvSource(
      [
        'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân đầu người/tháng,Thiếu hụt',
        'B07,miền núi,4,1200000,',
        'B08,vung cao,4,1200000,',
        'B09,xã miền núi,4,1200000,',
        'B10,phường 2 (miền núi),4,1800000,',
        'B11,nt,4,1200000,',
      ].join('\n'),
    );
    const { outcome, rows, problems } = await classifyInProcess(rules, list, '2026-12-01');
    if (!outcome.ok) throw new Error(outcome.message);
    const byCode = Object.fromEntries(rows.map((row) => [row.ma_ho, row]));
    // Was: near_poor, "khu vực nông thôn" with no word of a guess.
    expect(byCode.B07?.ma_phan_loai).not.toBe('near_poor');
    expect(byCode.B08?.ma_phan_loai).not.toBe('near_poor');
    const refused = problems.filter((problem) => problem.column === 'khu_vuc').map((problem) => problem.message);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toContain('“miền núi”');
    expect(refused[0]).toContain('không cho biết nông thôn hay thành thị');
    expect(refused[0]).toContain('ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường');
    // 1.200.000 ≤ 1.500.000 (xã), 0 deprivations → near-poor; 1.800.000 ≤ 2.000.000 (phường) → near-poor.
    expect(byCode.B09?.ma_phan_loai).toBe('near_poor');
    expect(byCode.B10?.ma_phan_loai).toBe('near_poor');
    expect(byCode.B11?.ma_phan_loai).toBe('near_poor');
  });
});
