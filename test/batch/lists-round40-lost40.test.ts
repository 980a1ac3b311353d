/**
 * Round 40 (commune cadres' whole lists, helper lost40): nothing a cadre uploaded is lost from the result.
 * - A workbook whose first sheet heads its income with “Thu nhập” merged over “Tổng hộ/năm” and whose second sheet says
 *   “Tổng hộ/năm” alone: the second sheet was left unread (“không có dòng tên cột”); both now read the household's yearly total.
 * - A title line “Ngày lập:” | 46360 right above the header was read as its upper row (“Ngày lập: Số TT” a date column):
 *   every household refused with “ngày “1” không có thật”; now a title line, the list read.
 * - A row of a name only said “chưa ghi khu vực” alone (fixed, then refused for its size, then its income); now all at once.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('lists-round40-lost40');

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

const xlsx = async (fill: (book: ExcelJS.Workbook) => void) => {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
};

describe('trang 2 chi ghi "Tong ho/nam" (trang 1 co o gop "Thu nhap" phia tren): ca hai trang deu duoc doc', () => {
  it('both sheets read the household’s yearly total ÷ 12 ÷ members (was: “Trang chưa đọc: “Thôn 2” … không có dòng tên cột”)', async () => {
    const bytes = await xlsx((book) => {
      const first = book.addWorksheet('Thôn 1');
      first.addRow(['STT', 'Họ và tên chủ hộ', 'Số nhân khẩu', 'Thu nhập', 'Khu vực']);
      first.addRow(['', '', '', 'Tổng hộ/năm', '']);
      first.addRow([1, 'Nguyễn Văn An', 4, 48000000, 'Nông thôn']);
      first.addRow([2, 'Trần Thị Bình', 3, 90000000, 'Nông thôn']);
      for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'E1:E2']) first.mergeCells(range);
      const second = book.addWorksheet('Thôn 2');
      second.addRow(['STT', 'Họ và tên chủ hộ', 'Số nhân khẩu', 'Tổng hộ/năm', 'Khu vực']);
      second.addRow([1, 'Lê Văn Cường', 5, 60000000, 'Nông thôn']);
      second.addRow([2, 'Phạm Thị Dung', 2, 100000000, 'Nông thôn']);
    });
    const { rows, notes } = await check('ds-hai-trang-thu-nhap-nam.xlsx', bytes);
    expect(rows.map((row) => [row.trang_tinh, row.dong, row.ho_ten_chu_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['Thôn 1', '3', 'Nguyễn Văn An', '1000000', 'near_poor'],
      ['Thôn 1', '4', 'Trần Thị Bình', '2500000', 'none'],
      ['Thôn 2', '2', 'Lê Văn Cường', '1000000', 'near_poor'],
      ['Thôn 2', '3', 'Phạm Thị Dung', '4166667', 'none'],
    ]);
    expect(rows[2]!.ly_do).toContain('Tổng thu nhập của hộ cả năm 60.000.000 đồng ÷ 12 tháng = 5.000.000 đồng mỗi tháng');
    expect(rows[2]!.ly_do).toContain('5.000.000 đồng ÷ 5 người = 1.000.000 đồng/người/tháng');
    expect(notes.join('\n')).toContain('Dòng 1 (trang “Thôn 2”) là dòng tên cột như trang “Thôn 1”: “Tổng hộ/năm” đọc như “Thu nhập Tổng hộ/năm”');
    expect(notes.join('\n')).not.toContain('Trang chưa đọc');
  });
});

describe('dong "Ngay lap:" | ngay ngay tren dong ten cot: la dong tieu de, khong phai tang tren cua ten cot', () => {
  it('the households are read, “Số TT” is no date column (was: every row refused “Cột Ngày lập: Số TT (ngay): ngày “1” không có thật”)', async () => {
    const bytes = await xlsx((book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['BIỂU 01: DANH SÁCH HỘ']);
      sheet.addRow([]);
      sheet.addRow(['Ngày lập:', 46360]);
      sheet.addRow(['Số TT', 'Tên chủ hộ', 'Địa bàn', 'Số thành viên', 'TNBQ', 'Ngày điều tra']);
      sheet.addRow([1, 'Mai Văn Sáu', 'Thành thị', 3, '1tr8', 46350]);
      sheet.addRow([2, 'Lý Văn Tư', 'Nông thôn', 4, '800k', 46351]);
    });
    const { rows, notes } = await check('ds-ngay-lap.xlsx', bytes);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.ngay, row.thu_nhap_binh_quan])).toEqual([
      ['5', 'near_poor', '24/11/2026', '1800000'],
      ['6', 'near_poor', '25/11/2026', '800000'],
    ]);
    expect(notes.join('\n')).toContain('“Ngày điều tra” → ngay');
    expect(notes.join('\n')).not.toContain('Ngày lập: Số TT');
  });
});

describe('dong chi co ho ten: noi mot lan moi o con trong', () => {
  it('a name-only row says area, size and income are all missing (was: “chưa ghi khu vực” alone)', async () => {
    const { rows } = await check(
      'ds-chi-ho-ten.csv',
      csv(['STT;Họ và tên;Số khẩu;Thu nhập bình quân;Khu vực', '1;Nguyễn Văn Tám;4;1,2 triệu;NT', '2;Trương Thị Út;;;', '3;Lâm Văn Mười;3;;NT']),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['4', 'error']]);
    expect(rows[1]!.ly_do).toBe(
      'Cột Khu vực (khu_vuc): dòng chỉ có họ tên (hoặc mã hộ), chưa ghi khu vực, số người và thu nhập: hãy điền đủ các ô ấy rồi kiểm tra lại (nếu dòng không phải một hộ thì xóa dòng)',
    );
    // A row with some figures still names the one cell missing.
    expect(rows[2]!.ly_do).toContain('Cột Thu nhập bình quân (thu_nhap_binh_quan): chưa ghi thu nhập');
  });
});
