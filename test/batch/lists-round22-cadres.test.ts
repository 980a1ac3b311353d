/**
 * Round 22 (commune cadres' lists): files as a commune exports them (CSV UTF-8 with BOM from Excel, an old Windows-1258
 * CSV, a workbook made with exceljs), read as `cli batch` reads them. Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept
 * by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month (middle ≤ 2.250.000); at or under the line,
 * 3 deprivations or more = poor, else near-poor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess, openList } from './classify-in-process.ts';
import { windows1258 } from './windows1258.ts';

const rules = loadRules();
const folder = mkdtempSync(join(tmpdir(), 'lists-round22-cadres-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A list file saved as the commune saves it (bytes as given), opened as `cli batch` opens it. */
function saved(name: string, bytes: Buffer | string): TableSource {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return openList(path);
}
/** Excel's "CSV UTF-8 (Comma delimited)": a BOM, CRLF line ends. */
const excelCsv = (lines: readonly string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;

async function run(list: TableSource) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-04');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows, summary: outcome.summary, text: formatSummary(rules, outcome.summary), notes: outcome.notes };
}

describe('a name or note with a comma not quoted, in a commune’s CSV', () => {
  // Excel quotes a cell with a comma; a list typed in Notepad, or exported by a commune's software, does not.
  const list = [
    'STT,Mã hộ,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Các chỉ số thiếu hụt,Ghi chú',
    '1,TH01,Nguyễn Văn A, con ông B,nông thôn,4,1200000,bhyt,', // near-poor (1 lack)
    '2,TH02,Lê Thị Hoa, tổ 3,nt,3,1400000,"bhyt, nước sinh hoạt, nhà tiêu",', // poor (3 lacks)
    '3,TH03,Trần Văn Cường,nt,5,1000000,,ốm, nằm viện', // near-poor, the note split
    '4,TH04,Phạm Thị Dung,nt,4,2000000,,', // middle
  ];

  it('each household is read with its cells joined back, said in ly_do (was: refused, “có thể một số tiền có dấu phẩy”)', async () => {
    const { rows, notes } = await run(saved('ds-dau-phay.csv', excelCsv(list)));
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai, row.ho_ten_chu_ho])).toEqual([
      ['2', 'TH01', 'near_poor', 'Nguyễn Văn A, con ông B'],
      ['3', 'TH02', 'poor', 'Lê Thị Hoa, tổ 3'],
      ['4', 'TH03', 'near_poor', 'Trần Văn Cường'],
      ['5', 'TH04', 'middle', 'Phạm Thị Dung'],
    ]);
    expect(rows[0]!.ly_do).toContain('Dòng CSV có 9 ô, nhiều hơn 8 cột của dòng tên cột (dấu phẩy trong ô chưa đặt trong ngoặc kép): đọc “Nguyễn Văn A, con ông B” ở cột “Họ và tên chủ hộ”');
    expect(rows[1]!.chi_so_thieu_hut).toBe('health_insurance water_source sanitation');
    expect(rows[2]!.ly_do).toContain('ở cột “Ghi chú”');
    expect(notes.join('\n')).toContain('dòng 2, 3, 4 (cột ly_do nói ô nào)');
  });

  it('an old Windows-1258 CSV with the same rows reads the same', async () => {
    const { rows } = await run(saved('ds-1258.csv', windows1258(`${list.join('\r\n')}\r\n`)));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.ho_ten_chu_ho])).toEqual([
      ['TH01', 'near_poor', 'Nguyễn Văn A, con ông B'],
      ['TH02', 'poor', 'Lê Thị Hoa, tổ 3'],
      ['TH03', 'near_poor', 'Trần Văn Cường'],
      ['TH04', 'middle', 'Phạm Thị Dung'],
    ]);
  });

  it('a comma that could be the name’s or the thôn’s: classified, its thôn/ấp left empty and counted under none', async () => {
    const { rows, text } = await run(
      saved('ds-thon.csv', excelCsv(['STT,Họ và tên chủ hộ,Thôn/ấp,Khu vực,Số nhân khẩu,Thu nhập BQ,Các chỉ số thiếu hụt', '1,Lê Thị Hoa, tổ 3,Thôn 2,nt,3,1400000,', '2,Võ Văn Em,Thôn 2,nt,3,1300000,bhyt'])),
    );
    expect(rows.map((row) => [row.ma_phan_loai, row.ho_ten_chu_ho, row.thon_ap])).toEqual([
      ['near_poor', 'Lê Thị Hoa, tổ 3', ''],
      ['near_poor', 'Võ Văn Em', 'Thôn 2'],
    ]);
    expect(rows[0]!.ly_do).toContain('chưa rõ phần chữ sau dấu phẩy thuộc cột “Thôn/ấp” hay cột bên cạnh, nên thôn, ấp của hộ để trống');
    expect(text).toContain('(dòng lệch cột hoặc không đọc được: chưa rõ thôn, ấp): 1 hộ (hộ cận nghèo 1)');
    expect(text).toContain('Thôn 2: 1 hộ (hộ cận nghèo 1)');
  });

  it('a row read two ways giving two households is refused, both ways said (was: read as written, “nuoc” dropped)', async () => {
    // "bhyt,nuoc" not quoted: the lacks "bhyt" with the note "nuoc", or the lacks "bhyt, nuoc" (2 lacks): never guessed.
    const { rows } = await run(saved('ds-hai-cach.csv', excelCsv(['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt,Ghi chú', 'H01,nt,4,1200000,bhyt,nuoc,', 'H02,nt,4,1200000,bhyt,'])));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['H01', 'error'],
      ['H02', 'near_poor'],
    ]);
    expect(rows[0]!.ly_do).toContain('dòng đọc được nhiều cách, mỗi cách cho số liệu của hộ khác nhau (đọc như đang ghi, bỏ ô trống thừa ở cuối dòng; hoặc “bhyt, nuoc” ở cột “Thiếu hụt”)');
  });

  it('an amount split by its comma is still said as one, never joined into a name (guard)', async () => {
    const { rows } = await run(saved('ds-so-tien.csv', excelCsv(['Mã hộ,Họ tên,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H01,Đỗ Văn Giàu,nt,4,1,5 triệu,bhyt'])));
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain('“1” và “5 triệu” là số tiền “1,5 triệu” bị dấu phẩy tách làm hai ô');
  });

  it('a row whose cells cannot be read however joined stays refused with its reason (guard)', async () => {
    const { rows } = await run(saved('ds-hong.csv', excelCsv(['Mã hộ,Họ tên,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt', 'H01,Nguyễn A, con ông B,nt,bốn,1200000,'])));
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain('dòng có 7 ô, nhiều hơn 6 cột của dòng tên cột');
  });
});

