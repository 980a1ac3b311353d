/**
 * Round 22 (chatux): the district level had two vocabularies, the lexicon's folded units (places.ts DISTRICT_WORDS, read in what
 * people type) and answers.ts's own list (the note under a passage of a pre-2025 document). One copy now, in the lexicon:
 * DISTRICT_LEVEL_WRITTEN, as documents write it; DISTRICT_WORDS is it folded.
 */
import { describe, expect, it } from 'vitest';
import { LexiconError, validatePlaces } from '../../src/text/lexicon/check.ts';
import * as places from '../../src/text/lexicon/places.ts';
import { reorganisationNote } from '../../src/chat/answers.ts';

const before2025 = (text: string) => ({ text, citation: 'KH 12/KH-UBND, 2023, mục II', kind: 'document' as const, province: 'Trà Vinh', provinceNow: 'Trà Vinh', date: '2023-05-10' });

describe('the district level, one vocabulary', () => {
  it('a thị xã that is no district unit is refused by the build, naming the file and the entry', () => {
    const check = () => validatePlaces({ ...places, MIXED_AREA_WORDS: [...places.MIXED_AREA_WORDS, 'thi tran'] });
    expect(check).toThrow(LexiconError);
    expect(check).toThrow(/places\.ts: "thi tran": MIXED_AREA_WORDS: không phải đơn vị cấp huyện/);
  });

  it('a 2023 plan naming "UBND quận" gets the note that the district level is gone; "cơ quan", "liên quan" do not', () => {
    expect(reorganisationNote(before2025('Giao UBND quận, phường rà soát hộ nghèo hằng năm.'))).toContain('cấp huyện không còn nữa');
    expect(reorganisationNote(before2025('Phòng Lao động - Thương binh và Xã hội hướng dẫn xã.'))).toContain('cấp huyện không còn nữa');
    expect(reorganisationNote(before2025('Các cơ quan liên quan phối hợp thực hiện.'))).toBeUndefined();
    expect(reorganisationNote(before2025('Huyện ủy chỉ đạo các xã.'))).toContain('cấp huyện không còn nữa');
  });
});
