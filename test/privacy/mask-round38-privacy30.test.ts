/**
 * Round 38 (privacy30): what residents type freely, masked before it is kept (Luật 91/2025/QH15). Before: "nha tui co tien an" (food
 * money, "tiền ăn") was kept as "[án tích]"; "tien su" (a criminal history, "tiền sự") was kept as typed; "xa cu ten la an
 * binh" (the old commune's name) was kept as "[tên]".
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const [A, H, O] = [MASKS.address, MASKS.health, MASKS.offence];

describe('"tien an" of the household is food money; "tien su" of a person is an offence', () => {
  it.each(['nha tui co tien an', 'gia dinh minh co tien an', 'nha tui ko co tien an', 'tien an cho con di hoc'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['chong tui co tien an', `chong tui co ${O}`],
    ['anh ay co tien su', `anh ay co ${O}`],
    // A health history ("tiền sử") before the illness stays one: only the illness is masked.
    ['me tui co tien su benh tim', `me tui co tien su ${H}`],
    ['chồng tui có tiền sự', `chồng tui có ${O}`],
    ['chong tui co tien an tien su', `chong tui co ${O} ${O}`],
    ['nha tui 4 nguoi, chong tui co tien su, nghien ma tuy', `nha tui 4 nguoi, chong tui co ${O}, ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});

describe('a place named after its unit with "ten la" is a place, not a person', () => {
  it.each([
    ['xa cu ten la an binh', `xa cu ten la ${A}`],
    ['tui o xa cu ten la an binh', `tui o xa cu ten la ${A}`],
    ['ap tui ten Binh Minh', `ap tui ten ${A}`],
    ['thon co ten la Dong Xuan, nha 4 nguoi', `thon co ten la ${A}, nha 4 nguoi`],
    ['phuong cu ten la phuong 5', `phuong cu ten la phuong ${A}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['xa cu ten la gi', 'xa tui ten la gi vay'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
