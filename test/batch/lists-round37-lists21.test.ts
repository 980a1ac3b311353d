/**
 * Round 37 (commune cadres' whole lists, helper lists21). Lists as they come from a commune's computers:
 * - a CSV saved as ANSI on a computer without Vietnamese ("Nguy?n V?n An"): the rows were checked and nothing said of the
 *   lost letters; now the rows are named and why, and still checked (none dropped);
 * - a workbook damaged past its first rows, results to stdout: stderr said "Chưa ghi kết quả nào" under 999 printed rows,
 *   and a workbook cut off mid-download ended with exit 0, half its rows and no summary (a temporary file left with --out);
 * - a Windows-1252 CSV ("Hans Müller", "José García") was read as TCVN3 ("Mỹller", "Josộ Garcớa").
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';
import { windows1258 } from './windows1258.ts';

const { work, check, cli } = listFiles('lists-round37-lists21');

describe('a CSV saved as ANSI on a computer without Vietnamese: letters lost to “?”', () => {
  // Typed with full diacritics, saved by Excel as "CSV (Comma delimited)" on a computer set for Western languages: Windows-1252
  // keeps "Thôn", "Hà", "Bình" and writes "?" for the letters it lacks.
  const typed = [
    'Ma ho,Ho ten chu ho,Thon,Khu vuc,So nhan khau,Thu nhap binh quan,Thieu hut',
    'H1,Nguyễn Văn An,Thôn 1,Nông thôn,4,1200000,bhyt',
    'H2,Hà Thu,Thôn 1,Nông thôn,2,900000,',
    'H3,Trần Thị Bình,Ấp 2,Nông thôn,3,2500000,',
    'H4,Lê Văn Cường,Thôn 1,Thành thị,2,900000,nước',
    '',
  ].join('\r\n');

  it('says which rows lost their letters and why, and still checks and keeps every row', async () => {
    const bytes = iconv.encode(typed, 'windows-1252');
    expect(bytes.toString('latin1')).toContain('Nguy?n V?n An');
    const { rows, notes, outcome } = await check('ds-ansi.csv', bytes);
    expect(outcome.ok).toBe(true);
    expect(rows.map((row) => row.ma_ho)).toEqual(['H1', 'H2', 'H3', 'H4']);
    expect(rows.map((row) => row.ho_ten_chu_ho)).toEqual(['Nguy?n V?n An', 'Hà Thu', 'Tr?n Th? Bình', 'Lê V?n C??ng']);
    // H1 and H3 are checked as any row (H3: 2.500.000 in the countryside); H4's area cell "Thành th?" lost its letters too: refused, and said to be why.
    expect(rows.map((row) => row.ma_phan_loai)).toEqual(['near_poor', 'near_poor', 'none', 'error']);
    const note = notes.find((text) => text.startsWith('Chữ tiếng Việt bị thay bằng dấu “?”'));
    expect(note).toBe(
      'Chữ tiếng Việt bị thay bằng dấu “?” (ví dụ “Nguy?n V?n” thay cho “Nguyễn Văn”) ở 3 dòng: dòng 2, 4, 5. ' +
        'Có lẽ tệp đã được lưu bằng một bảng mã không có tiếng Việt (máy chưa cài tiếng Việt): chữ đã mất không khôi phục được. ' +
        'Các dòng ấy vẫn được xét và có trong kết quả, họ tên, thôn, ấp ghi như trong tệp; dòng 5 bị từ chối vì ô cần để xét có dấu “?” (lý do ở cột ly_do). ' +
        'Hãy mở bản danh sách còn đủ dấu, lưu lại bằng “CSV UTF-8 (Comma delimited)” hoặc .xlsx rồi kiểm tra lại.',
    );
    // Read as the Windows-1252 it is ("Hà", "Bình" as typed), not as Windows-1258, where the same bytes also spell words.
    expect(notes).toContain('Tệp dùng bảng mã Windows-1252 (Latin-1); đã đọc và chuyển sang Unicode.');
  });

  it('a clean list says nothing of it, and a "?" in a note column is no lost letter', async () => {
    const { notes } = await check('ds-utf8.csv', Buffer.from(`${typed.replace('bhyt', 'bhyt,co the?').replace('Thieu hut', 'Thieu hut,Ghi chu')}`, 'utf8'));
    expect(notes.filter((text) => text.includes('dấu “?”'))).toEqual([]);
  });
});

describe('legacy encodings told apart: Windows-1252, TCVN3, Windows-1258', () => {
  const header = 'Mã hộ,Họ tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân';

  it('a Windows-1252 list of Western names (a header without diacritics) reads “Müller”, “José García”, not TCVN3', async () => {
    const bytes = iconv.encode('ma_ho,ho_ten,khu_vuc,so_nguoi,thu_nhap_binh_quan\nH1,Hans Müller,nt,4,1200000\nH2,José García,tt,3,2500000\nH3,François Lefèvre,nt,2,900000\n', 'windows-1252');
    const { rows, notes } = await check('ds-1252.csv', bytes);
    expect(rows.map((row) => row.ho_ten_chu_ho)).toEqual(['Hans Müller', 'José García', 'François Lefèvre']);
    expect(notes.find((text) => text.startsWith('Tệp dùng bảng mã'))).toContain('Windows-1252 (Latin-1)');
    expect(notes.join('\n')).not.toContain('TCVN3');
  });

  it('a TCVN3 (ABC) list, names of the Central Highlands among its households, is still TCVN3', async () => {
    const bytes = iconv.encode(`${header}\nH1,Nguyễn Văn Dũng,nông thôn,4,1200000\nH2,Trần Thị Lưỡng,thành thị,3,2500000\nH3,H'Hen Niê,nông thôn,2,900000\nH4,Rơ Châm Khoan,nông thôn,2,900000\n`, 'tcvn');
    const { rows, notes } = await check('ds-tcvn.csv', bytes);
    expect(notes).toContain('Tệp dùng bảng mã TCVN3 (ABC); đã đọc và chuyển sang Unicode.');
    expect(rows.map((row) => row.ho_ten_chu_ho)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Lưỡng', "H'Hen Niê", 'Rơ Châm Khoan']);
  });

  it('a Windows-1258 list (tones as combining marks) is Windows-1258, names composed as typed on a phone', async () => {
    const { rows, notes } = await check('ds-1258.csv', windows1258(`${header}\nH1,Nguyễn Văn Dũng,nông thôn,4,1200000\nH2,Trần Thị Lưỡng,thành thị,3,2500000\nH3,José Hà,nông thôn,2,900000\n`));
    expect(notes).toContain('Tệp dùng bảng mã Windows-1258; đã đọc và chuyển sang Unicode.');
    expect(rows.map((row) => row.ho_ten_chu_ho)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Lưỡng', 'José Hà']);
  });
});

describe('review dates as a commune’s software exports them, with their midnight', () => {
  // Round 38 (lists22): "15/10/2026 14:30" is 15/10/2026 too, its time said in ly_do (was refused here as no date; the review
  // day is what is checked, and the cadre sees the time was left out).
  it('“15/10/2026 00:00:00”, “2026-10-15T00:00” are 15/10/2026 (were refused as no date); another time is the day, said; a month-first one named', async () => {
    const { rows } = await check('ngay-gio.csv', Buffer.from([
      'Mã hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt,Ngày rà soát',
      'A1,Nông thôn,4,1200000,bhyt,15/10/2026 00:00:00',
      'A2,Nông thôn,4,1200000,bhyt,2026-10-15T00:00',
      'A3,Nông thôn,4,1200000,bhyt,05/10/2026 0:00',
      'A4,Nông thôn,4,1200000,bhyt,15/10/2026 14:30',
      'A5,Nông thôn,4,1200000,bhyt,10/25/2026 00:00:00',
      '',
    ].join('\r\n')));
    expect(rows.map((row) => [row.ma_ho, row.ngay, row.ma_phan_loai])).toEqual([
      ['A1', '15/10/2026', 'near_poor'],
      ['A2', '15/10/2026', 'near_poor'],
      ['A3', '05/10/2026', 'near_poor'],
      ['A4', '15/10/2026', 'near_poor'],
      ['A5', '', 'error'],
    ]);
    expect(rows[3]!.ly_do).toContain('Ô ngày ghi “15/10/2026 14:30” có kèm giờ (14:30): giờ không dùng để xét, đọc là ngày 15/10/2026.');
    expect(rows[4]!.ly_do).toContain('nếu ô ghi tháng trước ngày, đó là ngày 25/10/2026: hãy ghi 25/10/2026');
  });
});

describe('a damaged workbook, results to stdout', () => {
  /** A commune's workbook of `households`, its zip in the order Excel writes it (workbook before the sheet: read streamed). */
  async function workbook(households: number, damage: (sheet: string) => string = (sheet) => sheet): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách');
    sheet.addRow(['Mã hộ', 'Họ tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân', 'Thiếu hụt']);
    for (let n = 0; n < households; n += 1) sheet.addRow([`H${n}`, `Lò Văn ${n}`, 'nông thôn', 1 + (n % 5), 1_000_000 + n, n % 2 ? 'bhyt' : '']);
    const written = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const names = Object.keys(written.files).filter((name) => !written.files[name]!.dir);
    const zip = new JSZip();
    for (const name of [...first, ...names.filter((name) => !first.includes(name))]) {
      const text = await written.file(name)!.async('string');
      zip.file(name, name === 'xl/worksheets/sheet1.xml' ? damage(text) : text);
    }
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('damaged past its first rows: stdout ends with “KẾT QUẢ DỞ DANG”, stderr says what was printed, not “Chưa ghi kết quả nào”', async () => {
    // A sheet whose XML breaks at row 2001 (a disk or USB stick fault): the reader fails there.
    const path = join(work, 'hong.xlsx');
    writeFileSync(path, await workbook(3000, (sheet) => sheet.replace('<row r="2001"', '<row r="2001" <<')));
    const run = cli([path]);
    expect(run.status).toBe(2);
    const [header, ...rows] = parse(run.stdout, { relax_column_count: true }) as string[][];
    const last = rows.pop()!;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(last).toEqual([`KẾT QUẢ DỞ DANG: danh sách không đọc được đến cuối (xem thông báo lỗi). Ở trên chỉ có ${rows.length} dòng kết quả đầu tiên (đến dòng ${rows.length + 1} của danh sách); các dòng sau chưa được kiểm tra, chưa có tổng hợp. Hãy chạy lại cả danh sách.`]);
    // Round 38: the message names the last row read ("(đọc được đến dòng N, hỏng từ sau dòng đó)").
    expect(run.stderr).toMatch(/không đọc được đến cuối \(đọc được đến dòng \d+, hỏng từ sau dòng đó\): /);
    expect(run.stderr.replace(/ \(đọc được đến dòng \d+, hỏng từ sau dòng đó\)/, '')).toContain(`Tệp Excel “hong.xlsx” bị hỏng hoặc chưa tải về hết, không đọc được đến cuối: hãy tải lại tệp, hoặc mở tệp trong Excel và lưu lại (.xlsx), rồi chạy lại. Kết quả đã in ra chỉ có ${rows.length} dòng đầu (đến dòng ${rows.length + 1} của danh sách), dòng cuối ghi “KẾT QUẢ DỞ DANG”; các dòng sau chưa được kiểm tra, chưa có tổng hợp.\n`);
    expect(run.stderr).not.toContain('Chưa ghi kết quả nào');
    // With --out nothing is kept: there it is true.
    const out = join(work, 'kq-hong.csv');
    const kept = cli([path, '--out', out]);
    expect(kept.status).toBe(2);
    expect(kept.stderr).toContain('rồi chạy lại. Chưa ghi kết quả nào.\n');
    expect(readdirSync(work).filter((name) => name.includes('kq-hong'))).toEqual([]);
  }, 120_000);

  it('cut off mid-download: refused before any row (was exit 0, half the rows, no summary), no temporary file left', async () => {
    const whole = await workbook(6000);
    const path = join(work, 'tai-do.xlsx');
    // Cut half-way through the sheet's entry (the bytes between its name and the next entry's): rows came, then nothing.
    const sheetAt = whole.indexOf('xl/worksheets/sheet1.xml');
    writeFileSync(path, whole.subarray(0, Math.floor((sheetAt + whole.indexOf('xl/theme/theme1.xml', sheetAt)) / 2)));
    const run = cli([path]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.replace(/ \(đọc được đến dòng \d+, hỏng từ sau dòng đó\)/, '')).toContain('Tệp Excel “tai-do.xlsx” bị hỏng hoặc chưa tải về hết, không đọc được đến cuối: hãy tải lại tệp, hoặc mở tệp trong Excel và lưu lại (.xlsx), rồi chạy lại. Chưa ghi kết quả nào.\n');
    const out = join(work, 'kq-tai-do.xlsx');
    expect(cli([path, '--out', out]).status).toBe(2);
    expect(readdirSync(work).filter((name) => name.includes('kq-tai-do'))).toEqual([]);
  }, 120_000);
});
