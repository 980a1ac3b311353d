/**
 * Round 21 (commune cadres): /kiemtra as cadres type it. A date with a two-digit year ("15/11/26", "1/1/27") or the year
 * first ("2026/11/15", as a spreadsheet shows it) is the day checked, never money; "thu nhap" before a bound ("thu nhap
 * tren 2tr", "tn duoi 1.5tr") is read as the chat reads it. Classes by hand: 2026, NĐ 07/2021/NĐ-CP Điều 3 (kept by
 * NĐ 351/2025/NĐ-CP): nông thôn poor line 1.500.000, middle up to 2.250.000 đ/người/tháng; 2027–2030 (NĐ 351/2025/NĐ-CP):
 * nông thôn poor line 2.200.000; at or under the line, 3 deprivations or more = poor, else near-poor.
 */
import { describe, expect, it } from 'vitest';
import { parseQuickCheck } from '../../src/chat/quickcheck.ts';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-04';
const rules = loadRules();
const parse = (line: string) => parseQuickCheck(line, rules, TODAY);
const { first } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'cadres21');

describe('/kiemtra with a date as cadres type it in a sheet', () => {
  for (const [line, date, shown] of [
    ['nt 1.4tr bhyt 15/11/26', '2026-11-15', '15/11/2026'],
    ['nt 1.4tr bhyt 2026/11/15', '2026-11-15', '15/11/2026'],
    ['nt 1.4tr bhyt ngay 2026-11-15', '2026-11-15', '15/11/2026'],
    ['nt 4ng tong 8tr 1/1/27', '2027-01-01', '01/01/2027'],
  ] as const) {
    it(`“/kiemtra ${line}” is checked on ${shown} (was: “… là … nghìn đồng hay … triệu đồng?”)`, () => {
      const parsed = parse(line);
      expect(parsed.ok ? '' : parsed.message).toBe('');
      if (!parsed.ok) return;
      expect(parsed.profile.date).toBe(date);
      expect(parsed.summary).toContain(`theo chuẩn áp dụng ngày ${shown}`);
      expect(parsed.summary).not.toContain('chưa hiểu');
    });
  }

  it('the chat answers “1/1/27” under the 2027–2030 standard (8.000.000 ÷ 4 = 2.000.000 ≤ 2.200.000, no lack: near-poor)', async () => {
    const reply = await first('/kiemtra nt 4ng tong 8tr 1/1/27');
    expect(reply).toContain('theo chuẩn áp dụng ngày 01/01/2027');
    expect(reply).toContain('HỘ CẬN NGHÈO');
    expect(reply).not.toContain('nghìn đồng hay');
  });

  it('a two-digit year that is no real day is said so, not read as money (“31/2/27”)', () => {
    const parsed = parse('nt 1.4tr bhyt 31/2/27');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain('Ngày “31/2/27” không có thật');
  });
});

describe('/kiemtra with “thu nhap” and a bound', () => {
  it('“thu nhap tren 2tr” asks for a figure (2026 rural: middle up to 2.250.000, above is neither), was: “Mình không hiểu “thu””', () => {
    const parsed = parse('nt thu nhap tren 2tr bhyt');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain('Bạn ghi thu nhập hơn 2.000.000 đồng một tháng mỗi người');
    expect(parsed.message).toContain('/kiemtra nt thu nhap 2.5tr bhyt');
    expect(parsed.message).not.toContain('không hiểu');
  });

  for (const [line, members] of [['nt thu nhập dưới 1.5tr bhyt nuoc nhatieu', 1], ['nt tn chua toi 1.5tr 4ng bhyt nuoc nhatieu', 4]] as const) {
    it(`“/kiemtra ${line}”: under 1.500.000 with 3 lacks is poor either way, read (was: “Mình không hiểu “thu”” / “tn”)`, async () => {
      const parsed = parse(line);
      expect(parsed.ok ? '' : parsed.message).toBe('');
      if (!parsed.ok) return;
      expect(parsed.profile).toMatchObject({ area: 'rural', members, monthlyIncomePerPerson: 1_500_000 });
      expect(parsed.profile.deprivations).toEqual(expect.arrayContaining(['health_insurance', 'water_source', 'sanitation']));
      expect(parsed.summary).toContain('Thu nhập chưa tới 1.500.000 đồng');
      expect(await first(`/kiemtra ${line}`)).toContain('HỘ NGHÈO');
    });
  }

  it('“thu nhap 1.2tr” and “thu nhap tong 8tr 4ng” read the amount (was: “Mình không hiểu “thu””)', () => {
    const plain = parse('nt thu nhap 1.2tr bhyt');
    const total = parse('tt thu nhap tong 8tr 4ng');
    expect(plain.ok && plain.profile.monthlyIncomePerPerson).toBe(1_200_000);
    expect(total.ok && total.profile.monthlyIncome).toBe(8_000_000);
  });
});

describe('a sentence with “thu nhap” is still a sentence', () => {
  it('“/kiemtra 4 nguoi nong thon thu nhap 5 trieu …”: the members and an unmarked amount, read by the chat as the household’s (guard)', async () => {
    expect(parse('4 nguoi nong thon thu nhap 5 trieu thieu bhyt nha tieu').ok).toBe(false);
    expect(await first('/kiemtra 4 nguoi nong thon thu nhap 5 trieu thieu bhyt nha tieu')).toContain('5.000.000 đồng/tháng ÷ 4 người');
  });

  it('“/kiemtra nha o nong thon 4 nguoi thu nhap ca nha 6tr”: “nha o” is where they live, no housing lack (guard)', () => {
    const parsed = parse('nha o nong thon 4 nguoi thu nhap ca nha 6tr');
    expect(parsed.ok).toBe(false);
  });
});
