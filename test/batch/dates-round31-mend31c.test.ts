/**
 * Round 31 (mend31c): the note on dates that read both ways ("12/5/2026") is true to what the list shows.
 * - Every date "12/5/2026": read day first (12/05/2026), said once: no row tells the order (unchanged).
 * - With a "25/11/2026" (day first only): the list's own way, no note (unchanged).
 * - With a "11/25/2026" (month first only: no month 25): that row is refused and its ly_do says the day it would be
 *   month first (25/11/2026); the note names that row and says the "12/5/2026" rows would then be 05/12/2026
 *   (was: "không dòng nào của cột ngày cho biết cách ghi", and the refusal only "sai dạng").
 * - With both: the note names both rows (was: no note at all, the "12/5/2026" rows read 12/05/2026 unsaid).
 * CSV and XLSX text cells alike; every row accounted for (households + refused = rows).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { classifyInProcess, excelCsvLists, workbookLists } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 60_000 });

const rules = loadRules();
const { saved } = excelCsvLists('dates-round31-mend31c', rules, '2026-12-05');
const readBook = workbookLists('dates-round31-mend31c', rules, '2026-12-05');

const HEADER = ['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (đồng/người/tháng)', 'Thiếu hụt', 'Ngày rà soát'];
const household = (index: number, date: string) => [String(index + 1), `Hộ ông ${index + 1}`, 'nt', '4', '1tr5', '', date];

async function readCsv(name: string, dates: readonly string[]) {
  const list = saved(name, [HEADER.join(','), ...dates.map((date, index) => household(index, date).join(','))]);
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-05');
  if (!outcome.ok) throw new Error(outcome.message);
  return { rows, notes: outcome.notes, summary: outcome.summary };
}

async function readXlsx(name: string, dates: readonly string[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('DS');
  sheet.addRow(HEADER);
  // Text cells, as typed into a cell formatted "Text" (or pasted): read as written, like a CSV's.
  for (const [index, date] of dates.entries()) sheet.addRow(household(index, date));
  return readBook(name, book);
}

const dateNote = (notes: readonly string[]) => notes.filter((note) => note.startsWith('Ngày đọc theo ngày/tháng/năm'));

describe.each([
  ['csv', readCsv],
  ['xlsx', readXlsx],
] as const)('dates “12/5/2026” beside other dates (%s)', (kind, read) => {
  it('every date “12/5/2026”: read 12/05/2026, the note says no row tells the order', async () => {
    const { rows, notes, summary } = await read(`all.${kind}`, ['12/5/2026', '12/5/2026', '12/5/2026']);
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([
      ['2', '12/05/2026', 'near_poor'],
      ['3', '12/05/2026', 'near_poor'],
      ['4', '12/05/2026', 'near_poor'],
    ]);
    expect(summary.rows).toBe(3);
    expect(dateNote(notes)).toEqual([
      'Ngày đọc theo ngày/tháng/năm (cách ghi ở Việt Nam): 3 dòng ghi ngày đọc được cả hai cách (ngày/tháng hay tháng/ngày), như dòng 2 “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026), và không dòng nào của cột ngày cho biết cách ghi. Nếu danh sách ghi tháng trước ngày, các ngày ấy đọc sai: hãy sửa lại và ghi ngày theo dạng dd/MM/yyyy (ví dụ 12/05/2026).',
    ]);
  });

  it('with a “25/11/2026” (day first only): the list’s way, read day first, no note', async () => {
    const { rows, notes } = await read(`day.${kind}`, ['12/5/2026', '25/11/2026', '12/5/2026']);
    expect(rows.map((row) => [row.dong, row.ngay])).toEqual([
      ['2', '12/05/2026'],
      ['3', '25/11/2026'],
      ['4', '12/05/2026'],
    ]);
    expect(dateNote(notes)).toEqual([]);
  });

  it('with a “11/25/2026” (month first only): that row refused, saying 25/11/2026; the note names it and says 12/5/2026 would be 05/12/2026', async () => {
    const { rows, notes, summary } = await read(`month.${kind}`, ['12/5/2026', '11/25/2026', '12/5/2026']);
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([
      ['2', '12/05/2026', 'near_poor'],
      ['3', '', 'error'],
      ['4', '12/05/2026', 'near_poor'],
    ]);
    expect(summary.rows).toBe(3);
    expect(summary.rejected).toBe(1);
    expect(rows[1]!.ly_do).toBe('Cột Ngày rà soát (ngay): ngày “11/25/2026” không có thật hoặc sai dạng (dd/MM/yyyy); nếu ô ghi tháng trước ngày, đó là ngày 25/11/2026: hãy ghi 25/11/2026');
    expect(dateNote(notes)).toEqual([
      'Ngày đọc theo ngày/tháng/năm (cách ghi ở Việt Nam): 2 dòng ghi ngày đọc được cả hai cách (ngày/tháng hay tháng/ngày), như dòng 2 “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026), nhưng cột ngày có dòng 3 “11/25/2026” ghi tháng trước ngày (dòng lỗi, chưa phân loại). Nếu các ngày ấy ghi tháng trước ngày, chúng đọc sai (dòng 2 là 05/12/2026): hãy kiểm tra lại và ghi ngày theo dạng dd/MM/yyyy.',
    ]);
    expect(notes.join('\n')).not.toContain('không dòng nào của cột ngày cho biết cách ghi');
  });

  it('with both “11/25/2026” and “25/11/2026”: the note names both ways, the “12/5/2026” rows to check', async () => {
    const { rows, notes, summary } = await read(`mixed.${kind}`, ['12/5/2026', '11/25/2026', '25/11/2026', '12/5/2026']);
    expect(rows.map((row) => [row.dong, row.ngay, row.ma_phan_loai])).toEqual([
      ['2', '12/05/2026', 'near_poor'],
      ['3', '', 'error'],
      ['4', '25/11/2026', 'near_poor'],
      ['5', '12/05/2026', 'near_poor'],
    ]);
    expect(summary.rows).toBe(4);
    expect(summary.rejected).toBe(1);
    expect(dateNote(notes)).toEqual([
      'Ngày đọc theo ngày/tháng/năm (cách ghi ở Việt Nam): 2 dòng ghi ngày đọc được cả hai cách (ngày/tháng hay tháng/ngày), như dòng 2 “12/5/2026” (đọc là 12/05/2026, không phải 05/12/2026), nhưng cột ngày có dòng 3 “11/25/2026” ghi tháng trước ngày (dòng lỗi, chưa phân loại) và dòng 4 “25/11/2026” ghi ngày trước tháng. Nếu các ngày ấy ghi tháng trước ngày, chúng đọc sai (dòng 2 là 05/12/2026): hãy kiểm tra lại và ghi ngày theo dạng dd/MM/yyyy.',
    ]);
  });
});
