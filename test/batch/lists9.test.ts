/**
 * Lists as commune cadres make them (round 9, fixtures/lists9 and workbooks laid out here as Excel shows them): a total
 * line under each ấp or thôn in the middle of the list. Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ
 * 351/2025 for 01/01–31/12/2026): income per person per month; rural line 1.500.000 đ (middle ≤ 2.250.000), urban
 * 2.000.000 đ (middle ≤ 3.000.000); at or under the line, ≥ 3 deprivations = poor, else near-poor; above the middle: none.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { formatSummary, summaryRows } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { xlsxSource } from '../../src/batch/xlsx.ts';
import { classifyInProcess, openList, sheetsBeforeWorkbook } from './classify-in-process.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lists9-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/lists9/${name}`, import.meta.url));

async function run(list: TableSource, date = '2026-12-01') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  const notes = [...list.notes, ...outcome.notes].join('\n');
  return { summary: outcome.summary, rows, problems, notes, report: formatSummary(rules, outcome.summary), table: summaryRows(rules, outcome.summary) };
}

/** A workbook of one sheet "Danh sách" laid out by `fill`, read as `cli batch` reads it. */
async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<TableSource> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Danh sách'));
  const path = join(work, name);
  await book.xlsx.writeFile(path);
  return xlsxSource(path, statSync(path).size);
}

