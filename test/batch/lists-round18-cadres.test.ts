/**
 * Round 18 (lists, 03/12/2026): ten lists made the way commune cadres keep them — merged title rows ("DANH SÁCH HỘ NGHÈO,
 * CẬN NGHÈO NĂM 2026 — XÃ …"), "STT / Họ và tên chủ hộ / Số khẩu / Thu nhập BQ người/tháng / Thiếu hụt" in different
 * orders, dates as text and as Excel dates, amounts "1.500.000" and "1,5tr", empty rows, "Người lập biểu" under the list,
 * one sheet per thôn, a CSV saved from Excel in Windows-1258 or UTF-16 — read as `cli batch` reads them. Every class worked
 * out by hand under the 2026 standard (NĐ 07/2021 Điều 3, kept by NĐ 351/2025): income per person a month at or under
 * 1.500.000 đ (rural) / 2.000.000 đ (urban) → poor with ≥ 3 deprivations, else near-poor; up to 2.250.000 / 3.000.000 →
 * middle; above → none (không thuộc diện).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { formatSummary } from '../../src/batch/households.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess, openList } from './classify-in-process.ts';
import { workbooks } from './merged-header.ts';
import { windows1258 } from './windows1258.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();
const workbook = workbooks('lists-round18-cadres');
const folder = mkdtempSync(join(tmpdir(), 'lists-round18-cadres-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A CSV file as Excel saves it: the bytes given, read back as `cli batch` opens a list. */
function csvFile(name: string, bytes: Buffer): TableSource {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return openList(path);
}


async function run(list: TableSource, date = '2026-12-03') {
  const { outcome, rows, problems } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  const said = (line: string, sheet?: string) => rows.find((row) => row.dong === line && (sheet === undefined || row.trang_tinh === sheet))!;
  return { summary: outcome.summary, rows, problems, said, text: formatSummary(rules, outcome.summary), classes: rows.map((row) => [row.dong, row.ma_phan_loai]) };
}

