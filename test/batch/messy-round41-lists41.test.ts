/**
 * Round 41 (commune cadres' whole lists, helper lists41): messy lists as communes send them, each row read or refused with
 * its reason, none lost or misread.
 * - Incomes in Excel's Vietnamese currency format saved to CSV, "1.200.000 ₫" (";" separators, UTF-8 BOM): read as 1.200.000
 *   đồng by the one money reader, the chat alike (was: “Mình chưa hiểu số tiền “1.200.000 ₫””, every such row refused).
 * - Free text a cadre writes into a cell that is read (an income "1tr2 (con gửi về sđt 0987654321)", "1tr2 (chồng bị ung
 *   thư)", a size "4 (vợ bị ung thư)", a BHYT cell "không có - chồng bị ung thư", a date "gọi 0987654321") is quoted masked in
 *   ly_do and on stderr, as the “Ghi chú” column is never copied (was quoted whole: phone numbers and illnesses kept).
 * - A formula's error Excel saved into a CSV ("#VALUE!", "#N/A", "#REF!" under the income or the size): the row says it is
 *   Excel's formula error and to fix the formula in the workbook (was: “Mình chưa hiểu số tiền “#VALUE!””, as if typed).
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural line 1.500.000 đ per person per month;
 * at or under it with fewer than 3 lacks: near-poor; above it up to 2.250.000: mức sống trung bình.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/rules/index.ts';
import { findAmounts } from '../../src/rules/money.ts';
import { listFiles } from './list-files.ts';

const { check } = listFiles('messy-round41-lists41');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('thu nhap ghi "1.200.000 ₫" (dinh dang tien te cua Excel, luu CSV dau ;)', () => {
  it('is read as đồng, every row classified (was: “Mình chưa hiểu số tiền “1.200.000 ₫””, each row refused)', async () => {
    const { rows } = await check(
      'ds-dau-cham-phay.csv',
      csv([
        'STT;Mã hộ;Chủ hộ;Khu vực;Nhân khẩu;Thu nhập BQ;Thiếu hụt',
        '1;S1;Hoàng Văn Ích;nông thôn;4;1.200.000 ₫;bhyt',
        '2;S2;Mai Thị Kim;nông thôn;2;1.800.000 ₫;',
        '3;S3;Đinh Văn Lâm;nông thôn;3;1.500.000₫;',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['S1', '1200000', 'near_poor'],
      ['S2', '1800000', 'middle'],
      ['S3', '1500000', 'near_poor'],
    ]);
  });

  it('as the chat reads it in a sentence ("ca nha 4.800.000 ₫ 1 thang", unchanged), parseMoney now reads the cell alone', () => {
    const [found] = findAmounts('thu nhap ca nha 4.800.000 ₫ 1 thang');
    expect(found?.parse).toMatchObject({ ok: true, amount: { value: 4_800_000, period: 'month' } });
    for (const text of ['1.200.000 ₫', '1.200.000₫', '1200000 ₫/tháng']) expect(parseMoney(text), text).toEqual({ ok: true, value: 1_200_000 });
  });
});

describe('ghi chu viet vao o so lieu (sdt, benh): che truoc khi giu trong ly_do va stderr', () => {
  it('phone numbers and illnesses in read cells are masked in every reason (was quoted whole, “sđt 0987654321”, “bị ung thư”)', async () => {
    const { rows } = await check(
      'ds-ghi-chu-trong-o.csv',
      csv([
        'Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập bình quân,BHYT,Ngày rà soát,Ghi chú',
        'G1,Lê Thị Oanh,nông thôn,3,1tr2 (con gửi về sđt 0987654321),,,',
        'G2,Trần Văn Phúc,nông thôn,3,1tr2 (chồng bị ung thư),,,',
        'G3,Phạm Thị Quế,nông thôn,4 (vợ bị ung thư),1.200.000,,,',
        'G4,Đỗ Văn Rạng,nông thôn,3,1.200.000,không có - chồng bị ung thư,,',
        'G5,Vũ Thị Sen,nông thôn,3,1.200.000,,gọi 0987654321,',
        'G6,Hồ Văn Tài,nông thôn,3,1.200.000,,,"con Hồ Văn Út đi làm xa, sđt 0912345678"',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['G1', 'error'],
      ['G2', 'near_poor'],
      ['G3', 'error'],
      ['G4', 'error'],
      ['G5', 'error'],
      ['G6', 'near_poor'],
    ]);
    const reasons = rows.map((row) => row.ly_do).join('\n');
    expect(reasons).not.toMatch(/0987654321|0912345678|ung thư|Hồ Văn Út/);
    expect(rows[0]!.ly_do).toContain('“1tr2 (con gửi về sđt [số điện thoại])” có ghi chú trong ngoặc “con gửi về sđt [số điện thoại]”');
    expect(rows[1]!.ly_do).toContain('Ô “1tr2 (chồng bị [sức khỏe])” có ghi chú trong ngoặc “chồng bị [sức khỏe]” (ghi chú không dùng để xét): đọc số tiền “1tr2”');
    expect(rows[2]!.ly_do).toContain('số người “4 (vợ bị [sức khỏe])” phải là số nguyên lớn hơn 0');
    expect(rows[3]!.ly_do).toContain('“không có - chồng bị [sức khỏe]” không rõ là có thiếu hụt hay không');
    expect(rows[4]!.ly_do).toContain('ngày “gọi [số điện thoại]” không có thật hoặc sai dạng');
  });
});

describe('o loi cong thuc cua Excel luu ra CSV (#VALUE!, #N/A, #REF!)', () => {
  it('is said as a formula error to fix in Excel, the other rows read (was: “Mình chưa hiểu số tiền “#VALUE!””)', async () => {
    const { rows } = await check(
      'ds-loi-cong-thuc.csv',
      csv([
        'STT,Mã hộ,Chủ hộ,Khu vực,Số khẩu,TNBQ',
        '1,E1,Nguyễn Văn Cường,nt,4,#VALUE!',
        '2,E2,Nguyễn Thị Dịu,nt,#REF!,1.200.000',
        '3,E3,Nguyễn Văn Đạt,nt,3,#N/A',
        '4,E4,Nguyễn Văn Em,nt,3,1.300.000',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.ma_phan_loai])).toEqual([
      ['E1', 'error'],
      ['E2', 'error'],
      ['E3', 'error'],
      ['E4', 'near_poor'],
    ]);
    expect(rows[0]!.ly_do).toBe(
      'Cột TNBQ (thu_nhap_binh_quan): ô ghi “#VALUE!”: đó là lỗi công thức của Excel (công thức tính ô này bị lỗi khi tệp được lưu), không có số liệu để xét; hãy mở tệp gốc trong Excel, sửa công thức hoặc ghi số, lưu lại rồi kiểm tra lại',
    );
    expect(rows[1]!.ly_do).toContain('Cột Số khẩu (so_nguoi): ô ghi “#REF!”: đó là lỗi công thức của Excel');
    expect(rows[2]!.ly_do).toContain('ô ghi “#N/A”: đó là lỗi công thức của Excel');
  });
});
