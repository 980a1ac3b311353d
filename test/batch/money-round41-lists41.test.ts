/**
 * Round 41 (commune cadres' whole lists, helper lists41): an income cell typed as cadres type it is read by the one money
 * reader the chat uses (parseMoney, src/rules/money.ts), never asked back when only one reading is an amount.
 * - "1.200k", "1,200k", "1.200 k", "1.500 nghìn": read as 1,2 nghìn the figure would be 1.200 đồng, which nobody earns; the
 *   digits are grouped, 1.200 nghìn = 1.200.000 đồng (was: “1.200k” là 1,2 nghìn hay 1.200 nghìn?, the row refused; the chat
 *   asked the same). "1.200 triệu" (1,2 triệu or 1,2 tỷ) is still asked.
 * Classes by hand, 2026 (NĐ 07/2021/NĐ-CP Điều 3, kept by NĐ 351/2025/NĐ-CP): rural line 1.500.000 đ per person per month;
 * at or under it with fewer than 3 lacks: near-poor; above it up to 2.250.000: mức sống trung bình.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/rules/index.ts';
import { conversationsAt } from '../chat/harness.ts';
import { listFiles } from './list-files.ts';

const { check } = listFiles('money-round41-lists41');
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);

describe('o thu nhap "1.200k" va cach ghi cua can bo xa: doc nhu tro chuyen, khong hoi lai', () => {
  it('every way a cadre types 1.200.000 đồng is read as it, the row classified (was: “1.200k” … the row refused)', async () => {
    const cells = ['1.200k', '1tr2', '"1,2tr"', '1.2 triệu', '1 triệu 2', '1200000đ', '1.200.000 đ/tháng', '"1,200k"', '1.200 k', '1.200 nghìn đồng'];
    const { rows } = await check(
      'ds-thu-nhap.csv',
      csv(['STT,Họ và tên chủ hộ,Khu vực,Số nhân khẩu,TNBQ (đồng/người/tháng),Thiếu hụt', ...cells.map((cell, at) => `${at + 1},Hộ ${at + 1},nt,4,${cell},bhyt`)]),
    );
    expect(rows.map((row) => [row.dong, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual(cells.map((_, at) => [String(at + 2), '1200000', 'near_poor']));
    expect(rows[0]!.ly_do).toContain('Ô “1.200k” ghi tắt: đọc là 1.200.000 đồng (“k” là nghìn)');
  });

  it('"1.500k" a person in a rural household is at the line, "1.800 ngàn" above it; "1.200 triệu" is still asked', async () => {
    const { rows } = await check(
      'ds-nghin.csv',
      csv(['Mã hộ,Chủ hộ,KV,Nhân khẩu,TNBQ', 'A1,Lò Văn Páo,nông thôn,5,1.500k', 'A2,Vì Thị Hoa,nông thôn,2,1.800 ngàn', 'A3,Hà Văn Tư,nông thôn,3,1.200 triệu']),
    );
    expect(rows.map((row) => [row.ma_ho, row.thu_nhap_binh_quan, row.ma_phan_loai])).toEqual([
      ['A1', '1500000', 'near_poor'],
      ['A2', '1800000', 'middle'],
      ['A3', '', 'error'],
    ]);
    expect(rows[2]!.ly_do).toContain('“1.200 triệu” là 1,2 triệu hay 1.200 triệu?');
  });

  it('parseMoney, the one reader of both: "1.200k" and "1,200k" are 1.200.000, "1.5k" stays 1.500 đồng', () => {
    for (const text of ['1.200k', '1,200k', '1.200 K', '1.200 nghin', '1.200 ngàn đồng']) expect(parseMoney(text), text).toEqual({ ok: true, value: 1_200_000 });
    expect(parseMoney('1.5k')).toEqual({ ok: true, value: 1_500 });
  });
});

describe('tro chuyen: "thu nhap 1.200k/nguoi/thang" duoc doc, khong hoi lai', () => {
  const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'lists41');
  it('a resident’s "nha tui o que 4 nguoi thu nhap 1.200k/nguoi/thang" is 1.200.000 đồng a person (was: “1.200 k” là 1,2 nghìn hay 1.200 nghìn?)', async () => {
    const reply = await first('nha tui o que 4 nguoi thu nhap 1.200k/nguoi/thang');
    expect(reply).toContain('Thu nhập bình quân: 1.200.000 đồng/người/tháng');
    expect(reply).not.toContain('nghìn hay');
  });
});
