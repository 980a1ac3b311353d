/**
 * findings18 (outside commune-cadre test, 02/12/2026): a household told in one sentence with an indicator's everyday
 * name. Class by hand: 2026 = NĐ 07/2021 Điều 3 kept by NĐ 351/2025 (nông thôn ≤ 1.500.000 đ: nghèo with ≥ 3 chỉ số).
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read, classOf } = readerOn('2026-12-02');

describe('"không có phương tiện tiếp cận thông tin" in a household sentence', () => {
  it('is a deprivation in “Phương tiện phục vụ tiếp cận thông tin”: 1.200.000 đ with it, BHYT and the latrine is hộ nghèo (was: 2 chỉ số, cận nghèo)', () => {
    const text = 'hộ 4 người ở xã, thu nhập 1,2 triệu mỗi người mỗi tháng, không có phương tiện tiếp cận thông tin, không có bhyt, nhà tiêu tạm';
    expect([...read(text).understood.deprivations!].sort()).toEqual(['health_insurance', 'information_access', 'sanitation']);
    expect(classOf(text)).toEqual({ classification: 'poor', incomePerPerson: 1_200_000 });
  });
});

describe('"Buôn …" in a household sentence', () => {
  it('"hộ ông Y Điêng, Buôn Ma Đoan, 4 người" is rural: 1,8 triệu mỗi người is hộ có mức sống trung bình (2026); "Buôn bán nhỏ" is no place', () => {
    const text = 'hộ ông Y Điêng, Buôn Ma Đoan, 4 người, thu nhập mỗi người 1,8 triệu một tháng';
    expect(read(text).understood.area).toBe('rural');
    expect(classOf(text)).toEqual({ classification: 'middle', incomePerPerson: 1_800_000 });
    expect(read('Buôn bán nhỏ, nhà 4 người, mỗi người 1,8 triệu một tháng').understood.area ?? null).toBeNull();
  });
});
