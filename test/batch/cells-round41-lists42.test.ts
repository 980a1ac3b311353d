/**
 * Round 41 (commune cadres' lists, helper lists42): cells Excel and cadres write for a whole number or for "nothing".
 * - A size "4.0", "4,00" (an Excel number exported with its decimals): 4 people, said (was: “4.0” phải là số nguyên).
 * - An income "-" (Excel's accounting format for 0), "không có", "ko có", "0": 0 đồng, a household with no income, said
 *   (was: “Mình chưa hiểu số tiền “-””). "Không rõ", "chưa có", "x" (not yet known) are refused saying so, never 0.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): 0 đồng is at or under the rural line
 * 1.500.000 đ, so the lacks decide: 3 or more → hộ nghèo, fewer → hộ cận nghèo.
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files.ts';

const { check } = listFiles('cells-round41-lists42');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('so nguoi "4.0" xuat tu Excel', () => {
  it('"4.0" and "4,00" are 4 people, the row classified (was refused: phải là số nguyên); "4.5" still refused', async () => {
    const { rows } = await check(
      'ds-so-nguoi.csv',
      csv(['Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Tổng thu nhập,Thiếu hụt', 'N1,Lò Văn Páo,nt,4.0,4.800.000,bhyt', 'N2,Vì Thị Hoa,nt,"4,00",4.800.000,', 'N3,Hà Văn Tư,nt,4.5,4.800.000,']),
    );
    expect(rows.map((row) => [row.ma_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['N1', '1200000', 'near_poor'],
      ['N2', '1200000', 'near_poor'],
      ['N3', '', 'error'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô số người ghi “4.0” (số Excel xuất ra kèm phần thập phân 0): đọc là 4 người.');
    expect(rows[2]!.ly_do).toContain('số người “4.5” phải là số nguyên');
  });
});

describe('thu nhap "-", "khong co", "ko co", "0": ho khong co thu nhap', () => {
  it('are 0 đồng, the lacks decide (3 → poor, 1 → near-poor); "không rõ", "chưa có", "x" are asked, not 0', async () => {
    const { rows } = await check(
      'ds-khong-thu-nhap.csv',
      csv([
        'Mã hộ,Chủ hộ,Khu vực,Số nhân khẩu,Thu nhập BQ,Thiếu hụt',
        'Z1,Lò Văn A,nt,3,-,bhyt nuoc nhatieu',
        'Z2,Lò Văn B,nt,3," -   ₫ ",bhyt',
        'Z3,Lò Văn C,nt,3,không có,bhyt',
        'Z4,Lò Văn D,nt,3,ko co,',
        'Z5,Lò Văn E,nt,3,0,bhyt nuoc nhatieu',
        'Z6,Lò Văn G,nt,3,không rõ,bhyt',
        'Z7,Lò Văn H,nt,3,chua co,bhyt',
        'Z8,Lò Văn I,nt,3,x,bhyt',
        'Z9,Lò Văn K,nt,3,chua hoi,bhyt',
      ]),
    );
    expect(rows.map((row) => [row.ma_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['Z1', '0', 'poor'],
      ['Z2', '0', 'near_poor'],
      ['Z3', '0', 'near_poor'],
      ['Z4', '0', 'near_poor'],
      ['Z5', '0', 'poor'],
      ['Z6', '', 'error'],
      ['Z7', '', 'error'],
      ['Z8', '', 'error'],
      ['Z9', '', 'error'],
    ]);
    expect(rows[0]!.ly_do).toContain('Ô thu nhập ghi “-” (cách Excel hiện số 0): đọc là 0 đồng, hộ không có thu nhập; nếu ô chưa điền vì chưa có số liệu');
    expect(rows[2]!.ly_do).toContain('Ô thu nhập ghi “không có”: đọc là 0 đồng, hộ không có thu nhập');
    for (const row of rows.slice(5)) {
      expect(row.ly_do).toMatch(/thu nhập “(không rõ|chua co|x|chua hoi)” là chưa có số thu nhập, không đọc là 0 đồng: hãy hỏi hộ/);
      expect(row.ly_do).not.toContain('Mình chưa hiểu');
    }
  });
});
