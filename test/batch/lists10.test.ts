/**
 * Lists as communes keep them (round 10): a header of merged group cells over one sub-column per indicator, written as
 * communes write them ("1.1 Việc làm", "DT nhà ở BQ/người", "Nhà tiêu HVS"), on two rows or three (with the services' row
 * and a "Biểu 01" numbering row under it); the signatures under the list. Workbooks are laid out here as Excel shows them.
 * Classes worked out by hand, 2026 (NĐ 07/2021 Điều 3, kept by NĐ 351/2025 for 2026; facts/poverty-standards.md): income per
 * person per month; rural line 1.500.000 đ (middle band ≤ 2.250.000); at or under the line, ≥ 3 deprivations = poor, else
 * near-poor; above the middle band: none.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { csvSource } from '../../src/batch/csv.ts';
import { columnOfHeader } from '../../src/batch/header-words.ts';
import { classifyList, formatSummary, RESULT_COLUMN_LABELS, resultColumns, withReadableHeaders } from '../../src/batch/households.ts';
import { LIST_COLUMN_NAMES } from '../../src/text/lexicon/columns.ts';
import type { TableSource } from '../../src/batch/types.ts';
import { classifyInProcess } from './classify-in-process.ts';
import { twoRowHeader, workbooks } from './merged-header.ts';

vi.setConfig({ testTimeout: 120_000 });

const rules = loadRules();

async function run(list: TableSource, date = '2026-12-01') {
  const { outcome, rows, problems, header } = await classifyInProcess(rules, list, date);
  if (!outcome.ok) throw new Error(outcome.message);
  return { summary: outcome.summary, rows, problems, header, notes: [...list.notes, ...outcome.notes].join('\n'), report: formatSummary(rules, outcome.summary) };
}

const workbook = workbooks('lists10');

/** The twelve sub-columns as a commune abbreviates and numbers them, in the standard's order (rules/indicators.yaml). */
const SUB_COLUMNS = [
  '1.1 Việc làm', '1.2 Người phụ thuộc', '2.1 Dinh dưỡng', '2.2 BHYT', '3.1 Trình độ GD người lớn', '3.2 Tình trạng đi học trẻ em',
  '4.1 CL nhà ở', '4.2 DT nhà ở BQ/người', '5.1 Nguồn nước SH', '5.2 Nhà tiêu HVS', '6.1 DV viễn thông', '6.2 PT tiếp cận TT',
];
const TWELVE = ['employment', 'dependents', 'nutrition', 'health_insurance', 'adult_education', 'child_schooling', 'housing_quality', 'housing_area', 'water_source', 'sanitation', 'telecom', 'information_access'];

/** Four households: name, thôn, area, members, income per person, then the twelve marks in order. */
const HOUSEHOLDS: (string | number)[][] = [
  // 1.200.000 ≤ 1.500.000; việc làm, BHYT, chất lượng nhà ở → 3 → poor.
  [1, 'Nguyễn Văn Tư', 'Ấp Mỹ Phú', 'NT', 4, 1_200_000, 'x', '', '', 'X', '', '', '✓', '', '', '', '', ''],
  // 1.400.000 ≤ 1.500.000; BHYT "1" → 1 → near-poor.
  [2, 'Lê Thị Bảy', 'Ấp Mỹ Phú', 'NT', 3, 1_400_000, '', '', '', '1', '', '', '', '', '', '', '', ''],
  // 1.000.000; diện tích, nước, nhà tiêu, thông tin ("có") → 4 → poor.
  [3, 'Trần Văn Út', 'Ấp Mỹ Lợi', 'NT', 5, 1_000_000, '', '', '', '', '', '', '', 'x', 'x', 'có', '', 'x'],
  // 1.800.000 > 1.500.000, ≤ 2.250.000 → middle, whatever the marks (người phụ thuộc, đi học).
  [4, 'Phạm Thị Hai', 'Ấp Mỹ Lợi', 'NT', 2, 1_800_000, '', 'x', '', '', '', 'x', '', '', '', '', '', ''],
];
const EXPECTED = [
  ['poor', 'employment health_insurance housing_quality'],
  ['near_poor', 'health_insurance'],
  ['poor', 'housing_area water_source sanitation information_access'],
  ['middle', 'dependents child_schooling'],
];

