/**
 * Round 26 (privacy7): a phone typed on a keyboard in a full-width (CJK) layout ("０９１２ ３４５ ６７８") was kept as typed:
 * the masker's readers match ASCII digits only. The text is now read in its compatibility form (NFKC) first.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, withoutPersonalData } from '../../src/privacy/mask.ts';

describe('digits typed full-width', () => {
  it.each([
    ['sdt ０９１２ ３４５ ６７８ nha', 'sdt [số điện thoại] nha'],
    ['co gi goi tui ０９１２３４５６７８ giup em', 'co gi goi tui [số điện thoại] giup em'],
    ['cccd ０７９１２３４５６７８９ cua tui bi mat', 'cccd [số giấy tờ] cua tui bi mat'],
    ['ｓｄｔ 0912 345 678', 'sdt [số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('a question searched leaves the full-width phone out with its label', () => {
    expect(withoutPersonalData('chị Hoa, điện thoại ０９１２ ３４５ ６７８, hỏi lịch cắt điện')).not.toMatch(/[０-９]|\d{3}/u);
  });

  it('Vietnamese with its marks, an ellipsis and a square metre are kept as typed', () => {
    const typed = 'nhà tui ở quê 4 người, nhà 30m², thu nhập 1.500.000 đồng/tháng… có được hỗ trợ không';
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
