/**
 * Round 25 (commune cadres' lists, helper lists7): cells cadres type that were misread or refused with the generic "Mình
 * chưa hiểu số tiền": a person's figure written "/ng" or "/khẩu" ("1tr2/ng" was read as the household's total), an amount
 * ending in a full stop ("1.200.000.", "1.200.000 đ."); a header of a year's income that does not say whose ("Thu nhập năm",
 * "TN/năm") still refused, now naming both readings and the header to write for each; a column of the BHYT card's term
 * ("Hạn thẻ BHYT", "Hạn BHYT", "Thẻ BHYT hết hạn") read against the review date (was an ignored column). Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ
 * 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, fewer than 3 lacks = near-poor;
 * review date 04/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists } from './classify-in-process.ts';

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

describe('a column of a year’s income that does not say whose', () => {
  it('is refused naming both readings and the header to write for each (was: “chưa rõ là thu_nhap_binh_quan hay tong_thu_nhap”)', async () => {
    for (const header of ['Thu nhập năm', 'TN/năm']) {
      const { outcome } = await classifyInProcess(rules, saved('ds-nam.csv', [`STT,Họ tên chủ hộ,Khu vực,Số khẩu,${header},Thiếu hụt`, '1,Nguyễn Thị Hằng,nt,4,48.000.000,bhyt']), '2026-12-04');
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.message).toContain(
        `Cột “${header}” (ô E1) là thu nhập cả năm nhưng chưa rõ của ai: tổng thu nhập cả năm của cả hộ (chia 12 rồi chia số người) hay thu nhập cả năm của mỗi người (chỉ chia 12)? ` +
          'Hai cách đọc cho kết quả khác nhau, nên không đoán; hãy đổi tên cột thành “Tổng thu nhập năm” nếu là của cả hộ, hoặc “Thu nhập BQ/người/năm” nếu là của mỗi người.',
      );
    }
    // Either header it names is read: 48.000.000 a year is 1.000.000 a person a month for the household of 4, 4.000.000 for one person's.
    for (const [header, perPerson] of [['Tổng thu nhập năm', '1000000'], ['Thu nhập BQ/người/năm', '4000000']]) {
      const { rows } = await run(saved('ds-nam-ro.csv', [`STT,Họ tên chủ hộ,Khu vực,Số khẩu,${header},Thiếu hụt`, '1,Nguyễn Thị Hằng,nt,4,48.000.000,bhyt']));
      expect(rows[0]!.thu_nhap_binh_quan).toBe(perPerson);
    }
  });
});

describe('a column of the BHYT card’s term', () => {
  it('is read against the review date: a past day is the card ended, one to come is in force (was: “Hạn thẻ BHYT” ignored, every household counted with a card)', async () => {
    for (const header of ['Hạn thẻ BHYT', 'Hạn BHYT', 'Thẻ BHYT hết hạn']) {
      const { rows, summary } = await run(
        saved('ds-han-the.csv', [
          `STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,Nhà tạm,${header}`,
          '1,Nguyễn Văn Tư,nt,4,1tr2,,31/12/2025', // ended before 04/12/2026: a lack
          '2,Lò Thị Mai,nt,4,1tr2,,31/12/2027',
          '3,Trần Văn Ba,nt,4,1tr2,,',
          '4,Đinh Văn Sáu,nt,4,1tr2,,06/2026',
        ]),
      );
      expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
        ['near_poor', 'health_insurance'],
        ['near_poor', ''],
        ['near_poor', ''],
        ['near_poor', 'health_insurance'],
      ]);
      expect(rows[0]!.ly_do).toContain(`Cột “${header}” ghi “31/12/2025”: thẻ hết hạn ngày 31/12/2025, trước ngày xét 04/12/2026, nên đọc là thiếu hụt chỉ số “Bảo hiểm y tế”`);
      expect(rows[1]!.ly_do).toContain('thẻ có hạn đến 31/12/2027, vẫn còn hạn vào ngày xét 04/12/2026, nên đọc là không thiếu hụt');
      expect(summary.rejected).toBe(0);
    }
  });
});
