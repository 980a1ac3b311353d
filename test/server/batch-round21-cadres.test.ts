/**
 * Round 21 (commune cadres) on POST /api/batch: the X-Batch-Summary header says the rows skipped as no household — the blank
 * rows and the rows of a form numbered in advance and left empty — as `cli batch`'s summary says them, so the web page can
 * say them too (nothing of the list left unsaid); the page's summary says them (web client.js batchSummary). Classes by hand, 2026 rural (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ
 * 351/2025/NĐ-CP): poor line 1.500.000 đ per person per month; at or under it, under 3 deprivations = near-poor.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windows1258 } from '../batch/windows1258.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});

afterAll(async () => {
  await server?.close();
});

describe('X-Batch-Summary of a form with rows left empty', () => {
  it('counts the blank rows and names the numbered empty rows of the form (was: neither in the header)', async () => {
    const list = [
      'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,xã,4,1.200.000,bhyt', // near-poor
      ',,,,,',
      '2,Lê Thị Bảy,xã,3,1.000.000,', // near-poor
      '3,,,,,',
      '4,,,,,',
      ',,,,,', // after the list's last row: none of the list's (round 30), not counted
    ].join('\r\n');
    const response = await server.fetch('/api/batch?date=02/12/2026', { method: 'POST', body: Buffer.from(`\uFEFF${list}`, 'utf8') });
    expect(response.status).toBe(200);
    const counts = JSON.parse(response.headers.get('x-batch-summary')!) as Record<string, unknown>;
    expect(counts).toMatchObject({ rows: 2, classified: 2, rejected: 0, blank: 1, blankFormRows: ['5', '6'] });
    // The result file keeps the form's empty rows, each said (guard).
    const file = await response.text();
    expect(file).toContain('5,,,"dòng trống của mẫu (chỉ có số thứ tự), không phải hộ",footer');
    expect(file).toContain('6,,,"dòng trống của mẫu (chỉ có số thứ tự), không phải hộ",footer');
  });
});

/**
 * A commune's list as cadres keep it (62 rows): a merged title naming the commune, a numbering row, the form's empty rows, a
 * "Cộng thôn 2" line, dates typed three ways, lacks in everyday words, a total line and signatures. Every row of it is said:
 * a result row, or counted as no household in X-Batch-Summary; the same list saved as Windows-1258 gives the same results.
 */
