/**
 * Round 21 (households): a household told by a resident in one Zalo line, read as the resident means it. Classes and
 * figures by hand from NĐ 07/2021/NĐ-CP Điều 3 (kept for 2026 by NĐ 351/2025/NĐ-CP): nông thôn ≤ 1.500.000 đ/người/tháng.
 */
import { describe, expect, it } from 'vitest';
import { parseQuickCheck } from '../../src/chat/quickcheck.ts';
import { findAmounts } from '../../src/rules/money.ts';
import { readerOn } from './reader.ts';
import { conversationsAt } from '../chat/harness.ts';

const TODAY = '2026-12-04';
const { rules, read } = readerOn(TODAY);
const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'households21');

describe('a date after an amount is no part of it', () => {
  it('"luong 8tr 01/01/2027" is 8.000.000 đồng read for 01/01/2027 (was 8.010.000: the day "01" added to the amount)', () => {
    const understanding = read('nha tui 3 nguoi o xa, chong luong 8tr 01/01/2027');
    expect(understanding.understood.monthlyIncome).toBe(8_000_000);
    expect(understanding.asOf).toBe('2027-01-01');
    const [amount] = findAmounts('8tr 01/01/2027');
    expect(amount?.parse).toMatchObject({ ok: true, amount: { value: 8_000_000 } });
  });

  it('"8tr 1/1" is 8.000.000 too, while "8tr 500" stays 8.500.000', () => {
    expect(read('nha 3 nguoi o xa, thu nhap 8tr 1/1').understood.monthlyIncome).toBe(8_000_000);
    expect(read('nha 3 nguoi o xa, thu nhap 8tr 500').understood.monthlyIncome).toBe(8_500_000);
  });
});

describe('/kiemtra reads a period typed apart from its slash', () => {
  for (const line of ['nt 4 nguoi 1.2 tr/ thang', 'nt 4 nguoi 1.2tr /thang', 'nt 4 nguoi 1.2 tr / thang']) {
    it(`“/kiemtra ${line}” is 1.200.000 đồng/người/tháng with nothing left unread (was: “Mình chưa hiểu: thang”)`, () => {
      const parsed = parseQuickCheck(line, rules, TODAY);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.summary).toContain('1.200.000 đồng/người/tháng');
      expect(parsed.summary).not.toContain('chưa hiểu');
    });
  }
});

describe('"mẹ con" said by a child is the mother, not the pair', () => {
  it('"me con 45 tuoi" is one person aged 45: the size is asked, not 2 (was 2 people, both 45)', () => {
    const understanding = read('me con 45 tuoi lam thue thang dc 3 trieu, o xa');
    expect(understanding.understood.members).toBeNull();
    expect(understanding.missing).toContain('members');
    expect(understanding.understood.memberDetails).toEqual([{ age: 45 }]);
  });

  it('"nha con o xa, bo con mat roi, me con 45 tuoi …, con 14 tuoi voi 2 em": not the pair "bố con" (was 2)', () => {
    const understanding = read('nha con o xa, bo con mat roi, me con 45 tuoi lam thue cho nguoi ta thang dc 3 trieu, con 14 tuoi voi 2 em 10 tuoi va 6 tuoi, ko ai co bhyt');
    expect(understanding.understood.members).not.toBe(2);
    expect(understanding.understood.memberDetails?.filter((member) => member.age === 45)).toHaveLength(1);
  });

  it('with a count or the speaker\'s "tui", "mẹ con" stays the pair (guard)', () => {
    expect(read('2 me con tui o xa, thang dc 3 trieu').understood.members).toBe(2);
    expect(read('me con tui o xa, thang dc 3 trieu').understood.members).toBe(2);
  });
});

describe('children counted before the couple are members too', () => {
  it('"tui nho 3 dua, vo chong tui o que" is 5 (was 2: the children said before "vợ chồng" left out)', () => {
    expect(read('tui nho 3 dua, vo chong tui o que, thang dc 6 trieu').understood.members).toBe(5);
    expect(read('3 dua nho voi vo chong tui o que, thang dc 6 trieu').understood.members).toBe(5);
  });

  it('"vo chong tui voi tui nho o que" (no count for the children) asks the size, never 2 (guard)', () => {
    const understanding = read('vo chong tui voi tui nho o que');
    expect(understanding.understood.members).toBeNull();
    expect(understanding.questions.join(' ')).toContain('bao nhiêu người');
  });
});

describe('"chai", "lít": a worth no text of the data gives is asked back in đồng', () => {
  for (const [text, said] of [
    ['nha tui 4 nguoi o xa, chong gui ve 2 chai 1 thang', '2 chai'],
    ['2 vo chong gia o que, con gui ve thang 15 lit', '15 lit'],
  ] as const) {
    it(`“${text}” asks what “${said}” is in đồng (was ${said === '2 chai' ? '2.000.000' : '1.500.000'} guessed)`, () => {
      const understanding = read(text);
      expect(understanding.understood.monthlyIncome).toBeNull();
      expect(understanding.questions.join(' ')).toContain(`“${said}” là bao nhiêu đồng?`);
    });
  }
});

describe('at the income question (guards: right on the old code too)', () => {
  it('"thang dc 2 trieu ruoi, ko co bhyt" keeps both the income and the BHYT lack', async () => {
    const replies = await ask('kiem tra ho ngheo', '2', 'o xa', '4 nguoi', 'thang dc 2 trieu ruoi, ko co bhyt');
    const last = replies.at(-1)!;
    expect(last).toContain('2.500.000 đồng/tháng ÷ 4 người = 625.000 đồng/người/tháng');
    expect(last).toContain('Bảo hiểm y tế: thiếu hụt');
  });

  it('"nam ngoai ban heo voi lua dc 90tr" is a year\'s income, not asked month or year', async () => {
    const replies = await ask('kiem tra ho ngheo', '2', 'o xa', '4 nguoi', 'nam ngoai ban heo voi lua dc 90tr');
    const last = replies.at(-1)!;
    expect(last).toContain('90.000.000 đồng một năm ÷ 12 = 7.500.000 đồng một tháng');
    expect(last).not.toContain('là một tháng hay cả năm');
  });
});
