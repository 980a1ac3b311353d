/**
 * Round 37 (privacy29): health said by a hospital's name, a paralysis and a pregnancy, masked before it is kept (Luật 91/2025/QH15).
 * Before: "nằm viện Chợ Rẫy", "liet nua nguoi" after "[sức khỏe]", "mang bau 7 thang", "có bầu" were kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const H = MASKS.health;

describe('a hospital, a paralysis, a pregnancy', () => {
  it.each([
    ['me tui nằm viện Chợ Rẫy 2 tuan', `me tui nằm viện ${H} 2 tuan`],
    ['me tui nam vien cho ray', `me tui nam vien ${H}`],
    ['ong tui bi tai bien, liet nua nguoi', `ong tui bi ${H}, ${H}`],
    ['ba tui bị tai biến, liệt nửa người', `ba tui bị ${H}, ${H}`],
    ['vo tui mang bau 7 thang', `vo tui ${H} 7 thang`],
    ['vo tui có bầu, nha 4 nguoi', `vo tui ${H}, nha 4 nguoi`],
    ['chi tui dang nhap vien Tu Du, bv Bach Mai', `chi tui dang nhap vien ${H}, bv ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['phu nu mang thai co dc ho tro ko', 'xa tui co bau cu truong thon', 'ho ngheo nam vien dc mien phi k', 'nam vien mat tien nhieu ko', 'ba bau ho ngheo dc ho tro gi', 'nha tui gan cho ray'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
