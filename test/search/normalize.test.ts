import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accentKey, fold, hasDiacritics, searchKey, termsOf, tokenize } from '../../src/search/normalize.ts';

/** Stripping by an explicit table, independent of the Unicode decomposition the code uses. */
const PLAIN_LETTERS: Record<string, string> = {};
for (const [plain, accented] of Object.entries({
  a: 'àáảãạăằắẳẵặâầấẩẫậ',
  e: 'èéẻẽẹêềếểễệ',
  i: 'ìíỉĩị',
  o: 'òóỏõọôồốổỗộơờớởỡợ',
  u: 'ùúủũụưừứửữự',
  y: 'ỳýỷỹỵ',
  d: 'đ',
})) {
  for (const char of accented) {
    PLAIN_LETTERS[char] = plain;
    PLAIN_LETTERS[char.toUpperCase()] = plain.toUpperCase();
  }
}
const stripByTable = (text: string) => [...text].map((char) => PLAIN_LETTERS[char] ?? char).join('');

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const TELEX_TONE: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const NUCLEI = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê', 'oai', 'oay', 'uôi', 'ươi', 'ươu', 'uyê', 'iêu', 'yêu'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];

interface Syllable {
  onset: string;
  nucleus: string;
  coda: string;
  tone: (typeof TONES)[number];
  /** Which vowel of the nucleus carries the tone: old and new keyboards differ here. */
  tonePosition: number;
}

const syllableArb = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    nucleus: fc.constantFrom(...NUCLEI),
    coda: fc.constantFrom(...CODAS),
    tone: fc.constantFrom(...TONES),
    tonePosition: fc.nat(2),
    upper: fc.boolean(),
  })
  // Spelling rules that real syllables never break ("gi" + i…, "qu" + u…).
  .filter(({ onset, nucleus }) => !(onset === 'gi' && nucleus.startsWith('i')) && !(onset === 'qu' && /^[uư]/.test(nucleus)));

