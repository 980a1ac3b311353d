/**
 * Round 23 (law3): the explainers never state the 30 kWh electricity support as today's rule. updates-2026.md: QĐ 14/2025/QĐ-TTg
 * (29/05/2025) replaced QĐ 28/2014/QĐ-TTg [M]; whether the poor-household support (30 kWh at the tier-1 price) was carried into
 * it is [?]. Was "Theo Quyết định 28/2014/QĐ-TTg, hộ nghèo được hỗ trợ mỗi tháng số tiền bằng 30 kWh …": a sentence that, quoted
 * alone by a search answer, reads as the rule in force.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';

const passages = loadCorpus().passages;

describe('a sentence of the explainers naming 30 kWh says it was the rule before QĐ 14/2025', () => {
  it('every such sentence names the replacement', () => {
    const sentences = passages.filter((passage) => passage.id.startsWith('faq-')).flatMap((passage) => passage.text.split(/(?<=\.)\s+/u)).filter((sentence) => sentence.includes('30 kWh'));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence, sentence).toMatch(/^Trước khi Quyết định 14\/2025\/QĐ-TTg .* thay thế Quyết định 28\/2014\/QĐ-TTg/u);
  });

  it.each(['tien dien 30 kwh ho ngheo theo qd 28/2014', 'ho chinh sach xa hoi dung duoi 50 kwh dien'])('"%s": the passage found says the support now is not known', (question) => {
    const [first] = createSearchEngine(loadCorpus()).search(question, { limit: 3 });
    expect(first?.text).toContain('30 kWh');
    expect(first?.text).toContain('mức bao nhiêu thì chưa rõ');
  });
});
