/**
 * Round 37 (privacy28): what residents type freely, masked before it is kept (Luật 91/2025/QH15). Before: prison and offences
 * ("chong tui dang o tu 3 nam", "co tien an") were kept as typed; cancer by its letter ("me tui bi K") or by its short form right
 * after a relative ("ong tui k phoi") was kept as typed; "o xa an toan", "nha o xa an uong" (far away), "o huyen can giup" (cần giúp)
 * were kept as "[địa chỉ]"; "huyen can gio" after a commune's name was kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const [A, H, O] = [MASKS.address, MASKS.health, MASKS.offence];

describe('prison and offences', () => {
  it.each([
    ['chong tui dang o tu 3 nam', `chong tui ${O} 3 nam`],
    ['nha 4 nguoi, ong xa tui o tu', `nha 4 nguoi, ong xa tui ${O}`],
    ['con trai bi bat giam roi, nha con 3 nguoi', `con trai ${O} roi, nha con 3 nguoi`],
    ['chong tui co tien an, nghien ma tuy', `chong tui co ${O}, ${H}`],
    ['thang lon ngoi tu vi an trom', `thang lon ${O} vi ${O}`],
    // Round 37 attack pass: "ở tù" before how long, "đi tù về", "chích choác".
    ['ong xa tui o tu 2 nam roi', `ong xa tui ${O} 2 nam roi`],
    ['chồng tui ở tù 3 năm', `chồng tui ${O} 3 năm`],
    ['anh tui di tu ve, chich choac', `anh tui ${O}, ${H}`],
    // A misread phrase is taken out where it is said only: the prison said after it is still masked.
    ['con tui bi tu ki, chong tui dang o tu', `con tui bi ${H}, chong tui ${O}`],
    ['tui bi tu choi ho ngheo, chong tui bi tu', `tui bi tu choi ho ngheo, chong tui ${O}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['tui bi tu choi ho ngheo, khieu nai cho ai', 'con trai o tu nho voi ong ba', 'con tui di tu o chua', 'ba tui bi tu ti', 'nha tui o tu nam 2020'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('cancer by its letter or short form', () => {
  it.each([
    ['me tui bi K', `me tui bi ${H}`],
    ['ba tui mac K giai doan 3', `ba tui mac ${H} giai doan 3`],
    ['me tui bi k', `me tui bi ${H}`],
    ['ong tui k phoi', `ong tui ${H}`],
    ['me em k vu, nha 4 nguoi', `me em ${H}, nha 4 nguoi`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['ho ngheo co dc kham benh k', 'con tui co bi k', 'me tui k gan nha', 'k phoi hop dc voi xa', 'nha k gan cho'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('far away and "cần giúp" are no place; a district after a commune is', () => {
  it.each(['o xa an toan', 'nha o xa an uong', 'o huyen can giup', 'nha tui o xa lam an kho', 'o quan an ngon'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['o xa my xuong huyen can gio', `o xa ${A} huyen ${A}`],
    ['o xã an toàn', `o xã ${A}`],
    ['tui o huyen can gio, nha 4 nguoi', `tui o huyen ${A}, nha 4 nguoi`],
    ['nha tui o xa an phu huyen cho moi', `nha tui o xa ${A} huyen ${A}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});
