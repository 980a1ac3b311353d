import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { routedTopic } from '../../src/chat/documents.ts';

// /api/ask (documents.ts routedTopic): a household's size told no longer sends every question to the standard's card
// (broken by d2c8d04b/a1483982, household22): a topic asked of the household keeps its card.
describe('a topic asked with the household told keeps its card (round 34 mend34c)', () => {
  const rules = loadRules();
  const topic = (text: string) => routedTopic(text, rules, [], '2026-12-06');

  it('"nha tui 6 nguoi, ba tui 80 tuoi, co dc tro cap ko" is no standard card', () => {
    expect(topic('nha tui 6 nguoi, ba tui 80 tuoi, co dc tro cap ko')?.kind).not.toBe('standard');
  });

  it('"nha tui 4 nguoi, muon xin giay chung nhan ho can ngheo lam o dau" gets the procedure', () => {
    expect(topic('nha tui 4 nguoi, muon xin giay chung nhan ho can ngheo lam o dau')?.kind).toBe('procedure');
  });

  it('"nha tui 5 nguoi thu nhap 6 trieu, thu tuc xin ho can ngheo the nao" gets the procedure', () => {
    expect(topic('nha tui 5 nguoi thu nhap 6 trieu, thu tuc xin ho can ngheo the nao')?.kind).toBe('procedure');
  });

  it('guards (household22): a household told, its class asked or a lack told, is checked by the standard', () => {
    for (const text of ['nha tui 5 nguoi, chong chay xe om, thu nhap tam 4tr thang, nha thue, ko co bhyt', 'nha tui 5 nguoi o que thu nhap 6 trieu co phai ho ngheo ko']) {
      expect(topic(text)?.kind).toBe('standard');
    }
  });
});