describe('a header of merged groups over one sub-column per indicator (marks x, X, 1, có, ✓) gives the households their deprivations', () => {
  it('“Thông tin hộ” and “Các chỉ số thiếu hụt” merged over row 5, twelve numbered, abbreviated sub-columns', async () => {
    const list = await workbook('hai-tang.xlsx', (sheet) => {
      sheet.addRow(['UBND XÃ MỸ PHÚ']);
      sheet.addRow(['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026']);
      const merge = twoRowHeader(sheet, [
        'TT',
        { group: 'Thông tin hộ', under: ['Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng'] },
        { group: 'Các chỉ số thiếu hụt', under: SUB_COLUMNS },
        'Ghi chú',
      ]);
      for (const household of HOUSEHOLDS) sheet.addRow(household);
      sheet.mergeCells('A2:S2');
      merge();
    });
    const { rows, summary, problems, notes } = await run(list);
    // Before: the twelve sub-columns were read as one deprivation list ("“x” là một dấu đánh…") or left out, 0 poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(EXPECTED.map((expected, index) => [String(index + 5), ...expected]));
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 4, classified: 4, rejected: 0, titleRows: [1, 2] });
    expect([...summary.byClass]).toEqual(expect.arrayContaining([['poor', 2], ['near_poor', 1], ['middle', 1]]));
    for (const [index, header] of SUB_COLUMNS.entries()) expect(notes).toContain(`“Các chỉ số thiếu hụt ${header}” → chỉ số ${TWELVE[index]}`);
  });

  it('a “Biểu 01” header on three rows: the services (“Thiếu hụt về y tế” …) merged over the indicators, a row (1) (2) (3) … under it', async () => {
    const list = await workbook('bieu-01.xlsx', (sheet) => {
      sheet.addRow(['Biểu 01']);
      sheet.addRow(['DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - ẤP MỸ PHÚ']);
      sheet.addRow(['TT', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', 'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản', ...Array(11).fill(''), 'Ghi chú']);
      sheet.addRow(['', '', '', '', '', '', 'Thiếu hụt về việc làm', '', 'Thiếu hụt về y tế', '', 'Thiếu hụt về giáo dục', '', 'Thiếu hụt về nhà ở', '', 'Thiếu hụt về nước sinh hoạt và vệ sinh', '', 'Thiếu hụt về thông tin', '', '']);
      sheet.addRow(['', '', '', '', '', '', ...SUB_COLUMNS.map((name) => name.replace(/^\d\.\d /, '')), '']);
      sheet.addRow(Array.from({ length: 19 }, (_, index) => `(${index + 1})`));
      for (const household of HOUSEHOLDS) sheet.addRow(household);
      sheet.mergeCells('G3:R3');
      for (const [left, right] of [['G', 'H'], ['I', 'J'], ['K', 'L'], ['M', 'N'], ['O', 'P'], ['Q', 'R']]) sheet.mergeCells(`${left}4:${right}4`);
      for (const column of 'ABCDEFS') sheet.mergeCells(`${column}3:${column}5`);
    });
    const { rows, summary, problems, notes } = await run(list);
    // Before: rows 4 and 5 (the services, the indicators) were error rows "khu vực “Khu vực” không rõ…", marks refused.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(EXPECTED.map((expected, index) => [String(index + 7), ...expected]));
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 4, classified: 4, rejected: 0, titleRows: [1, 2], numberingRows: [6] });
    expect(notes).toContain('Dòng 4 (nhóm chỉ số) và dòng 5 là dòng tên cột thứ hai và thứ ba, dưới ô “Các chỉ số thiếu hụt dịch vụ xã hội cơ bản”');
  });

  it('the services’ row is the header’s middle row when the household columns are named on the bottom row', async () => {
    const list = await workbook('ba-tang-duoi.xlsx', (sheet) => {
      sheet.addRow(['TT', 'Thông tin hộ', '', '', '', '', 'Các chỉ số thiếu hụt', ...Array(11).fill('')]);
      sheet.addRow(['', '', '', '', '', '', 'Thiếu hụt về việc làm', '', 'Thiếu hụt về y tế', '', 'Thiếu hụt về giáo dục', '', 'Thiếu hụt về nhà ở', '', 'Thiếu hụt về nước sinh hoạt và vệ sinh', '', 'Thiếu hụt về thông tin', '']);
      sheet.addRow(['', 'Họ và tên chủ hộ', 'Thôn/ấp', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', ...SUB_COLUMNS]);
      for (const household of HOUSEHOLDS) sheet.addRow(household);
      sheet.mergeCells('A1:A3');
      sheet.mergeCells('B1:F2');
      sheet.mergeCells('G1:R1');
      for (const [left, right] of [['G', 'H'], ['I', 'J'], ['K', 'L'], ['M', 'N'], ['O', 'P'], ['Q', 'R']]) sheet.mergeCells(`${left}2:${right}2`);
    });
    const { rows, problems } = await run(list);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual(EXPECTED.map((expected, index) => [String(index + 4), ...expected]));
    expect(problems).toEqual([]);
  });

  it('a sub-column under the deprivations that names no indicator is not dropped: a row marked in it is refused, naming it', async () => {
    const list = await workbook('cot-la.xlsx', (sheet) => {
      const merge = twoRowHeader(sheet, [
        { group: 'Thông tin hộ', under: ['Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng'] },
        { group: 'Các chỉ số thiếu hụt', under: ['BHYT', 'Nhà tiêu HVS', 'Khác'] },
      ]);
      sheet.addRow(['Đoàn Văn Sáu', 'nong thon', 4, 1_300_000, 'x', 'x', '']);
      sheet.addRow(['Hồ Thị Tám', 'nong thon', 3, 1_300_000, 'x', '', 'x']);
      merge();
    });
    const { rows } = await run(list);
    // 1.300.000, BHYT + nhà tiêu → 2 → near-poor; the second row's "x" under “Khác” is no indicator: refused, not read as none.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['3', 'near_poor'], ['4', 'error']]);
    expect(rows[1]!.ly_do).toContain('Khác');
  });
});