function write(syllable: Syllable & { upper: boolean }): string {
  const vowels = [...syllable.nucleus];
  const at = Math.min(syllable.tonePosition, vowels.length - 1);
  vowels[at] = (vowels[at]! + syllable.tone).normalize('NFC');
  const word = (syllable.onset + vowels.join('') + syllable.coda).normalize('NFC');
  return syllable.upper ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** How a Telex user types the syllable when the keyboard driver is off: "hộ" → "hooj". */
function telex(syllable: Syllable): string {
  const letters = (syllable.onset + syllable.nucleus + syllable.coda)
    .replace(/đ/g, 'dd')
    .replace(/ă/g, 'aw')
    .replace(/â/g, 'aa')
    .replace(/ê/g, 'ee')
    .replace(/ô/g, 'oo')
    .replace(/ơ/g, 'ow')
    .replace(/ư/g, 'uw');
  return letters + (TELEX_TONE[syllable.tone] ?? '');
}

const sentenceArb = fc.array(syllableArb, { minLength: 1, maxLength: 8 });

describe('normaliser properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        tokenize(text);
        termsOf(text, 'folded');
        termsOf(text, 'accented');
        fold(text);
        accentKey(text);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    // Compatibility forms that fold to punctuation around a digit (found by the property below).
    for (const text of ['⑴', '⒈ hộ nghèo', '(1) ⑵.']) expect(searchKey(searchKey(text))).toBe(searchKey(text));
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      sentenceArb.map((syllables) => syllables.map(write).join(' ')),
      sentenceArb.map((syllables) => syllables.map(telex).join(' ')),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(fold(fold(text))).toBe(fold(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives an accented sentence and its unaccented twin the same key', () => {
    fc.assert(
      fc.property(sentenceArb, (syllables) => {
        const sentence = syllables.map(write).join(' ');
        expect(searchKey(stripByTable(sentence))).toBe(searchKey(sentence));
        expect(termsOf(stripByTable(sentence), 'folded')).toEqual(termsOf(sentence, 'folded'));
      }),
      { numRuns: 500 },
    );
  });

  it('treats old and new tone placement alike, but keeps different tones apart', () => {
    fc.assert(
      fc.property(syllableArb, fc.nat(2), (syllable, otherPosition) => {
        const moved = write({ ...syllable, tonePosition: otherPosition });
        expect(accentKey(moved)).toBe(accentKey(write(syllable)));
        if (syllable.tone !== '') {
          expect(accentKey(write({ ...syllable, tone: '' }))).not.toBe(accentKey(write(syllable)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads Telex leftovers typed without the keyboard driver', () => {
    fc.assert(
      fc.property(sentenceArb, (syllables) => {
        expect(searchKey(syllables.map(telex).join(' '))).toBe(searchKey(syllables.map(write).join(' ')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('normaliser examples', () => {
  it('folds diacritics, đ and case', () => {
    expect(searchKey('Hộ NGHÈO, đặc biệt khó khăn')).toBe('ho ngheo dac biet kho khan');
    expect(fold('Đ')).toBe('d');
  });

  it('decodes Telex and VNI leftovers but leaves real words, names and numbers alone', () => {
    expect(searchKey('hooj ngheof')).toBe('ho ngheo');
    expect(searchKey('ddieeuf kieenj')).toBe('dieu kien');
    expect(searchKey('ho65 nghe2o')).toBe('ho ngheo');
    expect(searchKey('nghè0')).toBe('ngheo');
    expect(searchKey('Zalo internet covid 2025 05-CT/TW')).toBe('zalo internet covid 2025 05 ct tw');
    expect(searchKey('1.500.000 đồng; 6,67%')).toBe('1500000 dong 6,67 %');
  });

  it('keeps hòa/hoà and thủy/thuỷ together, and bản/bán apart', () => {
    expect(accentKey('hòa')).toBe(accentKey('hoà'));
    expect(accentKey('Thủy')).toBe(accentKey('thuỷ'));
    expect(accentKey('khỏe')).toBe(accentKey('khoẻ'));
    expect(accentKey('bản')).not.toBe(accentKey('bán'));
  });

  it('adds adjacent-syllable terms within a phrase only', () => {
    const terms = termsOf('hộ nghèo, cận nghèo', 'folded');
    expect(terms).toContain('ho_ngheo');
    expect(terms).toContain('can_ngheo');
    expect(terms).not.toContain('ngheo_can');
  });

  it('expands abbreviations, and abbreviates spelled-out names', () => {
    const fromAbbreviation = termsOf('Thẻ BHYT', 'folded');
    expect(fromAbbreviation).toEqual(expect.arrayContaining(['bhyt', 'bao_hiem', 'y_te', 'the_bao']));
    expect(termsOf('thẻ bảo hiểm y tế', 'folded')).toContain('bhyt');
    expect(termsOf('vay vốn NHCSXH', 'accented')).toContain('ngân_hàng');
    expect(termsOf('Phòng Lao động - Thương binh và Xã hội', 'folded')).toContain('ldtbxh');
    expect(termsOf('xã ĐBKK', 'folded')).toContain('dac_biet');
  });

  it('keeps negations', () => {
    expect(termsOf('không có bảo hiểm', 'folded')).toContain('khong');
    expect(termsOf('không có bảo hiểm', 'folded')).toContain('khong_co');
  });

  it('drops control characters and emoji', () => {
    expect(searchKey('\u0000\u0007 😀🙏 \u200b')).toBe('');
    expect(searchKey('hộ\u0000nghèo')).toBe('ho ngheo');
  });

  it('ignores zero-width characters and soft hyphens pasted inside a word', () => {
    expect(searchKey('h\u200bộ ngh\u200dèo b\u00adảo\ufeff hiểm')).toBe('ho ngheo bao hiem');
    expect(termsOf('h\u200bộ ngh\u2060èo', 'accented')).toEqual(termsOf('hộ nghèo', 'accented'));
  });

  it('says whether a text has diacritics', () => {
    expect(hasDiacritics('hộ nghèo')).toBe(true);
    expect(hasDiacritics('HO NGHEO 2025')).toBe(false);
  });
});