describe('a total line under each ấp or thôn in the middle of the list is a subtotal row, not a household nor an error', () => {
  it('“Cộng ấp 1”, “Cộng ấp Tân Thành”, “Cộng:” with the sums, then “Tổng cộng” and the signatures (a Southern commune’s CSV)', async () => {
    const { rows, summary, problems, report, table } = await run(openList(fixture('cong-ap.csv')));
    // 4: 5.600.000 ÷ 4 = 1.400.000, 2 lacks → near-poor; 5: 4.800.000 ÷ 3 = 1.600.000 → middle; 6: 6.000.000 ÷ 5 = 1.200.000,
    // BHYT + nhà tiêu + việc làm → poor; 7 “Cộng ấp 1” (12 người, 16.400.000). 8: 5.000.000 ÷ 2 = 2.500.000 → none; 9:
    // 5.800.000 ÷ 4 = 1.450.000, nước → near-poor; 10 “Cộng ấp Tân Thành”. 11: 3.900.000 ÷ 3 = 1.300.000, 3 lacks → poor;
    // 12: 4.400.000 ÷ 2 = 2.200.000 → middle; 13 “Cộng:” 5 người, 8.300.000 = the sums of 11–12. 14: 8.000.000 ÷ 4 =
    // 2.000.000 → middle; 15 “Tổng cộng”, 17 the date line, 18 the signature. Before: 7 and 10 were error rows “chưa ghi khu
    // vực”, 13 an error row “đọc như dòng tổng cộng nhưng dưới nó còn hộ”.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['4', 'TP-0101', 'near_poor'], ['5', 'TP-0102', 'middle'], ['6', 'TP-0103', 'poor'], ['7', '', 'footer'],
      ['8', 'TP-0201', 'none'], ['9', 'TP-0202', 'near_poor'], ['10', '', 'footer'],
      ['11', 'TP-0301', 'poor'], ['12', 'TP-0302', 'middle'], ['13', '', 'footer'],
      ['14', 'TP-0401', 'middle'], ['15', '', 'footer'], ['17', '', 'footer'], ['18', '', 'footer'],
    ]);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 8, classified: 8, rejected: 0, subtotalRows: [7, 10, 13], totalRows: [15], footerRows: [15, 17, 18], titleRows: [1, 2] });
    expect([...summary.byClass]).toEqual(expect.arrayContaining([['near_poor', 2], ['middle', 3], ['poor', 2], ['none', 1]]));
    expect(rows[3]!.phan_loai).toBe('dòng cộng giữa danh sách (ấp, thôn…), không phải hộ');
    expect(rows[3]!.ly_do).toBe(
      'Dòng “Cộng ấp 1” là dòng cộng của một nhóm hộ (ấp, thôn…) giữa danh sách, không phải hộ: không tính. Số ở dòng này bằng tổng các dòng 4–6 (Số nhân khẩu 12, Tổng thu nhập của hộ/tháng 16.400.000).',
    );
    expect(rows[9]!.ly_do).toContain('Dòng “Cộng:” là dòng cộng các hộ ở trên giữa danh sách, không phải hộ: không tính. Số ở dòng này bằng tổng các dòng 11–12');
    expect(report).toContain('(Không tính 3 dòng cộng giữa danh sách (cộng theo ấp, thôn…), không phải hộ: dòng 7, 10, 13; vẫn có dòng trong kết quả, ma_phan_loai footer.)');
    expect(table).toContainEqual(['Dòng cộng giữa danh sách: cộng theo ấp, thôn (không tính)', 3]);
  });

  it('“Tổng thôn 1”, “Tổng thôn 2” merged over A:D with =SUM() under “Nhân khẩu”, a “Cộng:” and “Tổng cộng toàn xã” (a Northern commune’s workbook)', async () => {
    const list = await workbook('tong-thon.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ ĐÔNG SƠN']);
      sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026']);
      sheet.mergeCells('A2:H2');
      sheet.addRow([]);
      sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Thôn', 'Khu vực', 'Nhân khẩu', 'Thu nhập bình quân đầu người/tháng', 'Các chỉ số thiếu hụt']);
      const households = (rows: (string | number)[][]) => rows.forEach((row) => sheet.addRow(row));
      const total = (row: number, label: string, formula: string, result: number) => {
        sheet.getCell(`A${row}`).value = label;
        sheet.mergeCells(`A${row}:D${row}`);
        sheet.getCell(`F${row}`).value = { formula, result };
      };
      households([
        [1, 'DS-101', 'Nguyễn Văn Hùng', 'Thôn 1', 'Nông thôn', 4, 1_200_000, 'BHYT, nhà tiêu, nước sinh hoạt'],
        [2, 'DS-102', 'Lê Thị Lan', 'Thôn 1', 'Nông thôn', 2, 1_450_000, 'BHYT'],
        [3, 'DS-103', 'Tống Văn Thành', 'Thôn 1', 'Nông thôn', 5, 2_000_000, ''],
      ]);
      total(8, 'Tổng thôn 1', 'SUM(F5:F7)', 11);
      households([
        [4, 'DS-201', 'Phạm Văn Đức', 'Thôn 2', 'Nông thôn', 3, 900_000, 'BHYT, việc làm'],
        [5, 'DS-202', 'Hoàng Thị Mai', 'Thôn 2', 'Nông thôn', 6, 1_500_000, 'Dinh dưỡng, BHYT, nhà tiêu'],
      ]);
      total(11, 'Tổng thôn 2', 'SUM(F9:F10)', 9);
      households([
        [6, 'DS-301', 'Vũ Văn Nam', 'Thôn 3', 'Nông thôn', 4, 2_400_000, ''],
        [7, 'DS-302', 'Đỗ Thị Hằng', 'Thôn 3', 'Nông thôn', 3, 1_350_000, 'nước sinh hoạt'],
      ]);
      total(14, 'Cộng:', 'SUM(F12:F13)', 7);
      total(15, 'Tổng cộng toàn xã', 'F8+F11+F14', 27);
    });
    const { rows, summary, problems } = await run(list);
    // 5: 1.200.000, 3 lacks → poor; 6: 1.450.000, BHYT → near-poor; 7: 2.000.000 → middle. 9: 900.000, 2 → near-poor; 10:
    // 1.500.000 (at the line), 3 → poor. 12: 2.400.000 → none; 13: 1.350.000, nước → near-poor. Before: 8 and 11 were error
    // rows (no area). 14 “Cộng:” and 15 close the list: total lines, as before.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([
      ['5', 'DS-101', 'poor'], ['6', 'DS-102', 'near_poor'], ['7', 'DS-103', 'middle'], ['8', '', 'footer'],
      ['9', 'DS-201', 'near_poor'], ['10', 'DS-202', 'poor'], ['11', '', 'footer'],
      ['12', 'DS-301', 'none'], ['13', 'DS-302', 'near_poor'], ['14', '', 'footer'], ['15', '', 'footer'],
    ]);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 7, classified: 7, rejected: 0, subtotalRows: [8, 11], totalRows: [14, 15], titleRows: [1, 2] });
    expect(rows[3]!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 5–7 (Nhân khẩu 11).');
  });

  it('a group’s total line whose figure is not the sum above it is still no household, and says so; a bare “Cộng” with a wrong sum stays an error row', async () => {
    const list = await workbook('sai-tong.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ/tháng']);
      sheet.addRow(['X-01', 'Trần Văn A', 'Nông thôn', 4, 5_600_000]);
      sheet.addRow(['X-02', 'Lê Thị B', 'Nông thôn', 3, 4_800_000]);
      sheet.addRow(['', 'Cộng xóm 1', '', 8, 10_400_000]);
      sheet.addRow(['X-03', 'Phạm Văn C', 'Nông thôn', 2, 5_000_000]);
      sheet.addRow(['', 'Cộng', '', 5, '']);
      sheet.addRow(['X-04', 'Võ Thị D', 'Nông thôn', 4, 5_800_000]);
    });
    const { rows, summary } = await run(list);
    // X-01 1.400.000 → near-poor; X-02 1.600.000 → middle; X-03 2.500.000 → none; X-04 1.450.000 → near-poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'middle'], ['4', 'footer'], ['5', 'none'], ['6', 'error'], ['7', 'near_poor']]);
    expect(rows[2]!.ly_do).toContain('Cần xem lại: số ở dòng này khác tổng các dòng 2–3 (Số nhân khẩu: dòng này ghi 8, cộng các dòng là 7).');
    // “Cộng” with 5 under X-03 alone (2 people) is no sum of the rows above: refused, never dropped.
    expect(rows[4]!.ly_do).toContain('dòng “Cộng” đọc như dòng cộng các hộ ở trên (dưới nó còn hộ, dòng 7), không phải hộ. Cần xem lại: số ở dòng này khác tổng dòng 5 (Số nhân khẩu: dòng này ghi 5, cộng các dòng là 2)');
    expect(summary).toMatchObject({ rows: 5, classified: 4, rejected: 1, subtotalRows: [4] });
  });

  it('households named “Cộng Tố Nga”, “Tống Văn Khu” in a list without codes stay households around “Cộng ấp 1”', async () => {
    const list = [
      'Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Chỉ số thiếu hụt',
      'Cộng Tố Nga;Nông thôn;3;1.400.000;BHYT',
      'Tống Văn Khu;Nông thôn;2;1.600.000;',
      'Cộng ấp 1;;5;;',
      'Tống Thị Xuân;Nông thôn;4;1.200.000;BHYT, nước sinh hoạt, nhà tiêu',
    ].join('\r\n');
    const { rows, summary } = await run(csvSource(list));
    // 1.400.000 + BHYT → near-poor; 1.600.000 → middle; 1.200.000 + 3 → poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'middle'], ['4', 'footer'], ['5', 'poor']]);
    expect(summary).toMatchObject({ rows: 3, classified: 3, subtotalRows: [4] });
  });
});