describe('the signatures under the list are footer rows, counted and named in the summary, never error rows', () => {
  it('“Tổng cộng: 3 hộ”, the date line with dots, “NGƯỜI LẬP BIỂU” / “TM. ỦY BAN NHÂN DÂN XÃ”, “CHỦ TỊCH”, the signers’ names in any column', async () => {
    const list = [
      'STT;Mã hộ;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;BHYT;Nước sinh hoạt;Nhà tiêu;Ghi chú',
      '1;MP-01;Nguyễn Văn An;Ấp 1;NT;4;1.200.000;x;x;x;',
      '2;MP-02;Lê Thị Bé;Ấp 1;NT;3;1.400.000;x;;;',
      '3;MP-03;Trần Văn Cò;Ấp 2;NT;5;2.600.000;;;;',
      ';;Tổng cộng: 3 hộ;;;12;;2;1;1;',
      ';;;;;;;;;;',
      ';;Mỹ Phú, ngày ..... tháng ..... năm 2026;;;;;;;;',
      ';;NGƯỜI LẬP BIỂU;;;;;;TM. ỦY BAN NHÂN DÂN XÃ;;',
      ';;(Ký, ghi rõ họ tên);;;;;;CHỦ TỊCH;;',
      ';;Nguyễn Thị Hoa;;;;;;Lê Văn Tám;;',
      ';;;;TM. UBND XÃ;;;;;;',
      ';;;;;CHỦ TỊCH;;;;;',
      ';;;;;Phạm Văn Hùng;;;;;',
      ';;;;;;Võ Thị Sáu;;;;',
    ].join('\r\n');
    const { rows, summary, problems, report } = await run(csvSource(list));
    // 1.200.000 + 3 → poor; 1.400.000 + BHYT → near-poor; 2.600.000 → none. Before: 13 and 14 (a name under “Số nhân khẩu”, under
    // the income) were error rows "chưa ghi khu vực", and the total line over them an error row.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([
      ['2', 'poor'], ['3', 'near_poor'], ['4', 'none'], ['5', 'footer'], ['7', 'footer'], ['8', 'footer'], ['9', 'footer'],
      ['10', 'footer'], ['11', 'footer'], ['12', 'footer'], ['13', 'footer'], ['14', 'footer'],
    ]);
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 3, classified: 3, rejected: 0, totalRows: [5], footerRows: [5, 7, 8, 9, 10, 11, 12, 13, 14] });
    expect(report).toContain('(Không tính 9 dòng cuối bảng (tổng cộng, chữ ký), không phải hộ: dòng 5, 7, 8, 9, 10, 11, 12, 13, 14;');
  });

  it('a row with a figure under the list is still a household row, refused when it cannot be read, not a signature', async () => {
    const list = [
      'Mã hộ;Họ và tên chủ hộ;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng',
      'A-1;Ngô Văn Ba;NT;4;1.200.000',
      ';Người lập biểu;;;',
      ';Đặng Thị Chín;;3;',
    ].join('\r\n');
    const { rows } = await run(csvSource(list));
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'footer'], ['4', 'error']]);
  });
});

