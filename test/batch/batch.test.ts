/**
 * `cli batch` as a commune cadre meets it (issue 10): nothing in a list is silently dropped, the
 * input is never overwritten, cells never run as formulas, legacy encodings and Excel workbooks read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BETWEEN_COLUMNS, CARRIED_COLUMNS, OUTPUT_COLUMNS } from '../../src/batch/households.ts';
import { windows1258 } from './windows1258.ts';

// Each case spawns the real CLI once or a few times; on a shared machine one spawn can take seconds.
vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let fileCount = 0;

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string | Buffer): string {
  const dir = join(work, String((fileCount += 1)));
  rmSync(dir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', dir]);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const readCsv = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const problemLines = (stderr: string) => [...stderr.matchAll(/^Dòng (\d+)/gm)].map((m) => Number(m[1]));

describe('every row comes out', () => {
  it('a stray quote and an unclosed quote are reported on their own line; the rows after them are classified', () => {
    const input = file('xa.csv', [
      'ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan',
      'H01,nt,4,1200000',
      '"Ho Ti" Nguyen,nt,4,1200000',
      'H03,tt,2,3tr',
      '"H04,nt,2,5tr',
      'H05,nt,1,900k',
      'H06,nt,3,"1,5 triệu"',
      '"H07 ghi chú',
      'hai dòng",nt,2,1tr',
      'H09,nt,2,1tr',
    ].join('\r\n'));
    const output = join(work, 'quote-out.csv');
    const run = cli([input, '--out', output, '--date', '15/03/2026']);
    expect(run.status).toBe(3);
    const rows = readCsv(output);
    // The refused records keep their place in the results, with their reason and no class.
    expect(rows.map((r) => [r.dong, r.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['4', 'middle'], ['5', 'error'], ['6', 'near_poor'], ['7', 'near_poor'], ['8', 'near_poor'], ['10', 'near_poor']]);
    expect(rows.find((r) => r.dong === '3')!.ly_do).toContain('sau dấu ngoặc kép đóng ô còn chữ');
    expect(rows.find((r) => r.dong === '8')!.ma_ho).toBe('H07 ghi chú\nhai dòng');
    expect(problemLines(run.stderr)).toEqual([3, 5]);
    expect(run.stderr).toContain('Dòng 3: sau dấu ngoặc kép đóng ô còn chữ');
    expect(run.stderr).toContain('Dòng 5: có dấu ngoặc kép (") mở mà không đóng');
    expect(run.stdout).toContain('Tổng hợp: 8 dòng, 6 hộ đã phân loại, 2 dòng lỗi chưa phân loại (lý do ở từng dòng).');
  });

  it('an unclosed quote on the last row and a row with more cells than columns are reported, counts add up', () => {
    const input = file('xa.csv', 'khu_vuc;so_nguoi;thu_nhap_binh_quan\nnt;2;1tr\nnt;2;1,5;trieu\n\nnt;2;"1tr\n');
    const run = cli([input]);
    expect(run.status).toBe(3);
    expect(problemLines(run.stderr)).toEqual([3, 5]);
    expect(run.stderr).toContain('nhiều hơn 3 cột');
    expect(run.stderr).toContain('Tổng hợp: 3 dòng, 1 hộ đã phân loại, 2 dòng lỗi chưa phân loại (lý do ở từng dòng).');
    expect(run.stderr).toContain('(Không tính 1 dòng trống.)');
    expect((parse(run.stdout, { columns: true }) as Record<string, string>[]).map((r) => [r.dong, r.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['5', 'error']]);
  });

  it('exit 0 when every row is classified', () => {
    const run = cli([file('xa.csv', 'khu_vuc,so_nguoi,tong_thu_nhap\nnt,2,3tr\n')]);
    expect(run.status).toBe(0);
  });
});

describe('incomes written as plain digits', () => {
  it('classifies a round amount of 9 digits and more, and refuses a phone number in the income column with its reason', () => {
    const input = file('ds.csv', 'ma_ho,so_nguoi,khu_vuc,tong_thu_nhap\nH1,4,nong thon,120000000\nH2,4,nong thon,0912345678\nH3,5,nong thon,100000000\n');
    const out = join(work, 'incomes-out.csv');
    const run = cli([input, '--out', out]);
    const rows = readCsv(out);
    // Read as money, not as identity numbers; 30 and 20 triệu a person a month with the month not said is asked back
    // (review 8: the chat reader's rule, READER_DEFAULTS.confirmIncomePerPersonFrom: likely a year's sum), never classified.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['H1', 'error'],
      ['H2', 'error'],
      ['H3', 'error'],
    ]);
    expect(problemLines(run.stderr)).toEqual([2, 3, 4]);
    expect(rows[0]!.ly_do).toContain('30.000.000 đồng mỗi người mỗi tháng (120.000.000 đồng ÷ 4 người)');
    expect(rows[2]!.ly_do).toContain('20.000.000 đồng mỗi người mỗi tháng (100.000.000 đồng ÷ 5 người)');
    expect(rows[1]!.ly_do).toContain('số điện thoại');
  });
});

describe('reasons name the list\'s columns', () => {
  it('a row without any income says which columns to fill, by the names the cadre sees (not the API\'s field names)', () => {
    const input = file('ds.csv', 'ma_ho,so_nguoi,khu_vuc,tong_thu_nhap\nH1,4,nong thon,\n');
    const out = join(work, 'no-income-out.csv');
    const run = cli([input, '--out', out]);
    const [row] = readCsv(out);
    expect(row!.ma_phan_loai).toBe('error');
    for (const said of [row!.ly_do!, run.stderr]) {
      // findings32 L09: the list's own income column, not one it does not have (was: "(cột thu_nhap_binh_quan) hoặc … (cột tong_thu_nhap)").
      expect(said).toContain('tong_thu_nhap: chưa ghi thu nhập (ô trống): hãy ghi tổng thu nhập của hộ');
      expect(said).not.toContain('thu_nhap_binh_quan');
      expect(said).not.toMatch(/monthlyIncome/);
    }
  });
});

describe('the output file', () => {
  const list = 'khu_vuc,so_nguoi,thu_nhap_binh_quan\nnt,2,1tr\n';
  const noTemporaryFiles = (dir: string) => expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  it('refuses --out equal to the input, however it is written, even with --force', () => {
    const input = file('ds.csv', list);
    const dir = join(input, '..');
    for (const args of [['--out', input], ['--out', join(dir, '..', basename(dir), '.', 'ds.csv'), '--force']]) {
      const run = cli([input, ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('chính là tệp vào');
      expect(readFileSync(input, 'utf8')).toBe(list);
    }
    noTemporaryFiles(dir);
  });

  it('refuses an existing output unless --force, and then replaces it whole', () => {
    const input = file('ds.csv', list);
    const out = join(input, '..', 'kq.csv');
    writeFileSync(out, 'bảng cũ\n');
    const refused = cli([input, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('đã có. Thêm --force để ghi đè');
    expect(readFileSync(out, 'utf8')).toBe('bảng cũ\n');
    const forced = cli([input, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readCsv(out).map((r) => r.ma_phan_loai)).toHaveLength(1);
    noTemporaryFiles(join(input, '..'));
  });

  it('leaves no output at all when the list is refused', () => {
    const input = file('ds.csv', 'ma_ho,so_nguoi\nH1,2\n');
    const out = join(input, '..', 'kq.csv');
    const run = cli([input, '--out', out]);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    noTemporaryFiles(join(input, '..'));
  });

  it('neutralises formula payloads with an apostrophe and starts with a UTF-8 BOM', () => {
    const payloads = ['=1+1', '+1+1', '-1+1', '@SUM(A1:A2)', '=HYPERLINK("http://x.example","bam")', '=cmd|\' /C calc\'!A0'];
    const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const input = file('ds.csv', ['ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan', ...payloads.map((p) => `${quoted(p)},nt,2,1tr`), '"\t=2+2",nt,2,1tr', '"\r=3+3",nt,2,1tr'].join('\n'));
    const out = join(input, '..', 'kq.csv');
    expect(cli([input, '--out', out]).status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ids = readCsv(out).map((r) => r.ma_ho);
    expect(ids.slice(0, payloads.length)).toEqual(payloads.map((p) => `'${p}`));
    for (const id of ids) expect(id).toMatch(/^'/);
  });
});


describe('encodings', () => {
  const vietnamese = [
    'Mã hộ,Khu vực,Số người,Thu nhập bình quân,Thiếu hụt,Ngày',
    'Hộ Nguyễn Văn Dũng,nông thôn,4,"1,2 triệu","bảo hiểm y tế, nước | nhà tiêu",15/03/2026',
    'Hộ Trần Thị Lưỡng,thành thị,3,"2,5 triệu",,15/03/2026',
    'Hộ Lê Đức,Nông thôn,5,1tr5,nước,15/03/2026',
  ].join('\r\n');
  let fromUtf8: Record<string, string>[] | undefined;
  const expected = () => {
    if (!fromUtf8) {
      const out = join(work, 'utf8-result.csv');
      expect(cli([file('utf8.csv', vietnamese), '--out', out]).status).toBe(0);
      fromUtf8 = readCsv(out);
    }
    return fromUtf8;
  };

  for (const [name, bytes, label] of [
    ['Windows-1258', () => windows1258(vietnamese), 'Windows-1258'],
    ['TCVN3', () => iconv.encode(vietnamese, 'tcvn'), 'TCVN3'],
  ] as const) {
    it(`reads a ${name} list: same columns, same households, NFC names`, () => {
      const input = file('ds.csv', bytes());
      expect(readFileSync(input).toString('utf8')).not.toBe(vietnamese);
      const out = join(input, '..', 'kq.csv');
      const run = cli([input, '--out', out]);
      expect(run.stderr).toContain(`bảng mã ${label}`);
      expect(run.status).toBe(0);
      const rows = readCsv(out);
      expect(rows).toEqual(expected());
      expect(rows[1]!.ma_ho).toBe('Hộ Trần Thị Lưỡng'.normalize('NFC'));
      expect(rows.map((r) => r.ma_phan_loai)).toEqual(['poor', 'middle', 'near_poor']);
    });
  }

  it('reads a Latin-1 list whose values have the accents Latin-1 has', () => {
    const input = file('ds.csv', iconv.encode('ma_ho,khu_vuc,so_nguoi,thu_nhap_binh_quan\nTrà Vinh 1,nông thôn,2,1tr\n', 'latin1'));
    const run = cli([input]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Latin-1');
    expect((parse(run.stdout, { columns: true }) as Record<string, string>[])[0]!.ma_ho).toBe('Trà Vinh 1');
  });

  it('names the problem instead of rejecting every row: a foreign encoding, a damaged UTF-8 file, text lost to "?"', () => {
    const sjis = cli([file('ds.csv', iconv.encode('番号,住所,氏名,電話番号\n一,東京都,山田太郎,〇三\n', 'shiftjis'))]);
    expect(sjis.status).toBe(2);
    expect(sjis.stderr).toContain('không phải UTF-8');
    const mixed = Buffer.concat([Buffer.from('khu_vuc,so_nguoi,thu_nhap_binh_quan\nnông thôn,2,1tr\nthành thị,2,1tr\n'), windows1258('nông thôn,3,2tr\n')]);
    const damaged = cli([file('ds.csv', mixed)]);
    // Round 38: the line holding the other encoding's bytes is refused and named, the others checked (was: the file refused "từ dòng 4").
    expect(damaged.status).toBe(3);
    expect(damaged.stderr).toContain('Dòng 4: dòng này có byte không phải UTF-8');
    expect(damaged.stderr).toContain('ở 1 dòng (dòng 4)');
    const lost = cli([file('ds.csv', 'Mã h?,Khu v?c,S? ngu?i,Thu nh?p\nH1,nt,2,1tr\n')]);
    expect(lost.status).toBe(2);
    expect(lost.stderr).toContain('chữ tiếng Việt đã bị mất');
  });
});

describe('Excel workbooks', () => {
  async function workbookWithList(path: string) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Mã hộ', 'Khu vực', 'Số người', 'Thu nhập bình quân', 'Thiếu hụt', 'Ngày']);
    sheet.addRow(['H01', 'nông thôn', 4, 1_200_000, 'bhyt nuoc nhatieu', new Date(Date.UTC(2026, 2, 15))]);
    sheet.addRow(['=1+1', 'tt', 3, { formula: '2500000*1', result: 2_500_000 }, '', '15/03/2026']);
    sheet.addRow(['H03', 'xx', 2, '1tr', '', '15/03/2026']);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'H0' }, { text: '5' }] }, 'nt', 0, '1tr', '', '15/03/2026']);
    sheet.addRow(['H06', 'Nông thôn', 2, '1tr5', 'internet', '2026-03-15']);
    workbook.addWorksheet('Ghi chú').addRow(['không phải danh sách']);
    await workbook.xlsx.writeFile(path);
  }

  it('reads and writes .xlsx: same columns and rows as CSV, refused rows and a summary sheet', async () => {
    const input = join(file('placeholder', ''), '..', 'ds.xlsx');
    await workbookWithList(input);
    const out = join(input, '..', 'kq.xlsx');
    const run = cli([input, '--out', out]);
    expect(run.status).toBe(3);
    expect(problemLines(run.stderr)).toEqual([4, 6]);
    expect(run.stdout).toContain('Tổng hợp: 5 dòng, 3 hộ đã phân loại, 2 dòng lỗi chưa phân loại (lý do ở từng dòng).');

    const csvRun = cli([input]);
    const csvRows = parse(csvRun.stdout, { columns: true }) as Record<string, string>[];
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(out);
    expect(result.worksheets.map((s) => s.name)).toEqual(['Kết quả', 'Dòng lỗi', 'Tổng hợp']);
    const values = (name: string) =>
      result.getWorksheet(name)!.getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    const [header, ...rows] = values('Kết quả');
    expect(rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])))).toEqual(csvRows.map((r) => ({ ...r, ma_ho: r.ma_ho!.replace(/^'/, '') })));
    expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual([['2', 'H01', 'poor'], ['3', '=1+1', 'middle'], ['4', 'H03', 'error'], ['6', 'H05', 'error'], ['7', 'H06', 'near_poor']]);
    const formulaCell = result.getWorksheet('Kết quả')!.getCell('B3');
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(values('Dòng lỗi')).toEqual([['dong', 'cot', 'ly_do'], ['4', 'khu_vuc', expect.stringContaining('khu vực “xx”')], ['6', 'so_nguoi', expect.stringContaining('Hộ phải có ít nhất 1 thành viên.')]]);
    // `cot` is the column code (a machine field); the header as written is in the reason, as stderr and the CSV's ly_do say it.
    expect(values('Dòng lỗi').slice(1).map((row) => row[2])).toEqual([expect.stringMatching(/^Cột Khu vực \(khu_vuc\): .*khu vực “xx”/), 'Cột Số người (so_nguoi): Hộ phải có ít nhất 1 thành viên.']);
    // The result row's ly_do is the reason, then how its other cells were read (round 34: H05's “1tr” said): the reason first.
    const reasons = values('Dòng lỗi').slice(1).map((row) => row[2]!);
    expect(csvRows.filter((r) => r.ma_phan_loai === 'error').map((r, at) => (r.ly_do ?? '').startsWith(reasons[at]!))).toEqual([true, true]);
    expect(run.stderr).toContain('Dòng 6, cột Số người (so_nguoi): Hộ phải có ít nhất 1 thành viên.');
    // A workbook of several sheets: each row's sheet in a last column (the other sheet, 'Ghi chú', is not the list's shape).
    expect(Object.keys(csvRows[0]!)).toEqual([...OUTPUT_COLUMNS, 'trang_tinh', ...BETWEEN_COLUMNS, ...CARRIED_COLUMNS]);
    const summary = Object.fromEntries(values('Tổng hợp').slice(1).map(([label, count]) => [label, Number(count)]));
    expect(summary['Số dòng (hộ)']).toBe(5);
    expect(summary['Đã phân loại']! + summary['Dòng lỗi']!).toBe(5);
    expect(summary['Thiếu hụt: Bảo hiểm y tế (health_insurance)']).toBe(1);
    expect(run.stderr).toContain('Trang chưa đọc: “Ghi chú” (1 dòng): không có dòng tên cột.');
  });

  it('refuses an Excel 97–2003 .xls by name', () => {
    const run = cli([file('ds.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Excel 97–2003 (.xls)');
  });
});
