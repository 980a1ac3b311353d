/**
 * Round 16 (outreach, 03/12/2026): posts and loudspeaker texts asked as outreach staff type them. Each case fails on the
 * round-15 code.
 */
import { describe, expect, it } from 'vitest';
import { spokenFigures } from '../../src/text/spoken-numbers.ts';

describe('gap 4: figures read aloud on the loudspeaker as they are heard', () => {
  it.each([
    // Was "một triệu năm trăm đồng": heard as 1.500.000.
    ['1.000.500 đồng', 'một triệu không nghìn năm trăm đồng'],
    ['1.000.001 đồng', 'một triệu không nghìn không trăm lẻ một đồng'],
    ['2.500.000 đồng', 'hai triệu năm trăm nghìn đồng'],
    ['1,5 triệu đồng', 'một phẩy năm triệu đồng'],
    // Was "một phẩy năm triệu": the zero after the comma is said.
    ['1,05 triệu đồng', 'một phẩy không năm triệu đồng'],
    ['0,05%', 'không phẩy không năm phần trăm'],
    ['trước ngày 15/12/2026', 'trước ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu'],
    // Was left as digits: "đ" right after a figure, a figure before a comma.
    ['1.500.000đ/tháng', 'một triệu năm trăm nghìn đồng/tháng'],
    ['(Mẫu số 04, có thể xin mẫu)', '(Mẫu số bốn, có thể xin mẫu)'],
  ])('"%s" → "%s"', (written, heard) => {
    expect(spokenFigures(written)).toBe(heard);
  });

  it('a document number stays as written', () => {
    expect(spokenFigures('Nghị định 351/2025/NĐ-CP')).toBe('Nghị định 351/2025/NĐ-CP');
  });
});
