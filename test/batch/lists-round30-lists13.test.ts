/**
 * Round 30 (commune cadres' lists, helper lists13): nothing lost or misread silently.
 * - A workbook saved by a tool that does not compute formulas (no value kept): a date cell "=TODAY()" is refused naming the
 *   cell and asking to open and save the file in Excel (was: read as empty, the review date taken in its place unsaid); a
 *   TNBQ cell "=E3/D3" beside the household's total is left out and said in ly_do (was: unsaid).
 * - "12/5/2026" among "5/12/2026" days: read day first (dd/MM/yyyy, the Vietnamese norm) and said in the row's note that
 *   the column's other rows hold 05/12/2026 (was: 12/05/2026 unsaid); such a row before the others is said on stderr.
 * - A form's 300 bordered rows left empty below the list are not "300 dòng trống" (blank rows between households still are).
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per
 * month; at or under it with fewer than 3 lacks = near-poor.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import { classifyInProcess, excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const readBook = workbookLists('lists-round30-lists13', rules, '2026-12-05');

const HEADER = ['STT', 'Họ tên chủ hộ', 'Khu vực', 'Số khẩu', 'Tổng thu nhập hộ/tháng', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ngày rà soát'];
const BORDER = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;

describe('a workbook saved by a tool that does not compute formulas', () => {
  it('=TODAY() in Ngày rà soát with no value: the row refused naming ô H4 and asking to open and save in Excel, not classified on the review date', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3']);
    sheet.addRow(HEADER);
    sheet.addRow([1, 'Nguyễn Văn An', 'nông thôn', 3, 4_500_000, { formula: 'E3/D3' }, '', '05/12/2026']);
    sheet.addRow([2, 'Lò Văn Cường', 'nông thôn', 4, 6_000_000, null, '', { formula: 'TODAY()' }]);
    sheet.addRow([3, 'Lê Thị Bình', 'nông thôn', 4, null, { formula: 'E5/D5' }, '', '05/12/2026']);
    const { rows, problems } = await readBook('cong-thuc-chua-tinh.xlsx', book);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['3', 'near_poor'],
      ['4', 'error'],
      ['5', 'error'],
    ]);
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [4, 'ngay'],
      [5, 'thu_nhap_binh_quan'],
    ]);
    expect(problems[0]!.message).toMatch(/^ô H4 có công thức “=TODAY\(\)” nhưng tệp không lưu giá trị đã tính của nó .*không đoán giá trị; hãy mở tệp trong Excel .*lưu lại rồi kiểm tra lại$/);
    expect(rows[1]!.ly_do).toMatch(/^Cột Ngày rà soát \(ngay\): ô H4 có công thức/);
    // The TNBQ formula beside a total written: the total read (4.500.000 ÷ 3), the empty formula said, never silently.
    expect(rows[0]!.thu_nhap_binh_quan).toBe('1500000');
    expect(rows[0]!.ly_do).toMatch(/^Ô F3 \(cột “TNBQ \(đồng\/người\/tháng\)”\) có công thức “=E3\/D3” nhưng tệp không lưu giá trị đã tính của nó: ô ấy không được dùng, thu nhập đọc ở cột “Tổng thu nhập hộ\/tháng”; hãy mở tệp trong Excel, lưu lại rồi kiểm tra lại\. /);
  });
});

describe('a date that reads both ways among the column’s others', () => {
  const { saved, run } = excelCsvLists('lists-round30-lists13', rules, '2026-12-05');
  it('“12/5/2026” among “5/12/2026”: read 12/05/2026 (dd/MM/yyyy) and the row says the others hold 05/12/2026', async () => {
    const { rows } = await run(
      saved('ngay-lan.csv', [
        'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng),Thiếu hụt,Ngày rà soát',
        '1,Nguyễn Văn An,nt,4,1tr5,,5/12/2026',
        '2,Lê Thị Bình,nt,4,1tr5,,5/12/2026',
        '3,Hà Văn Cường,nt,4,1tr5,,12/5/2026',
        '4,Vi Thị Dung,nt,4,1tr5,,5/12/2026',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ngay])).toEqual([
      ['2', '05/12/2026'],
      ['3', '05/12/2026'],
      ['4', '12/05/2026'],
      ['5', '05/12/2026'],
    ]);
    expect(rows[2]!.ly_do).toMatch(/^Ô ngày “12\/5\/2026” đọc theo ngày\/tháng\/năm là 12\/05\/2026, nhưng nhiều dòng khác của cột ngày ghi 05\/12\/2026: nếu ô này ghi tháng trước ngày, ngày đúng là 05\/12\/2026; /);
    for (const at of [0, 1, 3]) expect(rows[at]!.ly_do).not.toMatch(/Ô ngày/);
  });

  it('the odd one first: said on stderr once the column’s others are read; a list of distinct days says nothing', async () => {
    const list = (first: string) =>
      saved(`ngay-dau-${first.replace(/\//g, '-')}.csv`, [
        'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,TNBQ (đồng/người/tháng),Thiếu hụt,Ngày rà soát',
        `1,Nguyễn Văn An,nt,4,1tr5,,${first}`,
        '2,Lê Thị Bình,nt,4,1tr5,,5/12/2026',
        '3,Hà Văn Cường,nt,4,1tr5,,5/12/2026',
      ]);
    const { outcome } = await classifyInProcess(rules, list('12/5/2026'), '2026-12-05');
    expect(outcome.ok && outcome.notes.filter((note) => note.startsWith('Ngày ghi được cả hai cách'))).toEqual([
      'Ngày ghi được cả hai cách (ngày/tháng hay tháng/ngày), đọc theo ngày/tháng/năm nhưng khác ngày mà nhiều dòng khác của cột ghi: dòng 2 “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026). Hãy kiểm tra lại các dòng ấy và ghi ngày theo dạng dd/MM/yyyy (ví dụ 05/12/2026).',
    ]);
    const plain = await classifyInProcess(rules, list('3/12/2026'), '2026-12-05');
    expect(plain.outcome.ok && plain.outcome.notes.some((note) => note.startsWith('Ngày ghi được cả hai cách'))).toBe(false);
    expect(plain.rows.some((row) => row.ly_do?.includes('Ô ngày'))).toBe(false);
  });
});

describe('a form with bordered rows left empty below the list', () => {
  it('300 bordered empty rows under 3 households: no “Không tính 300 dòng trống”; the blank row between households still counted', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Mẫu');
    sheet.addRow(HEADER);
    sheet.addRow([1, 'Nguyễn Văn An', 'nông thôn', 4, 6_000_000, null, '', '05/12/2026']);
    // Row 3 left empty between two households (bordered like the rest).
    sheet.addRow([2, 'Lê Thị Bình', 'nông thôn', 4, 6_000_000, null, '', '05/12/2026']);
    sheet.spliceRows(3, 0, []);
    sheet.addRow([3, 'Hà Văn Cường', 'nông thôn', 4, 6_000_000, null, '', '05/12/2026']);
    for (let row = 2; row <= 305; row += 1) for (let column = 1; column <= HEADER.length; column += 1) sheet.getCell(row, column).border = BORDER;
    const { rows, summary } = await readBook('mau-ke-khung.xlsx', book);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['2', 'near_poor'],
      ['4', 'near_poor'],
      ['5', 'near_poor'],
    ]);
    expect(summary.blank).toBe(1);
    expect(formatSummary(rules, summary)).toContain('(Không tính 1 dòng trống.)');
  });

  it('a form numbered 1 to 300 in STT, two households written: the 298 numbered rows said as one span “dòng 4–301”, each still a row in the results', async () => {
    const { saved, run } = excelCsvLists('lists-round30-lists13-stt', rules, '2026-12-05');
    const lines = ['STT,Họ tên chủ hộ,Khu vực,Số khẩu,TNBQ,Thiếu hụt', '1,Nguyễn Văn A,nt,4,1tr2,', '2,Lê Thị B,nt,3,1.400.000đ,'];
    for (let order = 3; order <= 300; order += 1) lines.push(`${order},,,,,`);
    const { rows, summary } = await run(saved('mau-300-dong.csv', lines));
    expect(rows).toHaveLength(300);
    expect(summary.numberedBlankRows).toHaveLength(298);
    expect(formatSummary(rules, summary)).toContain('(Không tính 298 dòng chỉ có số thứ tự, các ô khác để trống (dòng trống của mẫu, không phải hộ): dòng 4–301; vẫn có dòng trong kết quả');
  });
});