describe('a list missing a column is told which one as the list would name it, and the headers taken for it', () => {
  it('ko co cot so nguoi: the message names “Số nhân khẩu”, not only so_nguoi, and the headers it takes', async () => {
    const { outcome } = await classifyInProcess(rules, csvSource('Ho ten chu ho,Khu vuc,Thu nhap binh quan\nNguyen Van Hai,nt,1200000\n'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // Before: "Tệp thiếu cột: so_nguoi." — the code alone.
    expect(outcome.message).toContain('Tệp thiếu cột Số nhân khẩu (so_nguoi), tên cột được nhận: “Số nhân khẩu”, “Nhân khẩu”, “Số người”, “Số khẩu”, “Số thành viên” (hoặc, với danh sách thành viên mỗi dòng một người, cột “Mã hộ”: số người được đếm theo mã hộ).');
  });

  it('every header the message offers is read as its column', () => {
    for (const [column, { name, headers }] of Object.entries(LIST_COLUMN_NAMES)) {
      for (const header of [name, ...headers]) expect([header, columnOfHeader(header)]).toEqual([header, column]);
    }
  });
});

describe('the result carries the cadre’s own columns, and can be headed in words a cadre reads', () => {
  const LIST = [
    'TT;Họ và tên chủ hộ;Thôn/ấp;Khu vực;Số nhân khẩu;Thu nhập BQ đầu người/tháng;Các chỉ số thiếu hụt',
    '1;Huỳnh Văn Lộc;Ấp Tân Phú;nt;4;1.300.000;bhyt, nuoc sach, nha tieu',
    '2;Châu Thị Mười;Ấp Tân Quý;nt;2;;',
  ].join('\r\n');

  it('tui can biet ho nao ten gi o ap nao: the householder’s name and thôn/ấp next to dong, on household and error rows', async () => {
    const { rows, header } = await run(csvSource(LIST));
    // 1.300.000, 3 lacks → poor; the second has no income → error row, still named.
    expect(header.slice(-2)).toEqual(['ho_ten_chu_ho', 'thon_ap']);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.ho_ten_chu_ho, row.thon_ap])).toEqual([
      ['2', 'poor', 'Huỳnh Văn Lộc', 'Ấp Tân Phú'],
      ['3', 'error', 'Châu Thị Mười', 'Ấp Tân Quý'],
    ]);
  });

  it('withReadableHeaders (cli batch --readable-headers, /api/batch headers=readable): the same columns headed in Vietnamese', async () => {
    let written: readonly string[] = [];
    const sink = withReadableHeaders({ header: (columns) => void (written = columns), row: () => {}, problem: () => {}, finish: async () => {}, abort: async () => {} });
    await classifyList(rules, csvSource(LIST), sink, { defaultDate: '2026-12-01', onProblem: () => {} });
    expect(written.slice(0, 5)).toEqual(['Dòng trong danh sách', 'Mã hộ', 'Ngày xét', 'Kết quả phân loại', 'Mã phân loại']);
    expect(written.slice(-2)).toEqual(['Họ và tên chủ hộ', 'Thôn/ấp, địa chỉ']);
    expect(written.length).toBe(resultColumns(false).length);
    expect(resultColumns(true).every((column) => RESULT_COLUMN_LABELS[column] !== undefined)).toBe(true);
  });
});

