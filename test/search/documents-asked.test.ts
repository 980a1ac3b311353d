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
