/**
 * Round 25 (commune cadres' lists, helper lists7): cells cadres type that were misread or refused with the generic "Mình
 * chưa hiểu số tiền": a person's figure written "/ng" or "/khẩu" ("1tr2/ng" was read as the household's total), an amount
 * ending in a full stop ("1.200.000.", "1.200.000 đ."). Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ
 * 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, fewer than 3 lacks = near-poor;
 * review date 04/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round25-lists7', rules, '2026-12-04');

const read = (rows: Record<string, string>[]) => rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan]);

describe('a person’s income written “/ng”, “/khẩu”', () => {
  it('is a person’s wherever it is: under the household’s total it is refused as “/người” is (was: “1tr2/ng” read as the total, 300.000 đồng a person)', async () => {
    const { rows, summary } = await run(
      saved('ds-tong-ng.csv', [
        'Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Tổng thu nhập của hộ/tháng,Thiếu hụt',
        'H1,Nguyễn Văn Tư,nt,4,1tr2/ng,bhyt',
        'H2,Lò Thị Mai,nt,4,1.200.000/khẩu,bhyt',
        'H3,Trần Văn Ba,nt,4,200k/ngày,bhyt', // a day's wage: the month is asked
        'H4,Đinh Văn Sáu,nt,4,6tr,bhyt',
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'error', ''],
      ['H2', 'error', ''],
      ['H3', 'error', ''],
      ['H4', 'near_poor', '1500000'],
    ]);
    expect(rows[0]!.ly_do).toContain('“1tr2/ng” là thu nhập mỗi người, nhưng cột này là tổng thu nhập của hộ: chưa rõ ý, không đoán');
    expect(rows[1]!.ly_do).toContain('“1.200.000/khẩu” là thu nhập mỗi người, nhưng cột này là tổng thu nhập của hộ');
    expect(rows[2]!.ly_do).toContain('200.000 đồng (“200k/ngày”) là tiền một ngày. Mình cần thu nhập cả tháng');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([4, 1, 3]);
  });

  it('under the per-person column is that person’s figure (“1tr2/ng/tháng”)', async () => {
    const { rows } = await run(
      saved('ds-bq-ng.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H1,nt,4,1tr2/ng,bhyt', 'H2,nt,4,1tr2/ng/tháng,bhyt', 'H3,nt,4,1.600.000/khẩu,bhyt']),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', '1200000'],
      ['H2', 'near_poor', '1200000'],
      ['H3', 'middle', '1600000'],
    ]);
  });
});

describe('an amount ending in a full stop', () => {
  it('is read at its figure (was: “Mình chưa hiểu số tiền “1.200.000.””)', async () => {
    const { rows, summary } = await run(
      saved('ds-cham.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt',
        'H1,nt,4,1.200.000.,bhyt',
        'H2,nt,4,1.200.000 đ.,bhyt',
        'H3,nt,4,1tr2.,bhyt',
        'H4,nt,4,1.600.000 đồng.,',
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', '1200000'],
      ['H2', 'near_poor', '1200000'],
      ['H3', 'near_poor', '1200000'],
      ['H4', 'middle', '1600000'],
    ]);
    expect(summary.rejected).toBe(0);
  });
});