describe('the unit and whose income a header gives are honoured: “Tổng thu nhập của hộ (triệu/năm)”, “TNBQ (1.000đ/người/tháng)”', () => {
  it('“Tổng thu nhập của hộ (triệu/năm)”: a bare 60 is 60 triệu a year for the household, ÷ 12 ÷ members (was asked “nghìn hay triệu?”)', async () => {
    const { rows, problems, notes } = await run(openList(fixture('thu-nhap-ho-trieu-nam.csv')));
    // DT-01 60.000.000 ÷ 12 ÷ 4 = 1.250.000, 3 lacks → poor; DT-02 45.600.000 ÷ 12 ÷ 3 = 1.266.667, BHYT → near-poor; DT-03
    // 30.000.000 ÷ 12 ÷ 2 = 1.250.000 → near-poor; DT-04 96.000.000 ÷ 12 ÷ 5 = 1.600.000 → middle; DT-05 120.000.000 ÷ 12 ÷ 4
    // = 2.500.000 → none; DT-06 “54 triệu” (its own unit) ÷ 12 ÷ 3 = 1.500.000, việc làm → near-poor.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['DT-01', 'poor'], ['DT-02', 'near_poor'], ['DT-03', 'near_poor'], ['DT-04', 'middle'], ['DT-05', 'none'], ['DT-06', 'near_poor'],
    ]);
    expect(problems).toEqual([]);
    expect(notes).toContain('“Tổng thu nhập của hộ (triệu/năm)” → tong_thu_nhap (thu nhập cả năm, chia 12 ra mỗi tháng; đơn vị 1.000.000 đồng: ô ghi số trơn được nhân 1.000.000)');
    expect(rows[0]!.ly_do).toContain('Ô “60” theo đơn vị của cột (1.000.000 đồng) là 60.000.000 đồng. Tổng thu nhập của hộ cả năm 60.000.000 đồng ÷ 12 tháng = 5.000.000 đồng mỗi tháng.');
  });

  it('“TNBQ (1.000đ/người/tháng)”, the thousands written with a dot: 1200 is 1.200.000 đồng, never 0 (was read as a unit of 0 đồng: every household at 0 đồng)', async () => {
    const list = await workbook('tnbq-nghin.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ HÒA BÌNH']);
      sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 4']);
      sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'TNBQ (1.000đ/người/tháng)', 'Các chỉ số thiếu hụt']);
      sheet.addRow([1, 'T4-01', 'Đinh Văn Lực', 'Nông thôn', 4, 1200, 'BHYT']);
      sheet.addRow([2, 'T4-02', 'Quách Thị Nụ', 'Nông thôn', 5, 950, 'BHYT, nước sinh hoạt, nhà tiêu']);
      sheet.addRow([3, 'T4-03', 'Bạch Văn Tài', 'Nông thôn', 3, 1600, '']);
      sheet.addRow([4, 'T4-04', 'Kiều Thị Vân', 'Nông thôn', 2, 2300, '']);
      sheet.addRow([5, 'T4-05', 'Mạc Văn Sơn', 'Phường 2', 4, 1850, 'việc làm']);
    });
    const { rows, notes } = await run(list);
    // 1.200.000, BHYT → near-poor; 950.000, 3 → poor; 1.600.000 → middle; 2.300.000 > 2.250.000 → none; urban 1.850.000 ≤
    // 2.000.000, việc làm → near-poor.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['T4-01', 'near_poor', '1200000'], ['T4-02', 'poor', '950000'], ['T4-03', 'middle', '1600000'], ['T4-04', 'none', '2300000'], ['T4-05', 'near_poor', '1850000'],
    ]);
    expect(notes).toContain('“TNBQ (1.000đ/người/tháng)” → thu_nhap_binh_quan (đơn vị 1.000 đồng: ô ghi số trơn được nhân 1.000)');
  });

  it('units written short: “(trđ/năm)”, “(nghìn/người/tháng)”, “(tr.đ/năm)” beside the ones already read, “(triệu đồng/năm)”, “(nghìn đồng)”', async () => {
    const read = async (header: string, cell: string) => {
      const { rows } = await run(csvSource(`Mã hộ;Khu vực;Số nhân khẩu;${header}\nH1;Nông thôn;4;${cell}\n`));
      return [rows[0]!.ma_phan_loai, rows[0]!.thu_nhap_binh_quan];
    };
    // 72 triệu a year ÷ 12 ÷ 4 = 1.500.000 → near-poor; 1.500 nghìn a person a month the same.
    expect(await read('Thu nhập cả hộ (trđ/năm)', '72')).toEqual(['near_poor', '1500000']);
    expect(await read('Tổng thu nhập của hộ (tr.đ/năm)', '72')).toEqual(['near_poor', '1500000']);
    expect(await read('Tổng thu nhập của hộ (triệu đồng/năm)', '72')).toEqual(['near_poor', '1500000']);
    expect(await read('TNBQ (nghìn/người/tháng)', '1500')).toEqual(['near_poor', '1500000']);
    expect(await read('Thu nhập bình quân đầu người (nghìn đồng)', '1500')).toEqual(['near_poor', '1500000']);
    // A figure in đồng under a unit column is refused, not multiplied (as before).
    expect(await read('Thu nhập cả hộ (trđ/năm)', '72000000')).toEqual(['error', '']);
  });
});

