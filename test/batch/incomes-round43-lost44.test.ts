/**
 * Round 43 (lost44): a commune's list headed "Thu nhập bình quân/tháng" where a cadre typed a person's YEARLY income. From
 * 10.000.000 đồng a person the row was already refused; below it ("9.600.000" for one person: 800.000 đồng a month as a year's,
 * a near-poor household) it was classified "không thuộc diện" unsaid. Now such a row is still classified as the column says (never
 * divided, never dropped) and its reason starts with "Cần xem lại", what it would be as a year's figure and what to write; the
 * refused row from 10.000.000 up says what it would be as a year's figure too. The cells commune sheets really hold ("2tr5",
 * "2.500.000", "2,5 triệu", empty, "khong co") read as before.
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('incomes-round43-lost44');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEADER = 'STT,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập bình quân/tháng,Thiếu hụt';
const row = (at: number, members: number, income: string) => `${at},Hộ số ${at},Thôn 2,xã,${members},"${income}",`;

describe('Thu nhập bình quân/tháng holding a year’s figure', () => {
  it('“9.600.000” for one person: classified as a month’s, flagged with the year’s reading (was none, unsaid)', async () => {
    const { rows } = await check('ds-nam.csv', csv([HEADER, row(1, 1, '9.600.000'), row(2, 2, '7.200.000'), row(3, 1, '6 triệu')]));
    expect(rows.map((one) => [one.dong, one.ma_phan_loai, one.thu_nhap_binh_quan])).toEqual([
      ['2', 'none', '9600000'],
      ['3', 'none', '7200000'],
      ['4', 'none', '6000000'],
    ]);
    expect(rows[0]!.ly_do).toMatch(
      /^Cần xem lại: ô “9\.600\.000” ở cột thu nhập mỗi tháng là 9\.600\.000 đồng mỗi người mỗi tháng, cao so với các hộ trong diện rà soát; có thể là thu nhập cả năm: khi ấy là 800\.000 đồng mỗi người mỗi tháng \(9\.600\.000 đồng ÷ 12 tháng\), hộ là hộ cận nghèo\. Đã xét theo tên cột \(mỗi tháng\), không tự chia; nếu là thu nhập cả năm, hãy ghi “9\.600\.000\/năm”; nếu đúng là mỗi tháng, ghi “9\.600\.000\/tháng”\. /,
    );
    expect(rows[1]!.ly_do).toContain('khi ấy là 600.000 đồng mỗi người mỗi tháng');
    expect(rows[2]!.ly_do).toContain('Cần xem lại: ô “6 triệu” ở cột thu nhập mỗi tháng');
  });

  it('“30.000.000” for one person stays refused (a row, never dropped), now saying it is 2.500.000 đồng a month as a year’s', async () => {
    const { rows } = await check('ds-30tr.csv', csv([HEADER, row(1, 1, '30.000.000')]));
    expect(rows.map((one) => [one.dong, one.ma_phan_loai])).toEqual([['2', 'error']]);
    expect(rows[0]!.ly_do).toContain('hoặc là thu nhập cả năm (nếu là cả năm thì là 2.500.000 đồng mỗi người mỗi tháng); chưa phân loại, không tự chia.');
  });

  it('the period typed in the cell settles it: “9.600.000/tháng” is a month’s, unflagged; “9.600.000/năm” a year’s', async () => {
    const { rows } = await check('ds-ky.csv', csv([HEADER, row(1, 1, '9.600.000/tháng'), row(2, 1, '9.600.000/năm')]));
    expect(rows.map((one) => [one.ma_phan_loai, one.thu_nhap_binh_quan])).toEqual([
      ['none', '9600000'],
      ['near_poor', '800000'],
    ]);
    expect(rows.every((one) => !(one.ly_do ?? '').includes('Cần xem lại'))).toBe(true);
  });

  it('what commune sheets hold read as before, none flagged, none dropped: "2tr5", "2.500.000", "2,5 triệu", "khong co", empty', async () => {
    const { rows } = await check('ds-thuong.csv', csv([HEADER, row(1, 4, '2tr5'), row(2, 4, '2.500.000'), row(3, 4, '2,5 triệu'), row(4, 4, 'khong co'), row(5, 4, ''), row(6, 3, '4.800.000')]));
    expect(rows.map((one) => [one.dong, one.ma_phan_loai, one.thu_nhap_binh_quan])).toEqual([
      ['2', 'none', '2500000'],
      ['3', 'none', '2500000'],
      ['4', 'none', '2500000'],
      ['5', 'near_poor', '0'],
      ['6', 'error', ''],
      ['7', 'none', '4800000'],
    ]);
    expect(rows.some((one) => (one.ly_do ?? '').includes('Cần xem lại'))).toBe(false);
  });

  it('a household total: 9.600.000 for 4 people is 2.400.000 each, no year doubt; for 1 person it is flagged', async () => {
    const header = HEADER.replace('Thu nhập bình quân/tháng', 'Tổng thu nhập của hộ/tháng');
    const { rows } = await check('ds-tong.csv', csv([header, row(1, 4, '9.600.000'), row(2, 1, '9.600.000')]));
    expect(rows.map((one) => [one.ma_phan_loai, (one.ly_do ?? '').startsWith('Cần xem lại')])).toEqual([
      ['none', false],
      ['none', true],
    ]);
    expect(rows[1]!.ly_do).toContain('(9.600.000 đồng ÷ 1 người)');
  });
});
