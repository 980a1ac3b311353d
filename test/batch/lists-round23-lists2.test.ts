/**
 * Round 23 (commune cadres' lists, helper lists2): criterion columns filled in the words cadres type in Excel — "nhà cấp 4" under
 * "Nhà ở", "tự hoại" under "Nhà tiêu", "có thẻ" / "hết hạn" under "BHYT" — read, each said in ly_do with the indicator's rule
 * (rules/indicators.yaml legalSummary), never refused as "không rõ". Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by
 * NĐ 351/2025/NĐ-CP): rural poor line 1.500.000 đ per person per month; at or under it, 3 deprivations or more = poor, else near-poor.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { everydayCell } from '../../src/rules/understand.ts';
import { classifyInProcess, excelCsvLists, openList } from './classify-in-process.ts';

const rules = loadRules();
const { folder, saved, run } = excelCsvLists('lists-round23-lists2', rules, '2026-12-04');

const read = (rows: Record<string, string>[]) => rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut]);

describe('“nhà cấp 4” in a housing column', () => {
  const lines = [
    'Mã hộ;Khu vực;Số nhân khẩu;TNBQ (đồng/người/tháng);Nhà ở;Chất lượng nhà ở;BHYT',
    'H1;Xã;4;1.200.000;nhà cấp 4;;x', // near-poor: BHYT only
    'H2;Xã;4;1.200.000;;Nhà cấp 4;x', // the same under "Chất lượng nhà ở"
    'H3;Xã;4;1.200.000;cấp 4;;x', // "cấp 4" alone under "Nhà ở": the house's grade
    'H4;Xã;4;1.200.000;nha cap 4 dot;;x', // a leaking one: the lack
    'H5;Xã;4;1.200.000;nhà cấp 4 xuống cấp;;x', // run down: the cadre's mark of the lack, as "xuống cấp"
  ];

  it('is no housing-quality lack, said in ly_do with the rule; “dột”, “xuống cấp” after it are (was: refused, “không rõ là có thiếu hụt hay không”)', async () => {
    const { rows, summary } = await run(saved('ds-cap4.csv', lines));
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', 'health_insurance'],
      ['H2', 'near_poor', 'health_insurance'],
      ['H3', 'near_poor', 'health_insurance'],
      ['H4', 'near_poor', 'health_insurance housing_quality'],
      ['H5', 'near_poor', 'health_insurance housing_quality'],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột “Nhà ở” ghi “nhà cấp 4”: đọc là không thiếu hụt chỉ số “Chất lượng nhà ở” (thiếu hụt khi hộ đang ở trong ngôi nhà thiếu kiên cố hoặc nhà đơn sơ); nếu hộ thiếu hụt chỉ số này, hãy ghi x.',
    );
    expect(rows[1]!.ly_do).toContain('Cột “Chất lượng nhà ở” ghi “Nhà cấp 4”: đọc là không thiếu hụt');
    expect(rows[3]!.ly_do).toContain('Cột “Nhà ở” ghi “nha cap 4 dot”: đọc là thiếu hụt chỉ số “Chất lượng nhà ở”');
    expect(summary).toMatchObject({ rows: 5, classified: 5, rejected: 0 });
  });

  it('under “Diện tích nhà ở” it says nothing of the floor area: still refused, naming the column', async () => {
    const { rows } = await run(saved('ds-cap4-dt.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Diện tích nhà ở', 'H1,nt,4,1200000,nhà cấp 4']));
    expect(rows[0]!.ma_phan_loai).toBe('error');
    expect(rows[0]!.ly_do).toContain('Cột Diện tích nhà ở: “nhà cấp 4” không rõ là có thiếu hụt hay không');
  });
});

describe('“tự hoại” under the latrine column', () => {
  it('is a hygienic latrine (rules: tự hoại, bán tự hoại, hố xí có nắp đậy), under “Nhà tiêu” or “Thiếu hụt nhà tiêu” (was: refused)', async () => {
    const { rows } = await run(
      saved('ds-tu-hoai.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Nhà tiêu,Thiếu hụt nhà tiêu,Thiếu hụt BHYT',
        'H1,nt,4,1200000,tự hoại,,x',
        'H2,nt,4,1200000,Bán tự hoại,,x',
        'H3,nt,4,1200000,tu hoai,,x',
        'H4,nt,4,1200000,,tự hoại,x',
        'H5,nt,4,1200000,cầu tiêu ao cá,,x', // the Mekong delta's fish-pond latrine: the lack
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', 'health_insurance'],
      ['H2', 'near_poor', 'health_insurance'],
      ['H3', 'near_poor', 'health_insurance'],
      ['H4', 'near_poor', 'health_insurance'],
      ['H5', 'near_poor', 'health_insurance sanitation'],
    ]);
    expect(rows[0]!.ly_do).toContain('Cột “Nhà tiêu” ghi “tự hoại”: đọc là không thiếu hụt chỉ số “Nhà tiêu hợp vệ sinh” (thiếu hụt khi hộ không sử dụng nhà tiêu hợp vệ sinh)');
  });
});

describe('a BHYT column as communes fill it', () => {
  const lines = [
    'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,BHYT,Nhà ở,Nước sinh hoạt',
    'H1,nt,4,1200000,có thẻ,x,x', // 2 lacks: near-poor
    'H2,nt,4,1200000,Có thẻ BHYT,x,x',
    'H3,nt,4,1200000,hết hạn,x,x', // 3 lacks: poor
    'H4,nt,4,1200000,the het han,x,x',
    'H5,nt,4,1200000,ko co the,x,x',
    'H6,nt,4,1200000,đang làm thẻ,x,x', // none yet: the lack
    'H7,nt,4,1200000,có,x,x', // has the card (round 32: was asked, has it or yes it lacks?)
    'H8,nt,4,1200000,1,x,x', // has it, or yes it lacks? asked, never guessed
  ];

  it('“có thẻ” is a card had, “hết hạn”, “ko co the”, “đang làm thẻ” the lack, said with the rule (≥ 6 tuổi) in ly_do (was: refused, “không rõ”)', async () => {
    const { rows, summary } = await run(saved('ds-bhyt.csv', lines));
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', 'housing_quality water_source'],
      ['H2', 'near_poor', 'housing_quality water_source'],
      ['H3', 'poor', 'health_insurance housing_quality water_source'],
      ['H4', 'poor', 'health_insurance housing_quality water_source'],
      ['H5', 'poor', 'health_insurance housing_quality water_source'],
      ['H6', 'poor', 'health_insurance housing_quality water_source'],
      ['H7', 'near_poor', 'housing_quality water_source'],
      ['H8', 'error', ''],
    ]);
    expect(rows[0]!.ly_do).toContain(
      'Cột “BHYT” ghi “có thẻ”: đọc là không thiếu hụt chỉ số “Bảo hiểm y tế” (thiếu hụt khi hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế); nếu hộ thiếu hụt chỉ số này, hãy ghi x.',
    );
    expect(rows[2]!.ly_do).toContain('Cột “BHYT” ghi “hết hạn”: đọc là thiếu hụt chỉ số “Bảo hiểm y tế” (thiếu hụt khi hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế).');
    expect(rows[7]!.ly_do).toContain('“1” là có BHYT hay thiếu BHYT?');
    expect(summary).toMatchObject({ rows: 8, classified: 7, rejected: 1 });
  });

  it('“có thẻ” under “Thiếu hụt BHYT” is still the card had, not the “có” of the lack', async () => {
    const { rows } = await run(saved('ds-thieu-bhyt.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Thiếu hụt BHYT', 'H1,nt,4,1200000,có thẻ', 'H2,nt,4,1200000,hết hạn', 'H3,nt,4,1200000,có']));
    expect(read(rows)).toEqual([
      ['H1', 'near_poor', ''],
      ['H2', 'near_poor', 'health_insurance'],
      ['H3', 'near_poor', 'health_insurance'],
    ]);
  });

  it('a member list: one member’s card “hết hạn” is the household’s lack (any member from 6), said with its row', async () => {
    const { rows } = await run(
      saved('ds-thanh-vien.csv', ['Mã hộ,Họ tên,Khu vực,TNBQ,BHYT', 'H1,Nguyễn Văn A,nt,1200000,có thẻ', 'H1,Lê Thị B,nt,1200000,hết hạn', 'H1,Nguyễn Văn C,nt,1200000,có thẻ']),
    );
    expect(read(rows)).toEqual([['H1', 'near_poor', 'health_insurance']]);
    expect(rows[0]!.ly_do).toContain('Cột “BHYT” ở dòng 3 ghi “hết hạn”: đọc là thiếu hụt chỉ số “Bảo hiểm y tế”');
  });
});

describe('an expired card in a resident’s words', () => {
  it('“thẻ bhyt hết hạn rồi” is no insurance in force, the lack (was: read as a card had)', () => {
    expect([...everydayCell('nha tui 4 nguoi, the bhyt het han roi', rules, '2026-12-04').deprived]).toEqual(['health_insurance']);
    expect([...everydayCell('nhà tôi cấp 4, 1tr2', rules, '2026-12-04').had]).toEqual(['housing_quality']);
  });
});

describe('a thing that meets an indicator only sometimes, under its column', () => {
  it('“giếng đào” is refused with the indicator’s rule (a protected dug well is clean water); “có nắp” / “để hở” decide (was: “không rõ là có thiếu hụt hay không”)', async () => {
    const { rows } = await run(
      saved('ds-gieng.csv', [
        'Mã hộ,Khu vực,Số nhân khẩu,TNBQ,Nước sinh hoạt,Thiếu hụt BHYT',
        'H1,nt,4,1200000,giếng đào,x',
        'H2,nt,4,1200000,giếng đào có nắp,x',
        'H3,nt,4,1200000,gieng dao de ho,x',
      ]),
    );
    expect(read(rows)).toEqual([
      ['H1', 'error', ''],
      ['H2', 'near_poor', 'health_insurance'],
      ['H3', 'near_poor', 'health_insurance water_source'],
    ]);
    expect(rows[0]!.ly_do).toBe(
      'Cột Nước sinh hoạt: “giếng đào” chưa đủ để biết hộ có thiếu hụt chỉ số “Nguồn nước sinh hoạt” hay không (Nước máy, giếng khoan, giếng đào có bảo vệ là nước hợp vệ sinh; chỉ có nước sông, suối, ao hồ, giếng không được bảo vệ là thiếu): ghi x hoặc ✓ nếu hộ thiếu hụt chỉ số này; để trống hoặc - nếu không',
    );
  });
});

describe('a household size typed with its word', () => {
  it('“3 ng”, “4ng”, “4 miệng ăn” are the number, as the chat reads them (was: refused, “phải là số nguyên”); “bốn” is still refused', async () => {
    const { rows } = await run(saved('ds-so-nguoi.csv', ['Mã hộ,Khu vực,Số nhân khẩu,TNBQ', 'A1,nt,3 ng,1200000', 'A2,nt,4ng,1200000', 'A3,nt,4 miệng ăn,1200000', 'A4,nt,bốn,1200000']));
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['A1', 'near_poor'],
      ['A2', 'near_poor'],
      ['A3', 'near_poor'],
      ['A4', 'error'],
    ]);
    expect(rows[3]!.ly_do).toContain('số người “bốn” phải là số nguyên lớn hơn 0');
  });
});

describe('a commune’s workbook through `cli batch`', () => {
  vi.setConfig({ testTimeout: 180_000 });
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('title and motto, merged two-tier header, date cells and a General serial, blank rows, “Tổng cộng”, signatures: every row accounted for, the counts add up, no note or phone number on stdout/stderr (was: 2 of 7 households classified)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thôn 3');
    sheet.addRow(['UBND XÃ TÂN HÒA', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    sheet.mergeCells('A1:D1');
    sheet.mergeCells('G1:L1');
    sheet.addRow(['', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc']);
    sheet.mergeCells('G2:L2');
    sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026 - THÔN 3']);
    sheet.mergeCells('A3:L3');
    sheet.addRow(['STT', 'Thông tin hộ', '', '', '', '', 'Các chỉ số thiếu hụt', '', '', '', 'Ngày rà soát', 'Ghi chú']);
    sheet.addRow(['', 'Mã hộ', 'Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (đồng/người/tháng)', 'BHYT', 'Nhà ở', 'Nước sinh hoạt', 'Nhà tiêu', '', '']);
    for (const range of ['A4:A5', 'B4:F4', 'G4:J4', 'K4:K5', 'L4:L5']) sheet.mergeCells(range);
    const day = new Date(Date.UTC(2026, 11, 1));
    const households: (string | number | Date)[][] = [
      [1, 'TH001', 'Nguyễn Văn An', 'Nông thôn', 4, 1_500_000, 'có thẻ', 'nhà cấp 4', 'giếng khoan', 'tự hoại', day, 'SĐT 0912 345 678, vợ bị ung thư'], // near-poor, no lack
      [2, 'TH002', 'Trần Thị Bình', 'nt', 3, '1,5 tr', 'hết hạn', 'nhà tạm', 'x', 'x', day, ''], // poor: 4 lacks
      [3, 'TH003', 'Lê Văn Cường', 'nt', 5, '1tr5', 'x', '', '', 'không HVS', 46358, 'gọi 0987654321'], // near-poor: 2, the day a General serial
      [4, 'TH004', 'Phạm Thị Dung', 'nt', 2, 2_000_000, '', '', '', '', '04/12/2026', ''], // middle
      [5, 'TH005', 'Ngô Văn Ích', 'nt', '4 ng', '1 triệu 2', 'ko co the', 'nha cap 4', 'x', 'x', day, ''], // poor: 3
      [6, 'TH006', 'Mai Thị Mơ', 'nt', 4, '', 'x', 'x', '', '', day, 'chưa kê khai'], // refused: no income
      [7, 'TH007', 'Phan Thị Oanh', 'nt', 3, '1.5tr', 'đang làm thẻ', 'nhà cấp 4', 'giếng đào', 'hố xí có nắp đậy', day, ''], // refused: giếng đào
    ];
    for (const [index, household] of households.entries()) {
      const row = sheet.addRow(household);
      if (household[10] instanceof Date) row.getCell(11).numFmt = 'dd/mm/yyyy';
      if (typeof household[5] === 'number') row.getCell(6).numFmt = '#,##0';
      if (index === 3) sheet.addRow([]);
    }
    sheet.addRow([]);
    sheet.addRow(['', 'Tổng cộng', '', '', 25]);
    sheet.addRow([]);
    sheet.addRow(['', 'Người lập biểu', '', '', '', '', '', 'TM. UBND XÃ']);
    sheet.addRow(['', 'Lê Thị Thu', '', '', '', '', '', 'Nguyễn Văn Tâm']);
    const input = join(folder, 'thon3.xlsx');
    const output = join(folder, 'ket-qua.csv');
    await book.xlsx.writeFile(input);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', input, '--out', output, '--date', '04/12/2026'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(3);
    const { rows } = await classifyInProcess(rules, openList(input), '2026-12-04');
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['6', 'TH001', 'near_poor', ''],
      ['7', 'TH002', 'poor', 'health_insurance housing_quality water_source sanitation'],
      ['8', 'TH003', 'near_poor', 'health_insurance sanitation'],
      ['9', 'TH004', 'middle', ''],
      ['11', 'TH005', 'poor', 'health_insurance water_source sanitation'],
      ['12', 'TH006', 'error', ''],
      ['13', 'TH007', 'error', ''],
      ['15', '', 'footer', ''],
      ['17', '', 'footer', ''],
      ['18', '', 'footer', ''],
    ]);
    expect(rows[2]!.ly_do).toContain('Ô ngày ghi “46358” là ngày theo cách Excel lưu (số ngày), đọc là 02/12/2026.');
    expect(rows[7]!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 6–13 (Số nhân khẩu 25)');
    // The CLI's file holds the same rows; its summary adds up; notes and phone numbers stay out of stdout and stderr.
    const written = readFileSync(output, 'utf8');
    for (const code of ['TH001', 'TH002', 'TH003', 'TH004', 'TH005', 'TH006', 'TH007']) expect(written).toContain(code);
    expect(run.stdout).toContain('Tổng hợp: 7 dòng, 5 hộ đã phân loại, 2 dòng lỗi chưa phân loại');
    for (const secret of ['0912', '0987', 'ung thư', 'chưa kê khai']) {
      expect(run.stdout).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
      expect(written).not.toContain(secret);
    }
  });
});
