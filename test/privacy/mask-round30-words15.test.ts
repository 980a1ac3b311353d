/**
 * Round 30 (words15): a phone number typed with the letter O for a zero and glued to its label ("sdtO9O1234567", "sdt09O1234567",
 * "dtO912345678") was kept as typed before storage and logging (and its digits read as an income, "1.234.567 đồng"); now the
 * label stays and the number is "[số điện thoại]". Spaced after its label ("sdt 09O1 234 567") it was masked already: kept so.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, withoutPersonalData } from '../../src/privacy/mask.ts';

describe('a phone number with O for zero, glued to its label', () => {
  it.each([
    ['sdtO9O1234567 nha tui ngheo', 'sdt [số điện thoại] nha tui ngheo'],
    ['sdt09O1234567', 'sdt [số điện thoại]'],
    ['sđtO9O1 234 567 goi giup tui', 'sđt [số điện thoại] goi giup tui'],
    ['dtO912345678 goi giup', 'dt [số điện thoại] goi giup'],
    ['zaloO9O1234567', 'zalo [số điện thoại]'],
    // Masked so before; kept.
    ['sdt 09O1 234 567', 'sdt [số điện thoại]'],
    ['sdt0912345678', 'sdt[số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('nothing of the number is left in what is logged', () => {
    expect(withoutPersonalData('sdtO9O1234567 nha tui 4 nguoi')).not.toMatch(/1234567|O9O/);
  });

  it.each(['nha tui co 1 con bo', 'gao 2O kg', 'hoi ve ho ngheo 2026'])('guard: "%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