describe('ten lists as cadres keep them', () => {
  it('1. CSV from Excel: two title rows, an empty row, “Số khẩu”, “1,5tr”, the signatures under it', async () => {
    const text = [
      '"DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026 — XÃ TÂN PHÚ",,,,,',
      '(Kèm theo Quyết định số 125/QĐ-UBND ngày 20/11/2026 của UBND xã Tân Phú),,,,,',
      ',,,,,',
      'STT,Họ và tên chủ hộ,Số khẩu,Thu nhập BQ người/tháng,Thiếu hụt,Khu vực',
      '1,Nguyễn Văn Út,5,1.200.000,"BHYT, nước sinh hoạt, nhà tiêu",Nông thôn', // 1.200.000, 3 → poor
      '2,Trần Thị Hai,3,"1,5tr",Việc làm,Nông thôn', // 1.500.000 (at the line), 1 → near-poor
      '3,Lê Văn Ba,4,2.100.000,,Nông thôn', // 2.100.000 ≤ 2.250.000 → middle
      ',,,,,',
      '4,Phạm Thị Bốn,2,950.000,,Nông thôn', // near-poor
      ',,,,,',
      ',,,"Tân Phú, ngày 25 tháng 11 năm 2026",,',
      ',Người lập biểu,,,CHỦ TỊCH UBND XÃ,',
      ',Nguyễn Văn Ký,,,Lê Văn Chủ,',
    ].join('\r\n');
    const { classes, summary } = await run(csvFile('tan-phu.csv', Buffer.from(`\uFEFF${text}\r\n`, 'utf8')));
    expect(classes).toEqual([['5', 'poor'], ['6', 'near_poor'], ['7', 'middle'], ['9', 'near_poor'], ['11', 'footer'], ['12', 'footer'], ['13', 'footer']]);
    expect(summary).toMatchObject({ rows: 4, classified: 4, rejected: 0, titleRows: [1, 2], blank: 2 });
  });

  it('2. a workbook: merged title, columns in another order, dates as Excel dates and as text, a day that does not exist', async () => {
    const list = await workbook('an-binh.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026 — XÃ AN BÌNH']);
      sheet.mergeCells('A1:G1');
      sheet.addRow([]);
      sheet.addRow(['Họ và tên chủ hộ', 'Thôn', 'Thu nhập BQ người/tháng', 'Số khẩu', 'Khu vực', 'Thiếu hụt', 'Ngày rà soát']);
      sheet.addRow(['Nguyễn Văn An', 'Thôn 1', 1_300_000, 4, 'Nông thôn', 'BHYT', new Date(Date.UTC(2026, 10, 15))]); // near-poor
      sheet.addRow(['Trần Thị Bích', 'Thôn 1', '1.000.000', 3, 'Nông thôn', 'BHYT, nước sinh hoạt, nhà tiêu', '16/11/2026']); // poor
      sheet.addRow(['Lê Văn Cường', 'Thôn 2', 2_500_000, 2, 'Xã An Bình', '', new Date(Date.UTC(2026, 10, 20))]); // none
      sheet.addRow(['Phạm Văn Dũng', 'Thôn 2', 1_800_000, 5, 'Nông thôn', '', '31/11/2026']); // refused: no 31/11
      sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
    });
    const { classes, said, text } = await run(list);
    expect(classes).toEqual([['4', 'near_poor'], ['5', 'poor'], ['6', 'none'], ['7', 'error']]);
    expect(said('4').ngay).toBe('15/11/2026');
    expect(said('5').ngay).toBe('16/11/2026');
    expect(said('7').ly_do).toContain('ngày “31/11/2026” không có thật');
    expect(text).toContain('  Thôn 1: 2 hộ (hộ nghèo 1, hộ cận nghèo 1)\n  Thôn 2: 1 hộ (không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1); 1 dòng lỗi');
  });

  it('3. a workbook of one sheet per thôn, each with its title, its “Cộng” and the signer', async () => {
    const header = ['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ/tháng', 'Thiếu hụt'];
    const list = await workbook('theo-thon.xlsx', (sheet) => {
      sheet.name = 'Thôn Đông';
      sheet.addRow(['DANH SÁCH HỘ CẬN NGHÈO — THÔN ĐÔNG']);
      sheet.addRow(header);
      sheet.addRow([1, 'Đinh Văn Em', 'NT', 4, '4.800.000', 'BHYT']); // 1.200.000 → near-poor
      sheet.addRow([2, 'Mai Thị Gấm', 'NT', 2, '5 triệu', '']); // 2.500.000 → none
      sheet.addRow(['', 'Cộng', '', 6, '9.800.000', '']);
      const west = sheet.workbook.addWorksheet('Thôn Tây');
      west.addRow(['DANH SÁCH HỘ CẬN NGHÈO — THÔN TÂY']);
      west.addRow(header);
      west.addRow([1, 'Hà Văn Hùng', 'NT', 3, '3.600.000', 'BHYT, nước sinh hoạt, nhà tiêu']); // 1.200.000, 3 → poor
      west.addRow(['', 'Cộng', '', 3, '3.600.000', '']);
      west.addRow([]);
      west.addRow(['', 'Người lập biểu', '', '', 'Trưởng thôn', '']);
    });
    const { rows, summary, text } = await run(list);
    expect(rows.map((row) => [row.trang_tinh, row.dong, row.ma_phan_loai])).toEqual([
      ['Thôn Đông', '3', 'near_poor'], ['Thôn Đông', '4', 'none'], ['Thôn Đông', '5', 'footer'],
      ['Thôn Tây', '3', 'poor'], ['Thôn Tây', '4', 'footer'], ['Thôn Tây', '6', 'footer'],
    ]);
    expect(summary).toMatchObject({ rows: 3, classified: 3, rejected: 0 });
    expect(rows[2]!.ly_do).toContain('bằng tổng các dòng 3–4 (Số nhân khẩu 6, Tổng thu nhập của hộ/tháng 9.800.000)');
    expect(text).toContain('Theo thôn, ấp (theo trang tính)');
    expect(text).toContain('  Thôn Đông: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)\n  Thôn Tây: 1 hộ (hộ nghèo 1)');
  });

  it('4. a CSV saved in Windows-1258 (tones as combining marks), “;” between cells', async () => {
    const text = [
      'DANH SÁCH HỘ NGHÈO NĂM 2026 - XÃ PHÚ MỸ;;;;;;',
      'STT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Thu nhập bình quân (đồng/người/tháng);Các chỉ số thiếu hụt',
      '1;Nguyễn Thị Lụa;Ấp Mỹ Lợi;Nông thôn;4;1.100.000;Bảo hiểm y tế, Nước sinh hoạt, Nhà tiêu hợp vệ sinh', // poor
      '2;Trần Văn Dũng;Ấp Mỹ Lợi;Nông thôn;5;1.400.000;Việc làm', // near-poor
      '3;Lê Thị Ngọc;Ấp Phú Hữu;Nông thôn;3;1.700.000;', // middle
    ].join('\r\n');
    const { classes, said, text: summary } = await run(csvFile('phu-my.csv', windows1258(`${text}\r\n`)));
    expect(classes).toEqual([['3', 'poor'], ['4', 'near_poor'], ['5', 'middle']]);
    expect(said('3').ho_ten_chu_ho).toBe('Nguyễn Thị Lụa'.normalize('NFC'));
    expect(summary).toContain('  Ấp Mỹ Lợi: 2 hộ (hộ nghèo 1, hộ cận nghèo 1)\n  Ấp Phú Hữu: 1 hộ (hộ có mức sống trung bình 1)');
  });

  it('5. a CSV saved as Excel’s “Unicode Text” (UTF-16, tabs), the area read from the address', async () => {
    const text = [
      'STT\tHọ và tên chủ hộ\tĐịa chỉ\tSố khẩu\tThu nhập BQ người/tháng\tThiếu hụt',
      '1\tVõ Văn Tâm\tTổ 3, phường 7\t4\t1.900.000\tBHYT', // urban 1.900.000 ≤ 2.000.000 → near-poor
      '2\tĐỗ Thị Hằng\tXóm 2, xã Tân Lập\t3\t1.600.000\t', // rural → middle
      '3\tBùi Văn Lực\tKhu phố 2, thị trấn Long Thành\t2\t2.500.000\t', // urban → middle
    ].join('\r\n');
    const { classes } = await run(csvFile('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\n`, 'utf16le')])));
    expect(classes).toEqual([['2', 'near_poor'], ['3', 'middle'], ['4', 'middle']]);
  });

  it('6. headings “I | ẤP 1”, amounts “1,5tr” and “1.2tr”, an empty row, “Cộng ấp 2” and “Tổng cộng”', async () => {
    const text = [
      'UBND XÃ TÂN AN,,,,,',
      '"DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026",,,,,',
      'STT,Họ và tên chủ hộ,Khu vực,Số khẩu,Thu nhập BQ người/tháng,Thiếu hụt',
      'I,ẤP 1,,,,',
      '1,Hồ Văn An,NT,4,"1,5tr","bhyt, nước, nhà tiêu"', // poor
      '2,Lý Thị Bé,NT,3,1.500.000,', // near-poor
      ',,,,,',
      'II,ẤP 2,,,,',
      '3,Châu Văn Tư,NT,5,1.2tr,việc làm', // near-poor
      '4,Kim Thị Năm,NT,2,"2,3 triệu",', // none
      ',Cộng ấp 2,,7,,',
      ',Tổng cộng,,14,,',
    ].join('\r\n');
    const { classes, said, text: summary } = await run(csvFile('tan-an.csv', Buffer.from(`${text}\r\n`, 'utf8')));
    expect(classes).toEqual([['4', 'footer'], ['5', 'poor'], ['6', 'near_poor'], ['8', 'footer'], ['9', 'near_poor'], ['10', 'none'], ['11', 'footer'], ['12', 'footer']]);
    expect(said('11').ly_do).toContain('Số ở dòng này bằng tổng các dòng 9–10 (Số khẩu 7)');
    expect(said('12').ly_do).toContain('Số ở dòng này bằng tổng các dòng 5–10 (Số khẩu 14)');
    expect(summary).toContain('  ẤP 1: 2 hộ (hộ nghèo 1, hộ cận nghèo 1)\n  ẤP 2: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)');
  });

  it('7. a workbook of yearly totals, “Cộng ấp 1” giving “108 triệu/năm”', async () => {
    const list = await workbook('nam.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Ấp', 'Khu vực', 'Số nhân khẩu', 'Tổng thu nhập của hộ (đồng/năm)', 'Thiếu hụt']);
      sheet.addRow([1, 'Trương Văn Một', 'Ấp 1', 'Nông thôn', 4, 57_600_000, 'BHYT']); // ÷ 12 ÷ 4 = 1.200.000 → near-poor
      sheet.addRow([2, 'Ngô Thị Hai', 'Ấp 1', 'Nông thôn', 3, '50,4 triệu', '']); // ÷ 12 ÷ 3 = 1.400.000 → near-poor
      sheet.addRow(['', 'Cộng ấp 1', '', '', 7, '108 triệu/năm', '']);
      sheet.addRow([3, 'Phan Văn Ba', 'Ấp 2', 'Nông thôn', 2, 72_000_000, '']); // 3.000.000 → none
      sheet.addRow(['', 'Cộng ấp 2', '', '', 2, 72_000_000, '']);
    });
    const { classes, said } = await run(list);
    expect(classes).toEqual([['2', 'near_poor'], ['3', 'near_poor'], ['4', 'footer'], ['5', 'none'], ['6', 'footer']]);
    expect(said('2').thu_nhap_binh_quan).toBe('1200000');
    expect(said('4').ly_do).toContain('Số ở dòng này bằng tổng các dòng 2–3 (Số nhân khẩu 7, Tổng thu nhập của hộ (đồng/năm) 108.000.000)');
  });

  it('8. a workbook of heads and members (“Chủ hộ”, “Vợ”, “Con”), a child’s row giving another income', async () => {
    const list = await workbook('thanh-vien.xlsx', (sheet) => {
      sheet.addRow(['STT', 'Họ và tên', 'Quan hệ với chủ hộ', 'Khu vực', 'Thu nhập BQ người/tháng', 'Thiếu hụt']);
      sheet.addRow([1, 'Nguyễn Văn Chủ', 'Chủ hộ', 'Nông thôn', '1.100.000', 'BHYT']); // 3 people, 1.100.000, 1 → near-poor
      sheet.addRow(['', 'Lê Thị Vợ', 'Vợ', '', '', '']);
      sheet.addRow(['', 'Nguyễn Văn Con', 'Con', '', '1.300.000', '']); // refused: another income
      sheet.addRow([2, 'Trần Văn Khác', 'Chủ hộ', 'Nông thôn', '2.000.000', '']); // 2 people, 2.000.000 → middle
      sheet.addRow(['', 'Trần Thị Dâu', 'Con dâu', '', '', '']);
    });
    const { classes, said } = await run(list);
    expect(classes).toEqual([['2', 'near_poor'], ['4', 'error'], ['5', 'middle']]);
    expect(said('2').ly_do).toContain('Cần xem lại: dòng 4 ghi khác dòng 2 (Thu nhập BQ người/tháng “1.300.000”)');
  });

  it('9. a two-row header, “Thiếu hụt” over BHYT | Nước sinh hoạt | Nhà tiêu with x marks, “Tổng cộng” and the signers', async () => {
    const text = [
      'STT;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập bình quân;Thiếu hụt;;',
      ';;;;;BHYT;Nước sinh hoạt;Nhà tiêu',
      '1;Lò Văn Páo;Bản Nà Hin;6;700.000;x;x;x', // poor
      '2;Lò Thị Mai;Bản Nà Hin;4;1.300.000;x;;', // near-poor
      '3;Vàng A Sử;Bản Nà Hin;5;1.600.000;;;', // middle
      ';Tổng cộng;;15;;;;',
      ';;;;;;;',
      ';Người lập biểu;;;;Trưởng bản;;',
    ].join('\r\n');
    const { classes, said } = await run(csvFile('na-hin.csv', Buffer.from(`${text}\r\n`, 'utf8')));
    expect(classes).toEqual([['3', 'poor'], ['4', 'near_poor'], ['5', 'middle'], ['6', 'footer'], ['8', 'footer']]);
    expect(said('3').chi_so_thieu_hut!.split(' ').sort()).toEqual(['health_insurance', 'sanitation', 'water_source']);
    expect(said('6').ly_do).toContain('Số ở dòng này bằng tổng các dòng 3–5 (Số nhân khẩu 15)');
  });

  it('10. a ward’s workbook: “Tổ dân phố” column, Excel dates, “2,8 triệu” and “1,5tr” under the urban line', async () => {
    const list = await workbook('phuong-7.xlsx', (sheet) => {
      sheet.addRow(['DANH SÁCH HỘ NGHÈO, CẬN NGHÈO NĂM 2026 — PHƯỜNG 7']);
      sheet.mergeCells('A1:H1');
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Tổ dân phố', 'Số khẩu', 'Thu nhập BQ người/tháng', 'Thiếu hụt', 'Khu vực', 'Ngày rà soát']);
      sheet.addRow([1, 'Đào Văn Tý', 'Tổ dân phố 1', 3, 1_900_000, 'BHYT, nhà tiêu, nước sinh hoạt', 'Thành thị', new Date(Date.UTC(2026, 10, 10))]); // poor
      sheet.addRow([2, 'Quách Thị Sửu', 'Tổ dân phố 1', 2, '2,8 triệu', '', 'Thành thị', new Date(Date.UTC(2026, 10, 10))]); // middle
      sheet.addRow([3, 'Lâm Văn Dần', 'Tổ dân phố 2', 4, '1,5tr', '', 'Thành thị', '10/11/2026']); // near-poor
      sheet.addRow([4, 'Mạc Thị Mão', 'Tổ dân phố 2', 1, 3_500_000, '', 'Thành thị', new Date(Date.UTC(2026, 10, 12))]); // none
      sheet.getColumn(8).numFmt = 'dd/mm/yyyy';
    });
    const { classes, said, text } = await run(list);
    expect(classes).toEqual([['3', 'poor'], ['4', 'middle'], ['5', 'near_poor'], ['6', 'none']]);
    expect(said('6').ngay).toBe('12/11/2026');
    expect(text).toContain('Theo thôn, ấp (theo cột “Tổ dân phố”)');
    expect(text).toContain('  Tổ dân phố 1: 2 hộ (hộ nghèo 1, hộ có mức sống trung bình 1)\n  Tổ dân phố 2: 2 hộ (hộ cận nghèo 1, không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình 1)');
  });
});