describe('a member list (one row per person under a household code) without “Số nhân khẩu”: the members are counted', () => {
  it('ds thanh vien, ma ho ghi lai moi dong, ko co cot so nhan khau: members counted, a member’s BHYT x makes the household deprived', async () => {
    const list = [
      'Mã hộ;Họ và tên;Quan hệ với chủ hộ;Ấp;Tổng thu nhập của hộ/tháng;BHYT;Người phụ thuộc;Nước sinh hoạt;Nhà tiêu',
      'TA-01;Nguyễn Văn Ba;Chủ hộ;Ấp Tân An;4.800.000;;;x;',
      'TA-01;Trần Thị Tư;Vợ;Ấp Tân An;;x;;;',
      'TA-01;Nguyễn Văn Năm;Con;Ấp Tân An;;;x;;',
      'TA-01;Nguyễn Thị Sáu;Con;Ấp Tân An;;;x;;',
      'TA-02;Lê Văn Bảy;Chủ hộ;Ấp Tân An;3.000.000;x;;x;x',
      'TA-02;Lê Thị Tám;Con;Ấp Tân An;;;;;',
      'TA-03;Võ Văn Chín;Chủ hộ;Ấp Tân An;2.000.000;;x;;',
      'TA-03;Võ Thị Mười;Mẹ;Ấp Tân An;;;x;;',
      'TA-04;Đinh Văn Một;Chủ hộ;Ấp Tân An;1.000.000;;;;',
      'Tổng cộng;;;;;;;;',
    ].join('\r\n');
    const { rows, summary, problems } = await run(csvSource(list));
    // TA-01: 4 rows → 4 people, 4.800.000 ÷ 4 = 1.200.000; nước (the household's) + BHYT on the wife's row (any member) = 2;
    // người phụ thuộc on 2 of 4 rows: the share (> 50%) is not known from two marks → open, said, not counted → near-poor, and
    // poor if it is a lack. TA-02: 2 people, 3.000.000 ÷ 2 = 1.500.000 (at the line), 3 → poor. TA-03: 2 people, 1.000.000,
    // người phụ thuộc on both rows → 1 → near-poor. TA-04: 1 person, 1.000.000, none → near-poor.
    // Before: refused whole, "Tệp thiếu cột: so_nguoi".
    expect(rows.map((row) => [row.dong, row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['2', 'TA-01', 'near_poor', 'health_insurance water_source'],
      ['6', 'TA-02', 'poor', 'health_insurance water_source sanitation'],
      ['8', 'TA-03', 'near_poor', 'dependents'],
      ['10', 'TA-04', 'near_poor', ''],
      ['11', '', 'footer', ''],
    ]);
    expect(rows[0]!.thu_nhap_binh_quan).toBe('1200000');
    expect(rows[0]!.ly_do).toContain('Hộ ghi trên các dòng 2–5 (cùng mã hộ, mỗi dòng một thành viên): 4 nhân khẩu.');
    expect(rows[0]!.ly_do).toContain('“Người phụ thuộc trong hộ gia đình” đánh dấu ở dòng 4, 5 (2/4 thành viên): chỉ số này xét tỷ lệ người phụ thuộc');
    expect(rows[0]!.ly_do).toContain('Nếu hộ thiếu hụt cả chỉ số chưa rõ thì là hộ nghèo (thay vì hộ cận nghèo)');
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ rows: 4, classified: 4, rejected: 0, memberRows: [3, 4, 5, 7, 9] });
  });

  it('the household code merged down over its members’ rows, no “Số nhân khẩu”; a member row saying another income is refused, after its household', async () => {
    const list = await workbook('thanh-vien-gop.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ tên thành viên', 'Khu vực', 'Thu nhập bình quân đầu người/tháng', 'Thiếu hụt BHYT', 'Thiếu hụt nhà tiêu', 'Thiếu hụt nước sạch']);
      sheet.addRow(['HG-1', 'Mai Văn Lực', 'Nông thôn', 1_400_000, '', 'có', 'có']);
      sheet.addRow(['', 'Mai Thị Hoa', '', '', 'có', '', '']);
      sheet.addRow(['', 'Mai Văn Tài', '', '', '', '', '']);
      sheet.addRow(['HG-2', 'Tô Thị Nở', 'Nông thôn', 1_300_000, '', '', '']);
      sheet.addRow(['', 'Tô Văn Bé', '', 1_350_000, '', '', '']);
      sheet.mergeCells('A2:A4');
      sheet.mergeCells('A5:A6');
    });
    const { rows, summary } = await run(list);
    // HG-1: 3 people, 1.400.000; nhà tiêu + nước (household) + BHYT on row 3 → 3 → poor (before: "thiếu cột so_nguoi").
    // HG-2: 2 people, 1.300.000, none → near-poor; row 6 says 1.350.000: refused, after HG-2's row.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.so_chi_so_thieu_hut])).toEqual([['2', 'poor', '3'], ['5', 'near_poor', '0'], ['6', 'error', '']]);
    expect(rows[0]!.ly_do).toContain('Hộ ghi trên các dòng 2–4 (ô mã hộ gộp, mỗi dòng một thành viên): 3 nhân khẩu.');
    expect(summary).toMatchObject({ rows: 3, classified: 2, rejected: 1, memberRows: [3, 4] });
  });

  it('a member list with “Số nhân khẩu” and the code merged: a member’s BHYT mark counts for the household (was an error row)', async () => {
    const list = await workbook('thanh-vien-so-khau.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Họ tên', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng', 'BHYT', 'Nước sinh hoạt', 'Nhà tiêu']);
      sheet.addRow(['K-7', 'Lò Văn Pá', 'xã Mường Lói', 3, 1_100_000, '', 'x', 'x']);
      sheet.addRow(['', 'Lò Thị Ín', '', '', '', 'x', '', '']);
      sheet.addRow(['', 'Lò Văn Nọi', '', '', '', '', '', '']);
      sheet.mergeCells('A2:A4');
    });
    const { rows, summary } = await run(list);
    // 1.100.000, nước + nhà tiêu + BHYT (a member) → 3 → poor.
    expect(rows.map((row) => [row.dong, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([['2', 'poor', 'health_insurance water_source sanitation']]);
    expect(summary).toMatchObject({ rows: 1, classified: 1, rejected: 0, memberRows: [3, 4] });
  });
});