/**
 * A commune's list of members, one row per person (STT, the household code, "Khu vực", "Số nhân khẩu", the household's income
 * and its lacks merged down over its members' rows; each member's name, relation and year of birth on their own row), as
 * the review forms' "danh sách thành viên hộ" are typed in Excel.
 */
function membersList(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['UBND XÃ TÂN PHÚ']);
  sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH VÀ THÀNH VIÊN RÀ SOÁT NĂM 2026 - ẤP TÂN THÀNH']);
  sheet.mergeCells('A2:J2');
  sheet.addRow(['STT', 'Mã hộ', 'Họ và tên thành viên', 'Quan hệ với chủ hộ', 'Năm sinh', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ/tháng', 'Các chỉ số thiếu hụt', 'Ghi chú']);
  const household = (stt: number, code: string, members: [string, string, number][], income: number, lacks: string) => {
    const top = sheet.rowCount + 1;
    members.forEach(([name, relation, born], index) =>
      sheet.addRow(index === 0 ? [stt, code, name, relation, born, 'Nông thôn', members.length, income, lacks, ''] : [null, null, name, relation, born, null, null, null, null, '']),
    );
    const bottom = top + members.length - 1;
    if (bottom > top) for (const column of ['A', 'B', 'F', 'G', 'H', 'I']) sheet.mergeCells(`${column}${top}:${column}${bottom}`);
  };
  household(1, 'TT-01', [['Nguyễn Văn Ba', 'Chủ hộ', 1975], ['Lê Thị Hoa', 'Vợ', 1978], ['Nguyễn Văn Tú', 'Con', 2005], ['Nguyễn Thị Mai', 'Con', 2010]], 5_600_000, 'BHYT, nước sinh hoạt');
  household(2, 'TT-02', [['Trần Văn Lộc', 'Chủ hộ', 1960], ['Phạm Thị Thu', 'Vợ', 1962]], 5_000_000, '');
  household(3, 'TT-03', [['Võ Thị Sáu', 'Chủ hộ', 1950]], 1_200_000, 'BHYT, nhà tiêu, việc làm');
  household(4, 'TT-04', [['Huỳnh Văn Tám', 'Chủ hộ', 1982], ['Đặng Thị Lan', 'Vợ', 1985], ['Huỳnh Văn Phúc', 'Con', 2012]], 4_800_000, 'dinh dưỡng');
  // The household TT-02 typed again lower down, one row: a real duplicate.
  sheet.addRow([5, 'TT-02', 'Trần Văn Lộc', 'Chủ hộ', 1960, 'Nông thôn', 2, 5_000_000, '', 'nhập lại']);
}

describe('a household code merged down over its members’ rows is one household, not “trùng mã hộ”', () => {
  // TT-01 5.600.000 ÷ 4 = 1.400.000, 2 lacks → near-poor; TT-02 5.000.000 ÷ 2 = 2.500.000 → none; TT-03 1.200.000, 3 → poor;
  // TT-04 4.800.000 ÷ 3 = 1.600.000 → middle; TT-02 again (row 15) is a real duplicate.
  const expected = [['4', 'TT-01', 'near_poor'], ['8', 'TT-02', 'none'], ['10', 'TT-03', 'poor'], ['11', 'TT-04', 'middle'], ['14', 'TT-02', 'none']];

  it('read as ExcelJS streams it: members grouped under the household’s first row, named in the summary', async () => {
    const { rows, summary, report } = await run(await workbook('thanh-vien.xlsx', membersList));
    // Before: rows 5–7, 9, 12–13 were classified again, each “Trùng mã hộ … với dòng 4/8/11”.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual(expected);
    expect(rows[0]!.ly_do).toMatch(/^Hộ ghi trên các dòng 4–7 \(ô mã hộ gộp, mỗi dòng một thành viên\)/);
    expect(rows[4]!.ly_do).toMatch(/^Trùng mã hộ “TT-02” với dòng 8/);
    expect(summary).toMatchObject({ rows: 5, classified: 5, rejected: 0, duplicateRows: [14], memberRows: [5, 6, 7, 9, 12, 13] });
    expect([...summary.byClass]).toEqual(expect.arrayContaining([['near_poor', 1], ['none', 1], ['poor', 1], ['middle', 1]]));
    expect(report).toContain('(Không tính riêng 6 dòng thành viên dưới ô mã hộ gộp (mỗi dòng một người của hộ ở dòng trên): dòng 5, 6, 7, 9, 12, 13.)');
  });

  it('read whole (a zip with the sheets before workbook.xml): the same households, the same members', async () => {
    const book = new ExcelJS.Workbook();
    membersList(book.addWorksheet('Ấp Tân Thành'));
    book.addWorksheet('Ghi chú').addRow(['Người lập biểu: cán bộ giảm nghèo xã']);
    const path = join(work, 'thanh-vien-thu-tu-khac.xlsx');
    writeFileSync(path, await sheetsBeforeWorkbook(new Uint8Array(await book.xlsx.writeBuffer())));
    const { rows, summary } = await run(xlsxSource(path, statSync(path).size));
    // Before: ExcelJS gave every merged cell the top cell's value: each member a household again, “Trùng mã hộ”.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual(expected);
    expect(rows.map((row) => row.trang_tinh)).toEqual(Array(5).fill('Ấp Tân Thành'));
    expect(summary).toMatchObject({ duplicateRows: [14], memberRows: [5, 6, 7, 9, 12, 13] });
  });

  it('a member’s row that gives the household another figure is refused naming it, never dropped', async () => {
    const list = await workbook('thanh-vien-lech.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ và tên thành viên', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng']);
      sheet.addRow(['TV-01', 'Lò Văn Pả', 'Nông thôn', 3, 1_400_000]);
      sheet.addRow([null, 'Lò Thị Ín', null, 3, null]);
      sheet.addRow([null, 'Lò Văn Kim', null, 2, null]);
      for (const column of ['A', 'C', 'E']) sheet.mergeCells(`${column}2:${column}4`);
    });
    const { rows, summary } = await run(list);
    // TV-01 1.400.000 → near-poor; row 3 repeats its 3 people (a member, not counted); row 4 says 2.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'error']]);
    expect(rows[1]!.ly_do).toBe(
      'Cột Số nhân khẩu (so_nguoi): dòng này nằm dưới ô mã hộ “TV-01” gộp các dòng 2–4 (thành viên của hộ) nhưng ghi “2”, khác dòng 2 (“3”): chưa rõ số nào là của hộ; hộ được xét theo dòng 2. Hãy gộp ô này cùng hộ, hoặc để trống',
    );
    expect(summary).toMatchObject({ rows: 2, classified: 1, rejected: 1, memberRows: [3] });
  });
});

