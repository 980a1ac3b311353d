/**
 * Lists as communes keep them (round 14): the household head's row with its members' rows under it (relation "vợ", "con",
 * "cháu"; STT "1.1", "1.2" or none; the household's columns empty), written as real files (CSV as Excel saves it, a
 * workbook by ExcelJS) and read as `cli batch` reads them. Classes worked out by hand from rules/standards (2026: NĐ
 * 07/2021 Điều 3, kept by NĐ 351/2025): rural line 1.500.000 đ/người/tháng, middle band ≤ 2.250.000; at or under the
 * line, ≥ 3 deprivations = poor, else near-poor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary, summaryRows } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess, openList } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists14');
const folder = mkdtempSync(join(tmpdir(), 'lists14-csv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A CSV file as Excel saves one ("CSV UTF-8": a BOM, CRLF), opened as `cli batch` opens it. */
function csvFile(name: string, lines: readonly string[]): TableSource {
  const path = join(folder, name);
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return openList(path);
}

async function run(list: TableSource, date = '2026-12-02') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, report: formatSummary(rules, outcome.summary), table: summaryRows(rules, outcome.summary) };
}

describe('ds thanh vien: a head’s row with “vo”, “con”, “chau” rows under it is one household, its members counted', () => {
  it('a list typed without diacritics, relation column, size left empty on the head’s row, one size that disagrees', async () => {
    const list = csvFile('ds-ho-thon-3.csv', [
      'DANH SACH HO VA THANH VIEN THON 3,,,,,,',
      'STT,Ho va ten,Quan he voi chu ho,Khu vuc,So nhan khau,TNBQ (dong/nguoi/thang),Thieu hut',
      '1,Nguyen Van Tu,chu ho,xa,,1.200.000,bhyt',
      ',Tran Thi Bay,vo,,,,',
      ',Nguyen Van Ut,con,,,,',
      ',Nguyen Thi Be,chau,,,,',
      '2,Le Van Hai,chu ho,nong thon,4,1.400.000,',
      ',Pham Thi Ba,vo,,,,',
      ',Le Van Bon,con trai,,,,',
      '3,Vo Thi Sau,chu ho,xa,1,2.500.000,',
      '4,Dang Van Tam,chu ho,,,,',
      ',Dang Thi Nho,con,,,,',
    ]);
    const { rows, summary, problems, report } = await run(list);
    // 3: 1.200.000 ≤ 1.500.000, 1 lack → near-poor, 4 people (rows 3–6). 7: 1.400.000, no lack → near-poor, size 4 but 3
    // rows → said. 10: 2.500.000 > 2.250.000 → none. 11: the head's row without its figures → refused; row 12 is its member.
    // Before: rows 4–6, 8–9 and 12 were refused each as a household “chưa ghi khu vực”, row 3 “số người “””.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['3', 'near_poor'], ['7', 'near_poor'], ['10', 'none'], ['11', 'error']]);
    expect(problems.map((problem) => problem.line)).toEqual([11]);
    expect(rows[0]!.ly_do).toMatch(/^Hộ ghi trên các dòng 3–6 \(dòng chủ hộ và 3 dòng thành viên bên dưới\): 4 nhân khẩu/);
    expect(rows[1]!.ly_do).toContain('Cần xem lại: cột số nhân khẩu ghi 4 nhưng hộ có 3 dòng người (chủ hộ và thành viên); hộ được xét theo số ghi 4.');
    expect(summary).toMatchObject({ rows: 4, classified: 3, rejected: 1, memberRows: [4, 5, 6, 8, 9, 12], sizeDiffers: [{ line: 7, said: 4, rows: 3 }] });
    expect(report).toContain('(Không tính riêng 6 dòng thành viên ghi dưới dòng chủ hộ (vợ, con, cháu…; STT 1.1, 1.2… hoặc để trống) (mỗi dòng một người của hộ ở dòng trên): dòng 4, 5, 6, 8, 9, 12.)');
    expect(report).toContain('dòng 7 (ghi 4 nhân khẩu, có 3 dòng người)');
  });

  it('a workbook numbering members “1.1”, “1.2” under the head’s STT, no relation column, a lack marked on a member’s row', async () => {
    const list = await workbook('ds-thanh-vien-ap-2.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ TÂN HÒA']);
      sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH VÀ NHÂN KHẨU ẤP 2']);
      sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'BHYT', 'Nhà tiêu']);
      sheet.addRow([1, 'Trần Văn Lộc', 1970, 'Nông thôn', null, 1_300_000, null, 'x']);
      sheet.addRow(['1.1', 'Phạm Thị Thu', 1972, null, null, null, 'x', null]);
      sheet.addRow(['1.2', 'Trần Văn Phúc', 2008, null, null, null, null, null]);
      sheet.addRow([2, 'Huỳnh Thị Lan', 1955, 'Nông thôn', 2, 1_000_000, 'x', 'x']);
      sheet.addRow(['2.1', 'Huỳnh Văn Tèo', 1990, null, null, null, null, null]);
      sheet.addRow([3, 'Lê Văn Một', 1980, 'Nông thôn', 1, 1_100_000, null, null]);
    });
    const { rows, summary } = await run(list);
    // 4: 1.300.000, nhà tiêu (household) + BHYT (a member's row: one member is enough) = 2 lacks → near-poor, 3 people.
    // 7: 1.000.000, 2 lacks → near-poor, 2 people as written. 9: 1.100.000, none → near-poor.
    // Before: rows 5, 6 and 8 were refused as households without an area.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.so_chi_so_thieu_hut])).toEqual([['4', 'near_poor', '2'], ['7', 'near_poor', '2'], ['9', 'near_poor', '0']]);
    expect(rows[0]!.ly_do).toMatch(/^Hộ ghi trên các dòng 4–6 \(dòng chủ hộ và 2 dòng thành viên bên dưới\): 3 nhân khẩu/);
    expect(summary).toMatchObject({ rows: 3, classified: 3, rejected: 0, memberRows: [5, 6, 8], sizeDiffers: [] });
  });

  it('a row under a head that holds a household’s figures, or says “Chủ hộ”, is still a household of its own', async () => {
    const list = csvFile('ds-ho-ap-moi.csv', [
      'STT,Họ và tên,Quan hệ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,Chủ hộ,xã,2,1.200.000,',
      ',Lê Thị Bảy,Vợ,,,,',
      ',Trần Văn Út,Chủ hộ,xã,3,2.600.000,',
      ',Võ Văn Năm,Chủ hộ,,,,',
    ]);
    const { rows, summary } = await run(list);
    // Row 4 has its own figures, row 5 says “Chủ hộ”: households, classified or refused with their reason, never members.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['4', 'none'], ['5', 'error']]);
    expect(summary.memberRows).toEqual([3]);
  });
});