describe('a messy commune list through POST /api/batch', () => {
  const names = ['Nguyễn Văn Tư', 'Trần Thị Hoa', 'Lê Văn Bảy', 'Phạm Thị Năm', "H'Bia Niê", 'Lò Văn Mười'];
  const lacks = ['BHYT', 'nước sinh hoạt, nhà tiêu', 'nhà ở xuống cấp; BHYT; nước sinh hoạt', '', 'Trình độ GD người lớn', '-', 'nhà tạm, dột nát'];
  const incomes = ['1.200.000', '1tr5', '2.100.000', '3 triệu', 'chưa rõ', '900000'];
  const dates = ['15/11/2026', '2026/11/15', '15/11/26', ''];
  const header = ['STT', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Số nhân khẩu', 'Thu nhập BQ (đồng/người/tháng)', 'Các chỉ số thiếu hụt', 'Ngày rà soát'];
  const rows: string[][] = [];
  for (let i = 0; i < 56; i += 1) {
    if (i === 20) rows.push(['21', '', '', '', '', '', '']); // the form's row left empty
    else if (i === 30) rows.push(['', 'Cộng thôn 1', '', '', '', '', '']);
    else rows.push([String(i + 1), names[i % names.length]!, i < 30 ? 'Thôn 1' : 'Thôn 2', String(1 + (i % 5)), incomes[i % incomes.length]!, lacks[i % lacks.length]!, dates[i % dates.length]!]);
  }
  const cell = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = ['UBND XÃ TÂN PHÚ', 'DANH SÁCH HỘ RÀ SOÁT NGHÈO, CẬN NGHÈO NĂM 2026', header.join(','), '(1),(2),(3),(4),(5),(6),(7)', ...rows.map((row) => row.map(cell).join(',')), ',,,,,,', ',Tổng cộng: 54 hộ,,,,,', ',,,,,Người lập biểu,', ',,,,,Nguyễn Thị Lan,'];
  const text = `${lines.join('\r\n')}\r\n`;

  const post = async (body: Buffer) => {
    const response = await server.fetch('/api/batch?date=04/12/2026&format=csv', { method: 'POST', body });
    expect(response.status).toBe(200);
    return { counts: JSON.parse(response.headers.get('x-batch-summary')!) as Record<string, unknown>, file: await response.text() };
  };

  it('says every row: 54 households, the empty row of the form, the blank, the subtotal and the footer (was: blank rows and the form’s row not in the header; “nhà ở xuống cấp” refused)', async () => {
    const { counts, file } = await post(Buffer.from(`\uFEFF${text}`, 'utf8'));
    // By hand: 54 rows of a household; “chưa rõ” income on 9 of them (i % 6 === 4, 0 ≤ i < 56, not 20 or 30).
    expect(counts).toMatchObject({ rows: 54, classified: 45, rejected: 9, blank: 1, blankFormRows: ['25'], subtotals: 1, footer: 3 });
    const results = (parse(file, { bom: true, columns: true }) as Record<string, string>[]).map((row) => Number(row.dong));
    // Lines 5–60 (rows), 61 blank, 62–64 footer: each a result row but the blank one.
    expect(results).toEqual([...Array.from({ length: 56 }, (_, at) => 5 + at), 62, 63, 64]);
    expect(file).not.toContain('“nhà ở” là nhiều chỉ số');
  });

  it('the same list saved as Windows-1258 gives the same result file (guard)', async () => {
    const utf8 = await post(Buffer.from(`\uFEFF${text}`, 'utf8'));
    const legacy = await post(windows1258(text));
    expect(legacy.file).toBe(utf8.file);
    expect(legacy.counts.notes).toContain('Tệp dùng bảng mã Windows-1258; đã đọc và chuyển sang Unicode.');
  });

  it('the list as a workbook, a “Chất lượng nhà ở” column under the merged “Các chỉ số thiếu hụt”: “xuống cấp” is that lack (was: row refused)', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['UBND XÃ TÂN PHÚ']);
    sheet.mergeCells('A1:H1');
    sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Số khẩu', 'Thu nhập BQ (1000đ/người/tháng)', 'Các chỉ số thiếu hụt', '', 'Ngày rà soát']);
    sheet.addRow(['', '', '', '', '', 'BHYT', 'Chất lượng nhà ở', '']);
    for (const column of ['A', 'B', 'C', 'D', 'E', 'H']) sheet.mergeCells(`${column}2:${column}3`);
    sheet.mergeCells('F2:G2');
    for (let i = 0; i < 60; i += 1) sheet.addRow([i + 1, names[i % names.length], 'Thôn 1', 4, 1_000 + 100 * (i % 5), i % 3 === 0 ? 'x' : '', i % 4 === 0 ? 'xuống cấp' : '', '15/11/26']);
    const { counts, file } = await post(Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));
    expect(counts).toMatchObject({ rows: 60, classified: 60, rejected: 0 });
    const rows = parse(file, { bom: true, columns: true }) as Record<string, string>[];
    // Row i (line 4 + i): BHYT when i % 3 === 0, housing quality when i % 4 === 0; 1.000.000–1.400.000 đ, rural: at most 2 lacks, near-poor.
    expect(rows.filter((row) => row.chi_so_thieu_hut!.includes('housing_quality')).map((row) => Number(row.dong))).toEqual(Array.from({ length: 15 }, (_, at) => 4 + 4 * at));
    expect(new Set(rows.map((row) => row.ma_phan_loai))).toEqual(new Set(['near_poor']));
  });
});
