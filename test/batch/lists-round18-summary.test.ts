/**
 * Round 18 (lists, 03/12/2026): what a commune cadre asked of the list's summary — the households of each thôn/ấp by class
 * (from the list's "Thôn/ấp" column, its group headings and "Cộng ấp" rows, or its sheets), and the refused rows counted by
 * reason. Classes by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ per person per month; at or
 * under it, ≥ 3 deprivations = poor, else near-poor; above it, not poor (none).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary, summaryRows } from '../../src/batch/households.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

const rules = loadRules();
const workbook = workbooks('lists-round18-summary');

async function run(list: Parameters<typeof classifyInProcess>[1]) {
  const { outcome, rows } = await classifyInProcess(rules, list, '2026-12-03');
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, text: formatSummary(rules, outcome.summary), table: summaryRows(rules, outcome.summary) };
}

describe('households counted by thôn/ấp', () => {
  const list =
    'STT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Thu nhập BQ người/tháng;Thiếu hụt\n' +
    '1;Nguyễn Văn An;Ấp Tân Hòa;NT;4;1.000.000;BHYT, nước sinh hoạt, nhà tiêu\n' + // poor
    '2;Lê Văn Bảy;ấp tân hòa;NT;4;1.200.000;BHYT\n' + // near-poor (the same ấp typed in lower case)
    '3;Trần Văn Cư;Ấp Tân Hòa;Hà Nội;4;1.300.000;\n' + // refused: area
    '4;Đỗ Thị Dung;Ấp Bình An;NT;3;3.000.000;\n' + // none
    '5;Hồ Văn Em;Ấp Bình An;NT;ba;1.100.000;\n' + // refused: members
    '6;Phan Thị Gấm;Ấp Bình An;xã Tân Phú;2;1,4tr;\n' + // near-poor
    '7;Võ Văn Hai;;NT;2;800.000;\n' + // near-poor, no ấp written
    '8;Lý Thị Hạnh;Ấp Bình An;Quảng Nam;5;2.000.000;\n'; // refused: area

  it('the summary says each ấp’s households by class and its error rows (was: only the list’s totals)', async () => {
    const { summary, text } = await run(csvSource(list));
    expect(summary).toMatchObject({ rows: 8, classified: 5, rejected: 3 });
    expect(summary.villages.by).toBe('column');
    expect(text).toContain(
      [
        'Theo thôn, ấp (theo cột “Thôn/ấp”): số hộ đã phân loại theo nhóm, và số dòng lỗi',
        '  Ấp Tân Hòa: 2 hộ (hộ nghèo 1, hộ cận nghèo 1); 1 dòng lỗi',
        '  Ấp Bình An: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1); 2 dòng lỗi',
        '  (để trống): 1 hộ (hộ cận nghèo 1)',
      ].join('\n'),
    );
  });

  it('the refused rows are grouped by reason, with their rows and an example', async () => {
    const { text } = await run(csvSource(list));
    expect(text).toContain('Dòng lỗi theo lý do (3 dòng; lý do đầy đủ ở cột ly_do của từng dòng):');
    expect(text).toContain('  Cột Khu vực (khu_vuc): 2 dòng (dòng 4, 9), ví dụ dòng 4: khu vực “Hà Nội” không rõ là nông thôn hay thành thị');
    expect(text).toContain('  Cột Số nhân khẩu (so_nguoi): 1 dòng (dòng 6), ví dụ dòng 6: số người “ba” phải là số nguyên lớn hơn 0, viết bằng chữ số');
  });

  it('the summary sheet of a workbook result gets the same rows, after every row it had', async () => {
    const { table } = await run(csvSource(list));
    const labels = table.map(([label]) => label);
    const at = labels.indexOf('Thôn, ấp “Ấp Tân Hòa”: số hộ đã phân loại');
    expect(at).toBeGreaterThan(labels.indexOf('Nhóm: hộ nghèo'));
    expect(table.slice(at, at + 7)).toEqual([
      ['Thôn, ấp “Ấp Tân Hòa”: số hộ đã phân loại', 2],
      ['Thôn, ấp “Ấp Tân Hòa”: hộ nghèo', 1],
      ['Thôn, ấp “Ấp Tân Hòa”: hộ cận nghèo', 1],
      ['Thôn, ấp “Ấp Tân Hòa”: hộ có mức sống trung bình', 0],
      ['Thôn, ấp “Ấp Tân Hòa”: không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình', 0],
      ['Thôn, ấp “Ấp Tân Hòa”: chưa xác định được', 0],
      ['Thôn, ấp “Ấp Tân Hòa”: dòng lỗi', 1],
    ]);
    expect(table).toContainEqual(['Dòng lỗi theo lý do: cột Khu vực (khu_vuc): khu vực “Hà Nội” không rõ là nông thôn hay thành thị', 2]);
  });

  it('without a thôn/ấp column: by its group headings and its “Cộng ấp” rows', async () => {
    const { summary, text } = await run(
      csvSource(
        'STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Tổng thu nhập của hộ/tháng;Thiếu hụt\n' +
          '1;Nguyễn Văn An;NT;4;4.000.000;BHYT, nước, nhà tiêu\n' + // 1.000.000, 3 → poor
          '2;Lê Văn Bảy;NT;4;abc;BHYT\n' + // refused
          ';Cộng toàn ấp Tân Thành: 2 hộ;;8;;\n' +
          'II. Ấp Bình An;;;;;\n' +
          '3;Lê Thị Bình;NT;3;4.200.000;\n' + // 1.400.000 → near-poor
          '4;Võ Văn Cảnh;NT;2;8.000.000;bhyt\n' + // 4.000.000 → none
          ';Tổng cộng;;9;;\n',
      ),
    );
    expect(summary.villages.by).toBe('group');
    expect(text).toContain(
      [
        'Theo thôn, ấp (theo dòng tên nhóm và dòng cộng (ấp, thôn…) giữa danh sách): số hộ đã phân loại theo nhóm, và số dòng lỗi',
        '  Ấp Tân Thành: 1 hộ (hộ nghèo 1); 1 dòng lỗi',
        '  Ấp Bình An: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)',
      ].join('\n'),
    );
  });

  it('a workbook of one sheet per thôn: by its sheets', async () => {
    const list = await workbook('theo-thon.xlsx', (sheet) => {
      sheet.name = 'Thôn 1';
      sheet.addRow(['Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'Thiếu hụt']);
      sheet.addRow(['Nguyễn Văn An', 'Nông thôn', 4, 1_000_000, 'BHYT, nước sinh hoạt, nhà tiêu']); // poor
      const second = sheet.workbook.addWorksheet('Thôn 2');
      second.addRow(['Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'Thiếu hụt']);
      second.addRow(['Lê Thị Bình', 'Nông thôn', 3, 1_400_000, '']); // near-poor
      second.addRow(['Trần Văn Cư', 'Nông thôn', 3, 2_500_000, '']); // none
    });
    const { summary, text } = await run(list);
    expect(summary.villages.by).toBe('sheet');
    expect(text).toContain('  Thôn 1: 1 hộ (hộ nghèo 1)\n  Thôn 2: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)');
  });

  it('a list naming no thôn/ấp says none (guard)', async () => {
    const { summary, text } = await run(csvSource('Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập BQ người/tháng\nNguyễn Văn An;NT;4;1.000.000\n'));
    expect(summary.villages.by).toBeNull();
    expect(text).not.toContain('Theo thôn, ấp');
    expect(text).not.toContain('Dòng lỗi theo lý do');
  });
});
