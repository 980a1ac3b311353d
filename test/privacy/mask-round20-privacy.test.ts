/**
 * Round 20 (privacy): a name after a bare "tên" ("tên Lan", "chị tên Hoa", "ten Be Hai") was kept as typed since round 19
 * dropped "tên" alone as a trigger (it masked "tên Nghị định nào …"). Now the words after a bare "tên" are a name only when
 * their first word is a name's (src/privacy/mask.ts bareName, personal.ts bareNameTriggers): "tên gì", "tên văn bản",
 * "tên xã", "co ten trong danh sach" stay as typed, and a question read without personal data keeps its words.
 */
import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData, withoutPersonalData } from '../../src/privacy/mask.ts';

const { phone, name, address } = MASKS;

describe('a name after a bare "tên" (round 20)', () => {
  it.each([
    ['tên Lan, nhà 4 người ở quê', `tên ${name}, nhà 4 người ở quê`],
    ['chi ten Lan o ap 3, co dc ho tro j ko', `chi ten ${name} o ap ${address}, co dc ho tro j ko`],
    ['ba noi ten Be Hai 80 tuoi roi', `ba noi ten ${name} 80 tuoi roi`],
    ['Tên: lan, sdt 0912345678', `Tên: ${name}, sdt ${phone}`],
    ['vo tui ten hoa, chong ten nguyen van tuan', `vo tui ten ${name}, chong ten ${name}`],
    ['thang nho ten Teo hoc lop 3 ma hok dc mien hoc phi', `thang nho ten ${name} hoc lop 3 ma hok dc mien hoc phi`],
    ['con út tên Út năm nay 6 tuổi', `con út tên ${name} năm nay 6 tuổi`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each([
    'tên gì vậy ad',
    'tên văn bản quy định chuẩn nghèo là gì',
    'tên xã mới sau sáp nhập là gì',
    'Tên Nghị định nào quy định chuẩn nghèo',
    'nha tui co ten trong danh sach ho can ngheo ko',
    'ten chuong trinh giam ngheo la gi',
    'ten ho ngheo la gi',
    'Tên Chính sách hỗ trợ nhà ở',
  ])('keeps as typed: %s', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
    expect(withoutPersonalData(typed)).toBe(typed);
  });

  it('reads a question without the name told after "tên"', () => {
    expect(withoutPersonalData('chi ten Lan, ho can ngheo dc bhyt ko')).toBe('chi ten, ho can ngheo dc bhyt ko');
  });
});

/**
 * District and commune names typed in lower case with 'châu', 'giáo', 'hoài', 'tuy' (places.ts PLACE_NAME_WORDS): "huyen phu
 * giao" was kept as "huyen [địa chỉ] giao", "xa tan chau" whole. "thôn cháu", "xã giao" alone stay everyday words.
 */
describe('lower-case district names from the one list of place syllables (round 20)', () => {
  it.each([
    ['nha tui o huyen phu giao tinh binh duong, 5 nguoi', `nha tui o huyen ${address} tinh binh duong, 5 nguoi`],
    ['tui o ap 4 xa tan chau huyen tan chau', `tui o ap ${address} xa ${address} huyen ${address}`],
    ['ba con o xa chau thanh co dc ho tro ko', `ba con o xa ${address} co dc ho tro ko`],
    ['nha em o ấp hoai an, huyen tuy phuoc', `nha em o ấp ${address}, huyen ${address}`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each(['xa giao tiep voi can bo kho qua', 'nha tui o thon chau nha'])('keeps as typed: %s', (typed) =>
    expect(maskPersonalData(typed)).toBe(typed),
  );
});
