/**
 * Round 41 (commune cadres' whole lists, helper lists41): messy lists as communes send them, each row read or refused with
 * its reason, none lost or misread.
 * - Incomes in Excel's Vietnamese currency format saved to CSV, "1.200.000 ₫" (";" separators, UTF-8 BOM): read as 1.200.000
 *   đồng by the one money reader, the chat alike (was: “Mình chưa hiểu số tiền “1.200.000 ₫””, every such row refused).
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