describe('a header on three rows (group, sub-header, unit) is read as one, bottom-up', () => {
  it('“Thu nhập” over “Tổng thu nhập của hộ” / “Bình quân đầu người”, over “(triệu đồng/năm)” / “(1000đ/người/tháng)”; “Thiếu hụt” over BHYT…', async () => {
    const list = await workbook('ba-tang.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ NGHĨA HƯNG']);
      sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO RÀ SOÁT NĂM 2026']);
      sheet.mergeCells('A2:J2');
      sheet.addRow([]);
      sheet.addRow(['STT', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập', null, 'Thiếu hụt', null, null]);
      sheet.addRow([null, null, null, null, null, 'Tổng thu nhập của hộ', 'Bình quân đầu người', 'BHYT', 'Nước sinh hoạt', 'Nhà tiêu']);
      sheet.addRow([null, null, null, null, null, '(triệu đồng/năm)', '(1000đ/người/tháng)', null, null, null]);
      for (const column of ['A', 'B', 'C', 'D', 'E']) sheet.mergeCells(`${column}4:${column}6`);
      sheet.mergeCells('F4:G4');
      sheet.mergeCells('H4:J4');
      sheet.addRow([1, 'NH-01', 'Trần Văn Hải', 'Nông thôn', 4, 60, 1250, 'x', 'x', 'x']);
      sheet.addRow([2, 'NH-02', 'Phạm Thị Yến', 'Nông thôn', 3, 54, 1500, 'x', null, null]);
      sheet.addRow([3, 'NH-03', 'Đoàn Văn Chung', 'Nông thôn', 2, 48, 2000, null, null, null]);
      sheet.addRow([4, 'NH-04', 'Mai Thị Lụa', 'Thị trấn Liễu Đề', 3, 64.8, 1800, 'x', null, 'x']);
    });
    const { rows, summary, notes } = await run(list);
    // NH-01 60 triệu ÷ 12 ÷ 4 = 1.250.000 (= 1.250 nghìn), 3 lacks → poor; NH-02 54 ÷ 12 ÷ 3 = 1.500.000, BHYT → near-poor;
    // NH-03 48 ÷ 12 ÷ 2 = 2.000.000 → middle; NH-04 thị trấn (urban) 64,8 ÷ 12 ÷ 3 = 1.800.000 ≤ 2.000.000, 2 → near-poor.
    // Before: row 6 (the units) was an error household “chưa ghi khu vực”, every income asked “60 nghìn hay triệu?”.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['7', 'NH-01', 'poor', '1250000'], ['8', 'NH-02', 'near_poor', '1500000'], ['9', 'NH-03', 'middle', '2000000'], ['10', 'NH-04', 'near_poor', '1800000'],
    ]);
    expect(summary).toMatchObject({ rows: 4, classified: 4, rejected: 0, titleRows: [1, 2] });
    expect(notes).toContain('Dòng 6 là dòng đơn vị dưới dòng tên cột, đọc cùng tên cột (thay cách đọc ở trên): “Thu nhập Tổng thu nhập của hộ (triệu đồng/năm)” → tong_thu_nhap (thu nhập cả năm, chia 12 ra mỗi tháng; đơn vị 1.000.000 đồng');
  });

  it('“Mã hộ” merged down three rows, “Thông tin hộ” over “Khu vực” / “Số nhân khẩu” / “Thu nhập”, units under them: the code is kept', async () => {
    const list = await workbook('ba-tang-thong-tin.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT - XÓM 5']);
      sheet.addRow(['STT', 'Mã hộ', 'Thông tin hộ', null, null, 'Thiếu hụt', null, null]);
      sheet.addRow([null, null, 'Khu vực', 'Số nhân khẩu', 'Thu nhập', 'BHYT', 'Nước sinh hoạt', 'Nhà tiêu']);
      sheet.addRow([null, null, null, '(người)', '(nghìn đồng/người/tháng)', null, null, null]);
      for (const column of ['A', 'B']) sheet.mergeCells(`${column}2:${column}4`);
      sheet.mergeCells('C2:E2');
      sheet.mergeCells('F2:H2');
      sheet.addRow([1, 'X5-01', 'Nông thôn', 5, 1100, 'x', 'x', 'x']);
      sheet.addRow([2, 'X5-02', 'Nông thôn', 4, 1450, null, 'x', null]);
      sheet.addRow([3, 'X5-01', 'Nông thôn', 5, 1100, 'x', 'x', 'x']);
    });
    const { rows, summary, notes } = await run(list);
    // X5-01 1.100.000, 3 → poor; X5-02 1.450.000, nước → near-poor; X5-01 again: a duplicate. Before: rows 3–4 alone were the
    // header (“Thu nhập” read with its unit), “Mã hộ” on row 2 lost: no codes, the household typed twice not seen.
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai])).toEqual([['5', 'X5-01', 'poor'], ['6', 'X5-02', 'near_poor'], ['7', 'X5-01', 'poor']]);
    expect(summary).toMatchObject({ rows: 3, classified: 3, duplicateRows: [7], titleRows: [1] });
    expect(notes).toContain('Dòng 2, 3 và 4 là dòng tên cột nhiều tầng (ô gộp), đọc từ dưới lên');
  });

  it('a unit that makes the income unreadable (“(đồng/ngày)”) refuses the list as its header would, naming the column', async () => {
    const list = 'Mã hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người\n;;;(đồng/ngày)\nH1;Nông thôn;4;50000\n';
    const { outcome } = await classifyInProcess(rules, csvSource(list), '2026-12-01');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^Dòng 2 \(dòng đơn vị dưới dòng tên cột\): Cột “Thu nhập bình quân đầu người \(đồng\/ngày\)” là thu nhập theo ngày/);
  });
});

