/**
 * Round 38 (privacy30): what residents type freely, masked before it is kept (Luật 91/2025/QH15). Before: "nha tui co tien an" (food
 * money, "tiền ăn") was kept as "[án tích]"; "tien su" (a criminal history, "tiền sự") was kept as typed; "xa cu ten la an
 * binh" (the old commune's name) was kept as "[tên]"; a district-level unit's name said with no "huyện"/"quận" ("nha o cu chi", "tui o
 * buon ma thuot", "ap 3 Long Hoa Can Duoc"; corpus/provinces-2025.yaml districts) was kept as typed.
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
    // Round 38 mend38c: nothing said of an offence, "tien su" is read as a health history ("tiền sử"), was "[án tích]".
    ['anh ay co tien su', `anh ay co ${H}`],
    // A health history ("tiền sử") before the illness stays one: only the illness is masked.
    ['me tui co tien su benh tim', `me tui co tien su ${H}`],
    ['chồng tui có tiền sự', `chồng tui có ${O}`],
    ['chong tui co tien an tien su', `chong tui co ${O} ${O}`],
    ['nha tui 4 nguoi, chong tui co tien su, nghien ma tuy', `nha tui 4 nguoi, chong tui co ${H}, ${H}`],
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

describe('a district-level name said with no "huyện"/"quận" is an address', () => {
  it.each([
    ['nha tui o ap 3 Long Hoa Can Duoc', `nha tui o ap ${A}`],
    ['tui o buon ma thuot', `tui o ${A}`],
    ['o thu duc', `o ${A}`],
    ['nha o cu chi', `nha o ${A}`],
    ['tui o Buôn Ma Thuột, nha 4 nguoi', `tui o ${A}, nha 4 nguoi`],
    ['cu chi tp hcm', `${A} tp hcm`],
    ['xa Tan Phu, Cu Chi', `xa ${A}, ${A}`],
    ['nha tui o tam binh', `nha tui o ${A}`],
    ['con tui dang o ha dong', `con tui dang o ${A}`],
    // Round 38 attack pass: a district after a hamlet's three-word name (was "[địa chỉ] Chi").
    ['o ap 2 Tan Thanh Cu Chi, sdt 0938 111 222', `o ap ${A}, sdt [số điện thoại]`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    // Marks that are not the name's, a province, one syllable, everyday words.
    'nha o cử chỉ', 'o cu chí', 'o long an', 'tui o long', 'ong ay co cu chi la lam', 'thu duc hoc phi bao nhieu',
    'tui can duoc ho tro', 'nha tui o can duoc ho tro', 'ở cái nước này', 'o cho moi xay', 'ca nha thong nhat roi', 'o hai nam',
  ])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it('"ap 3 can duoc ho tro": the hamlet\'s number masked, "cần được" kept', () => {
    expect(maskPersonalData('nha tui o ap 3 can duoc ho tro')).toBe(`nha tui o ap ${A} can duoc ho tro`);
  });
});