describe('criterion columns in the words cadres type in Excel', () => {
  // A commune's sheet: one column per criterion, each cell what the cadre saw ("xuống cấp", "không HVS") or a short yes/no.
  const header = ['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)', 'Nhà ở', 'Nước sinh hoạt', 'Nhà tiêu', 'Thiếu hụt BHYT'];
  const households: (string | number | boolean)[][] = [
    ['H1', 'Nguyễn Văn Một', 'Xã', 4, 1_200_000, 'xuống cấp', '', '', ''], // near-poor: housing quality
    ['H2', 'Trần Thị Hai', 'Xã', 4, 1_200_000, 'nha xuong cap', 'không HVS', 'không HVS', 'c'], // poor: 4 lacks
    ['H3', 'Lê Văn Ba', 'Xã', 4, 1_200_000, 'chật', '', '', 'k'], // near-poor: floor area, not quality
    ['H4', 'Phạm Thị Bốn', 'Xã', 4, 1_200_000, 'dột nát', 'giếng khoan', 'hợp vệ sinh', true], // near-poor: quality + BHYT
    ['H5', 'Hoàng Văn Năm', 'Xã', 4, 1_200_000, 'kiên cố', 'HVS', 'HVS', 0], // near-poor: none
    ['H6', 'Võ Thị Sáu', 'Xã', 4, 1_200_000, 'nhà cấp 4', '', '', ''], // near-poor: a nhà cấp 4 is no housing-quality lack (round 23; was refused)
  ];
  const expected = [
    ['H1', 'near_poor', 'housing_quality'],
    ['H2', 'poor', 'health_insurance housing_quality water_source sanitation'],
    ['H3', 'near_poor', 'housing_area'],
    ['H4', 'near_poor', 'health_insurance housing_quality'],
    ['H5', 'near_poor', ''],
    ['H6', 'near_poor', ''],
  ];

  it('a workbook: “xuống cấp”, “chật”, “không HVS”, c/k, TRUE/0 read as the cadre meant (was: 4 of 6 rows refused, “không rõ là có thiếu hụt hay không”)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thôn 1');
    sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026']);
    sheet.addRow(header);
    for (const household of households) sheet.addRow(household);
    const path = join(folder, 'ds-tieu-chi.xlsx');
    await book.xlsx.writeFile(path);
    const { rows } = await run(openList(path));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(expected);
    expect(rows[5]!.ly_do).toContain('Cột “Nhà ở” ghi “nhà cấp 4”: đọc là không thiếu hụt chỉ số “Chất lượng nhà ở”');
  });

  it('the same list as Excel’s “CSV (semicolon)” with a BOM reads the same', async () => {
    const lines = [header, ...households].map((cells) => cells.map((cell) => (cell === true ? 'TRUE' : String(cell))).join(';'));
    const { rows } = await run(saved('ds-tieu-chi.csv', excelCsv(lines)));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(expected);
  });

  // Round 32: under “BHYT” (the card) “có” is the card had and “k” (không) the card lacked; “1” is still asked.
  it('“có” and “k” under “BHYT” are the card had and lacked; “1” under it is asked which is meant, never guessed (was: “k” không rõ là có thiếu hụt hay không)', async () => {
    const { rows } = await run(saved('ds-bhyt.csv', excelCsv(['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT', 'H1,nt,4,1200000,có', 'H2,nt,4,1200000,k', 'H3,nt,4,1200000,x', 'H4,nt,4,1200000,1'])));
    expect(rows.map((row) => [row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([['near_poor', ''], ['near_poor', 'health_insurance'], ['near_poor', 'health_insurance'], ['error', '']]);
    expect(rows[3]!.ly_do).toContain('“1” là có BHYT hay thiếu BHYT?');
  });
});

describe('“nước không hợp vệ sinh” in a resident’s words', () => {
  it('nha tui dung nuoc khong hop ve sinh, ko co bhyt: the water and the card (was: read as the latrine)', async () => {
    const { everydayCell } = await import('../../src/rules/understand.ts');
    const read = everydayCell('nha tui dung nuoc khong hop ve sinh, ko co bhyt', rules, '2026-12-04');
    expect([...read.deprived].sort()).toEqual(['health_insurance', 'water_source']);
  });
});

describe('a sign that says neither under a criterion column', () => {
  it('“?” under “Thiếu hụt BHYT” or “Nhà tiêu” is refused naming the column, as in the lacks column (was: read as no lack)', async () => {
    const { rows } = await run(saved('ds-hoi.csv', excelCsv(['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt BHYT,Nhà tiêu', 'H1,nt,4,1200000,?,', 'H2,nt,4,1200000,,?', 'H3,nt,4,1200000,-,'])));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['H1', 'error'],
      ['H2', 'error'],
      ['H3', 'near_poor'],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột Thiếu hụt BHYT: “?” không rõ là có thiếu hụt hay không: ghi x, có, 1 hoặc ✓ nếu hộ thiếu hụt chỉ số này');
    expect(rows[1]!.ly_do).toContain('Cột Nhà tiêu: “?” không rõ là có thiếu hụt hay không');
  });
});