describe('indicator shorthand a commune types in the deprivation list, and a cell past the named columns of a workbook', () => {
  it('ds go tat: “GD nguoi lon”, “tre em di hoc”, “Nuoc SH”, “Nguoi PT”, “CL nha o”, “TDGD nguoi lon”, “DT nha o”, “DV vien thong”, “TS tiep can TT”, “Nha tieu HVS”', async () => {
    const list = csvSource(
      [
        'Ma ho,Khu vuc,So nhan khau,Thu nhap binh quan,Cac chi so thieu hut',
        // 1.200.000 ≤ 1.500.000; người lớn, đi học, nước → 3 → poor.
        'H1,nt,4,1200000,"GD nguoi lon, tre em di hoc, Nuoc SH"',
        // 1.400.000; phụ thuộc, chất lượng nhà → 2 → near-poor.
        'H2,nt,3,1400000,Nguoi PT; CL nha o',
        // 1.000.000; người lớn, diện tích, viễn thông, thông tin → 4 → poor.
        'H3,nt,5,1000000,"TDGD nguoi lon, DT nha o, DV vien thong, TS tiep can TT"',
        // 1.100.000; nhà tiêu → 1 → near-poor.
        'H4,nt,2,1100000,Nha tieu HVS',
      ].join('\n'),
    );
    const { rows } = await run(list);
    // Before: every row refused, "không biết chỉ số “GD nguoi lon”" / "“tre em di hoc”" / "“Nguoi PT”" …
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.chi_so_thieu_hut])).toEqual([
      ['H1', 'poor', 'adult_education child_schooling water_source'],
      ['H2', 'near_poor', 'dependents housing_quality'],
      ['H3', 'poor', 'adult_education housing_area telecom information_access'],
      ['H4', 'near_poor', 'sanitation'],
    ]);
  });

  it('a workbook row with a cell past the named columns names that cell and its column letter, never a CSV comma hint', async () => {
    const list = await workbook('o-thua.xlsx', (sheet) => {
      sheet.addRow(['Họ và tên chủ hộ', 'Khu vực', 'Số nhân khẩu', 'Thu nhập BQ đầu người/tháng', 'BHYT']);
      sheet.addRow(['Đoàn Văn Sáu', 'nong thon', 4, 1_300_000, 'x', 'nha tam']);
    });
    const { rows } = await run(list);
    expect(rows[0]!.ma_phan_loai).toBe('error');
    // Before: "dòng có 6 ô, nhiều hơn 5 cột …; có thể một số tiền có dấu phẩy (1,5 triệu) chưa được đặt trong ngoặc kép".
    expect(rows[0]!.ly_do).toContain('ô “nha tam” ở cột F');
    expect(rows[0]!.ly_do).not.toContain('ngoặc kép');
  });
});

