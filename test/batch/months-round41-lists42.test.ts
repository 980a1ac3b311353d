/**
 * Round 41 (commune cadres' lists, helper lists42): a review date written as a month alone ("12/2026", "T12/2026", "tháng
 * 12/2026"; round 34 refused it, no day guessed) is read when every day of that month gives the same result: the row is
 * classified on the month's first day, said in ly_do. When the result changes inside the month (a standard starting in it, a
 * BHYT card running out in it), the row is refused naming the day it changes.
 * Standards (rules/standards): 2026 NĐ 07/2021 Điều 3 kept by NĐ 351/2025 (01/01–31/12/2026, rural line 1.500.000 đ);
 * 2027–2030 NĐ 351/2025 from 01/01/2027 (rural 2.200.000 đ; its indicators and middle band not yet known: "chưa xác định được" where the
 * lacks decide). Neither starts inside a month, so 01/2027 is a whole month of the 2027 standard.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { listFiles } from './list-files.ts';

const { check } = listFiles('months-round41-lists42');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('ngay ra soat chi ghi thang: "12/2026", "T12/2026", "thang 12/2026", "T1/2027"', () => {
  it('is read as the month’s first day when the whole month gives one result, said (was refused: “chỉ ghi tháng … không đoán ngày”)', async () => {
    const { rows } = await check(
      'ds-thang.csv',
      csv([
        'Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Thiếu hụt,Ngày rà soát',
        'M1,Lò Văn A,nt,4,1.200.000,bhyt,12/2026',
        'M2,Lò Văn B,nt,4,1.200.000,bhyt,T12/2026',
        'M3,Lò Văn C,nt,4,1.800.000,,tháng 12/2026',
        'M4,Lò Văn D,nt,4,3.000.000,,T1/2027',
        'M5,Lò Văn E,nt,4,1.800.000,bhyt,01/2027',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ngay, row.chuan, row.ma_phan_loai])).toEqual([
      ['M1', '01/12/2026', 'nd351-2025-transition', 'near_poor'],
      ['M2', '01/12/2026', 'nd351-2025-transition', 'near_poor'],
      ['M3', '01/12/2026', 'nd351-2025-transition', 'middle'],
      ['M4', '01/01/2027', 'nd351-2025', 'unknown'],
      ['M5', '01/01/2027', 'nd351-2025', 'unknown'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Ô ngày ghi “12/2026” chỉ có tháng: mọi ngày của tháng 12/2026 cho cùng kết quả (chuẩn áp dụng và cách xét không đổi trong tháng), nên xét theo ngày 01/12/2026',
    );
    expect(rows[3]!.ly_do).toContain('mọi ngày của tháng 01/2027 cho cùng kết quả');
  });

  it('a BHYT card running out inside the month changes the class: refused, both days said', async () => {
    const { rows } = await check(
      'ds-thang-han-the.csv',
      csv(['Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Thiếu hụt,Hạn thẻ BHYT,Ngày rà soát', 'H1,Lò Văn A,nt,4,1tr2,nuoc nhatieu,15/12/2026,12/2026', 'H2,Lò Văn B,nt,4,1tr2,nuoc nhatieu,31/12/2027,12/2026']),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['H1', 'error'],
      ['H2', 'near_poor'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'ngày “12/2026” chỉ ghi tháng (tháng 12/2026), mà kết quả đổi trong tháng: ngày 01/12/2026 là hộ cận nghèo, ngày 31/12/2026 là hộ nghèo (có ô tính theo ngày xét, như hạn thẻ BHYT); không đoán ngày; hãy ghi đủ ngày rà soát theo dạng dd/MM/yyyy (ví dụ 15/12/2026)',
    );
  });
});

describe('mot chuan bat dau giua thang (quy dinh doi giua thang)', () => {
  it('a month holding the day a standard starts is refused naming that day; the months around it are read', async () => {
    // The 2027 standard moved to 15/01/2027 (the 2026 one to 14/01/2027): a rule change inside 01/2027.
    const rules = loadRules();
    const moved = {
      ...rules,
      standards: rules.standards.map((standard) =>
        standard.id === 'nd351-2025' ? { ...standard, validFrom: '2027-01-15' } : standard.id === 'nd351-2025-transition' ? { ...standard, validTo: '2027-01-14' } : standard,
      ),
    };
    const { rows } = await check('ds-giua-thang.csv', csv(['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Thiếu hụt,Ngày rà soát', 'K1,nt,4,1.200.000,bhyt,tháng 1/2027', 'K2,nt,4,1.200.000,bhyt,12/2026', 'K3,nt,4,3.000.000,,02/2027']), moved);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['K1', 'error'],
      ['K2', 'near_poor'],
      ['K3', 'unknown'],
    ]);
    expect(rows[0]!.ly_do).toContain('ngày “tháng 1/2027” chỉ ghi tháng (tháng 01/2027), mà từ ngày 15/01/2027 áp dụng');
    expect(rows[0]!.ly_do).toContain('ngày trước và từ ngày ấy xét theo hai chuẩn khác nhau; không đoán ngày; hãy ghi đủ ngày rà soát theo dạng dd/MM/yyyy (ví dụ 15/01/2027)');
  });
});
