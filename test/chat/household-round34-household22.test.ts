/**
 * Round 34 (household22, 06/12/2026): a household told in one sentence, read by the law's own words.
 * - "2 dua nho chua co bhyt": the BHYT indicator counts members from 6 years old only (rules/indicators.yaml health_insurance,
 *   rules/parameters.yaml health_insurance_min_age; NĐ 07/2021 Phụ lục, kept for 2026 by NĐ 351/2025); children under 6 are
 *   insured by the state budget (rules/reference.yaml young_children). Small children with ages told under 6 are no lack, said
 *   so; with no age told, not counted but asked; was the lack whatever their age. With someone else, or an age from 6, still the lack.
 * - A household told in one sentence is routed (/api/ask, the routing eval: documents.ts routedTopic) to the standard the chat
 *   checks it by, as the chat does; was a lack's support or indicator card ("ko co bhyt", "nha vach van"), or search.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { routedTopic } from '../../src/chat/documents.ts';
import { conversationsAt } from './harness.ts';

const rules = loadRules();
const read = (text: string, day = '2026-12-06') => understandHousehold(text, rules, day);
const in2026 = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round34-household22');

describe('BHYT lacked by small children: the indicator counts members from 6 years old', () => {
  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, 2 dua nho 2 tuoi voi 4 tuoi chua co bhyt',
    'nha 3 nguoi o que thang 4tr, be 2 tuoi chua co the bhyt',
    'nha tui 5 nguoi o que, chong lam ho 6 trieu, 2 dua nho 3 tuoi va 5 tuoi hong co bhyt',
  ])('"%s": no lack, said why', (text) => {
    const understanding = read(text);
    expect(understanding.understood.deprivations).not.toContain('health_insurance');
    expect(understanding.understood.unsure).not.toContain('health_insurance');
    expect(understanding.notes.join(' ')).toContain('dưới 6 tuổi chưa có thẻ bảo hiểm y tế không được tính là thiếu hụt: chỉ số bảo hiểm y tế chỉ tính thành viên từ 6 tuổi trở lên (tham khảo)');
  });

  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, 2 dua nho chua co bhyt',
    'nha tui 5 nguoi o que, ong xa chay xe om kiem 4tr/thang, con nho chua co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, vo chong tui co roi, 2 dua nho ko co the bhyt',
  ])('"%s": ages not told, not counted but asked', (text) => {
    const understanding = read(text);
    expect(understanding.understood.deprivations).not.toContain('health_insurance');
    expect(understanding.maybe).toContain('health_insurance');
    expect(understanding.notes.join(' ')).toContain('chỉ số bảo hiểm y tế chỉ tính thành viên từ 6 tuổi trở lên (tham khảo), nên mình chưa tính là thiếu hụt mà sẽ hỏi lại');
  });

  it.each([
    'nha tui 4 nguoi o que thu nhap 5 trieu, tui voi 2 dua nho chua co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, 2 dua nho 3 tuoi voi 8 tuoi chua co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, ko co bhyt',
    'nha tui 4 nguoi o que thu nhap 5 trieu, 2 dua nho voi ba tui chua co bhyt',
  ])('"%s": still the lack', (text) => {
    expect(read(text).understood.deprivations).toContain('health_insurance');
  });

  it('the first answer says the children under 6 are not counted, and the interview asks the BHYT question', async () => {
    const [first, started] = await in2026.ask('nha tui 4 nguoi o que thu nhap 5 trieu, 2 dua nho 2 tuoi voi 4 tuoi chua co bhyt', 'khong luu');
    expect(first).not.toContain('Bảo hiểm y tế: thiếu hụt');
    expect(first).toContain('2 trẻ dưới 6 tuổi chưa có thẻ bảo hiểm y tế không được tính là thiếu hụt');
    expect(started).not.toContain('Bảo hiểm y tế: thiếu hụt');
  });
});

describe('a household told in one sentence is routed to the standard, as the chat checks it', () => {
  const topic = (text: string) => routedTopic(text, rules, [], '2026-12-01');
  it.each([
    'nha tui 5 nguoi, chong chay xe om, thu nhap tam 4tr thang, nha thue, ko co bhyt',
    'me con tui 3 nguoi, tui lam thue 150 ngan 1 ngay, nha thue 12 met vuong',
    'nha tui o bển, 5 nguoi, lam ruong 1 nam dc 40 trieu, nha vach van',
    'chong mat roi, tui nuoi 3 dua con, lam may kiem tam 3 trieu ruoi',
  ])('"%s": the standard in force', (text) => {
    expect(topic(text)).toEqual({ kind: 'standard' });
  });

  it('guards: a support asked with no household told keeps its card; a later year told is that year\'s standard', () => {
    expect(topic('ho can ngheo co dc ho tro bhyt ko')?.kind).toBe('support');
    expect(topic('nha tui 5 nguoi o que, thu nhap 8 trieu, qua nam 2027 con can ngheo ko')).toMatchObject({ kind: 'standard', year: 2027 });
  });
});