describe('an income column in a unit: the bound for “quá lớn” follows its unit, period and the household size', () => {
  it('tong thu nhap (1.000d/nam) cua ho dong nguoi: 100.800 of 7 people, 172.800 of 8 are read; 1.500.000 nghìn a year of 1 person is refused', async () => {
    const list = csvSource(
      [
        'Ma ho,Khu vuc,So nhan khau,Tong thu nhap cua ho (1.000d/nam),Thieu hut',
        // 100.800.000 ÷ 12 ÷ 7 = 1.200.000 ≤ 1.500.000; bhyt, nuoc, nha tieu → 3 → poor.
        'T1,nt,7,100800,"bhyt, nuoc, nha tieu"',
        // 172.800.000 ÷ 12 ÷ 8 = 1.800.000 > 1.500.000, ≤ 2.250.000 → middle.
        'T2,nt,8,172800,',
        // 1.500.000.000 ÷ 12 ÷ 1 = 125.000.000 a person a month: the cell was written in đồng → refused, not multiplied.
        'T3,nt,1,1500000,',
      ].join('\n'),
    );
    const { rows } = await run(list);
    // Before: T1 and T2 refused, "“100800” theo đơn vị của cột (1.000 đồng) là 100.800.000 đồng, quá lớn".
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['T1', 'poor', '1200000'],
      ['T2', 'middle', '1800000'],
      ['T3', 'error', ''],
    ]);
    expect(rows[2]!.ly_do).toContain('quá lớn; nếu ô đã ghi bằng đồng, hãy ghi “1500000 đồng”');
  });
});