describe('“Tổng cộng”, “Cộng”, “Tổng số hộ” under the list: checked against the households and people counted, a difference in the summary', () => {
  it('ds ho ngheo xa: “Tổng cộng” with a wrong people figure, “Tổng số hộ: 4” where the list has 3', async () => {
    const list = csvFile('ds-ho-xa-tan-hoa.csv', [
      'STT;Mã hộ;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân (đồng/người/tháng);Thiếu hụt',
      '1;TH-01;Nguyễn Văn Tư;xã;4;1.200.000;bhyt, nước sạch, nhà tiêu',
      '2;TH-02;Lê Thị Bảy;xã;3;1.400.000;',
      '3;TH-03;Trần Văn Út;xã;2;abc;',
      'Tổng cộng;;;;10;;',
      'Tổng số hộ: 4;;;;;;',
    ]);
    const { rows, summary, report, table } = await run(list);
    // 2: 3 lacks → poor; 3: near-poor; 4: refused (income “abc”), still a household of the list: 3 households, 9 people.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'poor'], ['3', 'near_poor'], ['4', 'error'], ['5', 'footer'], ['6', 'footer']]);
    expect(summary.totalDiffers).toEqual([
      { line: 5, label: 'Tổng cộng', what: 'people', said: 10, counted: 9 },
      { line: 6, label: 'Tổng số hộ: 4', what: 'households', said: 4, counted: 3 },
    ]);
    // Before: the summary said only “dòng tổng cộng … dòng 5, 6”; the household count was never checked.
    expect(report).toContain('(Cần xem lại dòng tổng cộng, số khác với số đếm được: dòng 5 “Tổng cộng”: số nhân khẩu danh sách ghi 10, đếm được 9; dòng 6 “Tổng số hộ: 4”: số hộ danh sách ghi 4, đếm được 3.)');
    expect(rows[4]!.ly_do).toContain('Cần xem lại: dòng này ghi 4 hộ, danh sách có 3 hộ.');
    expect(table).toContainEqual(['Số ở dòng tổng cộng khác số đếm được (cần xem lại)', 2]);
  });

  it('a workbook whose “Cộng: 3 hộ, 7 nhân khẩu” counts members’ rows: agrees, nothing to check; “Tổng cộng 4 hộ” does not', async () => {
    const list = await workbook('ds-ap-3.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Khu vực', 'Số nhân khẩu', 'TNBQ (đồng/người/tháng)', 'Các chỉ số thiếu hụt']);
      sheet.addRow([1, 'Trần Văn Lộc', 'Chủ hộ', 'Nông thôn', null, 1_300_000, 'bhyt']);
      sheet.addRow([null, 'Phạm Thị Thu', 'Vợ', null, null, null, null]);
      sheet.addRow([null, 'Trần Văn Phúc', 'Con', null, null, null, null]);
      sheet.addRow([2, 'Huỳnh Thị Lan', 'Chủ hộ', 'Nông thôn', 3, 1_000_000, null]);
      sheet.addRow([3, 'Lê Văn Một', 'Chủ hộ', 'Nông thôn', 1, 2_600_000, null]);
      sheet.addRow(['Cộng: 3 hộ, 7 nhân khẩu']);
      sheet.addRow(['Tổng cộng 4 hộ']);
    });
    const { summary, report } = await run(list);
    expect(summary.totalRows).toEqual([7, 8]);
    expect(summary.totalDiffers).toEqual([{ line: 8, label: 'Tổng cộng 4 hộ', what: 'households', said: 4, counted: 3 }]);
    expect(report).toContain('dòng 8 “Tổng cộng 4 hộ”: số hộ danh sách ghi 4, đếm được 3');
  });
});

