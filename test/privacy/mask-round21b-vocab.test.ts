/**
 * Round 21b (vocab): a question typed with every word capitalised or in capitals (as some phones type) kept everyday words
 * masked: "Anh Tu Van Giup Em" (tư vấn) became "Anh [tên] Em", "XA NOI VAY" (xa nơi vay) "XA [địa chỉ] VAY". They are kept
 * now; a name or a commune typed so is still masked.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('everyday words in a text typed in capitals are kept', () => {
  it.each([
    ['Anh Tu Van Giup Em', 'Anh Tu Van Giup Em'],
    ['Chi Tu Van Giup Em Voi, Nha Em 4 Nguoi', 'Chi Tu Van Giup Em Voi, Nha Em 4 Nguoi'],
    ['Anh Tu Van Cho Em Ve Ho Can Ngheo', 'Anh Tu Van Cho Em Ve Ho Can Ngheo'],
    ['NHA TUI O XA NOI VAY VON, CO DUOC HO TRO KHONG', 'NHA TUI O XA NOI VAY VON, CO DUOC HO TRO KHONG'],
    ['XA NOI VAY', 'XA NOI VAY'],
    ['Nha Tui O Xa Noi Vay Von', 'Nha Tui O Xa Noi Vay Von'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a name or a place typed in capitals is still masked', () => {
  it.each([
    ['Tui La Tu Van Hung, O Ap 3', 'Tui La [tên], O Ap [địa chỉ]'],
    ['Anh Tu Van Hung Hoi Ho Ngheo', 'Anh [tên] Hoi Ho Ngheo'],
    ['NHA TUI O XA TAN PHU', 'NHA TUI O XA [địa chỉ]'],
    ['TUI O THON KHE SANH', 'TUI O THON [địa chỉ]'],
    ['Tui O Xa Dong, 4 Nguoi', 'Tui O Xa [địa chỉ], 4 Nguoi'],
    ['NHA O XÃ NỘI, VAY DUOC KHONG', 'NHA O XÃ [địa chỉ], VAY DUOC KHONG'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
