/**
 * Lists as communes keep them (round 11): the dependants' column written "Người PT" / "Số người PT" / "NPT" (not "phương
 * tiện"), a count of deprivations under the merged "Các chỉ số thiếu hụt", the signers' names under the list in the code
 * column, a member list whose household comes back further down. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept
 * by NĐ 351/2025 for 2026; facts/poverty-standards.md): income per person per month; rural line 1.500.000 đ (middle band ≤
 * 2.250.000); at or under the line, ≥ 3 deprivations = poor, else near-poor.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { columnOfHeader } from '../../src/batch/header-words.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { twoRowHeader, workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

async function run(list: TableSource, date = '2026-12-01') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, notes: [...list.notes, ...outcome.notes].join('\n'), report: formatSummary(rules, outcome.summary) };
}

const workbook = workbooks('lists11');

describe('“Người PT”, “Số người PT”, “NPT” are the dependants (người phụ thuộc), “PT sản xuất” stays a means of production', () => {
  it('ds xa co cot Nguoi PT duoi o gop Cac chi so thieu hut: an x there is the dependants’ lack, never “phương tiện tiếp cận thông tin”', async () => {
    const list = await workbook('nguoi-pt.xlsx', (sheet) => {
      const merge = twoRowHeader(sheet, ['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', { group: 'Các chỉ số thiếu hụt', under: ['Người PT', 'BHYT', 'PT tiếp cận TT'] }, 'PT sản xuất']);
      // 1.200.000; người phụ thuộc, BHYT → 2 → near-poor (was: phụ thuộc read as phương tiện tiếp cận thông tin).
      sheet.addRow(['TH-01', 'Hà Văn Lực', 'NT', 4, 1_200_000, 'x', 'x', '', 'máy cày']);
      // 1.000.000; người phụ thuộc, BHYT, thông tin → 3 → poor.
      sheet.addRow(['TH-02', 'Lò Thị En', 'NT', 5, 1_000_000, 'x', 'x', 'x', '']);
      merge();
    });
    const { rows, notes, problems } = await run(list);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['TH-01', 'near_poor', 'dependents health_insurance'],
      ['TH-02', 'poor', 'dependents health_insurance information_access'],
    ]);
    expect(notes).toContain('“Người PT” → chỉ số dependents');
    expect(notes).toContain('“PT sản xuất”');
  });

  it('“Số người PT” (how many dependants) and “NPT” are no household size column', () => {
    // Before: “Số người PT” read as so_nguoi (“số người”), so a household of 6 with 2 dependants was checked as 2 people.
    expect(columnOfHeader('Số người PT')).toBeNull();
    expect(columnOfHeader('NPT')).toBeNull();
    expect(columnOfHeader('Số người')).toBe('so_nguoi');
  });

  it('a flat column “NPT” with x marks: the dependants’ lack; “Phương tiện sản xuất” is left out, said', async () => {
    const list = csvSource(
      [
        'Ma ho;Khu vuc;So nhan khau;Thu nhap binh quan;NPT;Nuoc sinh hoat;Phuong tien san xuat',
        'A1;nt;6;1.300.000;x;x;',
        'A2;nt;3;1.300.000;;x;x',
      ].join('\n'),
    );
    const { rows, notes } = await run(list);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['A1', 'near_poor', 'dependents water_source'],
      ['A2', 'near_poor', 'water_source'],
    ]);
    expect(notes).toContain('“Phuong tien san xuat”');
  });
});

describe('the signature block under the list: titles, the date line and the signers’ names are footer rows, in any column', () => {
  it('ten nguoi ky nam o cot ma ho: “Người lập biểu” / “Xác nhận của UBND xã” / “Trưởng thôn” and the names under them are named as footer lines', async () => {
    const list = csvSource(
      [
        'STT;Mã hộ;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;BHYT;Nước sinh hoạt;Nhà tiêu',
        '1;MP-01;Nguyễn Văn An;NT;4;1.200.000;x;x;x',
        '2;MP-02;Lê Thị Bé;NT;3;1.400.000;x;;',
        ';;;;;;;;',
        ';Tân Hòa, ngày 15 tháng 12 năm 2026;;;;;;;',
        ';Người lập biểu;;;;;Xác nhận của UBND xã;;',
        ';Nguyễn Thị Hoa;;;;;Lê Văn Tám;;',
        ';Trưởng thôn;;;;;;;',
        ';Trần Văn Ba;;;;;;;',
      ].join('\n'),
    );
    const { rows, summary, problems, report } = await run(list);
    // Before: 7 and 9 (a signer's name in the code column) were error rows "chưa ghi khu vực", counted as households.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'poor'], ['3', 'near_poor'], ['5', 'footer'], ['6', 'footer'], ['7', 'footer'], ['8', 'footer'], ['9', 'footer']]);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 2, classified: 2, rejected: 0, footerRows: [5, 6, 7, 8, 9] });
    expect(report).toContain('(Không tính 5 dòng cuối bảng (tổng cộng, chữ ký), không phải hộ: dòng 5, 6, 7, 8, 9;');
    expect(rows[4]!.ly_do).toContain('Nguyễn Thị Hoa');
  });

  it('a member list (codes repeated, no “Số nhân khẩu”) with the signer’s name in the code column: a footer row, not a household of 1', async () => {
    const list = csvSource(
      [
        'Mã hộ;Họ tên;Khu vực;Thu nhập BQ đầu người/tháng;BHYT',
        'H01;Nguyễn Văn An;NT;1.200.000;x',
        'H01;Nguyễn Thị Bình;NT;1.200.000;',
        ';;;;',
        'Xác nhận của UBND xã;;;;',
        'Phạm Văn Hùng;;;;',
      ].join('\n'),
    );
    const { rows, summary, problems } = await run(list);
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([['2', 'H01', 'near_poor'], ['5', '', 'footer'], ['6', '', 'footer']]);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ classified: 1, rejected: 0, footerRows: [5, 6] });
  });

  it('a household typed under the signatures, with its code and figures, is still a household (classified), never a footer line', async () => {
    const list = csvSource(
      [
        'Mã hộ;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;BHYT',
        'MP-01;Nguyễn Văn An;NT;4;1.200.000;x',
        'Người lập biểu;;;;;',
        'Nguyễn Thị Hoa;;;;;',
        'MP-09;Đinh Văn Chín;NT;2;1.300.000;',
        'MP-10;Võ Thị Mười;;;;',
      ].join('\n'),
    );
    const { rows } = await run(list);
    // A code with its number (MP-09, MP-10) is a household's: classified, or refused with its reason; never a signature.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([['2', 'MP-01', 'near_poor'], ['3', '', 'footer'], ['4', '', 'footer'], ['5', 'MP-09', 'near_poor'], ['6', 'MP-10', 'error']]);
  });
});

describe('“Số chỉ số” (how many deprivations) is read as a count, checked against the marked columns, never as indicator names', () => {
  it('ds xa co cot So chi so duoi o gop Cac chi so thieu hut: counts that agree pass, one that disagrees is refused naming both', async () => {
    const list = await workbook('so-chi-so.xlsx', (sheet) => {
      const merge = twoRowHeader(sheet, ['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', { group: 'Các chỉ số thiếu hụt', under: ['BHYT', 'Nước sinh hoạt', 'Nhà tiêu HVS', 'Số chỉ số'] }]);
      // 1.200.000; BHYT, nước, nhà tiêu, count 3 → poor.
      sheet.addRow(['MP-01', 'Nguyễn Văn An', 'NT', 4, 1_200_000, 'x', 'x', 'x', 3]);
      // 1.400.000; BHYT, count 1 → near-poor.
      sheet.addRow(['MP-02', 'Lê Thị Bé', 'NT', 3, 1_400_000, 'x', '', '', 1]);
      // 1.400.000; BHYT marked, count 3: the two disagree (poor or near-poor): refused.
      sheet.addRow(['MP-03', 'Trần Văn Cò', 'NT', 3, 1_400_000, 'x', '', '', 3]);
      // 1.300.000; nothing marked, count 0 → near-poor.
      sheet.addRow(['MP-04', 'Đỗ Thị Dung', 'NT', 2, 1_300_000, '', '', '', 0]);
      merge();
    });
    const { rows, notes } = await run(list);
    // Before: “Các chỉ số thiếu hụt Số chỉ số” was the deprivation list column, and 3, 1, 0 “không biết chỉ số “3””.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['MP-01', 'poor', 'health_insurance water_source sanitation'],
      ['MP-02', 'near_poor', 'health_insurance'],
      ['MP-03', 'error', ''],
      ['MP-04', 'near_poor', ''],
    ]);
    expect(rows[2]!.ly_do).toContain('ghi 3 chỉ số thiếu hụt nhưng các cột chỉ số đánh dấu 1 (Bảo hiểm y tế)');
    expect(rows[2]!.ly_do).not.toContain('không biết chỉ số');
    expect(notes).toContain('→ so_chi_so');
  });

  it('a CSV with the group on the header row and “Số chỉ số” on the row under it: that row is the second header row, not a household', async () => {
    const list = csvSource(
      [
        'STT;Mã hộ;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;Các chỉ số thiếu hụt;;;',
        ';;;;;BHYT;Nước sinh hoạt;Nhà tiêu;Số chỉ số',
        '1;MP-01;NT;4;1.200.000;x;x;x;3',
        '2;MP-02;NT;3;1.400.000;x;;;2',
      ].join('\n'),
    );
    const { rows, summary } = await run(list);
    // Before: row 2 was a household ("chưa ghi khu vực") and every x "là một dấu đánh, không cho biết thiếu hụt chỉ số nào".
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['3', 'poor'], ['4', 'error']]);
    expect(rows[1]!.ly_do).toContain('Số chỉ số');
    expect(summary).toMatchObject({ classified: 1, rejected: 1 });
  });

  it('a list with only “Số chỉ số thiếu hụt” (no indicator named): the count is read (lists12: 2 → near-poor), a word is refused', async () => {
    const list = csvSource(
      ['Ma ho;Khu vuc;So nhan khau;Thu nhap binh quan;So chi so thieu hut', 'A1;nt;4;1.300.000;0', 'A2;nt;4;1.300.000;2', 'A3;nt;4;1.300.000;hai'].join('\n'),
    );
    const { rows } = await run(list);
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.so_chi_so_thieu_hut])).toEqual([['A1', 'near_poor', '0'], ['A2', 'near_poor', '2'], ['A3', 'error', '']]);
    expect(rows[2]!.ly_do).toContain('phải là một số');
    for (const row of rows) expect(row.ly_do).not.toContain('không biết chỉ số');
  });
});

describe('one vocabulary of indicator shorthand: the list’s headers read what a cadre’s sentence reads', () => {
  it('cot “DT NƠ BQ/người”, “Người PT trong HGĐ”: diện tích nhà ở and the dependants (were left out as columns naming nothing)', async () => {
    const list = csvSource(
      ['Mã hộ;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;DT NƠ BQ/người;Người PT trong HGĐ;BHYT', 'B1;NT;5;1.100.000;x;x;x', 'B2;NT;3;1.100.000;x;;'].join('\n'),
    );
    const { rows, notes } = await run(list);
    // 1.100.000 ≤ 1.500.000: B1 diện tích, phụ thuộc, BHYT → 3 → poor; B2 diện tích → near-poor.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['B1', 'poor', 'dependents health_insurance housing_area'],
      ['B2', 'near_poor', 'housing_area'],
    ]);
    expect(notes).not.toContain('Cột không dùng để xét hộ');
  });
});

describe('a member list whose household code comes back further down: the household’s members are split, said with their rows', () => {
  it('ds thanh vien, ho H01 o dong 2-3 va dong 5 (xen ho H02): row 5 is not a household of its own; its rows and the first ones are named', async () => {
    const list = csvSource(
      [
        'Mã hộ;Họ tên;Khu vực;Thu nhập BQ đầu người/tháng;BHYT',
        'H01;Nguyễn Văn An;NT;1.200.000;x',
        'H01;Nguyễn Thị Bình;NT;1.200.000;',
        'H02;Lê Văn Cường;NT;1.400.000;',
        'H01;Nguyễn Văn Dũng;NT;1.200.000;',
        'H01;Nguyễn Thị Em;NT;1.200.000;',
      ].join('\n'),
    );
    const { rows, summary, report } = await run(list);
    // Before: row 5 was classified as a household of 2 people ("Trùng mã hộ “H01” với dòng 2"), its own class beside row 2's.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([['2', 'H01', 'near_poor'], ['4', 'H02', 'near_poor'], ['5', 'H01', 'error']]);
    expect(rows[2]!.ly_do).toContain('thành viên của hộ “H01” bị tách: dòng 2–3 và dòng 5–6');
    expect(rows[2]!.ly_do).toContain('xếp các dòng của hộ liền nhau');
    expect(rows[2]!.ly_do).not.toContain('Trùng mã hộ');
    expect(summary.duplicateRows).toEqual([]);
    expect(summary.classified).toBe(2);
    expect(report).toContain('Hộ có thành viên bị tách (mã hộ ghi ở các đoạn không liền nhau): “H01” dòng 2–3 và dòng 5–6');
  });
});