describe('rows of counts only (“Thôn 1: 25 hộ”, “Số hộ nghèo: 2”): “dòng chỉ có số đếm” in the results and the summary', () => {
  it('ds xa chia theo thon: a count row under each thôn and under the total, a lone figure, none taken for a household', async () => {
    const list = csvFile('ds-xa-theo-thon.csv', [
      'STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt',
      '1,Nguyễn Văn Tư,xã,4,1.200.000,"bhyt, nước sạch, nhà tiêu"',
      '2,Lê Thị Bảy,xã,3,1.400.000,',
      ',Thôn 1: 2 hộ,,,,',
      '3,Trần Văn Út,xã,2,2.600.000,',
      ',,,2,,',
      'Tổng cộng,,,9,,',
      'Số hộ nghèo: 1,,,,,',
    ]);
    const { rows, summary, report, table } = await run(list);
    // Before: row 4 was a group heading (“dòng tên nhóm”), row 6 an error row “chưa ghi khu vực”, row 8 a signature row.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.phan_loai])).toEqual([
      ['2', 'poor', 'hộ nghèo'], ['3', 'near_poor', 'hộ cận nghèo'], ['4', 'footer', 'dòng chỉ có số đếm, không phải hộ'],
      ['5', 'none', 'không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình'], ['6', 'footer', 'dòng chỉ có số đếm, không phải hộ'],
      ['7', 'footer', 'dòng tổng cộng, không phải hộ'], ['8', 'footer', 'dòng chỉ có số đếm, không phải hộ'],
    ]);
    expect(summary).toMatchObject({ rows: 3, classified: 3, rejected: 0, sectionRows: [], totalDiffers: [] });
    expect(summary.tallyRows).toEqual([{ line: 4, text: 'Thôn 1: 2 hộ' }, { line: 6, text: '2' }, { line: 8, text: 'Số hộ nghèo: 1' }]);
    expect(report).toContain('(Không tính 3 dòng chỉ có số đếm, không phải hộ: dòng 4 “Thôn 1: 2 hộ”; dòng 6 “2”; dòng 8 “Số hộ nghèo: 1”; vẫn có dòng trong kết quả, ma_phan_loai footer.)');
    expect(table).toContainEqual(['Dòng chỉ có số đếm (không tính)', 3]);
    // Every row of the list is a household, part of one, or in the results with its reason.
    expect(rows.length).toBe(7);
  });

  it('a household typed without its area is still a household refused with its reason, not a count row', async () => {
    const list = csvFile('ds-thieu-khu-vuc.csv', ['STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt', '1,Nguyễn Văn Tư,,4,1.200.000,', '2,Hồ Văn Số,,3,,']);
    const { rows, summary } = await run(list);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'error'], ['3', 'error']]);
    expect(summary.tallyRows).toEqual([]);
  });
});
