/**
 * Round 23 (commune cadres' lists, helper lists3): incomes cadres type as an approximate figure — "khoảng 1 triệu", "tầm 1tr2",
 * "~1.500.000", "khoảng 18 triệu/năm" — read as the chat reads "tam 4 trieu" (one reader, findAmounts), the row saying the list
 * gave an approximate figure. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line
 * 1.500.000 đ per person per month, near-poor line 2.000.000; at or under the poor line, 3 deprivations or more = poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { refusedReasonsSaid } from '../../src/batch/households.ts';
import { excelCsvLists } from './classify-in-process.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round23-lists3', rules, '2026-12-04');

describe('an approximate income in a list', () => {
  const lines = [
    'Mã hộ;Khu vực;Số nhân khẩu;TNBQ (đồng/người/tháng);BHYT',
    'H1;Xã;4;khoảng 1 triệu;x', // 1.000.000: under the poor line, one lack = near-poor
    'H2;Xã;4;tầm 1tr2;x', // 1.200.000
    'H3;Xã;4;~1.500.000;x', // 1.500.000: at the line
    'H4;Xã;4;khoảng 18 triệu/năm;x', // 18.000.000 a year = 1.500.000 a month
    'H5;Xã;4;tam 4 trieu;x', // typed without marks, as residents type it to the chat: 4.000.000, above both lines
    'H6;Xã;4;tam trieu;x', // "tám triệu" (8.000.000): a figure, no "about" said
    'H7;Xã;4;khoảng 1-2 triệu;x', // a range: still refused, one figure asked
    'H8;Xã;4;dưới 2 triệu;x', // a bound across a line (near-poor at 0, middle at 2.000.000): refused, both ends said (round 24)
  ];

  it('is read as the chat reads it and said to be approximate (was: refused, “Mình chưa hiểu số tiền “khoảng 1 triệu””)', async () => {
    const { rows, summary } = await run(saved('ds-khoang.csv', lines));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['H1', 'near_poor'],
      ['H2', 'near_poor'],
      ['H3', 'near_poor'],
      ['H4', 'near_poor'],
      ['H5', 'none'],
      ['H6', 'none'],
      ['H7', 'error'],
      ['H8', 'error'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “khoảng 1 triệu” ghi con số ước chừng (“khoảng”), không phải số chính xác: đọc là 1.000.000 đồng; nếu hộ có số chính xác, hãy ghi lại.');
    expect(rows[1]!.ly_do).toContain('Ô “tầm 1tr2” ghi con số ước chừng (“tầm”)');
    expect(rows[2]!.ly_do).toContain('Ô “~1.500.000” ghi con số ước chừng (“~”)');
    expect(rows[3]!.ly_do).toContain('đọc là 18.000.000 đồng cả năm (1.500.000 đồng mỗi tháng)');
    expect(rows[4]!.ly_do).toContain('Ô “tam 4 trieu” ghi con số ước chừng (“tam”)');
    expect(rows[5]!.ly_do).not.toContain('ước chừng');
    // Round 25 (lists6): an approximate range is read as a range; its two ends give two classes, so it is still refused, with both.
    expect(rows[6]!.ly_do).toContain(
      'Cột TNBQ (đồng/người/tháng) (thu_nhap_binh_quan): “khoảng 1-2 triệu” là từ 1.000.000 đồng đến 2.000.000 đồng một tháng mỗi người, không phải một con số: với 1.000.000 đồng hộ là hộ cận nghèo, với 2.000.000 đồng là hộ có mức sống trung bình',
    );
    expect(rows[7]!.ly_do).toContain(
      'Cột TNBQ (đồng/người/tháng) (thu_nhap_binh_quan): “dưới 2 triệu” là chưa tới 2.000.000 đồng một tháng mỗi người, không phải một con số: với 0 đồng hộ là hộ cận nghèo, với 2.000.000 đồng là hộ có mức sống trung bình',
    );
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([8, 6, 2]);
  });
});

describe('the summary’s refused rows by reason', () => {
  it('puts one column’s several reasons together, numbered (was: two lines “Cột TNBQ …: 3 dòng …”, “Cột TNBQ …: 1 dòng …”, as one reason said twice)', async () => {
    const { summary } = await run(
      saved('ds-loi.csv', [
        'Mã hộ;Khu vực;Số nhân khẩu;TNBQ (đồng/người/tháng);BHYT',
        'H1;Xã;4;chưa hỏi;x',
        'H2;Xã;4;không rõ;x',
        'H3;abc;4;1.200.000;x',
        'H4;Xã;4;1.500;x',
        'H5;Xã;4;dưới 2 triệu;x',
      ]),
    );
    expect(refusedReasonsSaid(summary)).toEqual([
      'Cột TNBQ (đồng/người/tháng) (thu_nhap_binh_quan), lý do 1/3: 2 dòng (dòng 2, 3), ví dụ dòng 2: thu nhập “chưa hỏi” là chưa có số thu nhập, không đọc là 0 đồng',
      'Cột TNBQ (đồng/người/tháng) (thu_nhap_binh_quan), lý do 2/3: 1 dòng (dòng 5), ví dụ dòng 5: “1.500” là 1.500 đồng hay 1.500.000 đồng',
      'Cột TNBQ (đồng/người/tháng) (thu_nhap_binh_quan), lý do 3/3: 1 dòng (dòng 6), ví dụ dòng 6: “dưới 2 triệu” là chưa tới 2.000.000 đồng một tháng mỗi người, không phải một con số',
      'Cột Khu vực (khu_vuc): 1 dòng (dòng 4), ví dụ dòng 4: khu vực “abc” không rõ là nông thôn hay thành thị',
    ]);
  });
});
