/**
 * findings17 (outside resident test, 02/12/2026): households told in one sentence as residents type them on Zalo. The
 * tester's sentences as typed, and variants written the same way. Classes by hand: 2026 = NĐ 07/2021 Điều 3 kept by NĐ
 * 351/2025 (nông thôn ≤ 1.500.000 đ: nghèo with ≥ 3 chỉ số thiếu hụt, else cận nghèo; ≤ 2.250.000 đ trung bình; thành thị
 * 2.000.000 / 3.000.000 đ).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { findAmounts } from '../../src/rules/money.ts';

const DATE = '2026-12-02';
const { read, classOf } = readerOn(DATE);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', ...args], { cwd: root, encoding: 'utf8' });

describe('"nhà cấp 4 (cũ)" is a house, never "4 củ" = 4.000.000 đồng (findings17 H5, H5d, C2, C4)', () => {
  it('H5: an old couple living on 1tr5 from their children is cận nghèo, not "không thuộc diện" (was 5.500.000)', () => {
    const text = 'nha tui 2 vo chong gia o que, ko co luong huu, con cai di xa het, moi thang con gui 1tr5, nha cap 4 cu, co bhyt';
    expect(read(text).understood).toMatchObject({ area: 'rural', members: 2, monthlyIncome: 1_500_000 });
    // 1.500.000 ÷ 2 = 750.000 ≤ 1.500.000 (nông thôn).
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 750_000 });
    // Through the CLI the tester used.
    const run = cli(['--json', '--date', DATE, '--text', text]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ understood: { monthlyIncome: 1_500_000 }, classification: 'near_poor' });
  });

  it('C4: "chồng làm 3tr, vợ bán vé số 1tr, nhà cấp 4 cũ kỹ" is 4.000.000, cận nghèo (was 8.000.000, không thuộc diện)', () => {
    const text = 'nha 3 nguoi o que, chong lam 3tr, vo ban ve so 1tr, nha cap 4 cu ky';
    expect(read(text).understood.monthlyIncome).toBe(4_000_000);
    // 4.000.000 ÷ 3 = 1.333.333 ≤ 1.500.000.
    expect(classOf(text)?.classification).toBe('near_poor');
  });

  it('C2, H5d: one clear income is kept, no question about "4 cu" (was: "Mình thấy nhiều số tiền (…; 4 cu)")', () => {
    for (const [text, income] of [
      ['nha 4 nguoi o que thu nhap 5 trieu thang, o nha cap 4 cu', 5_000_000],
      ['2 vo chong gia o que, thu nhap 1tr5 thang, nha cap 4 cu, co bhyt', 1_500_000],
      ['Hai vợ chồng già ở quê, con gửi về mỗi tháng 1 triệu rưỡi, nhà cấp bốn cũ, có bảo hiểm y tế', 1_500_000],
      ['nha tui cap 4 cu lam roi, o que 4 nguoi, thu nhap 6 trieu', 6_000_000],
    ] as const) {
      const understanding = read(text);
      expect(understanding.questions, text).toEqual([]);
      expect(understanding.understood.monthlyIncome, text).toBe(income);
    }
  });

  it('"cấp" that gives money keeps its amount: "nhà nước cấp 4 triệu", "được cấp 2 triệu", "trợ cấp 1 triệu"', () => {
    const said = (text: string) => findAmounts(text).map((amount) => amount.said);
    expect(said('nhà cấp 4 cũ, nhà cấp bốn cũ nát, con học cấp 2')).toEqual([]);
    expect(said('nghe noi nha nuoc cap 4 trieu sua nha')).toEqual(['4 trieu']);
    expect(said('duoc cap 2 trieu')).toEqual(['2 trieu']);
    // The allowance is still read as one, and is no income (0 đồng, with the note).
    const allowance = read('nha 3 nguoi o que, song nho tro cap 1 trieu, nha cap 4');
    expect(allowance.understood.monthlyIncome).toBe(0);
    expect(allowance.notes.join(' ')).toContain('trợ cấp của Nhà nước không tính vào thu nhập');
  });
});

describe('a total said outright is the income; a day\'s pay inside it is not asked (findings17 N3)', () => {
  it('N3: "…mỗi ngày được 100 tới 150 ngàn, vợ bán hàng rong, tổng cộng chắc được 5 triệu" is 5.000.000 (was: the day\'s pay asked)', () => {
    const text = 'nha 4 nguoi o que, tui chay xe om moi ngay dc 100 toi 150 ngan, vo ban hang rong, tong cong chac dc 5 trieu';
    const understanding = read(text);
    expect(understanding.questions).toEqual([]);
    expect(understanding.understood.monthlyIncome).toBe(5_000_000);
    expect(understanding.notes.join(' ')).toContain('là một phần trong đó, không tính thêm');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000.
    expect(classOf(text)).toEqual({ classification: 'near_poor', incomePerPerson: 1_250_000 });
    expect(read('ca nha 5 nguoi o xa, chong lam ho 250k 1 ngay, vo lam muon, tong cong 1 thang dc chung 6 trieu').understood.monthlyIncome).toBe(6_000_000);
    expect(read('Cả nhà kiếm được 5 triệu, chồng làm hồ 200 nghìn một ngày, ở quê 4 người').understood.monthlyIncome).toBe(5_000_000);
  });

  it('a day\'s pay said as added ("thêm") or with no total is still asked for its days', () => {
    for (const text of ['thu nhap 2 trieu, them chong lam ho 200k 1 ngay, o que 4 nguoi', 'nha 4 nguoi o que, chong lam ho 200k 1 ngay']) {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome, text).toBeNull();
      expect(understanding.questions[0], text).toContain('là tiền một ngày');
    }
  });
});
