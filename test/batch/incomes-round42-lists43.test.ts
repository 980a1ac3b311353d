/**
 * Round 42 (commune cadres' lists, helper lists43): a month's income typed under a year's income column ("Thu nhập bình
 * quân/năm": "2.500.000", a person's month) was read as the year's without a word (208.333 đồng a month: "hộ cận nghèo",
 * where 2.500.000 a month is above every line). Now such a figure (the year's reading under
 * BATCH_DEFAULTS.monthInYear.belowPerPersonMonth a person a month, the figure itself a month's income) is said in its row:
 * refused, both classes named, when the two readings give two classes; classified as the column says, with the doubt said,
 * when they give one. A cell saying its period ("2.500.000 đồng/tháng") is read as it says; clear figures as before.
 * Lines (rules/standards, 2026 NĐ 07/2021 kept by NĐ 351/2025): rural 1.500.000 đồng (poor/near-poor), middle to 2.250.000.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('incomes-round42-lists43');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('thu nhap thang ghi vao cot thu nhap nam', () => {
  it('“2.500.000” under “Thu nhập bình quân/năm”: refused naming both readings (was near-poor at 208.333 đồng a month, unsaid)', async () => {
    const { rows } = await check(
      'ds-tnbq-nam.csv',
      csv([
        'STT,Họ và tên chủ hộ,Ấp,Khu vực,Số nhân khẩu,Thu nhập bình quân/năm,Thiếu hụt',
        '1,Nguyễn Văn Tư,Ấp 3,xã,4,2.500.000,',
        '2,Trần Thị Bé,Ấp 3,xã,3,18.000.000,',
        '3,Lê Văn Út,Ấp 3,xã,3,2.500.000 đồng/tháng,',
        '4,Lê Thị Hai,Ấp 3,xã,3,2.500.000 đồng/năm,',
        '5,Võ Văn Ba,Ấp 3,xã,5,2tr5,',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'error', ''],
      ['3', 'near_poor', '1500000'],
      ['4', 'none', '2500000'],
      ['5', 'near_poor', '208333'],
      ['6', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột Thu nhập bình quân/năm (thu_nhap_binh_quan): “2.500.000” ở cột thu nhập cả năm là 208.333 đồng mỗi người mỗi tháng (2.500.000 đồng ÷ 12 tháng), thấp bất thường; nếu là thu nhập một tháng thì là 2.500.000 đồng mỗi người mỗi tháng: có thể ô ghi thu nhập tháng vào cột năm. Đọc theo năm, hộ là hộ cận nghèo; đọc theo tháng, hộ là không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình: chưa phân loại, không đoán. Hãy xem lại ô này: nếu là thu nhập mỗi tháng, ghi “2.500.000 đồng/tháng”; nếu đúng là cả năm, ghi “2.500.000 đồng/năm”',
    );
    expect(rows[4]!.ly_do).toContain('“2tr5” ở cột thu nhập cả năm là 208.333 đồng mỗi người mỗi tháng');
    for (const row of [rows[1]!, rows[2]!, rows[3]!]) expect(row.ly_do).not.toContain('có thể ô ghi thu nhập tháng vào cột năm');
  });

  it('one class either way: classified as the column says, the doubt said; under 100.000 đồng a month the older note alone', async () => {
    const { rows } = await check(
      'ds-tnbq-nam-thap.csv',
      csv(['Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,TNBQ (đồng/người/năm)', 'H01,Hà Văn Chiến,nt,4,1.400.000', 'H02,Hà Thị Mai,nt,4,1.000.000']),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['H01', 'near_poor', '116667'],
      ['H02', 'near_poor', '83333'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Lưu ý: “1.400.000” ở cột thu nhập cả năm là 116.667 đồng mỗi người mỗi tháng (1.400.000 đồng ÷ 12 tháng), thấp bất thường; nếu là thu nhập một tháng thì là 1.400.000 đồng mỗi người mỗi tháng: có thể ô ghi thu nhập tháng vào cột năm; đọc theo năm hay theo tháng hộ cũng là hộ cận nghèo, nên xét theo tên cột (cả năm); hãy kiểm tra lại ô này.',
    );
    expect(rows[1]!.ly_do).toContain('Lưu ý: thu nhập bình quân mỗi người cả năm 1.000.000 đồng là rất thấp (83.333 đồng mỗi người mỗi tháng), có thể ô ghi thu nhập một tháng');
    expect(rows[1]!.ly_do).not.toContain('ở cột thu nhập cả năm là');
  });

  it('a workbook, the household’s total in thousands a year: 8000 for 4 people refused, 60000 read as before', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thon 2');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ (nghìn đồng/năm)']);
    sheet.addRow([1, 'Sùng A Páo', 'nông thôn', 4, 8000]);
    sheet.addRow([2, 'Giàng Thị Dở', 'nông thôn', 4, 60000]);
    const { rows } = await check('ds-tong-nam.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['2', 'error', ''],
      ['3', 'near_poor', '1250000'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột Tổng thu nhập của hộ (nghìn đồng/năm) (tong_thu_nhap): “8000” ở cột thu nhập cả năm là 166.667 đồng mỗi người mỗi tháng (8.000.000 đồng ÷ 12 tháng ÷ 4 người), thấp bất thường; nếu là thu nhập một tháng thì là 2.000.000 đồng mỗi người mỗi tháng (8.000.000 đồng ÷ 4 người): có thể ô ghi thu nhập tháng vào cột năm. Đọc theo năm, hộ là hộ cận nghèo; đọc theo tháng, hộ là hộ có mức sống trung bình',
    );
    expect(rows[0]!.ly_do).toContain('nếu là thu nhập mỗi tháng, ghi “8.000.000 đồng/tháng”');
  });

  it('a year’s figure under a month’s column stays refused as before (“30.000.000” a person a month)', async () => {
    const { rows } = await check('ds-tnbq-thang.csv', csv(['STT,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhap BQ nguoi/thang', '1,Nguyen Van Tam,nt,4,30.000.000', '2,Nguyen Thi Chin,nt,4,1.200.000']));
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'near_poor']);
    expect(rows[0]!.ly_do).toContain('“30.000.000” là 30.000.000 đồng mỗi người mỗi tháng');
    expect(rows[0]!.ly_do).toContain('hoặc là thu nhập cả năm');
  });
});
