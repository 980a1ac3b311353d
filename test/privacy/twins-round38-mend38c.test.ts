/**
 * Round 38 (mend38c): words typed without marks that fold like personal data of another kind. Before: "tiền sử" (a health history)
 * was kept as "[án tích]" (an offence: "me tui co tien su.", "ba tui bi tien su, co dc ho tro ko", "mẹ tui có tiền sử."), and "ở xa"
 * (far away) as a commune ("tui o xa ten la Hung", "nha tui o xa, ten la Lan": the person's name kept as "[địa chỉ]").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const [A, H, N, O] = [MASKS.address, MASKS.health, MASKS.name, MASKS.offence];

describe('"tien su" is a health history unless an offence is said with it', () => {
  it.each([
    // Nothing else said: both are masked; the label a cadre reads is the one that says nothing against the person.
    ['me tui co tien su.', `me tui co ${H}.`],
    ['chong tui co tien su', `chong tui co ${H}`],
    ['ba tui bi tien su, co dc ho tro ko', `ba tui bi ${H}, co dc ho tro ko`],
    ['mẹ tui có tiền sử.', `mẹ tui có ${H}.`],
    ['me tui co tien su, bi tieu duong, co dc ho tro j ko', `me tui co ${H}, bi ${H}, co dc ho tro j ko`],
    ['ong tui bi tien su, nam vien hoai', `ong tui bi ${H}, nam vien hoai`],
    ['ba tui co tien su, hay dau tim lam', `ba tui co ${H}, hay dau tim lam`],
    ['me tui bi cao huyet ap, co tien su', `me tui bi ${H}, co ${H}`],
    // The illness right after it: the history stays as typed, the illness masked (round 38 privacy30).
    ['me tui co tien su benh tim', `me tui co tien su ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    ['chong tui co tien su, di tu ve', `chong tui co ${O}, ${O}`],
    ['chong tui co tien su, tung bi ket an', `chong tui co ${O}, tung bi ${O}`],
    // "mới ra tù" is masked too (round 40 privacy32: was kept as typed).
    ['chong tui bi tien su, moi ra tu nam ngoai', `chong tui bi ${O}, ${O} nam ngoai`],
    ['chong tui co tien an tien su', `chong tui co ${O} ${O}`],
    ['chồng tui có tiền sự', `chồng tui có ${O}`],
    ['con tui co tien su, cong an xa moi', `con tui co ${O}, cong an xa moi`],
    // Both said: the nearer one.
    ['chong tui co tien su, di tu ve, gio bi tieu duong', `chong tui co ${O}, ${O}, gio bi ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});

describe('"o xa" (far away) before a person\'s name is no commune', () => {
  it.each([
    ['tui o xa ten la Hung', `tui o xa ten la ${N}`],
    ['nha tui o xa, ten la Lan', `nha tui o xa, ten la ${N}`],
    ['nha tui o xa lam, ten la Lan', `nha tui o xa lam, ten la ${N}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    ['xa cu ten la an binh', `xa cu ten la ${A}`],
    ['tui o xa cu ten la an binh', `tui o xa cu ten la ${A}`],
    ['xa tui ten la Tan Phu', `xa tui ten la ${A}`],
    ['thon ten la Dong Xuan', `thon ten la ${A}`],
    ['tui o xã tên là Tân Phú', `tui o xã tên là ${A}`],
  ])('%s → %s (a place)', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});
