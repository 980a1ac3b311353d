/**
 * Round 37 staff25: a snippet marks a word the question writes inside a compound only where the passage writes that compound
 * (SEARCH_DEFAULTS.snippetWholeCompounds): "chỉ tiêu" marks no "tiêu" of "tiêu chí" or "mục tiêu", no "chỉ" of "chứng chỉ"; a
 * word the question writes alone is marked anywhere. Was every passage word of a question's syllables ("nghèo theo «tiêu» chí").
 * And a cadre's "chỉ tiêu giảm nghèo" (lexicon everyday.ts: "giảm tỷ lệ hộ nghèo") finds the resolution's numeric target, NQ
 * 05-NQ/TU mục II.2.2.1, first: was its general goal, II.2.1, which says "chỉ tiêu về giảm nghèo" in passing.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';

const corpus = loadCorpus();
const engine = createSearchEngine(corpus);
const snippets = (question: string) => engine.search(question, { limit: 5 }).map((result) => result.snippet);

describe('snippets mark compounds whole', () => {
  it.each([
    'chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU',
    'chi tieu giam ngheo nq 05',
    'Cho hỏi chỉ tiêu giảm tỷ lệ hộ nghèo của Hưng Yên',
  ])('"%s": no "tiêu" of "tiêu chí" or "mục tiêu", no "chỉ" of "chứng chỉ" marked', (question) => {
    const said = snippets(question);
    expect(said.length).toBeGreaterThan(0);
    for (const snippet of said) {
      expect(snippet).not.toMatch(/«[^»]*tiêu» chí|mục «tiêu|chứng «chỉ/u);
    }
  });

  it('the compound itself, and a word written alone, are still marked', () => {
    expect(snippets('chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU').join('\n')).toMatch(/«chỉ tiêu»|«[^»]*giảm tỷ lệ hộ nghèo[^»]*»/u);
    expect(snippets('hộ nghèo Khmer').join('\n')).toContain('«Khmer»');
  });

  it('"tiêu chí thiếu hụt về nhà ở": the "tiêu" of "nhà tiêu" is not marked', () => {
    for (const snippet of snippets('tiêu chí thiếu hụt về nhà ở')) expect(snippet).not.toMatch(/«Nhà tiêu»|«nhà tiêu»|nhà «tiêu»/u);
  });
});

describe('a target asked as "chỉ tiêu giảm nghèo"', () => {
  it.each(['chỉ tiêu giảm nghèo theo NQ số 05-NQ/TU', 'chi tieu giam ngheo nq 05 tra vinh'])('"%s": the numeric target of NQ 05-NQ/TU first', (question) => {
    const [first] = engine.search(question, { limit: 3 });
    expect(first?.docNumber).toBe('05-NQ/TU');
    expect(first?.section).toBe('II.2.2.1');
    expect(first?.text).toContain('Duy trì mức giảm tỷ lệ hộ nghèo bình quân từ 1,5 - 2%/năm');
  });
});
