/**
 * Round 29 (helper mend29a): `POST /api/ask` `sources` lists every standard the answer cites when a household tells the count of its
 * deprivations ("thieu 2 chi so"): the answer says the class today and from 01/01/2027 (NĐ 351/2025, reported); was today's only.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { loadRules } from '../../src/rules/index.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { askAnswers } from '../../src/server/ask.ts';

const ask = askAnswers(createSearchEngine(loadCorpus()), loadRules());
const body = (question: string): { answer: string; sources: { ref: string; status: string | null }[] } => {
  const bytes = ask(question, 3, '2026-12-05').json.bytes;
  return JSON.parse((Buffer.isBuffer(bytes) ? bytes : Buffer.concat(bytes)).toString('utf8'));
};

describe('/api/ask: a household with a count of deprivations names both standards', () => {
  it.each(['nha tui 4 nguoi o que, thu nhap 1tr4 1 nguoi, thieu 2 chi so thi la ho gi', 'nha 5 nguoi thu nhap 6 trieu, thieu 2 chi so la ho gi'])('"%s"', (question) => {
    const { answer, sources } = body(question);
    expect(answer).toContain('từ 01/01/2027');
    expect(sources).toEqual([
      { ref: 'Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)', status: 'reported' },
      { ref: 'Nghị định 351/2025/NĐ-CP', status: 'reported' },
    ]);
  });
});
