/**
 * Round 27 (privacy8), what is kept of a message:
 * - an industrial park typed in lower case ("kcn song than", "khu cong nghiep vsip") was kept as typed: masked now as "KCN Sóng
 *   Thần" was, up to the words going on with the sentence ("kcn tan tao luong 8 trieu");
 * - the number ending a place's name ("KCN Song Than 2", "ap Binh Minh 2") was kept after the label; a count or an amount after
 *   the name stays ("xa Tan Phu 4 nguoi", "kcn song than 3 nam");
 * - a bridge ("cầu Long Bình", "gan cau My Thuan") was kept, or masked as a name: now a place's label; "cau Long Binh" with no
 *   word of where before it is the uncle (a name's label), and "cau ut" (no name) stays;
 * - a phone short of a digit after a phone's word ("so dt 090 123 456", "sdt khong chin …") was labelled "[số giấy tờ]";
 * - a street named after a person whose surname is an everyday word, typed in lower case ("duong le loi"), was kept.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('an industrial park typed in lower case, and the number of its name', () => {
  it.each([
    ['tui lam cong nhan o kcn song than', 'tui lam cong nhan o kcn [địa chỉ]'],
    ['chong tui lam o khu cong nghiep vsip', 'chong tui lam o khu cong nghiep [địa chỉ]'],
    ['chong tui lam kcn tan tao luong 8 trieu', 'chong tui lam kcn [địa chỉ] luong 8 trieu'],
    ['con gai lam khu che xuat tan thuan, nha 4 nguoi', 'con gai lam khu che xuat [địa chỉ], nha 4 nguoi'],
    ['tui lam o KCN Song Than 2', 'tui lam o KCN [địa chỉ]'],
    ['vo tui lam kcn song than 2 dc 3 nam roi', 'vo tui lam kcn [địa chỉ] dc 3 nam roi'],
    ['con tui lam kcn song than 3 nam roi', 'con tui lam kcn [địa chỉ] 3 nam roi'],
    ['tui o ap Binh Minh 2, xa Long Hoa', 'tui o ap [địa chỉ], xa [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'lam kcn 3 nam roi ma van ngheo',
    'kcn co duoc ho tro nha o ko',
    'kcn tuyen cong nhan ko ad',
    'nha 3 nguoi o que, chong di lam o khu cong nghiep, luong 9 trieu',
  ])('keeps "%s" as typed (no park named)', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['nha o xa Tan Phu 4 nguoi, 2 vo chong gia', 'nha o xa [địa chỉ] 4 nguoi, 2 vo chong gia'],
    ['xa Tan Phu 12 ho ngheo, 5 ho can ngheo', 'xa [địa chỉ] 12 ho ngheo, 5 ho can ngheo'],
    ['thôn 3 xã Hòa Bình 5 hộ cận nghèo', 'thôn [địa chỉ] xã [địa chỉ] 5 hộ cận nghèo'],
  ])('keeps a count after a place\'s name: "%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('cầu (a bridge) and cậu (an uncle)', () => {
  it.each([
    ['cầu Long Bình', 'cầu [địa chỉ]'],
    ['nha tui gan cau Long Binh', 'nha tui gan cau [địa chỉ]'],
    ['nhà tui ở gần cầu Mỹ Thuận', 'nhà tui ở gần cầu [địa chỉ]'],
    ['nha o duoi chan cau long binh', 'nha o duoi chan cau [địa chỉ]'],
    ['cau Long Binh cho nha tui muon tien', 'cau [tên] cho nha tui muon tien'],
    ['tui o voi cau Long Binh', 'tui o voi cau [tên]'],
    ['cậu Long Bình cho tiền', 'cậu [tên] cho tiền'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['tui o voi cau ut', 'qua cau roi moi toi nha', 'xây cầu an toàn cho trẻ đi học', 'xã có nhu cầu Vay vốn', 'xa yêu cầu Bổ sung giấy tờ'])('keeps "%s" (no bridge, no name after cau)', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('a phone short of a digit', () => {
  it.each([
    ['so dt 090 123 456', 'so dt [số điện thoại]'],
    ['sdt khong chin khong mot hai ba bon nam sau', 'sdt [số điện thoại]'],
    ['sdt cua tui la 090123456', 'sdt cua tui la [số điện thoại]'],
    ['cmnd 090 123 456', 'cmnd [số giấy tờ]'],
    ['cccd khong chin khong mot hai ba bon nam sau', 'cccd [số giấy tờ]'],
    ['so cmnd 024123456', 'so cmnd [số giấy tờ]'],
    ['me tui 024123456 mat roi', 'me tui [số giấy tờ] mat roi'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a street named after a person whose surname is an everyday word, typed in lower case', () => {
  it.each([
    ['nha o so 12 hem 34 duong le loi phuong 5', 'nha o so [địa chỉ] hem [địa chỉ] duong [địa chỉ] phuong [địa chỉ]'],
    ['nha tui o duong ly thuong kiet', 'nha tui o duong [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    ['duong vo nha tui lay loi', 'duong vo nha tui lay loi'],
    ['mua duong le', 'mua duong le'],
    ['duong van tuan so dt 0912345678', '[tên] so dt [số điện thoại]'],
  ])('"%s" is still kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
