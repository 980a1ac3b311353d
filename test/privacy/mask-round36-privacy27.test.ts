/**
 * Round 36 (privacy27): where residents live and what they are ill with, masked before it is kept (Luật 91/2025/QH15), without
 * masking everyday words. Before: "nha o huyen can gio" ("can" read as "cần"), "o xa my xuong" (one place syllable after "xa") and
 * "p binh tri dong q binh tan" (short units, a lower-case name) were kept as typed; "nha k gan cho" (không gần chợ) was kept as
 * "nha [sức khỏe] cho" and "o quan an ngon" (a shop) as "o quan [địa chỉ]".
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const A = MASKS.address;
const H = MASKS.health;

describe('a place typed in lower case', () => {
  it.each([
    ['nha o huyen can gio', `nha o huyen ${A}`],
    ['tui o huyen can gio, nha 4 nguoi', `tui o huyen ${A}, nha 4 nguoi`],
    ['o xa my xuong', `o xa ${A}`],
    ['nha tui o xa my xuong huyen cho lach', `nha tui o xa ${A} huyen ${A}`],
    ['p binh tri dong q binh tan', `p ${A} q ${A}`],
    ['nha o P binh tri dong, Q binh tan', `nha o P ${A}, Q ${A}`],
    // Masked before round 36: kept masked.
    ['o quan go vap', `o quan ${A}`],
    ['o quận an phú', `o quận ${A}`],
    ['nha tui o xa an phu huyen cho moi', `nha tui o xa ${A} huyen ${A}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    'o quan an ngon', 'tui ban o quan nhau', 'o huyen can bo xa noi sao', 'o huyen can lam gi', 'o huyen ho tro gi', 'nha o xa trung tam',
    'nha tui o xa lam', 'o xa thanh pho', 'q binh duong', 'tui o xa nha',
  ])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('an illness by its short form', () => {
  it.each([
    ['ba tui bi k gan', `ba tui bi ${H}`],
    ['me tui mac k phoi', `me tui mac ${H}`],
    ['ong benh k gan giai doan cuoi', `ong benh ${H} giai doan cuoi`],
    ['me tui bi dtd', `me tui bi ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['nha k gan cho', 'nha tui k gan truong, con di hoc xa', 'k phoi hop dc voi xa'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