describe('a bare “Cộng” between households whose figure is not the sum above says so', () => {
  it('dong Cong ghi sai tong so khau (19, cong lai la 16), duoi con ho: the reason is the mismatch, not where the row stands', async () => {
    const list = csvSource(
      [
        'Ma ho,Khu vuc,So nhan khau,Thu nhap binh quan,Thieu hut',
        'C1,nt,2,900000,',
        'C2,nt,6,2800000,',
        'C3,nt,2,1800000,',
        'C4,nt,3,1650000,',
        'C5,nt,3,1400000,',
        // 2 + 6 + 2 + 3 + 3 = 16, written 19.
        'Cong,,19,,',
        // 900.000 ≤ 1.500.000, no lack → near-poor.
        'C6,nt,5,900000,',
      ].join('\n'),
    );
    const { rows } = await run(list);
    const total = rows.find((row) => row.dong === '7')!;
    expect(total.ma_phan_loai).toBe('error');
    // Before: "dòng “Cong” đọc như dòng tổng cộng nhưng dưới nó còn hộ (dòng 8): … hãy để nó ở cuối danh sách".
    expect(total.ly_do).toContain('Cần xem lại: số ở dòng này khác tổng các dòng 2–6 (So nhan khau: dòng này ghi 19, cộng các dòng là 16)');
    expect(total.ly_do).not.toContain('cuối danh sách');
    expect(rows.find((row) => row.ma_ho === 'C6')!.ma_phan_loai).toBe('near_poor');
  });
});

describe('an income column split by year under its merged header is read for the check date’s year, and says so', () => {
  it('bang theo doi thu nhap “Nam 2025 | Nam 2026”: the 2026 column is used on 01/12/2026, never the 2025 one silently', async () => {
    const list = await workbook('hai-nam.xlsx', (sheet) => {
      sheet.addRow(['Mã hộ', 'Khu vực', 'Số khẩu', 'Thu nhập bình quân (đồng/người/tháng)', '', 'Các chỉ số thiếu hụt']);
      sheet.addRow(['', '', '', 'Năm 2025', 'Năm 2026', '']);
      // 2026: 1.501.000 > 1.500.000, ≤ 2.250.000 → middle (2025's 1.201.000 would be near-poor).
      sheet.addRow(['N1', 'Nông thôn', 2, 1_201_000, 1_501_000, '']);
      // 2026: 1.501.000 → middle whatever its two lacks (2025's figure: near-poor).
      sheet.addRow(['N2', 'Nông thôn', 1, 1_201_000, 1_501_000, 'BHYT, nha tieu']);
      // 2026: 1.500.000 ≤ 1.500.000; BHYT, nước, nhà tiêu → 3 → poor.
      sheet.addRow(['N3', 'Nông thôn', 2, 1_200_000, 1_500_000, 'bhyt, nuoc, nha tieu']);
      for (const column of ['A', 'B', 'C', 'F']) sheet.mergeCells(`${column}1:${column}2`);
      sheet.mergeCells('D1:E1');
    });
    const { rows, notes } = await run(list);
    // Before: "Năm 2025" read as a unit row, N1 and N2 near-poor from 1.201.000, the 2026 column not named.
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai, row.thu_nhap_binh_quan])).toEqual([
      ['N1', 'middle', '1501000'],
      ['N2', 'middle', '1501000'],
      ['N3', 'poor', '1500000'],
    ]);
    expect(notes).toContain('dùng cột “Năm 2026” (năm của ngày xét 01/12/2026); cột “Năm 2025” không dùng để xét');
  });
});
