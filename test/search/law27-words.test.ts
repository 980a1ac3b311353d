/**
 * Round 17 (law27): residents' words for the procedure after 01/07/2025 and for what the indicators look at, as typed on Zalo.
 * The search reads them through the everyday words of the lexicon (src/text/lexicon/everyday.ts): "nộp giấy" is doing the
 * procedure, "thủ tục" is what the explainers call "quy trình", "huyện không còn" is the district level gone.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';

const engine = createSearchEngine(loadCorpus());
const top = (question: string, k = 1) => engine.search(question, { limit: 5 }).slice(0, k).map((found) => found.passageId);

describe('the district gone: the two-level government passage leads', () => {
  for (const question of ['bo huyen roi nop giay ho ngheo o dau', 'huyen ko con thi ho so ngheo nop o mo', 'huyen khong con nua thi nop giay o dau']) {
    it(`“${question}” → the two-level government passage (was the yearly review, or the supports list)`, () => {
      const [first] = engine.search(question, { limit: 3 });
      expect(first?.text).toContain('chỉ còn hai cấp');
      expect(first?.text).toContain('Ủy ban nhân dân cấp xã');
    });
  }
});

describe('residents’ words for the review and the indicators', () => {
  it('“thu tuc xet ho ngheo” → how to be recognised (the explainer), in the first 3, not only a province’s plan', () => {
    expect(top('thu tuc xet ho ngheo', 3).some((id) => id.startsWith('faq-cong-nhan-ho-ngheo#') && id !== 'faq-cong-nhan-ho-ngheo#4')).toBe(true);
  });

  it('“xet thieu hut dich vu xa hoi la xet nhung gi” → the explainer of the indicators first, not NQ 41’s targets', () => {
    expect(top('xet thieu hut dich vu xa hoi la xet nhung gi')[0]).toMatch(/^faq-chuan-ngheo-da-chieu#/);
  });
});
