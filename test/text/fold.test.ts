/**
 * fold() and accentKey() return plain ASCII lowered without the Unicode normalisations (issue 11: new unaccented
 * words of every question went through them): the keys must be those the normalisations give.
 */
import { describe, expect, it } from 'vitest';
import { accentKey, fold } from '../../src/text/fold.ts';

/** fold as written before the ASCII shortcut: NFKC, lower case, marks removed, đ → d. */
const foldedInFull = (text: string) =>
  text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

describe('fold and accentKey of ASCII', () => {
  it('give the keys of the full normalisation for every ASCII character and typed words', () => {
    const typed = ['Ho Ngheo', 'HOOJ NGHEOF', 'ddieeuf', 'BHYT 2025', 'q123', 'ho_ngheo', '1.500.000 d', 'Tp.HCM?', ...ASCII];
    for (const text of typed) {
      expect(fold(text)).toBe(foldedInFull(text));
      expect(accentKey(text)).toBe(text.normalize('NFKC').toLowerCase().normalize('NFC'));
    }
  });

  it('still folds accented text in full', () => {
    expect(fold('Hộ NGHÈO đồng')).toBe('ho ngheo dong');
    expect(accentKey('HOÀ')).toBe(accentKey('hòa'));
  });
});
