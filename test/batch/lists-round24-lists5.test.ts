/**
 * Round 24 (commune cadres' lists, helper lists5): cells cadres type that were refused or read silently last round. A BHYT cell
 * with the card's last day ("còn hạn đến 31/12/2026", "het han 30/6/2026") read against the review date; "giếng nhà" under
 * "Nước sinh hoạt" asked as a well is; an income given as a range or a bound ("1-1,5 triệu", "dưới 1 triệu", "trên 3 triệu")
 * settled when every figure in it gives the same class, else asked with both; an income in words ("tám triệu", "tam trieu") said
 * in ly_do; "Tổng: 2 hộ, 9 ng" checked like "9 người". Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP):
 * rural poor line 1.500.000 đ per person per month, middle-living line 2.250.000; at or under the poor line, 3 lacks or more = poor,
 * fewer = near-poor.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round24-lists5', rules, '2026-12-04');

const read = (rows: Record<string, string>[]) => rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut]);
const BHYT_RULE = '(thiếu hụt khi hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế)';

describe('a BHYT cell giving the card’s last day', () => {
  it('is read against the review date: a card in force that day is had, one ended before it lacked (was: refused, or “hết hạn” a lack whatever the date)', async () => {
    const { rows, summary } = await run(
      saved('ds-han-the.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nước sinh hoạt',
        'H1,nt,4,1200000,còn hạn đến 31/12/2026,x',
        'H2,nt,4,1200000,het han 30/6/2026,x',
        'H3,nt,4,1200000,hết hạn 31/12/2026,x', // the card's last day is still to come on 04/12/2026
        'H4,nt,4,1200000,HSD: 04/12/2026,x', // the last day itself: still in force
        'H5,nt,4,1200000,the con han den 30/11/2026,x', // "còn hạn" written, but the day has passed
        'H6,nt,4,1200000,còn hạn đến 31/02/2026,x', // no such day
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', 'water_source'],
      ['H2', 'near_poor', 'health_insurance water_source'],
      ['H3', 'near_poor', 'water_source'],
      ['H4', 'near_poor', 'water_source'],
      ['H5', 'near_poor', 'health_insurance water_source'],
      ['H6', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain(
      `Cột “BHYT” ghi “còn hạn đến 31/12/2026”: thẻ có hạn đến 31/12/2026, vẫn còn hạn vào ngày xét 04/12/2026, nên đọc là không thiếu hụt chỉ số “Bảo hiểm y tế” ${BHYT_RULE}; nếu hộ thiếu hụt chỉ số này, hãy ghi x.`,
    );
    expect(rows[1]!.ly_do).toContain(`Cột “BHYT” ghi “het han 30/6/2026”: thẻ hết hạn ngày 30/06/2026, trước ngày xét 04/12/2026, nên đọc là thiếu hụt chỉ số “Bảo hiểm y tế” ${BHYT_RULE}.`);
    expect(rows[2]!.ly_do).toContain('thẻ có hạn đến 31/12/2026, vẫn còn hạn vào ngày xét 04/12/2026');
    expect(rows[5]!.ly_do).toContain('Cột BHYT: ngày “31/02/2026” trong “còn hạn đến 31/02/2026” không có thật: hãy ghi ngày hết hạn của thẻ (dd/MM/yyyy)');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([6, 5, 1]);
  });

  it('is read against each row’s own review date', async () => {
    const { rows } = await run(
      saved('ds-han-the-ngay.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nước sinh hoạt,Ngày rà soát', 'H1,nt,4,1200000,hết hạn 30/6/2026,x,15/03/2026', 'H2,nt,4,1200000,hết hạn 30/6/2026,x,15/09/2026']),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', 'water_source'],
      ['H2', 'near_poor', 'health_insurance water_source'],
    ]);
  });
});

describe('“giếng nhà” under “Nước sinh hoạt”', () => {
  it('is asked as a well is, with the rule (was: “không rõ là có thiếu hụt hay không”); “giếng khoan nhà” is read', async () => {
    const { rows } = await run(
      saved('ds-gieng-nha.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Nước sinh hoạt,Thiếu hụt BHYT', 'H1,nt,4,1200000,giếng nhà,x', 'H2,nt,4,1200000,nuoc gieng nha,x', 'H3,nt,4,1200000,giếng khoan nhà,x']),
    );
    expect(read(rows)).toEqual([
      ['H1', 'error', ''],
      ['H2', 'error', ''],
      ['H3', 'near_poor', 'health_insurance'],
    ]);
    for (const [row, typed] of [[rows[0]!, 'giếng nhà'], [rows[1]!, 'nuoc gieng nha']] as const) {
      expect(row.ly_do).toContain(
        `Cột Nước sinh hoạt: “${typed}” chưa đủ để biết hộ có thiếu hụt chỉ số “Nguồn nước sinh hoạt” hay không (Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh; chỉ có nước sông, suối, ao hồ, giếng không được bảo vệ là thiếu): giếng khoan hay giếng đào (có nắp/để hở)?`,
      );
    }
  });
});

describe('an income given as a range or a bound', () => {
  it('is read when every figure in it gives the household the same class, and asked with both ends when not (was: “Mình chưa hiểu số tiền “dưới 1 triệu””)', async () => {
    const { rows, summary } = await run(
      saved('ds-khoang-thu-nhap.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt',
        'H1,nt,4,"1-1,5 triệu",bhyt', // 1.000.000 and 1.500.000: both at or under the poor line, 1 lack = near-poor
        'H2,nt,4,dưới 1 triệu,bhyt nuoc nhatieu', // 0 to 1.000.000, 3 lacks = poor at both
        'H3,nt,4,tren 3 trieu,bhyt', // above the middle-living line however much above
        'H4,nt,4,trên 2tr,bhyt', // 2.000.000 is middle-living, more may be none
        'H5,nt,4,duoi 2 trieu,bhyt', // 0 is near-poor, 2.000.000 middle-living
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['H1', 'near_poor', '1500000'],
      ['H2', 'poor', '1000000'],
      ['H3', 'none', '3000000'],
      ['H4', 'error', ''],
      ['H5', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Ô “1-1,5 triệu” ghi thu nhập từ 1.000.000 đồng đến 1.500.000 đồng một tháng mỗi người, không phải một con số: dù là bao nhiêu trong khoảng này hộ cũng là hộ cận nghèo, nên tính theo 1.500.000 đồng; nếu hộ có số chính xác, hãy ghi lại.',
    );
    expect(rows[1]!.ly_do).toContain('Ô “dưới 1 triệu” ghi thu nhập chưa tới 1.000.000 đồng một tháng mỗi người, không phải một con số: dù là bao nhiêu trong khoảng này hộ cũng là hộ nghèo');
    expect(rows[3]!.ly_do).toContain(
      'Cột TNBQ (thu_nhap_binh_quan): “trên 2tr” là hơn 2.000.000 đồng một tháng mỗi người, không phải một con số: với 2.000.000 đồng hộ là hộ có mức sống trung bình, với thu nhập cao hơn nữa là không thuộc diện',
    );
    expect(rows[4]!.ly_do).toContain('với 0 đồng hộ là hộ cận nghèo, với 2.000.000 đồng là hộ có mức sống trung bình; hãy ghi một con số gần đúng nhất, ví dụ “1,8 triệu”');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([5, 3, 2]);
  });

  it('in the household’s total column is divided by its members first', async () => {
    const { rows } = await run(saved('ds-tong-khoang.csv', ['Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập của hộ/tháng,Thiếu hụt', 'H1,nt,4,4-5 triệu,bhyt']));
    // 1.000.000 to 1.250.000 a person: near-poor at both ends.
    expect(read(rows)).toEqual([['H1', 'near_poor', 'health_insurance']]);
    expect(rows[0]!.ly_do).toContain('Ô “4-5 triệu” ghi thu nhập từ 4.000.000 đồng đến 5.000.000 đồng một tháng cả hộ');
  });
});

describe('an income written in words', () => {
  it('says in ly_do how it was read (was: 8.000.000 taken silently from “tam trieu”)', async () => {
    const { rows } = await run(
      saved('ds-chu.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H1,nt,4,tám triệu,bhyt', 'H2,nt,4,tam trieu,bhyt', 'H3,nt,4,một triệu hai,bhyt', 'H4,nt,4,1tr2,bhyt']),
    );
    expect(read(rows)).toEqual([
      ['H1', 'none', 'health_insurance'],
      ['H2', 'none', 'health_insurance'],
      ['H3', 'near_poor', 'health_insurance'],
      ['H4', 'near_poor', 'health_insurance'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “tám triệu” ghi số tiền bằng chữ: đọc là 8.000.000 đồng; nếu không đúng, hãy ghi bằng chữ số.');
    expect(rows[1]!.ly_do).toContain(
      'Ô “tam trieu” ghi số tiền bằng chữ: đọc là 8.000.000 đồng (“tam” đọc là “tám”; nếu là “tầm”, tức khoảng, hãy ghi con số bằng chữ số, ví dụ “tầm 1 triệu”)',
    );
    expect(rows[2]!.ly_do).toContain('Ô “một triệu hai” ghi số tiền bằng chữ: đọc là 1.200.000 đồng');
    expect(rows[3]!.ly_do).not.toContain('bằng chữ');
  });
});

describe('a total row counting people with “ng”', () => {
  it('is checked like “người” (was: “Tổng: 2 hộ, 9 ng” not counted, no “Cần xem lại”)', async () => {
    const { summary } = await run(saved('ds-tong-ng.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H1,nt,4,1200000,bhyt', 'H2,nt,3,1300000,', '"Tổng: 2 hộ, 9 ng",,,,']));
    expect(summary.totalDiffers).toEqual([expect.objectContaining({ what: 'people', said: 9, counted: 7 })]);
  });
});
