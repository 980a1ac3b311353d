/** Findings 18 (commune cadres' lists): the tester's own rows, classes worked out by hand (2026: NĐ 07/2021 rural 1.500.000; 2027: NĐ 351/2025 rural 2.200.000). */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { classifyInProcess } from './classify-in-process.ts';

const rules = loadRules();
const byCode = (rows: Record<string, string>[]) => Object.fromEntries(rows.map((row) => [row.ma_ho, row]));

describe('L25 / L08: the 2026 indicator written "phương tiện tiếp cận thông tin", as cadres call it', () => {
  it('is the indicator “Phương tiện phục vụ tiếp cận thông tin”: S-1 (1.400.000 đồng, 3 deprivations, 2026) is hộ nghèo, like S-2 written in full', async () => {
    const list = [
      'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Thiếu hụt',
      'S-1,nông thôn,4,1400000,"phương tiện tiếp cận thông tin, bhyt, nhà tiêu"',
      'S-2,nông thôn,4,1400000,"Phương tiện phục vụ tiếp cận thông tin, bhyt, nhà tiêu"',
    ].join('\n');
    const rows = byCode((await classifyInProcess(rules, csvSource(list), '2026-12-02')).rows);
    expect(rows['S-1']!.ma_phan_loai).toBe('poor');
    expect(rows['S-1']!.chi_so_thieu_hut).toBe(rows['S-2']!.chi_so_thieu_hut);
    expect(rows['S-1']!.chi_so_thieu_hut).toContain('information_access');
  });

  it('on a 2027 row (D-06) is no indicator of the 2027–2030 standard: not counted, said so, the row still classified (1.400.000 đồng, 2 deprivations left)', async () => {
    const list = [
      'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Thiếu hụt,Ngày rà soát',
      'D-06,nông thôn,4,1400000,"phương tiện tiếp cận thông tin, bhyt, nhà tiêu",15/01/2027',
      'D-07,nông thôn,4,1400000,"phương tiện tiếp cận thông tin, bhyt, nhà tiêu",15/12/2026',
    ].join('\n');
    const rows = byCode((await classifyInProcess(rules, csvSource(list), '2026-12-02')).rows);
    expect(rows['D-07']!.ma_phan_loai).toBe('poor');
    expect(rows['D-06']!.ma_phan_loai).not.toBe('error');
    expect(rows['D-06']!.so_chi_so_thieu_hut).toBe('2');
    expect(rows['D-06']!.ly_do).toContain('Phương tiện phục vụ tiếp cận thông tin');
  });
});

describe('L18: a deprivation cell written "Thiếu nước sạch + con bỏ học"', () => {
  it('reads “con bỏ học” as Tình trạng đi học của trẻ em: M-02 has 2 deprivations (1.200.000 đồng, 2026) and is hộ cận nghèo', async () => {
    const list = ['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Các chỉ số thiếu hụt', 'M-02,nông thôn,4,1200000,"Thiếu nước sạch + con bỏ học"'].join('\n');
    const rows = byCode((await classifyInProcess(rules, csvSource(list), '2026-12-02')).rows);
    expect(rows['M-02']!.ma_phan_loai).toBe('near_poor');
    expect(rows['M-02']!.chi_so_thieu_hut.split(' ').sort()).toEqual(['child_schooling', 'water_source']);
  });
});

describe('L09: a number of people that is no positive whole number', () => {
  it('“-3” is told it must be greater than 0 (it is a whole number already); “4.5” and “bốn” the same rule', async () => {
    const list = ['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Thiếu hụt', 'E-03,nông thôn,-3,1200000,', 'E-06,nông thôn,bốn,1200000,', 'E-10,nông thôn,4.5,1200000,'].join('\n');
    const rows = byCode((await classifyInProcess(rules, csvSource(list), '2026-12-02')).rows);
    for (const code of ['E-03', 'E-06', 'E-10']) {
      expect(rows[code]!.ma_phan_loai).toBe('error');
      expect(rows[code]!.ly_do).toMatch(/^Cột Số nhân khẩu \(so_nguoi\): số người “[^”]+” phải là số nguyên lớn hơn 0/);
    }
  });
});

describe('L19: the area only in "Địa chỉ"', () => {
  it('“Buôn Ma Đoan” (a Tây Nguyên village) is rural like “Bản Nà Hẩu, xã Mường Lay”: N-08 at 1.800.000 đ is hộ có mức sống trung bình (2026)', async () => {
    const list = [
      'Mã hộ,Địa chỉ,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Thiếu hụt',
      'N-04,"Bản Nà Hẩu, xã Mường Lay",4,1800000,',
      'N-08,"Buôn Ma Đoan",4,1800000,',
      // A city of Đắk Lắk named with the word "Buôn": it holds wards and communes, so it alone names no area (asked).
      'N-09,"Buôn Ma Thuột",4,1800000,',
      'N-10,"phường Tân Lập, Buôn Ma Thuột",4,1800000,',
    ].join('\n');
    const rows = byCode((await classifyInProcess(rules, csvSource(list), '2026-12-02')).rows);
    expect(rows['N-04']!.ma_phan_loai).toBe('middle');
    expect(rows['N-08']!.ma_phan_loai).toBe('middle');
    expect(rows['N-09']!.ma_phan_loai).toBe('error');
    expect(rows['N-09']!.ly_do).toContain('không rõ là nông thôn hay thành thị');
    // Urban 2026: 1.800.000 ≤ 2.000.000 with no deprivation → hộ cận nghèo.
    expect(rows['N-10']!.ma_phan_loai).toBe('near_poor');
  });
});
