/**
 * Two commune lists made the same on every run (a fixed seed), as cadres write them, for the batch's byte-for-byte
 * test (golden.test.ts): a CSV of a few thousand households with a title, Vietnamese headers, both income columns,
 * names and aliases of indicators with and without diacritics, dates in both forms, quoted cells, duplicate codes, a
 * mid-list subtotal, a footer, and rows a cadre gets wrong (area, members, income, dates, a bare mark, a vague
 * indicator, a split amount, an open quote); and a workbook with a header on two rows under merged cells, an
 * indicator column per lack under "Thiếu hụt", and households written one row per member under a merged code.
 */
import ExcelJS from 'exceljs';

/** The same pseudo-random sequence on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const NAMES = ['Nguyễn Văn Ba', 'Trần Thị Hoa', 'Lê Văn Tư', 'Phạm Thị Năm', 'Hoàng Văn Sáu', 'Võ Thị Bảy', 'Đặng Văn Tám', 'Bùi Thị Chín', 'Lò Văn Mười', "H'Bia Niê"];
const PLACES = ['Thôn 1', 'Thôn Đông', 'Ấp Tân Thành', 'Bản Nà Hin', 'Tổ 3', 'Khóm 2'];
const AREAS = ['nt', 'Nông thôn', 'nong thon', 'xã Tân Thành', 'tt', 'Thành thị', 'phường 7', 'P.7, Q.Bình Thạnh', 'rural', 'urban', 'Xã'];
const BAD_AREAS = ['', 'miền núi', 'xã Tân Thành, phường 3', 'abc'];
const MEMBERS = ['1', '2', '3', '4', '5', '6', '7', '9', '12'];
const BAD_MEMBERS = ['', 'bốn', '0', '3,5', '-2'];
const INCOMES = ['1500000', '1.250.000', '1,5 triệu', '1tr5', '2 triệu', '800.000', '950000', '3.100.000', '2,2 triệu', '1.800.000 đồng', '700 nghìn', '0'];
const BAD_INCOMES = ['9', '12', 'không rõ', '35000000000', '5 triệu/hộ'];
const TOTALS = ['5.600.000', '4800000', '6 triệu', '12.000.000', '60 triệu/năm', '3tr'];
const LACKS = ['', '', '', 'bhyt', 'BHYT, nước sinh hoạt', 'bảo hiểm y tế; nhà tiêu', 'nuoc nhatieu', 'viec lam, dinh duong', 'không', '-', 'tiếp cận thông tin', 'dich vu so', 'không có thẻ BHYT', 'chưa có nhà tiêu', 'Diện tích nhà ở bình quân đầu người', 'vienthong | thongtin', 'rac', 'bhyt và nước sạch', 'trình độ giáo dục người lớn'];
const BAD_LACKS = ['✓', 'nhà ở', 'y tế', 'x'];
const UNSURE = ['', '', '', '', 'vienthong', 'nha'];
const DATES = ['', '', '01/06/2025', '2026-12-01', '15/12/2026', '2027-02-01', '05/01/2027', '1/3/2026'];
const BAD_DATES = ['31/02/2026', '2026-13-01', 'hôm qua'];

/** A CSV cell as a spreadsheet saves it: quoted when it holds the delimiter, a quote or a line break. */
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The CSV list: `households` rows under a title and a header, a subtotal in the middle, a footer at the end. */
export function goldenCsv(households = 3000): string {
  const { next, pick } = random(20261202);
  const lines = [
    'DANH SÁCH HỘ GIA ĐÌNH RÀ SOÁT NĂM 2026 - XÃ TÂN PHÚ,,,,,,,,,,',
    'STT,Mã hộ,Họ và tên chủ hộ,Thôn/ấp,Khu vực,Số nhân khẩu,Thu nhập bình quân (đồng/người/tháng),Tổng thu nhập của hộ/tháng,Các chỉ số thiếu hụt,Chỉ số chưa rõ,Ngày rà soát',
  ];
  for (let i = 1; i <= households; i += 1) {
    const bad = next();
    const code = next() < 0.01 && i > 10 ? `TP-${String(i - 7).padStart(4, '0')}` : `TP-${String(i).padStart(4, '0')}`;
    const members = bad < 0.02 ? pick(BAD_MEMBERS) : pick(MEMBERS);
    const total = next() < 0.2;
    const both = next() < 0.03;
    const perPerson = bad >= 0.02 && bad < 0.05 ? pick(BAD_INCOMES) : total && !both ? '' : pick(INCOMES);
    const cells = [
      String(i),
      code,
      pick(NAMES),
      pick(PLACES),
      bad >= 0.05 && bad < 0.07 ? pick(BAD_AREAS) : pick(AREAS),
      members,
      perPerson,
      total || both ? pick(TOTALS) : '',
      bad >= 0.07 && bad < 0.09 ? pick(BAD_LACKS) : pick(LACKS),
      pick(UNSURE),
      bad >= 0.09 && bad < 0.1 ? pick(BAD_DATES) : pick(DATES),
    ];
    let line = cells.map(csvCell).join(',');
    // An amount with a decimal comma left unquoted (two cells), and a stray open quote.
    if (bad >= 0.1 && bad < 0.105) line = line.replace(/,[^,]*,([^,]*),([^,]*),/, ',1,5 triệu,$1,$2,');
    if (bad >= 0.105 && bad < 0.108) line = line.replace(',', ',"');
    lines.push(line);
    if (i === Math.floor(households / 2)) lines.push(',,Cộng thôn 1,,,,,,,,');
  }
  lines.push(',,Tổng cộng,,,,,,,,', ',,,,,,,,,,', ',,,,Tân Phú ngày 28 tháng 11 năm 2026,,,,,,', ',,,,Người lập biểu,,,,,,', ',,,,Nguyễn Văn Ký,,,,,,');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The workbook list: a title, "Thông tin hộ" and "Thiếu hụt" merged over the columns under them, one row per member
 * with the household code (and its area, size, income) merged down over its members' rows, a mark per lack.
 */
export async function goldenWorkbook(path: string, households = 600): Promise<void> {
  const { next, pick } = random(7);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH HỘ RÀ SOÁT NĂM 2026 - THÔN 3']);
  sheet.addRow(['Thông tin hộ', '', '', '', '', 'Thiếu hụt', '', '', '']);
  sheet.addRow(['Mã hộ', 'Họ và tên', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân (1000đ/người/tháng)', 'BHYT', 'Nước sinh hoạt', 'Nhà tiêu', 'Việc làm']);
  sheet.mergeCells('A2:E2');
  sheet.mergeCells('F2:I2');
  let row = 4;
  for (let i = 1; i <= households; i += 1) {
    const size = 1 + Math.floor(next() * 4);
    const income = next() < 0.03 ? pick(['', 'không rõ', '9']) : String(pick([800, 1200, 1500, 1800, 2100, 2500, 3200]));
    const area = next() < 0.03 ? 'abc' : pick(['Nông thôn', 'Thành thị', 'xã Tân Thành']);
    for (let member = 0; member < size; member += 1) {
      const mark = () => (next() < 0.25 ? pick(['x', 'X', '✓']) : '');
      sheet.addRow(member === 0 ? [`T3-${i}`, pick(NAMES), area, String(size), income, mark(), mark(), mark(), mark()] : ['', pick(NAMES), '', '', '', mark(), mark(), mark(), mark()]);
    }
    if (size > 1) {
      for (const column of ['A', 'C', 'D', 'E']) sheet.mergeCells(`${column}${row}:${column}${row + size - 1}`);
    }
    row += size;
  }
  sheet.addRow(['Tổng cộng']);
  sheet.addRow(['', '', 'Người lập biểu']);
  await workbook.xlsx.writeFile(path);
}