describe('the result file: income as computed in whole đồng, and the two classes of an open 2027 result (columns added at the end)', () => {
  const OLD_COLUMNS = [
    'dong', 'ma_ho', 'ngay', 'phan_loai', 'ma_phan_loai', 'thu_nhap_binh_quan', 'so_chi_so_thieu_hut', 'chi_so_thieu_hut', 'chuan', 'tam_tinh', 'ly_do', 'dieu_lam_thay_doi',
    'chuan_moi', 'chuan_moi_tu_ngay', 'chuan_moi_phan_loai', 'chuan_moi_ma_phan_loai', 'chuan_moi_tam_tinh',
  ];
  // Round 10 added the name and the thôn/ấp as written (CARRIED_COLUMNS) after these.
  const ADDED = ['it_nhat_phan_loai', 'it_nhat_ma_phan_loai', 'toi_da_phan_loai', 'toi_da_ma_phan_loai', 'toi_da_neu_thieu_hut_tu', 'ho_ten_chu_ho', 'thon_ap'];

  it('a commune’s list checked in January 2027: 5.000.000 ÷ 3 shows 1666667 (not 1666666.67); “chưa xác định được” says ít nhất cận nghèo, nghèo nếu từ 3 chỉ số', async () => {
    const list = openList(fixture('ra-soat-2027.csv'));
    const { outcome, rows, header } = await classifyInProcess(rules, list, '2027-01-05');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(header).toEqual([...OLD_COLUMNS, ...ADDED]);
    // 2027 (NĐ 351/2025, reported): rural line 2.200.000, urban 2.800.000; at or under it, 3 known lacks → poor; 1–2 known (the
    // two new indicators' thresholds unknown) → unknown, at least near-poor, poor with 3; 0 → near-poor; above → unknown.
    // PL-01 8.000.000 ÷ 4 = 2.000.000, 3 → poor; PL-02 5.000.000 ÷ 3 = 1.666.666,67, BHYT → open; PL-03 6.200.000 ÷ 3 =
    // 2.066.666,67, none → near-poor; PL-04 phường 5.000.000 ÷ 2 = 2.500.000 ≤ 2.800.000, 2 → open; PL-05 7.000.000 ÷ 3 =
    // 2.333.333,33 > 2.200.000 → unknown, not between two classes; PL-06 20/12/2026 (2026 standard) 1.250.000, BHYT → near-poor.
    // Round 12 (N11): under 2027 a settled class fills both columns (PL-01, PL-03), above the line none … middle (PL-05); 2026 empty.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan, row.it_nhat_ma_phan_loai, row.toi_da_ma_phan_loai, row.toi_da_neu_thieu_hut_tu])).toEqual([
      ['PL-01', 'poor', '2000000', 'poor', 'poor', ''],
      ['PL-02', 'unknown', '1666667', 'near_poor', 'poor', '3'],
      ['PL-03', 'near_poor', '2066667', 'near_poor', 'near_poor', ''],
      ['PL-04', 'unknown', '2500000', 'near_poor', 'poor', '3'],
      ['PL-05', 'unknown', '2333333', 'none', 'middle', ''],
      ['PL-06', 'near_poor', '1250000', '', '', ''],
    ]);
    expect([rows[1]!.it_nhat_phan_loai, rows[1]!.toi_da_phan_loai]).toEqual(['hộ cận nghèo', 'hộ nghèo']);
    // The same figure as the reasons say it (formatMoney).
    expect(rows[1]!.ly_do).toContain('5.000.000 đồng ÷ 3 người = 1.666.667 đồng');
  });

  it('in a workbook of several sheets the added columns come after trang_tinh, which keeps its place; refused and total rows have them empty', async () => {
    const path = join(work, 'hai-thon-2027.xlsx');
    const book = new ExcelJS.Workbook();
    for (const [name, code] of [['Thôn 1', 'T1-01'], ['Thôn 2', 'T2-01']] as const) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['Mã hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ/tháng', 'Các chỉ số thiếu hụt']);
      sheet.addRow([code, 'Nông thôn', 3, 5_000_000, 'BHYT']);
      sheet.addRow([`${code}x`, 'Hà Nội', 3, 5_000_000, '']);
      sheet.addRow(['Cộng', null, 6, 10_000_000, null]);
    }
    await book.xlsx.writeFile(path);
    const { outcome, rows, header } = await classifyInProcess(rules, xlsxSource(path, statSync(path).size), '2027-01-05');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(header).toEqual([...OLD_COLUMNS, 'trang_tinh', ...ADDED]);
    expect(rows.map((row) => [row.trang_tinh, row.dong, row.ma_phan_loai, row.it_nhat_ma_phan_loai, row.toi_da_neu_thieu_hut_tu])).toEqual([
      ['Thôn 1', '2', 'unknown', 'near_poor', '3'], ['Thôn 1', '3', 'error', '', ''], ['Thôn 1', '4', 'footer', '', ''],
      ['Thôn 2', '2', 'unknown', 'near_poor', '3'], ['Thôn 2', '3', 'error', '', ''], ['Thôn 2', '4', 'footer', '', ''],
    ]);
  });
});
