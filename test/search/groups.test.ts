/**
 * Passages of one document share its document field (title, number, issuer, province): the index
 * lists each document group once in that field's postings, and the engine adds the group's part to
 * every passage of it. Scores must be those of BM25+ over passages, as if each passage held the field.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildIndex, documentText, FIELD, FIELDS, postings } from '../../src/search/index-store.ts';
import { termsOf } from '../../src/search/normalize.ts';
import { SEARCH_DEFAULTS } from '../../src/search/defaults.ts';

const passage = (docId: string, title: string, section: string, text: string): Passage => ({
  id: `${docId}#${section}`,
  docId,
  kind: 'document',
  docNumber: null,
  docType: 'Kế hoạch',
  title,
  issuer: null,
  province: null,
  provinceNow: null,
  date: null,
  section,
  headings: [`Mục ${section}`],
  text,
  citation: `${docId}, mục ${section}`,
});

describe('document groups', () => {
  it('lists each document once in the title postings and counts the passages holding each title word', () => {
    const passages = loadCorpus().passages;
    const index = buildIndex(passages);
    const texts = [...new Set(passages.map(documentText))];
    expect(index.groupOffsets.length - 1).toBe(texts.length);
    passages.forEach((p, i) => expect(texts[index.groupOf[i]!]).toBe(documentText(p)));
    const termsOfText = new Map(texts.map((text) => [text, new Set(termsOf(text, 'folded'))]));
    const titleTerms = new Set(texts.flatMap((text) => [...termsOfText.get(text)!]));
    expect(titleTerms.size).toBeGreaterThan(50);
    for (const term of titleTerms) {
      const id = index.terms.get(term)!;
      const holding = passages.filter((p) => termsOfText.get(documentText(p))!.has(term)).length;
      expect(index.documentPassages[id], term).toBe(holding);
      const [start, end] = postings(index, id, FIELD.document);
      const groups = [...index.docs.subarray(start, end)];
      expect(groups.map((group) => texts[group]), term).toEqual(texts.filter((text) => termsOfText.get(text)!.has(term)));
    }
  });

  it('scores a title word as BM25+ over the passages holding it, not over the documents', () => {
    const passages = [
      passage('kh-muong-te', 'Kế hoạch giảm nghèo huyện Mường Tè', '1', 'Hỗ trợ sinh kế cho hộ nghèo vùng cao.'),
      passage('kh-muong-te', 'Kế hoạch giảm nghèo huyện Mường Tè', '2', 'Kinh phí thực hiện từ ngân sách tỉnh.'),
      passage('kh-muong-te', 'Kế hoạch giảm nghèo huyện Mường Tè', '3', 'Tổ chức thực hiện và báo cáo kết quả.'),
      passage('kh-sin-ho', 'Kế hoạch giảm nghèo huyện Sìn Hồ', '1', 'Hỗ trợ nhà ở cho hộ nghèo.'),
    ];
    const index = buildIndex(passages);
    const found = createSearchEngine({ documents: [], passages }, index).search('muong te');
    expect(found.map((result) => result.passageId)).toEqual(['kh-muong-te#1', 'kh-muong-te#2', 'kh-muong-te#3']);
    // "muong", "te" and "muong_te" are in the titles only: 3 of 4 passages hold them, once each.
    const { k, b, d } = SEARCH_DEFAULTS.bm25;
    const length = index.fieldLengths[0 * FIELDS.length + FIELD.document]!;
    const average = index.averageFieldLengths[FIELD.document]!;
    const idf = Math.log(1 + (4 - 3 + 0.5) / (3 + 0.5));
    const titleWord = SEARCH_DEFAULTS.fieldBoost.document * idf * (d + (1 * (k + 1)) / (1 + k * (1 - b) + ((k * b) / average) * length));
    for (const result of found) expect(result.score).toBeCloseTo(3 * titleWord, 3);
  });
});
