/**
 * Round 28 (privacy10), what is kept of a message:
 * - a Southern calling name after "tên", "là" or a title, with a word that ends a name in lower case ("tui ten Út Em": "[tên]
 *   Em"; "tui la Ba Hen": "Ba [tên]") is masked whole;
 * - "cầu" with a word that makes a thing of it ("hỗ trợ làm cầu Cống": bridges and culverts; "cầu Tõm": a toilet) was masked as a
 *   bridge's name; a bridge named stays masked ("gần cầu Tre Lớn", "gan cau Cong Ly");
 * - a CCCD typed a digit at a time ("0 7 9 1 2 3 4 5 6 7 8 9") was kept: too long for a phone, it is a paper's number.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('a calling name is masked whole', () => {
  it.each([
    ['tui ten Út Em, nha tui 5 nguoi co dc ho tro ko', 'tui ten [tên], nha tui 5 nguoi co dc ho tro ko'],
    ['em ten Ut Em o ap 3 xin hoi ho can ngheo', 'em ten [tên] o ap [địa chỉ] xin hoi ho can ngheo'],
    ['tui la Ba Hen, ho ngheo dc vay von ko', 'tui la [tên], ho ngheo dc vay von ko'],
    ['tui la Hai Lua nha co 4 nguoi', 'tui la [tên] nha co 4 nguoi'],
    ['chi Ut Em nha ben co dc bhyt ko', 'chi [tên] nha ben co dc bhyt ko'],
    ['tôi tên Lê Thế Anh, hỏi về hộ cận nghèo', 'tôi tên [tên], hỏi về hộ cận nghèo'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['tui la ho can ngheo', 'em la con ut trong nha', 'ba tui 70 tuoi co dc tro cap ko', 'tui ten Lan, em muon hoi ho ngheo'])('keeps what is no name as typed in "%s"', (typed) => {
    expect(maskPersonalData(typed).replace('[tên]', 'Lan')).toBe(typed);
  });
});

describe('"cầu" making a thing is no bridge named', () => {
  it.each(['xa co hỗ trợ làm cầu Cống ko', 'nhà tui xài cầu Tõm có bị tính thiếu hụt ko', 'ho tro lam cau cong nong thon'])('keeps "%s" as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['nha tui gan cầu Tre Lớn', 'nha tui gan cầu [địa chỉ]'],
    ['nha o gan cau Cong Ly', 'nha o gan cau [địa chỉ]'],
    ['nhà tui ở dưới chân cầu Mỹ Thuận', 'nhà tui ở dưới chân cầu [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a paper number typed a digit at a time', () => {
  it.each([
    ['cccd cua tui 0 7 9 1 2 3 4 5 6 7 8 9 co trong ds ho ngheo ko', 'cccd cua tui [số giấy tờ] co trong ds ho ngheo ko'],
    ['so can cuoc 0.7.9.1.2.3.4.5.6.7.8.9 nha', 'so can cuoc [số giấy tờ] nha'],
    ['goi tui 0.9.0.1.2.3.4.5.6.7 nha', 'goi tui [số điện thoại] nha'],
    ['sdt 0 9 0 1 2 3 4 5 6 7', 'sdt [số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
