/**
 * Round 42 (privacy35): names and numbers residents type that were kept as typed. Five-word names ("Nguyễn Thị Ngọc Bích Trâm" was
 * "[tên] Bích Trâm", "Ton That Minh Hoang Anh" kept), a full name with no "Văn"/"Thị" typed plain ("con tui Le Hoang Bao Anh"), a
 * CCCD grouped as a phone and a short group ("cccd so 0123 456 789 12" kept the "12"), names of the Central Highlands and Hmong
 * peoples ("Y Bih Niê", "Ksor Y Phun", "Hơ Đơk H'Bia", "Vàng A Dính"), a name said without its surname ("Thị Mai") and a birth-order
 * calling after "bà"/"ông" typed in lower case ("bà tư nhà bên").
 *
 * The rule for a partial name (personal.ts callingNames, partialNameMiddles): who a person is to the household and a given name said
 * with it ("chị Mai", "bà Tư", "Thị Mai") is personal text, the name is masked and the kinship word kept ("chị [tên]"); kin called by
 * birth order in lower case after a kin word ("cậu hai", "anh hai") is who the person is to the household and stays, as do counts
 * ("ông bảy mươi tuổi"). A people's name ("người Ê Đê", "dân tộc Mông", "dân tộc Gia Rai", "người Ba Na") is no person's data and
 * stays.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS, withoutPersonalData } from '../../src/privacy/mask.ts';

const [N, ID, P, A] = [MASKS.name, MASKS.idNumber, MASKS.phone, MASKS.address];

describe('a name of five words, or of four typed plain with no "Văn"/"Thị", is one [tên]', () => {
  it.each([
    ['Nguyễn Thị Ngọc Bích Trâm', N],
    ['NGUYEN THI NGOC BICH TRAM, 0912345678', `${N}, ${P}`],
    ['me tui Nguyen Thi Ngoc Bich Tram bi benh nam vien', `me tui ${N} bi benh nam vien`],
    ['Ton That Minh Hoang Anh', N],
    ['ong noi tui Tôn Thất Minh Hoàng Anh 80 tuoi co dc tro cap ko', `ong noi tui ${N} 80 tuoi co dc tro cap ko`],
    ['Le Hoang Bao Anh', N],
    ['con tui Le Hoang Bao Anh hoc lop 3', `con tui ${N} hoc lop 3`],
    // The name ends where a word in lower case that is no name's comes ("học"), five words read or not.
    ['con tui la Le Hoang Bao Anh hoc lop 3', `con tui la ${N} hoc lop 3`],
    ['tui la Nguyen van teo', `tui la ${N}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('the school\'s name after "hoc truong" stays the school\'s, not a name', () => {
    expect(maskPersonalData('Con Tui Hoc Truong Kim Dong')).toBe(`Con Tui Hoc Truong ${MASKS.school}`);
    expect(maskPersonalData('con tui hoc Truong Kim Dong')).toBe(`con tui hoc Truong ${MASKS.school}`);
  });
});

describe('a name followed by a CCCD: both masked, the CCCD whole when typed in groups', () => {
  it.each([
    ['Tran Van Ba CCCD 079123456789', `${N} ${ID}`],
    ['cccd so 0123 456 789 12', `cccd so ${ID}`],
    ['Tran Van Ba cccd so 0123 456 789 12 nha tui ngheo lam', `${N} cccd so ${ID} nha tui ngheo lam`],
    ['cccd tui 0123 456 789 12, ho ngheo dc ho tro j ko', `cccd tui ${ID}, ho ngheo dc ho tro j ko`],
    ['0123 456 789 12', ID],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('a phone with its members counted after it is still a phone, the count kept', () => {
    expect(maskPersonalData('sdt 0912 345 678, 4 nguoi')).toBe(`sdt ${P}, 4 nguoi`);
  });
});

describe('names of the Central Highlands and Hmong peoples are one [tên], alone and in a sentence', () => {
  it.each([
    ['Y Bih Niê', N],
    ['Vàng A Dính', N],
    ["Hơ Đơk H'Bia", N],
    ['Ksor Y Phun', N],
    ['me tui ten Y Bih Niê', `me tui ten ${N}`],
    ['me tui Y Bih Niê bi benh, co dc ho tro ko', `me tui ${N} bi benh, co dc ho tro ko`],
    ['ba tui Vàng A Dính nha ngheo lam', `ba tui ${N} nha ngheo lam`],
    ["chi Hơ Đơk H'Bia o buon Ko Sier", `chi ${N} o buon ${A}`],
    ['Ksor Y Phun, 0912345678', `${N}, ${P}`],
    ['Bàn Văn Lìn o ban Nà Hin', `${N} o ban ${A}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('a person\'s full name after "người" is still a name, though "Đào" is a people\'s name too (Dao)', () => {
    expect(maskPersonalData('nguoi co Đào Thị Lan')).toBe(`nguoi co ${N}`);
    expect(maskPersonalData('người Đào Thị Lan den nha hoi')).toBe(`người ${N} den nha hoi`);
  });

  it('is left out of a question searched ("Y Bih Niê" is nobody\'s subject)', () => {
    expect(withoutPersonalData('me tui Y Bih Niê bi benh co dc ho tro ko')).not.toContain('Bih');
  });

  it.each([
    'nguoi Ê Đê co dc ho tro ko',
    'dân tộc Mông được hỗ trợ gì',
    'tui la nguoi Gia Rai, nha ngheo lam',
    'nguoi Ba Na co dc vay von ko',
    'dân tộc Chu Ru ở Lâm Đồng',
    'người Ê Đê, Gia Rai, Ba Na ở Tây Nguyên được hỗ trợ gì',
    'tui dan toc Hmong',
    'Trạm Y tế xã o dau',
    'Tram Y Te Xa co kham free ko',
    'giá Vàng hôm nay',
    'Mùa Vụ này có được vay ko',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('a partial name is personal text; kinship and counts stay', () => {
  it.each([
    ['Thị Mai', N],
    ['Thi Mai', N],
    ['nha tui co Thị Mai bi benh', `nha tui co ${N} bi benh`],
    ['chị Mai', `chị ${N}`],
    ['chi mai cho tui vay tien', `chi ${N} cho tui vay tien`],
    ['bà Tư', `bà ${N}`],
    ['bà tư nhà bên cho tui mượn tiền', `bà ${N} nhà bên cho tui mượn tiền`],
    ['ông bảy hàng xóm ở 1 mình', `ông ${N} hàng xóm ở 1 mình`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'cau hai o que',
    'anh hai tui di lam xa',
    'ông bảy mươi tuổi co dc tro cap ko',
    'ông sáu đứa cháu ko ai nuôi',
    'bà tư vấn giùm tui',
    'Thị trấn có được hỗ trợ ko',
    'Văn bản nào quy định',
    'hop o nha van hoa thon',
    'Hộ nghèo ở Bình Định',
    'Chủ tịch xã ký',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
