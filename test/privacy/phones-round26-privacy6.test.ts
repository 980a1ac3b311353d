/**
 * Round 26 (privacy6): a phone number typed otherwise than in groups of 3–4 split by one space, dot or dash was kept, or masked
 * as an identity number ("[số giấy tờ]"), so whoever reads kept questions was told it was a paper's number:
 * - one digit at a time ("0.9.1.2.3.4.5.6.7.8", "0 9 1 2 3 4 5 6 7 8") or the 0 alone ("0 912 345 678"): "[số giấy tờ]";
 * - the separators doubled or spaced ("0912  345  678", "0912 - 345 - 678"), underscores, slashes, commas, the first group
 *   bracketed ("(0912) 345 678"): kept as typed;
 * - "00 84" for "+84" after a two-letter label ("dt 0084 912 345 678"): read as a health-insurance code, its label with it;
 * - a lower-case "o" for the 0 ("o9l2 345 678"): kept; "o912345678": "o[số giấy tờ]";
 * - the first digits said, the rest typed ("khong chin 1 2 3 4 5 6 7 8"): "khong chin [số giấy tờ]".
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('a phone number however a resident splits it', () => {
  it.each([
    ['sdt 0.9.1.2.3.4.5.6.7.8', 'sdt [số điện thoại]'],
    ['goi tui 0 9 1 2 3 4 5 6 7 8 nha', 'goi tui [số điện thoại] nha'],
    ['so tui 0-9-1-2-3-4-5-6-7-8 chi oi', 'so tui [số điện thoại] chi oi'],
    ['co gi goi 0 912 345 678 giup em', 'co gi goi [số điện thoại] giup em'],
    ['sdt 0912  345  678', 'sdt [số điện thoại]'],
    ['so em 0912 - 345 - 678 nha', 'so em [số điện thoại] nha'],
    ['lien he 0912_345_678', 'lien he [số điện thoại]'],
    ['zalo 0912/345/678 nhe', 'zalo [số điện thoại] nhe'],
    ['sdt 0912,345,678 co gi bao tui', 'sdt [số điện thoại] co gi bao tui'],
    ['dt nha (0912) 345 678', 'dt nha [số điện thoại]'],
    ['dt 0084 912 345 678', 'dt [số điện thoại]'],
    ['so 0084912345678 la cua chong tui', 'so [số điện thoại] la cua chong tui'],
    ['sdt +84 (0) 912 345 678', 'sdt [số điện thoại]'],
    ['sdt o9l2 345 678', 'sdt [số điện thoại]'],
    ['sdt o912345678', 'sdt [số điện thoại]'],
    ['sdt khong chin 1 2 3 4 5 6 7 8', 'sdt [số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // Read so before; they must stay so.
    ['sdt 09 12 345 678', 'sdt [số điện thoại]'],
    ['sdt khong chin mot hai ba bon nam sau bay tam', 'sdt [số điện thoại]'],
    ['sdt 0912.345.678', 'sdt [số điện thoại]'],
    ['sdt +84 912345678', 'sdt [số điện thoại]'],
  ])('"%s" is still kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    ['cccd 0 7 9 1 2 3 4 5 6 7 8 9', 'cccd [số giấy tờ]'],
    ['cmnd cua ba tui 0 2 4 1 2 3 4 5 6', 'cmnd cua ba tui [số giấy tờ]'],
    ['the bhyt GD4797912345678', 'the bhyt [số giấy tờ]'],
  ])('an identity number split so is still a paper\'s: "%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'tu 01/02/2024 - 05/03/2025 nha tui chua nhan tien',
    'ngay 01/02/2024 12 gio ra xa',
    'thu nhap cac thang 0, 1.500.000, 2.000.000',
    'o day co 4 nguoi, 0 ai co viec',
  ])('keeps dates and amounts: "%s"', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
