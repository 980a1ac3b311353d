/**
 * Round 34 (commune cadres' lists, helper lists18): a thôn's workbook as a commune sends it: two merged title rows, “STT”,
 * names with “Thị”, incomes “2.500.000đ”, “2tr5”, “2 triệu rưỡi”, “1 triệu 2”, “1,3 tr”, “900 nghìn”, “1tr8/ng/th”, dates
 * dd/MM/yyyy, “1/12/2026”, “03-12-2026”, an Excel date, a month alone “T1/2027” / “tháng 11/2026”, and a “Cộng” row. Every
 * row is in the results. Found: a date cell holding a month alone was refused as “không có thật hoặc sai dạng”, now it says
 * the month is there and the day is missing (no day guessed). Round 41 (lists42): a month whose every day gives one result is
 * read on its first day, said (months-round41-lists42).
 * Classes by hand (rural, 2026): poor line 1.500.000 đ/person/month, middle up to 2.250.000.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const readBook = workbookLists('messy-round34-lists18', rules, '2026-12-05');

describe('Thôn Đông, xã Đồng Tâm (.xlsx): no row lost, each odd cell said', () => {
  it('reads every amount and date as typed, a month alone on its first day when the whole month gives one result', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thon Dong');
    sheet.addRow(['UBND XÃ ĐỒNG TÂM']);
    sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT CUỐI NĂM 2026 - THÔN ĐÔNG']);
    sheet.mergeCells('A1:H1');
    sheet.mergeCells('A2:H2');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Địa chỉ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ/người/tháng', 'Thiếu hụt BHYT', 'Ngày rà soát']);
    sheet.addRow([1, 'Nguyễn Thị Lan', 'Thôn Đông', 'Nông thôn', 4, '2.500.000đ', 'x', '05/12/2026']);
    sheet.addRow([2, 'Hoàng Thị Thu', 'Thôn Đông', 'Nông thôn', 3, '2tr5', '', '04/12/2026']);
    sheet.addRow([3, 'Bùi Văn Lực', 'Thôn Đông', 'Nông thôn', 5, '2 triệu rưỡi', 'x', '02/12/2026']);
    sheet.addRow([4, 'Bùi Thị Lợi', 'Thôn Đông', 'Nông thôn', 5, '1.200.000', 'x', 'T1/2027']);
    sheet.addRow([5, 'Lã Thị Xuân', 'Thôn Đông', 'Nông thôn', 5, '1.200.000', 'x', 'tháng 11/2026']);
    sheet.addRow([6, 'Đinh Thị Hằng', 'Thôn Đông', 'Nông thôn', 2, '1 triệu 2', '', '1/12/2026']);
    sheet.addRow([7, 'Lò Thị Mỷ', 'Thôn Đông', 'Nông thôn', 6, '1,3 tr', 'x', new Date(Date.UTC(2026, 11, 3))]);
    sheet.addRow([8, 'Vi Văn Sính', 'Thôn Đông', 'NT', 3, '900 nghìn', 'x', '03-12-2026']);
    sheet.addRow([9, 'Triệu Thị Dung', 'Thôn Đông', 'Nông thôn', 4, '1tr8/ng/th', '', '03/12/2026']);
    sheet.addRow(['', 'Cộng', '', '', 37, '', '', '']);
    const { rows } = await readBook('dong-tam.xlsx', book);
    const reason = (line: number) => rows.find((row) => row.dong === String(line))?.ly_do ?? '';
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.thu_nhap_binh_quan, row.ngay])).toEqual([
      ['4', 'none', '2500000', '05/12/2026'],
      ['5', 'none', '2500000', '04/12/2026'],
      ['6', 'none', '2500000', '02/12/2026'],
      ['7', 'unknown', '1200000', '01/01/2027'],
      ['8', 'near_poor', '1200000', '01/11/2026'],
      ['9', 'near_poor', '1200000', '01/12/2026'],
      ['10', 'near_poor', '1300000', '03/12/2026'],
      ['11', 'near_poor', '900000', '03/12/2026'],
      ['12', 'middle', '1800000', '03/12/2026'],
      ['13', 'footer', '', ''],
    ]);
    expect(reason(5)).toMatch(/^Ô “2tr5” ghi tắt: đọc là 2\.500\.000 đồng/);
    expect(reason(6)).toMatch(/^Ô “2 triệu rưỡi” ghi số tiền bằng chữ: đọc là 2\.500\.000 đồng/);
    // Round 41 (lists42): a month alone whose every day gives one result is read on its first day, said.
    expect(reason(7)).toMatch(/^Ô ngày ghi “T1\/2027” chỉ có tháng: mọi ngày của tháng 01\/2027 cho cùng kết quả/);
    expect(reason(8)).toMatch(/^Ô ngày ghi “tháng 11\/2026” chỉ có tháng: mọi ngày của tháng 11\/2026 cho cùng kết quả/);
    expect(reason(13)).toContain('Số ở dòng này bằng tổng các dòng 4–12 (Số nhân khẩu 37)');
  });
});
