/**
 * Round 42 (commune cadres' lists, helper lists43): a list whose review day is written once in a line above the header
 * ("Danh sách rà soát ngày 15/11/2026", "Ngày rà soát:" | 15/11/2026) and not on each row was checked at the run's day (here
 * 06/12/2026), the line counted as a title and nothing said. Now that day is the households' review day, said in the notes
 * ("Ngày rà soát lấy từ dòng đầu: 15/11/2026"); a row's own date still wins; two days, or a day that does not exist: said,
 * and the run's day kept.
 * The day changes the class here through a BHYT card ending 30/11/2026: in force on 15/11 (2 lacks, near-poor at 1.200.000
 * đồng, rural 2026 line 1.500.000 đồng), ended on 06/12 (3 lacks: poor).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('dates-round42-lists43');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
const HEADER = 'STT,Họ và tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập BQ/người/tháng,Thiếu hụt,Hạn thẻ BHYT';
const HOUSEHOLDS = ['1,Lò Văn Pấng,Bản Mòng,xã,4,1.200.000,nuoc sh; nha tieu,30/11/2026', '2,Quàng Thị Ón,Bản Mòng,xã,5,1tr2,,31/12/2027'];
const dateNotes = (notes: readonly string[]) => notes.filter((note) => /^(?:Ngày rà soát|Các dòng đầu ghi)/.test(note));

describe('ngay ra soat ghi o dong dau danh sach, khong co cot ngay', () => {
  it('“Danh sách rà soát ngày 15/11/2026” above the header: the households are checked at 15/11/2026, said (was 06/12/2026, the run’s day)', async () => {
    const { rows, notes } = await check('ds-ra-soat.csv', csv(['UBND XÃ MƯỜNG PHĂNG,,,,,,,', 'Danh sách rà soát ngày 15/11/2026,,,,,,,', HEADER, ...HOUSEHOLDS]));
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai, row.so_chi_so_thieu_hut])).toEqual([
      ['4', '15/11/2026', 'near_poor', '2'],
      ['5', '15/11/2026', 'near_poor', '0'],
    ]);
    expect(dateNotes(notes)).toEqual(['Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 2): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026.']);
  });

  it('“Ngay ra soat: 15-11-26” (no marks, dashes, a two-digit year): read as 15/11/2026, the year said', async () => {
    const { rows, notes } = await check('ds-ra-soat-ngan.csv', csv(['Ngay ra soat: 15-11-26,,,,,,,', HEADER, ...HOUSEHOLDS]));
    expect(rows.map((row) => [row.ngay, row.ma_phan_loai])).toEqual([
      ['15/11/2026', 'near_poor'],
      ['15/11/2026', 'near_poor'],
    ]);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 1, ghi “15-11-26”: năm hai chữ số, đọc là năm 2026): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026.',
    ]);
  });

  it('a workbook: “Ngày rà soát:” in A2 and the day as an Excel date in B2', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ban Mong');
    sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO XÃ MƯỜNG PHĂNG']);
    sheet.addRow(['Ngày rà soát:', new Date(Date.UTC(2026, 10, 15))]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    sheet.addRow(HEADER.split(','));
    for (const line of HOUSEHOLDS) sheet.addRow(line.split(',').map((cell, at) => (at === 0 || at === 4 ? Number(cell) : cell)));
    const { rows, notes } = await check('ds-ra-soat.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([
      ['4', '15/11/2026', 'near_poor'],
      ['5', '15/11/2026', 'near_poor'],
    ]);
    expect(dateNotes(notes)).toEqual(['Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 2): các hộ được xét theo ngày này, không theo ngày xét chung 06/12/2026.']);
  });

  it('a decision’s date in the title is no review day: the run’s day, nothing said', async () => {
    const { rows, notes } = await check(
      'ds-quyet-dinh.csv',
      csv(['"Danh sách hộ nghèo sau rà soát năm 2026 (kèm theo Quyết định số 125/QĐ-UBND ngày 20/11/2026 của UBND xã)",,,,,,,', HEADER, ...HOUSEHOLDS]),
    );
    expect(rows.map((row) => [row.ngay, row.ma_phan_loai])).toEqual([
      ['06/12/2026', 'poor'],
      ['06/12/2026', 'near_poor'],
    ]);
    expect(dateNotes(notes)).toEqual([]);
  });
});

describe('ngay ra soat o dong dau va cot ngay, hai ngay khac nhau, ngay khong co that', () => {
  it('a date column still wins; a row with its date cell empty takes the title’s day', async () => {
    const { rows, notes } = await check(
      'ds-co-cot-ngay.csv',
      csv(['Danh sach ra soat ngay 15/11/2026,,,,,,,,', `${HEADER},Ngày rà soát`, `${HOUSEHOLDS[0]},`, `${HOUSEHOLDS[0]!.replace('Pấng', 'Xôm')},05/12/2026`]),
    );
    expect(rows.map((row) => [row.ngay, row.ma_phan_loai])).toEqual([
      ['15/11/2026', 'near_poor'],
      ['05/12/2026', 'poor'],
    ]);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát lấy từ dòng đầu: 15/11/2026 (dòng 1): các hộ để trống ô ngày được xét theo ngày này, không theo ngày xét chung 06/12/2026; hộ có ngày ở cột ngày vẫn xét theo ngày của hộ.',
    ]);
  });

  it('two title lines with two days: none guessed, the run’s day, both said', async () => {
    const { rows, notes } = await check('ds-hai-ngay.csv', csv(['Danh sách rà soát ngày 15/11/2026,,,,,,,', 'Ngày rà soát: 20/11/2026,,,,,,,', HEADER, ...HOUSEHOLDS]));
    expect(rows.map((row) => row.ngay)).toEqual(['06/12/2026', '06/12/2026']);
    expect(dateNotes(notes)).toEqual([
      'Các dòng đầu ghi 2 ngày rà soát khác nhau (dòng 1: 15/11/2026; dòng 2: 20/11/2026): chưa rõ ngày nào, không đoán; các hộ được xét theo ngày xét chung 06/12/2026. Hãy để một ngày rà soát ở dòng đầu, hoặc ghi ngày của từng hộ ở cột “Ngày rà soát”, rồi kiểm tra lại.',
    ]);
  });

  it('“ngày 31/11/2026” does not exist: not used, said', async () => {
    const { rows, notes } = await check('ds-ngay-sai.csv', csv(['Danh sách rà soát ngày 31/11/2026,,,,,,,', HEADER, ...HOUSEHOLDS]));
    expect(rows.map((row) => row.ngay)).toEqual(['06/12/2026', '06/12/2026']);
    expect(dateNotes(notes)).toEqual([
      'Ngày rà soát ở dòng đầu không có thật hoặc sai dạng (dòng 1 ghi “31/11/2026”): không dùng; các hộ được xét theo ngày xét chung 06/12/2026. Hãy sửa ngày ở dòng đầu theo dạng dd/MM/yyyy (ví dụ 15/11/2026) rồi kiểm tra lại.',
    ]);
  });
});
