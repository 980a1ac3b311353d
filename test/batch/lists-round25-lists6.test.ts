/**
 * Round 25 (commune cadres' lists, helper lists6): cells cadres type that were refused with the generic "Mình chưa hiểu số
 * tiền" or "không rõ là có thiếu hụt hay không". An approximate range ("khoảng 1-2 triệu", "khoang 1-1.4tr", "từ 1 đến 1,5
 * triệu") or an approximate figure per person ("tầm 1,5 triệu/người") read as lists5 reads "1-1,5 triệu"; a range in a column
 * of a year's income ("Tổng thu nhập năm": "20-24 triệu") ÷ 12; a BHYT cell holding only the card's last day or month
 * ("31/12/2026", "01/2027"), or refused saying what to write when it cannot be told. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP
 * Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month, middle-living line 2.250.000; at or
 * under the poor line, 3 lacks or more = poor, fewer = near-poor; review date 04/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { excelCsvLists } from './classify-in-process.ts';

const rules = loadRules();
const { saved, run } = excelCsvLists('lists-round25-lists6', rules, '2026-12-04');

const read = (rows: Record<string, string>[]) => rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan]);

describe('an approximate income range', () => {
  it('is read as the range is: settled when both ends give one class, else refused naming both (was: “Mình chưa hiểu số tiền “khoảng 1-2 triệu””)', async () => {
    const { rows, summary } = await run(
      saved('ds-khoang-uoc.csv', [
        'Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt',
        'H1,Nguyễn Văn Tư,nt,4,"khoảng 1-1,5 triệu",bhyt', // 1.000.000 to 1.500.000: near-poor at both ends
        'H2,Lò Thị Mai,nt,4,khoang 1-1.4tr,bhyt',
        'H3,Trần Văn Ba,nt,4,tầm 1-1.5tr,bhyt',
        'H4,Đinh Văn Sáu,nt,4,từ 1 đến 1.5 triệu,bhyt',
        'H5,Hà Thị Lan,nt,4,khoảng 1-2 triệu,bhyt', // 1.000.000 near-poor, 2.000.000 middle-living
        'H6,Vi Văn Tám,nt,4,"tầm 1,5 triệu/người",bhyt', // a person's figure in the per-person column
        'H7,Lương Thị Hoa,nt,4,khoảng 1tr2/người/tháng,bhyt',
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', '1500000'],
      ['H2', 'near_poor', '1400000'],
      ['H3', 'near_poor', '1500000'],
      ['H4', 'near_poor', '1500000'],
      ['H5', 'error', ''],
      ['H6', 'near_poor', '1500000'],
      ['H7', 'near_poor', '1200000'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Ô “khoảng 1-1,5 triệu” ghi thu nhập từ 1.000.000 đồng đến 1.500.000 đồng một tháng mỗi người, không phải một con số: dù là bao nhiêu trong khoảng này hộ cũng là hộ cận nghèo, nên tính theo 1.500.000 đồng; nếu hộ có số chính xác, hãy ghi lại.',
    );
    expect(rows[3]!.ly_do).toContain('Ô “từ 1 đến 1.5 triệu” ghi thu nhập từ 1.000.000 đồng đến 1.500.000 đồng một tháng mỗi người');
    expect(rows[4]!.ly_do).toContain(
      'Cột TNBQ (thu_nhap_binh_quan): “khoảng 1-2 triệu” là từ 1.000.000 đồng đến 2.000.000 đồng một tháng mỗi người, không phải một con số: với 1.000.000 đồng hộ là hộ cận nghèo, với 2.000.000 đồng là hộ có mức sống trung bình; hãy ghi một con số gần đúng nhất, ví dụ “1,5 triệu”',
    );
    expect(rows[5]!.ly_do).toContain('Ô “tầm 1,5 triệu/người” ghi con số ước chừng (“tầm”), không phải số chính xác: đọc là 1.500.000 đồng');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([7, 6, 1]);
  });

  it('of one person under the household’s total is refused as an exact one is (was: the generic “Mình chưa hiểu số tiền”)', async () => {
    const { rows } = await run(saved('ds-tong-nguoi.csv', ['Mã hộ,Khu vực,Số nhân khẩu,Tổng thu nhập của hộ/tháng,Thiếu hụt', 'H1,nt,4,khoảng 1tr5/người,bhyt']));
    expect(rows[0]!.ly_do).toContain('“khoảng 1tr5/người” là thu nhập mỗi người, nhưng cột này là tổng thu nhập của hộ: chưa rõ ý, không đoán');
  });
});

describe('an income range in a column of a year’s income', () => {
  it('is divided by 12 and said so (was: “Bạn ghi khoảng 20.000.000 đồng đến 24.000.000 đồng. Thu nhập gần mức nào hơn?”)', async () => {
    const { rows, summary } = await run(
      saved('ds-nam-khoang.csv', [
        'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,Tổng thu nhập năm,Thiếu hụt',
        '1,Nguyễn Thị Hằng,nt,4,20-24 triệu,bhyt', // 1.666.667 to 2.000.000 a month, ÷ 4: 416.667 to 500.000 a person
        '2,Phạm Văn Đức,nt,2,30-60 triệu,bhyt', // 1.250.000 to 2.500.000 a person: near-poor to none
        '3,Lê Văn Hùng,nt,4,khoảng 60-70tr,bhyt', // 1.250.000 to 1.458.333 a person
        '4,Bùi Thị Nga,nt,4,1-1tr2/tháng,bhyt', // the cell says its own month
      ]),
    );
    expect(rows.map((row) => [row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['near_poor', '500000'],
      ['error', ''],
      ['near_poor', '1458333'],
      ['near_poor', '300000'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Ô “20-24 triệu” ghi thu nhập từ 20.000.000 đồng đến 24.000.000 đồng cả năm cả hộ (÷ 12 tháng: từ 1.666.667 đồng đến 2.000.000 đồng một tháng), không phải một con số: dù là bao nhiêu trong khoảng này hộ cũng là hộ cận nghèo, nên tính theo 24.000.000 đồng cả năm (2.000.000 đồng một tháng)',
    );
    expect(rows[1]!.ly_do).toContain(
      '“30-60 triệu” là từ 30.000.000 đồng đến 60.000.000 đồng cả năm cả hộ (÷ 12 tháng: từ 2.500.000 đồng đến 5.000.000 đồng một tháng), không phải một con số: với 30.000.000 đồng cả năm hộ là hộ cận nghèo, với 60.000.000 đồng là không thuộc diện',
    );
    expect(rows[1]!.ly_do).toContain('hãy ghi một con số gần đúng nhất, ví dụ “45 triệu”');
    expect(rows[3]!.ly_do).toContain('Ô “1-1tr2/tháng” ghi thu nhập từ 1.000.000 đồng đến 1.200.000 đồng một tháng cả hộ');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([4, 3, 1]);
  });

  it('per person a year too, and warned when so low it may be a month’s', async () => {
    const { rows } = await run(saved('ds-bq-nam.csv', ['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập BQ/người/năm,Thiếu hụt', 'H1,nt,3,12-18 triệu,bhyt', 'H2,nt,3,800-900 nghìn,bhyt']));
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', '1500000'],
      ['H2', 'near_poor', '75000'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “12-18 triệu” ghi thu nhập từ 12.000.000 đồng đến 18.000.000 đồng cả năm mỗi người (÷ 12 tháng: từ 1.000.000 đồng đến 1.500.000 đồng một tháng)');
    expect(rows[1]!.ly_do).toContain('Lưu ý: thu nhập bình quân mỗi người cả năm “800-900 nghìn” là rất thấp (75.000 đồng mỗi người mỗi tháng), có thể ô ghi thu nhập một tháng');
  });
});

describe('a BHYT cell holding only a date', () => {
  it('is the card’s last day or month when still to come on the review date, and refused saying what to write when not (was: “không rõ là có thiếu hụt hay không”)', async () => {
    const { rows, summary } = await run(
      saved('ds-bhyt-ngay.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nước sinh hoạt',
        'H1,nt,4,1200000,31/12/2026,x',
        'H2,nt,4,1200000,04/12/2026,x', // the review day itself: still in force
        'H3,nt,4,1200000,01/2027,x',
        'H4,nt,4,1200000,31/12/26,x',
        'H5,nt,4,1200000,hết hạn 6/2026,x', // a month, said to be the end: ended before the review date
        'H6,nt,4,1200000,còn hạn đến tháng 3/2027,x',
        'H7,nt,4,1200000,30/06/2026,x', // past, alone: the day the card ended, or the day it was issued?
        'H8,nt,4,1200000,12/2026,x', // the review date's own month: in force on 04/12 or not?
        'H9,nt,4,1200000,31/02/2027,x',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['H1', 'near_poor', 'water_source'],
      ['H2', 'near_poor', 'water_source'],
      ['H3', 'near_poor', 'water_source'],
      ['H4', 'near_poor', 'water_source'],
      ['H5', 'near_poor', 'health_insurance water_source'],
      ['H6', 'near_poor', 'water_source'],
      ['H7', 'error', ''],
      ['H8', 'error', ''],
      ['H9', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột “BHYT” ghi “31/12/2026”: ô chỉ ghi ngày, đọc là hạn của thẻ: thẻ có hạn đến 31/12/2026, vẫn còn hạn vào ngày xét 04/12/2026, nên đọc là không thiếu hụt chỉ số “Bảo hiểm y tế”',
    );
    expect(rows[2]!.ly_do).toContain('Cột “BHYT” ghi “01/2027”: ô chỉ ghi tháng, đọc là hạn của thẻ: thẻ có hạn đến tháng 01/2027, vẫn còn hạn vào ngày xét 04/12/2026');
    expect(rows[4]!.ly_do).toContain('Cột “BHYT” ghi “hết hạn 6/2026”: thẻ hết hạn tháng 06/2026, trước ngày xét 04/12/2026, nên đọc là thiếu hụt chỉ số “Bảo hiểm y tế”');
    expect(rows[6]!.ly_do).toContain(
      'Cột BHYT: ô chỉ ghi “30/06/2026”, trước ngày xét 04/12/2026: chưa rõ là ngày thẻ hết hạn (thì hộ thiếu hụt) hay ngày cấp thẻ; nếu thẻ đã hết hạn, hãy ghi x hoặc “hết hạn 30/06/2026”; nếu thẻ còn hạn, hãy ghi “còn hạn đến” và ngày hết hạn in trên thẻ',
    );
    expect(rows[7]!.ly_do).toContain(
      'Cột BHYT: “12/2026” là tháng hết hạn của thẻ, cùng tháng với ngày xét 04/12/2026: chưa rõ thẻ còn hạn vào ngày xét không; hãy ghi ngày hết hạn của thẻ (dd/MM/yyyy), hoặc ghi x nếu hộ thiếu hụt chỉ số này',
    );
    expect(rows[8]!.ly_do).toContain('Cột BHYT: ngày “31/02/2027” trong “31/02/2027” không có thật');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([9, 6, 3]);
  });
});

describe('a mark with a note beside it in the same cell', () => {
  it('is read when the note says the same as the mark, and refused naming the note when not (was: “x (hết hạn)” không rõ là có thiếu hụt hay không)', async () => {
    const { rows, summary } = await run(
      saved('ds-dau-ghi-chu.csv', [
        'STT,Họ tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nước sinh hoạt,Thiếu hụt nhà tiêu',
        '1,Lò Văn Páo,nt,4,1200000,x (hết hạn),,',
        '2,Hà Thị Dung,nt,4,1200000,x - chưa có thẻ,,',
        '3,Sầm Văn Ón,nt,4,1200000,,"x, sông suối",',
        '4,Vi Thị Hiên,nt,4,1200000,x (còn hạn),,', // the note says the card is in force
        '5,Nông Văn Kỳ,nt,4,1200000,x (hết hạn 31/12/2026),,', // a day: in force on 04/12/2026, whatever the mark
        '6,Lục Thị Mến,nt,4,1200000,,,x (hố xí tạm)',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'near_poor', 'health_insurance'],
      ['3', 'near_poor', 'health_insurance'],
      ['4', 'near_poor', 'water_source'],
      ['5', 'error', ''],
      ['6', 'error', ''],
      ['7', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột “BHYT” ghi “x (hết hạn)”: đọc là thiếu hụt chỉ số “Bảo hiểm y tế”');
    expect(rows[3]!.ly_do).toContain(
      'Cột BHYT: “x (còn hạn)”: dấu “x” là thiếu hụt nhưng ghi chú “còn hạn” là không thiếu hụt: hãy chỉ ghi dấu ở ô này (x nếu hộ thiếu hụt chỉ số này, để trống nếu không) và ghi chú ở cột Ghi chú',
    );
    expect(rows[4]!.ly_do).toContain('Cột BHYT: “x (hết hạn 31/12/2026)” ghi dấu “x” kèm ghi chú “hết hạn 31/12/2026”, chưa rõ ghi chú có đổi ý của dấu không');
    expect(rows[5]!.ly_do).toContain('Cột Thiếu hụt nhà tiêu: “x (hố xí tạm)” ghi dấu “x” kèm ghi chú “hố xí tạm”');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([6, 3, 3]);
  });
});

describe('an income with a note in brackets after its figure', () => {
  it('is read at its figure with the note said, unless the note may change the figure (was: “Mình chưa hiểu số tiền “1.200.000 (ước)””)', async () => {
    const { rows, summary } = await run(
      saved('ds-thu-nhap-ghi-chu.csv', [
        'Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT',
        'H1,Đèo Văn Lả,nt,4,1.200.000 (ước),x',
        'H2,Cầm Thị Ỏn,nt,4,1tr2 (làm thuê),x',
        'H3,Tòng Văn Xôm,nt,4,1tr2 (2 người),x', // whose figure is it?
        'H4,Quàng Thị Then,nt,4,1tr2 (năm),x', // a year's, in a month's column?
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', '1200000'],
      ['H2', 'near_poor', '1200000'],
      ['H3', 'error', ''],
      ['H4', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “1.200.000 (ước)” có ghi chú trong ngoặc “ước” (con số ước chừng, không phải số chính xác): đọc số tiền “1.200.000”; nếu hộ có số chính xác, hãy ghi lại.');
    expect(rows[1]!.ly_do).toContain('Ô “1tr2 (làm thuê)” có ghi chú trong ngoặc “làm thuê” (ghi chú không dùng để xét): đọc số tiền “1tr2”; ghi chú nên để ở cột Ghi chú.');
    expect(rows[2]!.ly_do).toContain(
      'Cột TNBQ (thu_nhap_binh_quan): “1tr2 (2 người)” có ghi chú trong ngoặc “2 người” có thể đổi ý của số tiền (kỳ, số người, của ai): chưa rõ, không đoán; hãy chỉ ghi số tiền ở ô này (ví dụ “1tr2”) và ghi chú ở cột Ghi chú',
    );
    expect(rows[3]!.ly_do).toContain('“1tr2 (năm)” có ghi chú trong ngoặc “năm” có thể đổi ý của số tiền');
    expect([summary.rows, summary.classified, summary.rejected]).toEqual([4, 2, 2]);
  });
});

describe('an income cell saying the household has none', () => {
  it('is read as 0 đồng and said, as the chat reads it (was: “Mình chưa hiểu số tiền “ko có thu nhập””)', async () => {
    const { rows } = await run(
      saved('ds-khong-thu-nhap.csv', ['Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H1,Lò Thị Ún,nt,1,ko có thu nhập,bhyt nuoc nhatieu', 'H2,Sa Văn Nọi,nt,1,Không có thu nhập,bhyt']),
    );
    // 0 đồng is under the poor line: 3 lacks = poor, 1 = near-poor.
    expect(read(rows)).toEqual([
      ['H1', 'poor', '0'],
      ['H2', 'near_poor', '0'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô “ko có thu nhập” ghi hộ không có thu nhập: đọc là 0 đồng; nếu hộ có thu nhập, hãy ghi số tiền.');
  });
});
