/**
 * Round 38 (commune cadres' whole lists, helper lists22). What the cadre opening the result sees, and rows said precisely:
 * - `--out ket-qua.xlsx`: the run's messages (columns read, "?" for lost letters, sheets left out) were on the screen only;
 *   the workbook's "Tổng hợp" sheet now ends with them, and says the refused rows are on "Dòng lỗi";
 * - a cell of only "?" (the household's area, size, income, date unknown to whoever filled the list): the row is refused
 *   saying the cell is "?" (unknown, not guessed) and what to write there (was the column's general refusal, "Mình chưa
 *   hiểu số tiền “?”", "“?” là một dấu đánh" under the list of lacks);
 * - a review date with a time ("15/10/2026 08:30", "46310.35" as a date-and-time cell saved General): the day, the time said
 *   to be left out (was "không có thật hoặc sai dạng").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { work, check, cli } = listFiles('lists-round38-lists22');

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('ket qua xlsx: mo file ra thay het thong bao (tong hop)', () => {
  it('the “Tổng hợp” sheet ends with every message the screen says, and where the refused rows are (was: the counts only)', async () => {
    const book = new ExcelJS.Workbook();
    const cover = book.addWorksheet('Bìa');
    cover.addRow(['UBND XÃ TÂN AN']);
    const sheet = book.addWorksheet('Thôn 1');
    sheet.addRow(['Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân', 'Thiếu hụt', 'Ghi chú']);
    sheet.addRow(['H1', 'Nguy?n V?n An', 'nông thôn', 4, 1_200_000, 'bhyt', '']);
    sheet.addRow(['H2', 'Trần Thị Bình', 'nông thôn', 3, '?', '', 'chua hoi dc']);
    sheet.addRow(['H3', 'Lê Văn Cường', 'nông thôn', 2, 900_000, '', '']);
    const list = join(work, 'ds-thong-bao.xlsx');
    await book.xlsx.writeFile(list);
    const out = join(work, 'kq-thong-bao.xlsx');
    const run = cli([list, '--out', out]);
    expect(run.status).toBe(3);
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    const summary = result
      .getWorksheet('Tổng hợp')!
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1).map((value) => (value === undefined || value === null ? '' : String(value))));
    const labels = summary.map((row) => row[0]!);
    // The counts stay first, where scripts read them by their labels.
    expect(summary[1]).toEqual(['Số dòng (hộ)', '3']);
    expect(summary).toContainEqual(['Dòng lỗi chưa phân loại: số dòng, cột và lý do của từng dòng ở trang “Dòng lỗi”', '1']);
    const said = labels.indexOf('Thông báo khi đọc danh sách (như in trên màn hình):');
    expect(said).toBeGreaterThan(0);
    const notes = labels.slice(said + 1);
    // Each note as the screen says it, in order: the sheet left out, the columns, the letters lost to "?".
    for (const note of notes) expect(run.stderr).toContain(`${note}\n`);
    expect(notes.some((note) => note.startsWith('Trang chưa đọc: “Bìa”'))).toBe(true);
    expect(notes.some((note) => note.startsWith('Chữ tiếng Việt bị thay bằng dấu “?”') && note.includes('dòng 2'))).toBe(true);
    expect(summary[said]![1]).toBe(String(notes.length));
  }, 60_000);
});

describe('o ghi dau hoi "?" (chua biet): noi cot nao, ghi gi thay vao', () => {
  it('each “?” names its column, says it is unknown and not guessed, and what to write instead', async () => {
    const { rows } = await check(
      'ds-dau-hoi.csv',
      csv([
        'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt,Nhà tiêu,Ngày rà soát',
        'H1,?,3,900000,,,15/10/2026',
        'H2,nông thôn,?,900000,,,15/10/2026',
        'H3,nông thôn,3,?,,,15/10/2026',
        'H4,nông thôn,3,900000,?,,15/10/2026',
        'H5,nông thôn,3,900000,,?,15/10/2026',
        'H6,nông thôn,3,900000,,,??',
        'H7,nông thôn,3,900000,,,15/10/2026',
      ]),
    );
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['error', 'error', 'error', 'error', 'error', 'error', 'near_poor']);
    const unknown = 'tức là chưa biết: không đoán, dòng chưa được phân loại; hãy ghi';
    expect(rows[0]!.ly_do).toBe(`Cột Khu vực (khu_vuc): ô ghi “?”, ${unknown} khu vực của hộ: nông thôn (hoặc nt, xã) hay thành thị (hoặc tt, phường)`);
    expect(rows[1]!.ly_do).toBe(`Cột Số nhân khẩu (so_nguoi): ô ghi “?”, ${unknown} số nhân khẩu của hộ bằng chữ số (ví dụ 4)`);
    expect(rows[2]!.ly_do).toContain(`Cột Thu nhập bình quân (thu_nhap_binh_quan): ô ghi “?”, ${unknown} thu nhập bình quân mỗi người mỗi tháng bằng con số (ví dụ 1.500.000 hoặc 1,5 triệu)`);
    expect(rows[2]!.ly_do).not.toContain('Mình chưa hiểu');
    // Was: "“?” là một dấu đánh" — a question mark is no tick.
    expect(rows[3]!.ly_do).toContain(`Cột Thiếu hụt (thieu_hut): ô ghi “?”, ${unknown} tên các chỉ số hộ thiếu hụt`);
    expect(rows[3]!.ly_do).not.toContain('dấu đánh');
    // A mark column says its marks, and that a ✓ may have been lost to "?".
    expect(rows[4]!.ly_do).toContain('Cột Nhà tiêu: “?” không rõ là có thiếu hụt hay không');
    expect(rows[4]!.ly_do).toContain('nếu ô vốn ghi ✓, dấu ấy đã mất khi tệp được lưu bằng bảng mã không có dấu ✓: hãy ghi x');
    expect(rows[5]!.ly_do).toBe(`Cột Ngày rà soát (ngay): ô ghi “??”, ${unknown} ngày xét theo dạng dd/MM/yyyy (ví dụ 15/10/2026), hoặc để trống để dùng ngày xét chung của lần kiểm tra`);
  });
});

describe('ngay co kem gio (15/10/2026 08:30): doc la ngay, noi bo gio', () => {
  it('a workbook’s date-and-time cells and texts, and a day count with its fraction, are the day; the time said (was: “sai dạng”)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['Mã hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân', 'Ngày rà soát']);
    sheet.addRow(['D1', 'nt', 3, 900_000, '15/10/2026 08:30']);
    sheet.addRow(['D2', 'nt', 3, 900_000, '15/10/2026 8:30:00 SA']);
    sheet.addRow(['D3', 'nt', 3, 900_000, '46310.35']);
    sheet.addRow(['D4', 'nt', 3, 900_000, '2026-10-15 14:05:00']);
    // Excel's own date-and-time cells: a date with its hour, a day count with its fraction under a date-and-time format.
    sheet.addRow(['D5', 'nt', 3, 900_000, new Date(Date.UTC(2026, 9, 15, 8, 30))]);
    sheet.addRow(['D6', 'nt', 3, 900_000, 46310.35]);
    sheet.getCell('E6').numFmt = 'dd/mm/yyyy hh:mm';
    sheet.getCell('E7').numFmt = 'dd/mm/yyyy hh:mm';
    // Still refused: no real time, no real day.
    sheet.addRow(['D7', 'nt', 3, 900_000, '15/10/2026 25:30']);
    sheet.addRow(['D8', 'nt', 3, 900_000, '31/02/2026 08:30']);
    const { rows } = await check('ds-ngay-gio.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(rows.map((row) => [row.ma_ho, row.ngay, row.ma_phan_loai])).toEqual([
      ['D1', '15/10/2026', 'near_poor'],
      ['D2', '15/10/2026', 'near_poor'],
      ['D3', '15/10/2026', 'near_poor'],
      ['D4', '15/10/2026', 'near_poor'],
      ['D5', '15/10/2026', 'near_poor'],
      ['D6', '15/10/2026', 'near_poor'],
      ['D7', '', 'error'],
      ['D8', '', 'error'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô ngày ghi “15/10/2026 08:30” có kèm giờ (08:30): giờ không dùng để xét, đọc là ngày 15/10/2026.');
    expect(rows[1]!.ly_do).toContain('có kèm giờ (8:30:00 SA)');
    expect(rows[2]!.ly_do).toContain('Ô ngày ghi “46310.35” là ngày theo cách Excel lưu (số ngày; phần sau dấu thập phân là giờ trong ngày, không dùng để xét), đọc là 15/10/2026.');
    expect(rows[3]!.ly_do).toContain('có kèm giờ (14:05:00)');
  });

  it('a CSV “10/25/2026 08:30” (month first) is still named as 25/10/2026, not read', async () => {
    const { rows } = await check('ds-thang-truoc.csv', csv(['Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Ngày rà soát', 'M1,nt,3,900000,10/25/2026 08:30']));
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain('nếu ô ghi tháng trước ngày, đó là ngày 25/10/2026: hãy ghi 25/10/2026');
  });
});

describe('file hong giua chung: cac dong truoc van duoc xet, dong hong duoc neu ten', () => {
  const header = 'Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt';
  const households = Array.from({ length: 12 }, (_, n) => `H${n + 1},Nguyễn Văn ${n + 1},nông thôn,${1 + (n % 4)},${900_000 + n * 100_000},bhyt`);

  it('a UTF-8 CSV with bytes of another encoding at line 8: that line refused and named, the 11 others checked (was: the whole file refused)', async () => {
    const lines = [header, ...households].map((line) => Buffer.from(line));
    // A row pasted from an old Windows-1258 list: "Nguyễn" as 1258 bytes, invalid in UTF-8.
    lines[7] = Buffer.concat([Buffer.from('H7,Nguy'), Buffer.from([0xea, 0xde, 0x6e]), Buffer.from(' Văn 7,nông thôn,4,1500000,bhyt')]);
    const bytes = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\r\n')]));
    const { rows, notes, outcome } = await check('ds-lan-byte.csv', bytes);
    expect(outcome.ok).toBe(true);
    expect(rows.map((row) => row.dong)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(rows.filter((row) => row.ma_phan_loai === 'error').map((row) => row.dong)).toEqual(['8']);
    expect(rows[6]!.ly_do).toContain('dòng này có byte không phải UTF-8');
    expect(notes).toContainEqual(expect.stringContaining('Tệp UTF-8 bị lẫn byte của bảng mã khác ở 1 dòng (dòng 8): các dòng ấy là dòng lỗi, chưa được xét'));
  });

  it('a CSV cut off in its last row: the row is named as where the file may have been cut (was: “chưa ghi khu vực” alone)', async () => {
    const text = `${header}\r\n${households.join('\r\n')}`;
    const { rows, notes } = await check('ds-cat-cut.csv', Buffer.from(text.slice(0, text.length - 30)));
    expect(rows).toHaveLength(12);
    expect(notes).toContainEqual(expect.stringMatching(/^Dòng cuối của tệp \(dòng 13\) chỉ có 2 ô, ít hơn 6 cột của danh sách, và tệp không kết thúc bằng dấu xuống dòng: có thể tệp bị cắt cụt/));
    // A whole last row without its line break is no cut (guard).
    const whole = await check('ds-du.csv', Buffer.from(text));
    expect(whole.notes.some((note) => note.startsWith('Dòng cuối của tệp'))).toBe(false);
  });

  it('a workbook whose sheet breaks at row 2001: the refusal names the last row read before it (was: no row named)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách');
    sheet.addRow(header.split(','));
    for (let n = 0; n < 3000; n += 1) sheet.addRow([`H${n}`, `Lò Văn ${n}`, 'nông thôn', 1 + (n % 5), 1_000_000 + n, '']);
    const written = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    // In the order Excel writes its zip (workbook before the sheets: read streamed, row by row).
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const names = Object.keys(written.files).filter((one) => !written.files[one]!.dir);
    const zip = new JSZip();
    for (const name of [...first, ...names.filter((one) => !first.includes(one))]) {
      const text = await written.file(name)!.async('string');
      zip.file(name, name === 'xl/worksheets/sheet1.xml' ? text.replace('<row r="2001"', '<row r="2001" <<') : text);
    }
    const list = join(work, 'ds-hong.xlsx');
    writeFileSync(list, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = cli([list, '--out', join(work, 'kq-hong.xlsx')]);
    expect(run.status).toBe(2);
    const read = /không đọc được đến cuối \(đọc được đến dòng (\d+), hỏng từ sau dòng đó\): hãy tải lại tệp/.exec(run.stderr);
    expect(run.stderr.startsWith('Tệp Excel “ds-hong.xlsx” bị hỏng hoặc chưa tải về hết')).toBe(true);
    // The stream reader parses the sheet in pieces: the last row it gave stands before the broken one.
    expect(Number(read?.[1])).toBeGreaterThan(1);
    expect(Number(read?.[1])).toBeLessThan(2001);
  }, 60_000);
});
