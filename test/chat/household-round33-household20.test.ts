/**
 * Round 33 (household20, 06/12/2026): a household told in one sentence is read right, said back, and nothing told is dropped
 * without a word.
 * - "nha tui 4 dua": the speaker and 4 children, 5 people (round 32), now said so with how to tell the size otherwise; was
 *   "Số người: 5" with no word on who was counted.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from './harness.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);

// 06/12/2026 10:00 and 10/03/2027 10:00 in Vietnam: the 2026 standard (NĐ 07/2021 kept by NĐ 351/2025) and the 2027–2030 one.
const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-household20-2026');
const in2027 = conversationsAt(new Date('2027-03-10T03:00:00Z'), 'round33-household20-2027');

describe('"nhà 4 đứa" said by the speaker: who was counted is said', () => {
  it.each([
    ['nha tui 4 dua, o que, thang 4 trieu', 5, 4],
    ['tui lam cong nhat ngay 180 ngan, lam 25 ngay, nha 4 dua', 5, 4],
    ['tui chay xe om thang 4 trieu, o que, nha 3 dua', 4, 3],
  ])('"%s": %i people, "bạn và %i người con"', (text, members, children) => {
    const understanding = read(text);
    expect(understanding.understood.members).toBe(members);
    expect(understanding.notes.join(' ')).toContain(`mình tính hộ có ${members} người: bạn và ${children} người con`);
  });

  it('"nha 4 nguoi o que, thang 4 trieu": a count of people needs no such word', () => {
    expect(read('nha 4 nguoi o que, thang 4 trieu').notes.join(' ')).not.toContain('người con');
  });

  it.each([
    ['2026', in2026],
    ['2027', in2027],
  ])('in %s the chat says it, and "4 nguoi" typed after makes it 4 people', async (_year, at) => {
    const [told, , corrected] = await at.ask('nha tui 4 dua, o que, thang 4 trieu', '2', '4 nguoi');
    // 4.000.000 đồng ÷ 5 = 800.000 đồng; ÷ 4 = 1.000.000 đồng a person a month.
    expect(told).toContain('Số người: 5');
    expect(told).toContain('800.000 đồng/người/tháng');
    expect(told).toContain('mình tính hộ có 5 người: bạn và 4 người con');
    expect(told).toContain('“4 người” nếu đã tính cả bạn');
    expect(corrected).toContain('Số người: 4');
    expect(corrected).toContain('1.000.000 đồng/người/tháng');
  });

  it('"nha tui 4 dua o que thang 2 trieu, la ho gi" (2026): the class of 5 people, said with who they are', async () => {
    // 2.000.000 đồng ÷ 5 = 400.000 đồng, under the rural poverty line of 1.500.000 đồng (NĐ 07/2021, kept for 2026).
    const text = await in2026.first('nha tui 4 dua o que thang 2 trieu, la ho gi');
    expect(text).toContain('400.000 đồng/người/tháng');
    expect(text).toContain('bạn và 4 người con');
  });
});
