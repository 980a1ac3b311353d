/**
 * Round 12 (findings36 N36-09): in a list giving only how many indicators a household lacks ("Số chỉ số thiếu hụt", no
 * indicator named), a BLANK count is not 0. Where the count could change the class the row is refused, saying what the count
 * would change; where no count can change it (income above the near-poor line) the row is classified and says the cell was
 * blank. Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ, middle band ≤ 2.250.000;
 * at or under the line, ≥ 3 deprivations = poor, else near-poor; above the line the count changes nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

describe('a blank “Số chỉ số thiếu hụt” in a count-only list is chưa rõ, never read as 0 (findings36 N36-09)', () => {
  it('ds xa chi ghi so chi so, ho TT-05 de trong o so chi so: khong dc coi la 0', async () => {
    const list = csvSource(
      [
        'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân đầu người/tháng,Số chỉ số thiếu hụt',
        'TT-01,xã,4,1200000,3',
        'TT-05,xã,4,1200000,',
        'TT-06,xã,4,1800000,',
        'TT-07,xã,4,1200000,0',
      ].join('\n'),
    );
    const { outcome, rows, problems } = await classifyInProcess(rules, list, '2026-12-01');
    if (!outcome.ok) throw new Error(outcome.message);
    const byCode = Object.fromEntries(rows.map((row) => [row.ma_ho, row]));
    expect(byCode['TT-01']?.ma_phan_loai).toBe('poor');
    // Was: near_poor, "không thiếu hụt chỉ số nào" (the blank read as 0). 1.200.000 ≤ 1.500.000: 0-2 → near-poor, 3+ → poor.
    expect(byCode['TT-05']?.ma_phan_loai).not.toBe('near_poor');
    const refused = problems.find((problem) => problem.message.includes('để trống'));
    expect(refused?.column).toBe('so_chi_so');
    expect(refused?.message).toContain('chưa rõ');
    expect(refused?.message).toContain('hộ cận nghèo');
    expect(refused?.message).toContain('hộ nghèo');
    // 1.800.000 in the middle band: no count changes the class, so it is classified, and the blank is said.
    expect(byCode['TT-06']?.ma_phan_loai).toBe('middle');
    expect(byCode['TT-06']?.ly_do).toContain('để trống');
    expect(byCode['TT-06']?.ly_do).not.toContain('không thiếu hụt chỉ số nào');
    // A written 0 is still no deprivation.
    expect(byCode['TT-07']?.ma_phan_loai).toBe('near_poor');
  });
});
