/**
 * Round 39 (commune cadres' whole lists, helper lost39): nothing a cadre uploaded is lost from the result.
 * - A CSV line refused for bytes of another encoding kept its line number only (round 38): its cells, as far as they read and
 *   the bad bytes as “?”, are now in its reason on “Dòng lỗi” and its code, name and thôn in its result row.
 * - A “?” in a member's row of a member list (one row per person) said “Mình chưa hiểu số tiền “?”” or “là một dấu đánh”
 *   naming no row: now as a household row's “?” (round 38 lists22): unknown, not guessed, the column, the row and what to write.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { work, check, cli } = listFiles('lists-round39-lost39');

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('dong lan byte bang ma khac: van thay cac o cua dong trong "Dong loi"', () => {
  const header = 'Mã hộ,Họ tên chủ hộ,Thôn,Khu vực,Số nhân khẩu,Thu nhập bình quân,Thiếu hụt,Ghi chú';
  // "Nguyễn" pasted from an old Windows-1258 list (ê + combining tilde as 0xEA 0xDE: invalid in UTF-8) into a UTF-8 CSV.
  const garbled = Buffer.concat([Buffer.from('H7,Nguy'), Buffer.from([0xea, 0xde]), Buffer.from('n Thị Hoa,Thôn 2,nông thôn,4,1500000,bhyt,gọi 0912345678')]);
  const bytes = Buffer.concat(
    [header, 'H1,Lê Văn An,Thôn 1,nông thôn,3,900000,,', garbled, 'H8,Lê Văn Bảy,Thôn 2,nông thôn,3,900000,,'].flatMap((line) => [Buffer.from(line), Buffer.from('\r\n')]),
  );

  it('the refused row says its cells, the bad bytes as “?”, a free note masked; its code, name and thôn carried (was: the line number only)', async () => {
    const { rows } = await check('ds-lan-byte.csv', bytes);
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'near_poor'], ['3', 'error'], ['4', 'near_poor']]);
    const refused = rows[1]!;
    expect(refused.ly_do).toContain('dòng này có byte không phải UTF-8');
    expect(refused.ly_do).toContain(
      'Dòng này ghi (chỗ byte lỗi hiện thành “?”): ô “H7” ở cột “Mã hộ”, ô “Nguy?n Thị Hoa” ở cột “Họ tên chủ hộ”, ô “Thôn 2” ở cột “Thôn”, ô “nông thôn” ở cột “Khu vực”, ô “4” ở cột “Số nhân khẩu”, ô “1500000” ở cột “Thu nhập bình quân”, ô “bhyt” ở cột “Thiếu hụt”',
    );
    // A free note is masked as kept text is (no phone number in the result).
    expect(refused.ly_do).not.toContain('0912345678');
    expect([refused.ma_ho, refused.ho_ten_chu_ho, refused.thon_ap]).toEqual(['H7', 'Nguy?n Thị Hoa', 'Thôn 2']);
  });

  it('`cli batch --out ket-qua.xlsx`: the “Dòng lỗi” sheet holds the row’s cells in its reason', async () => {
    const list = join(work, 'ds-lan-byte-cli.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(list, bytes);
    const out = join(work, 'kq-lan-byte.xlsx');
    const run = cli([list, '--out', out]);
    expect(run.status).toBe(3);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const refused = book.getWorksheet('Dòng lỗi')!.getRow(2);
    expect(refused.getCell(1).value).toBe(3);
    expect(String(refused.getCell(3).value)).toContain('ô “Nguy?n Thị Hoa” ở cột “Họ tên chủ hộ”');
    expect(String(refused.getCell(3).value)).toContain('ô “1500000” ở cột “Thu nhập bình quân”');
  }, 60_000);
});

describe('dau "?" o dong thanh vien (danh sach tung nguoi): chua biet, cot nao, dong nao, ghi gi', () => {
  it('a member’s own income “?” (the household’s income summed from its rows) is unknown, with what to write (was: “Mình chưa hiểu số tiền”)', async () => {
    const { rows } = await check(
      'ds-thanh-vien-thu-nhap.csv',
      csv([
        'Mã hộ,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập (đồng/tháng),Thiếu hụt',
        'H07,Trần Văn Tâm,Chủ hộ,nt,3.000.000,bhyt',
        'H07,Lê Thị Mai,Vợ,,?,',
        'H07,Trần Văn Tú,Con,,1.300.000,',
      ]),
    );
    expect(rows.map((row) => [row.dong, row.ma_phan_loai])).toEqual([['2', 'error']]);
    expect(rows[0]!.ly_do).toContain(
      'dòng 3 (thành viên của hộ): ô ghi “?”, tức là chưa biết: không đoán, dòng chưa được phân loại; hãy ghi thu nhập riêng của người này bằng con số (ví dụ 2.000.000 hoặc 2 triệu), hoặc để trống nếu người này không có thu nhập',
    );
    expect(rows[0]!.ly_do).not.toContain('Mình chưa hiểu');
  });

  it('a member’s lacks “?” and a mark column’s “?” name the member’s row and say unknown (was: “là một dấu đánh”, no row)', async () => {
    const lacks = await check(
      'ds-thanh-vien-thieu-hut.csv',
      csv(['STT,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân,Thiếu hụt', '1,Trần Văn Tâm,Chủ hộ,nt,1.000.000,', ',Lê Thị Mai,Vợ,,,', ',Trần Văn Tú,Con,,,?']),
    );
    expect(lacks.rows[0]!.ma_phan_loai).toBe('error');
    expect(lacks.rows[0]!.ly_do).toContain('Cột Thiếu hụt (thieu_hut): dòng 4 (thành viên của hộ): ô ghi “?”, tức là chưa biết: không đoán, dòng chưa được phân loại; hãy ghi tên các chỉ số');
    expect(lacks.rows[0]!.ly_do).not.toContain('dấu đánh');
    const marks = await check(
      'ds-thanh-vien-dau.csv',
      csv(['Mã hộ,Họ và tên,Quan hệ với chủ hộ,Khu vực,Thu nhập bình quân,BHYT', 'H07,Trần Văn Tâm,Chủ hộ,nt,1.000.000,x', 'H07,Lê Thị Mai,Vợ,,,', 'H07,Trần Văn Tú,Con,,,?']),
    );
    expect(marks.rows[0]!.ly_do).toContain('Cột BHYT: dòng 4 (thành viên của hộ): “?” không rõ là có thiếu hụt hay không');
    expect(marks.rows[0]!.ly_do).toContain('nếu ô vốn ghi ✓, dấu ấy đã mất');
  });
});

describe('so tien ghi "trđ", "tr.đ" (trieu dong) trong danh sach thon', () => {
  it('a thôn’s list with blank rows, a total and “1,5trđ”, “1,3 TRĐ”, “1,2 tr.đ” reads each as triệu đồng (was: “Mình chưa hiểu số tiền”)', async () => {
    const { rows } = await check(
      'ds-trd.csv',
      csv([
        'Danh sách hộ thôn 4',
        'STT;Họ tên;Thôn;Khu vực;Nhân khẩu;TN bình quân (đ/người/tháng);Thiếu hụt;Ngày',
        '1;Lò Văn Chiến;Thôn 4;nông thôn;6;1,5trđ;;02/10/26',
        ';;;;;;;',
        '2;Lò Thị Dung;Thôn 4;nông thôn;3;1,3 TRĐ;bhyt;02/10/26',
        '3;Lò Văn Én;Thôn 4;nông thôn;2;1,2 tr.đ;;2/10/26',
        ';Tổng cộng;;;11;;;',
      ]),
    );
    expect(rows.map((row) => [row.ho_ten_chu_ho, row.ma_phan_loai, row.thu_nhap_binh_quan, row.ngay])).toEqual([
      ['Lò Văn Chiến', 'near_poor', '1500000', '02/10/2026'],
      ['Lò Thị Dung', 'near_poor', '1300000', '02/10/2026'],
      ['Lò Văn Én', 'near_poor', '1200000', '02/10/2026'],
      ['Tổng cộng', 'footer', '', ''],
    ]);
    expect(rows[0]!.ly_do).not.toContain('Mình chưa hiểu');
  });
});

describe('so thon tren hai trang tinh, dong "Tong cong" cuoi moi trang', () => {
  it('a workbook of two thôn sheets with a two-row merged header: both read, the second sheet’s total names its rows and the sheet once (was: the sheet after each number)', async () => {
    const book = new ExcelJS.Workbook();
    for (const [name, households] of [
      ['Thôn Nam', [[1, 'Nguyễn Văn An', 'NT', 4, '1,2tr', 'BHYT', '15/10/26'], [2, 'Trần Thị Bé', 'NT', 3, '1 100 000', '', '15.10.26']]],
      ['Thôn Bắc', [[1, 'Đỗ Văn Em', 'NT', 3, '1tr1', '', '17/10/26'], [2, 'Hồ Thị Gấm', 'NT', 4, '1,3 trđ', 'bhyt', '17/10/26']]],
    ] as const) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['STT', 'Họ và tên chủ hộ', 'Khu vực', 'Số khẩu', 'Thu nhập', 'Chỉ số thiếu hụt', 'Ngày rà soát']);
      sheet.addRow(['', '', '', '', 'BQ người/tháng', '', '']);
      for (const column of ['A', 'B', 'C', 'D', 'F', 'G']) sheet.mergeCells(`${column}1:${column}2`);
      for (const household of households) sheet.addRow([...household]);
      sheet.addRow([]);
      sheet.addRow(['', 'Tổng cộng', '', 7]);
    }
    const { rows } = await check('ds-hai-thon.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(rows.map((row) => [row.ho_ten_chu_ho, row.ma_phan_loai, row.thu_nhap_binh_quan, row.ngay])).toEqual([
      ['Nguyễn Văn An', 'near_poor', '1200000', '15/10/2026'],
      ['Trần Thị Bé', 'near_poor', '1100000', '15/10/2026'],
      ['Tổng cộng', 'footer', '', ''],
      ['Đỗ Văn Em', 'near_poor', '1100000', '17/10/2026'],
      ['Hồ Thị Gấm', 'near_poor', '1300000', '17/10/2026'],
      ['Tổng cộng', 'footer', '', ''],
    ]);
    expect(rows[5]!.ly_do).toContain('Số ở dòng này bằng tổng các dòng 3–4 (trang “Thôn Bắc”) (Số khẩu 7).');
  });
});
