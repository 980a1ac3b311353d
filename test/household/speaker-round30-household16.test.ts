/**
 * Round 30 (household16): a household told in one sentence by a resident who names their relatives, then says what they do
 * themself ("…, tui đi làm thuê kiếm dc 3 triệu"): the speaker is one of the household unless they say they live apart. Was
 * left out (3 of 4), so the income per person was overstated (1.000.000 instead of 750.000 đồng). And "ngoài phố" (Northern
 * for the town the household lives in) names the urban area.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';
import { conversationsAt } from '../chat/harness.ts';

const { read, classOf } = readerOn('2026-12-05');
const { first } = conversationsAt(new Date('2026-12-05T02:00:00Z'), 'household16');
const told = (text: string) => read(text).understood;

describe('the speaker saying what they do is one of the household', () => {
  it('“2 ông bà già bệnh, 1 đứa con khuyết tật, tui đi làm thuê kiếm dc 3 triệu 1 tháng” is 4 people, 750.000 each (was 3, 1.000.000)', async () => {
    const text = '2 ông bà già bệnh, 1 đứa con khuyết tật, tui đi làm thuê kiếm dc 3 triệu 1 tháng';
    expect(told(text)).toMatchObject({ members: 4, monthlyIncome: 3000000 });
    expect(classOf(`${text}, o que`)).toEqual({ classification: 'near_poor', incomePerPerson: 750000 });
    const answer = await first(text);
    expect(answer).toContain('÷ 4 người'); // the size in the class said first since round 43 resid46 (was "Số người: 4")
    expect(answer).toContain('3.000.000 đồng/tháng ÷ 4 người = 750.000 đồng/người/tháng');
  });
  it('“2 ong ba gia, tui lam ruong dc 3 trieu/thang, o que” is 3 (was 2)', () => {
    expect(told('2 ong ba gia, tui lam ruong dc 3 trieu/thang, o que')).toMatchObject({ members: 3, monthlyIncome: 3000000, area: 'rural' });
  });
  it('who says they live apart is still no member: “2 ong ba gia, tui o rieng, gui ve 2 trieu” stays 2', () => {
    expect(told('2 ong ba gia, tui o rieng, gui ve 2 trieu')).toMatchObject({ members: 2 });
  });
  it('a group the speaker is in is not counted twice: “2 vo chong voi 2 dua nho, tui lam ho 6 trieu” stays 4', () => {
    expect(told('2 vo chong voi 2 dua nho, tui lam ho 6 trieu')).toMatchObject({ members: 4 });
  });
});

describe('“ngoài phố” is the town', () => {
  it('“moi thang dc 3 trieu 1 nguoi, nha 4 nguoi ngoai pho” is urban, 3.000.000 each (was no area read)', () => {
    expect(told('moi thang dc 3 trieu 1 nguoi, nha 4 nguoi ngoai pho')).toMatchObject({ members: 4, monthlyIncomePerPerson: 3000000, area: 'urban' });
  });
});
