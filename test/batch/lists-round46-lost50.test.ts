/**
 * tryout51 F2, F4, F7 through the real `cli batch` on real files: households on a workbook's other sheets are read or are error
 * rows said first, never only in a note with "0 dòng lỗi" and exit 0; a CSV whose lines end with CR alone (Excel "CSV
 * Macintosh") is read; a header typed again without diacritics mid-list is a repeated header, not an error household; a
 * zero-width space in a header's name is not echoed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lost50-lists-'));
const HEADER = ['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập/tháng', 'Các chỉ số thiếu hụt', 'Ngày rà soát', 'Ghi chú'];

function cli(list: string, ...flags: string[]) {
  const out = `${list}.ket-qua.csv`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', list, '--out', out, '--force', ...flags], { cwd: root, encoding: 'utf8' });
  const rows = parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, rows, text: readFileSync(out, 'utf8') };
}

/** The commune's workbook a cadre sends: one sheet per thôn, made as tryout51's gen2.cjs made it. */
async function communeWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const one = workbook.addWorksheet('Thôn 1');
  one.addRow(HEADER);
  one.addRow([1, 'A1', 'Nguyễn Văn A', 'Thôn 1', 'nt', 4, '1tr5', 'bhyt', '15/11/2026', '']);
  one.addRow([2, 'A2', 'Nguyễn Văn B', 'Thôn 1', 'nt', 3, '2tr', '', '15/11/2026', '']);
  // Without the optional Ngày rà soát and Ghi chú.
  const two = workbook.addWorksheet('Thôn 2');
  two.addRow(HEADER.slice(0, 8));
  two.addRow([1, 'B1', 'Trần C', 'Thôn 2', 'nt', 4, '1tr5', 'bhyt']);
  two.addRow([2, 'B2', 'Trần D', 'Thôn 2', 'nt', 5, '1tr', 'nuoc']);
  const three = workbook.addWorksheet('Thôn 3');
  three.addRow(['DANH SÁCH THÔN 3']);
  three.addRow([]);
  three.addRow([...HEADER, 'SĐT']);
  three.addRow([1, 'C1', 'Lê E', 'Thôn 3', 'nt', 2, '1tr', '', '15/11/2026', '', '0912345678']);
  // Names without diacritics, "Thu nhap" not telling which income: not read.
  const four = workbook.addWorksheet('Thôn 4');
  four.addRow(['STT', 'Ma ho', 'Chu ho', 'Thon', 'KV', 'So khau', 'Thu nhap', 'Thieu hut', 'Ngay', 'Ghi chu']);
  four.addRow([1, 'D1', 'Pham F', 'Thon 4', 'nt', 3, '1.2tr', '', '15/11/2026', '']);
  const path = join(folder, 'sheets.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('a workbook of four thôn sheets (tryout51 F2)', () => {
  it('reads “Thôn 2” without its date column, makes the unread “Thôn 4” household an error row said first, exit 3', async () => {
    const { status, stdout, stderr, rows } = cli(await communeWorkbook(), '--date', '15/11/2026');
    // Was: exit 0, "Tổng hợp: 3 dòng, 3 hộ đã phân loại, 0 dòng lỗi", B1, B2 and D1 in no row.
    expect(status).toBe(3);
    expect(rows.map((row) => [row.trang_tinh, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['Thôn 1', 'A1', 'near_poor'], ['Thôn 1', 'A2', 'near_poor'], ['Thôn 2', 'B1', 'near_poor'], ['Thôn 2', 'B2', 'near_poor'], ['Thôn 3', 'C1', 'near_poor'], ['Thôn 4', '', 'error'],
    ]);
    expect(rows[2]!.ngay).toBe('15/11/2026');
    expect(rows[5]!.ly_do).toMatch(/^Trang “Thôn 4” chưa đọc được cùng danh sách \(dòng tên cột \(dòng 1\) chưa đọc được: .*Cột “Thu nhap” chưa rõ/);
    const said = stdout + stderr;
    const warning = said.indexOf('Cảnh báo: 1 dòng trên 1 trang tính chưa đọc được (“Thôn 4” 1 dòng)');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(said.indexOf('Tổng hợp: 6 dòng, 5 hộ đã phân loại, 1 dòng lỗi'));
    expect(said).toContain('Trang “Thôn 2” không có cột ngày rà soát (ngay) như trang “Thôn 1”: vẫn được đọc, các hộ ở trang ấy xét theo ngày xét chung 15/11/2026.');
  });
});

describe('a CSV saved by old Mac programs, lines ended by CR alone (tryout51 F4)', () => {
  it('is read like CRLF and LF (was refused: “Không tìm thấy dòng tên cột”)', () => {
    const path = join(folder, 'cr.csv');
    const lines = [
      HEADER.slice(0, 9).join(','),
      '1,A1,Nguyễn A,Thôn 1,nt,4,2tr,,15/11/2026',
      '2,A2,Nguyễn B,Thôn 1,nt,3,"1,5 triệu",bhyt,15/11/2026',
      '3,A3,Nguyễn C,Thôn 1,nt,5,3tr,,15/11/2026',
    ];
    writeFileSync(path, `${lines.join('\r')}\r`);
    const { status, rows, stderr } = cli(path);
    expect(stderr).not.toContain('Không tìm thấy dòng tên cột');
    expect(status).toBe(0);
    // 2.000.000 ÷ 4 = 500.000, 1.500.000 ÷ 3 = 500.000 (+ BHYT), 3.000.000 ÷ 5 = 600.000: under 1.500.000 (rural 2026), near-poor.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['2', 'A1', '500000', 'near_poor'], ['3', 'A2', '500000', 'near_poor'], ['4', 'A3', '600000', 'near_poor'],
    ]);
  });
});

describe('a header typed again without diacritics, a zero-width space in a header (tryout51 F7)', () => {
  it('the repeated header is not an error household; the header names are said without the invisible character', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập\u200b/tháng', 'Các chỉ số thiếu hụt', 'Ngày rà soát']);
    sheet.addRow([1, 'M1', 'Hộ 1', 'Thôn 1', 'nt', 3, '1tr5', '', '15/11/2026']);
    sheet.addRow(['stt', 'ma ho', 'ho va ten chu ho', 'thon/ap', 'khu vuc', 'so nhan khau', 'tong thu nhap/thang', 'cac chi so thieu hut', 'ngay ra soat']);
    sheet.addRow([2, 'M2', 'Hộ 2', 'Thôn 3', 'nt', 4, 'abc', '', '15/11/2026']);
    const path = join(folder, 'lap.xlsx');
    await workbook.xlsx.writeFile(path);
    const { rows, stdout, stderr, text } = cli(path);
    // Was: row 3 an error "household" with four unclear cells, counted under a thôn "thon/ap".
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'error']]);
    expect(stdout + stderr).toContain('(Không tính 1 dòng lặp lại dòng tên cột giữa danh sách (dán lại khi ghép bảng), không phải hộ: dòng 3.');
    expect(rows[1]!.ly_do).toContain('Cột Tổng thu nhập/tháng');
    expect(text + stdout + stderr).not.toContain('\u200b');
  });
});
