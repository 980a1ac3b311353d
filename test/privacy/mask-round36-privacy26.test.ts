/**
 * Round 36 (privacy26): what residents type of where they live and of an illness, masked before it is kept (Luật 91/2025/QH15).
 * Before round 36 a district's or a commune's name typed in lower case of syllables missing from places.ts PLACE_NAME_WORDS was
 * kept ("huyen cho moi", "huyen cu chi", "quan go vap", "thi xa go cong"), as were the short forms of an illness ("k gan" for a
 * liver cancer, "tbmmn", "dtd") and "suy tim", "tai bien mach mau nao" (as "[sức khỏe] mach mau nao").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const A = MASKS.address;
const H = MASKS.health;

describe('a district or a commune typed in lower case', () => {
  it.each([
    ['nha tui o xa an phu huyen cho moi', `nha tui o xa ${A} huyen ${A}`],
    ['ap 3 xa vinh thanh huyen cho lach', `ap ${A} xa ${A} huyen ${A}`],
    ['tui o huyen cu chi, nha 4 nguoi', `tui o huyen ${A}, nha 4 nguoi`],
    ['o xa tan phu huyen cho gao tinh tien giang', `o xa ${A} huyen ${A} tinh tien giang`],
    ['phuong 5 quan go vap', `phuong ${A} quan ${A}`],
    ['nha o quan binh thanh', `nha o quan ${A}`],
    ['o thi xa go cong', `o thi xa ${A}`],
    ['nha o thon dong xoai', `nha o thon ${A}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    // Everyday words after a unit word, and a province, stay.
    'huyen co ho tro gi ko', 'huyen nay co ho tro ko', 'quan ly ho ngheo the nao', 'binh quan 2 trieu', 'o huyen lam ruong', 'co quan nha nuoc',
    'xa giao tiep voi can bo', 'xây cầu an toàn cho trẻ đi học', 'tui o tinh an giang',
  ])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('an illness by its short form', () => {
  it.each([
    ['ba tui bi k gan', `ba tui bi ${H}`],
    ['ong tui bi k phoi giai doan cuoi', `ong tui bi ${H} giai doan cuoi`],
    ['me bi tbmmn nam mot cho', `me bi ${H} nam mot cho`],
    ['ong tui bi tai bien mach mau nao', `ong tui bi ${H}`],
    ['me tui bi dtd', `me tui bi ${H}`],
    ['ba tui bi suy tim', `ba tui bi ${H}`],
    // Already masked before round 36 (their own lines of the brief): kept masked.
    ['me tui bi ung thu gan', `me tui bi ${H}`],
    ['ba bi tieu duong', `ba bi ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});
