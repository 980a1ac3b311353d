/**
 * Round 33 (commune cadres' lists, helper lists16): area and name cells shortened with dots as cadres type them.
 * - “T.Thị”, “Th.Thị”, “Thành T.”, “tt.” in the area column: thành thị, said in the row (was: “T.Thị” refused as “không rõ”,
 *   while “N.Thôn” was read, as a thôn, not as the area's name).
 * - “X.Đông” (xã Đông): a commune, rural (was: refused).
 * - “Th.Xuân”, “T.Hòa”: not guessed, refused saying the shortened unit word is not known and how to write it.
 * - Names “Ng.Văn An”, “Tr.Thị Bé”, “Lê Th.Xuân”, “T.Hòa” copied as written, never read as a place.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): 1.800.000 đ per person per month, no lack, is
 * near-poor in a town (≤ 2.000.000) and middle in the countryside (> 1.500.000, ≤ 2.250.000).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved, run } = excelCsvLists('areas-round33-lists16', rules, '2026-12-05');

describe('Xã Đông Hòa (CSV): areas and names written with dots', () => {
  it('reads the area names shortened, says so in the row, and copies the names as written', async () => {
    const { rows, summary } = await run(
      saved('dong-hoa.csv', [
        'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng)',
        '1,Ng.Văn An,T.Thị,3,1.800.000',
        '2,Tr.Thị Bé,N.Thôn,4,1.800.000',
        '3,Lê Th.Xuân,X.Đông,2,1.800.000',
        '4,T.Hòa,Th.Thị,5,1.800.000',
        '5,Nguyễn T.Thị,Thành T.,2,1.800.000',
        '6,Đỗ Văn Hải,tt.,2,1.800.000',
        '7,Phạm Thị Lý,Th.Xuân,2,1.800.000',
        '8,Vi Văn Tâm,T.Hòa,2,1.800.000',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.ho_ten_chu_ho])).toEqual([
      ['2', 'near_poor', 'Ng.Văn An'],
      ['3', 'middle', 'Tr.Thị Bé'],
      ['4', 'middle', 'Lê Th.Xuân'],
      ['5', 'near_poor', 'T.Hòa'],
      ['6', 'near_poor', 'Nguyễn T.Thị'],
      ['7', 'near_poor', 'Đỗ Văn Hải'],
      ['8', 'error', 'Phạm Thị Lý'],
      ['9', 'error', 'Vi Văn Tâm'],
    ]);
    const reason = (line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
    expect(reason(2)).toMatch(/^Ô khu vực “T\.Thị” ghi tắt: đọc là thành thị; nếu không đúng, hãy ghi đầy đủ\. /);
    expect(reason(3)).toMatch(/^Ô khu vực “N\.Thôn” ghi tắt: đọc là nông thôn; /);
    expect(reason(5)).toMatch(/^Ô khu vực “Th\.Thị” ghi tắt: đọc là thành thị; /);
    expect(reason(7)).toMatch(/^Ô khu vực “tt\.” ghi tắt: đọc là thành thị; /);
    expect(reason(8)).toBe(
      'Cột Khu vực (khu_vuc): khu vực “Th.Xuân” không rõ là nông thôn hay thành thị (chữ viết tắt “Th.” chưa rõ là thôn, tổ, xã, phường hay thị trấn: hãy ghi đầy đủ, ví dụ “Thôn Xuân”) (ghi nt, nông thôn hoặc xã; tt, thành thị hoặc phường)',
    );
    expect(reason(9)).toContain('chữ viết tắt “T.” chưa rõ là thôn, tổ, xã, phường hay thị trấn: hãy ghi đầy đủ, ví dụ “Thôn Hòa”');
    expect(summary).toMatchObject({ classified: 6, rejected: 2 });
  });
});
