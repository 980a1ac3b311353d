/**
 * Round 27 (mend27b), what is kept of a message: a time said after an industrial park typed in lower case ("lam kcn nam nay …")
 * is no park's name; a 1900/1800 hotline is a public number, kept as typed (no person's nor paper's number).
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('words after a park, and hotlines', () => {
  it.each([
    ['lam kcn nam nay co duoc xet can ngheo ko', 'lam kcn nam nay co duoc xet can ngheo ko'],
    ['chong tui lam kcn nam ngoai thu nhap 6 trieu', 'chong tui lam kcn nam ngoai thu nhap 6 trieu'],
    ['lam kcn thang truoc bi nghi viec', 'lam kcn thang truoc bi nghi viec'],
    ['tui lam cong nhan o kcn song than nam nay', 'tui lam cong nhan o kcn [địa chỉ] nam nay'],
  ])('“%s” keeps its time words', (message, kept) => {
    expect(maskPersonalData(message)).toBe(kept);
  });
  it.each([
    ['goi 1900 1234 hoi ve ho ngheo dc ko', 'goi 1900 1234 hoi ve ho ngheo dc ko'],
    ['lien he 1800.1567 duoc ko', 'lien he 1800.1567 duoc ko'],
  ])('the hotline in “%s” is kept (was “[số giấy tờ]”)', (message, kept) => {
    expect(maskPersonalData(message)).toBe(kept);
  });
  it('a phone after “goi” is still masked', () => {
    expect(maskPersonalData('goi 0912345678 nha')).toBe('goi [số điện thoại] nha');
  });
});
