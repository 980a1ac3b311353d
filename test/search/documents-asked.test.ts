/**
 * Outreach staff asking about the provinces' documents (findings 19), as they typed: a year asked steers to the section
 * about that year; a province named prefers its documents.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createSearchEngine } from '../../src/search/engine.ts';

const engine = createSearchEngine(loadCorpus());
const first = (question: string) => engine.search(question, { limit: 3 })[0];

describe('a year asked: the section about that year first', () => {
  it('“NQ 41-NQ/TU mục tiêu đến năm 2030” → mục II.2.2 “Định hướng đến năm 2030”, not II.2.1 (2025)', () => {
    const found = first('NQ 41-NQ/TU mục tiêu đến năm 2030');
    expect(found?.section).toBe('II.2.2');
    expect(found?.text).toContain('không còn hộ nghèo');
  });

  it('guard (first before too): “nghi quyet 05 tra vinh chi tieu den nam 2030” → the 2030 targets (II.2.2.2)', () => {
    const found = first('nghi quyet 05 tra vinh chi tieu den nam 2030');
    expect(found?.section).toBe('II.2.2.2');
    expect(found?.text).toContain('Giảm ít nhất một nửa tỷ lệ hộ nghèo');
  });

  it('a year no section is about changes nothing: “mục tiêu giảm nghèo của Hưng Yên đến năm 2025” → II.2.1, 0,5%', () => {
    const found = first('mục tiêu giảm nghèo của Hưng Yên đến năm 2025 là bao nhiêu');
    expect(found?.section).toBe('II.2.1');
    expect(found?.text).toContain('0,5%');
  });
});

describe('a province named: its documents before an explainer naming it in passing', () => {
  for (const question of ['Hưng Yên có văn bản gì về giảm nghèo', 'hung yen co nghi quyet nao ve giam ngheo khong']) {
    it(`“${question}” → a passage of NQ 41-NQ/TU (Hưng Yên), not the 2025 merger explainer`, () => {
      const found = first(question);
      expect(found?.docId).toBe('nq-41-nq-tu-hung-yen');
      expect(found?.province).toBe('Hưng Yên');
    });
  }

  it('guard: the merger asked → the merger explainer stays first (“Hưng Yên sáp nhập với tỉnh nào”)', () => {
    expect(first('Hưng Yên sáp nhập với tỉnh nào')?.passageId).toBe('faq-thay-doi-nam-2025#1');
  });

  it('a province of today holds the documents issued under the former name: “Gia Lai có kế hoạch giảm nghèo không” → QĐ 768 of Bình Định', () => {
    expect(first('Gia Lai có kế hoạch giảm nghèo không')?.docId).toBe('qd-768-qd-ubnd-binh-dinh');
  });
});
