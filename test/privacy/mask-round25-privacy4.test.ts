/**
 * Round 25 (privacy4): what residents type about their family was kept with what locates or identifies a person:
 * - a child's school ("con tui hoc truong THCS Nguyen Du", "tiểu học Kim Đồng", "truong mau giao Hoa Sen") was kept whole;
 * - an identity number a few words after its word ("cmnd cua ba tui 024123456"), a CMND's 9 digits from 0, or a number after
 *   "số BHYT"/"số định danh" shaped like a phone was masked as a phone ("[số điện thoại]"): now "[số giấy tờ]";
 * - "thằng Tư" typed plain ("thang Tu 15 tuoi", "thang Tu nha tui", "con tui thang tu") was kept as April: now the name is
 *   masked when an age, the household or a relative is around it; "thang tu nay", "thang Tu co ho tro ko" stay April;
 * - a house number and a street named like a title and a name ("o 12 Hai Ba Trung") was masked as an address and a name
 *   ("o [địa chỉ] [tên]"): now one address.
 * Then 40 family messages typed Zalo-style (family-messages-round25-privacy4.test.ts) let through: the last group of a CCCD before
 * "con" (còn, read as a child), a year or date of birth ("sn 1985", "sinh ngay 12/05/1960"), a plate ("59X1-123.45"), a nickname
 * that is an everyday word ("be Bi", "chau tui thang Bo 10 tuoi"), a name after "cau" (cậu), "a" (anh), "c" (chị), after "e
 * ten" (em tên), and a street after "phố" ("phố Huế").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe("a child's school", () => {
  it.each([
    ['con tui hoc truong THCS Nguyen Du', 'con tui hoc truong THCS [tên trường]'],
    ['con tui hoc tiểu học Kim Đồng', 'con tui hoc tiểu học [tên trường]'],
    ['be Na hoc truong mau giao Hoa Sen', 'be [tên] hoc truong mau giao [tên trường]'],
    ['con tui hoc truong kim dong', 'con tui hoc truong [tên trường]'],
    ['con hoc truong nguyen van troi o xa Tan Phu', 'con hoc truong [tên trường] o xa [địa chỉ]'],
    ['Con Tui Hoc Truong Kim Dong', 'Con Tui Hoc Truong [tên trường]'],
    ['be hoc MN Hoa Sen', 'be hoc MN [tên trường]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    ['Truong Thi Lan la vo tui', '[tên] la vo tui'],
    ['truong thi lan la vo tui', '[tên] la vo tui'],
  ])('"%s", a full name with the surname Trương, is kept as "%s" (no school)', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('an identity number, by the word before it and by its shape', () => {
  it.each([
    ['cmnd cua ba tui 024123456', 'cmnd cua ba tui [số giấy tờ]'],
    ['can cuoc cua me 079 123 456 789', 'can cuoc cua me [số giấy tờ]'],
    ['so dinh danh 001203004567', 'so dinh danh [số giấy tờ]'],
    ['so bhyt 0123456789', 'so bhyt [số giấy tờ]'],
    ['ma bhxh cua tui 0123456789', 'ma bhxh cua tui [số giấy tờ]'],
    ['cmnd me tui 024.123.456 mat roi', 'cmnd me tui [số giấy tờ] mat roi'],
    ['024 123 456 la so cmnd cu', '[số giấy tờ] la so cmnd cu'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    ['sdt 0912345678', 'sdt [số điện thoại]'],
    ['dien thoai ban 0274 3812 345', 'dien thoai ban [số điện thoại]'],
    ['cmnd 272123456, sdt 0912345678', 'cmnd [số giấy tờ], sdt [số điện thoại]'],
  ])('a phone stays a phone: "%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('"thằng Tư" typed plain, told from April by what is around it', () => {
  it.each([
    ['thang Tu 15 tuoi nghi hoc', 'thang [tên] 15 tuoi nghi hoc'],
    ['thang Tu nha tui di lam xa', 'thang [tên] nha tui di lam xa'],
    ['thang Tu nghi hoc roi', 'thang [tên] nghi hoc roi'],
    ['con tui thang tu nghi hoc roi', 'con tui thang [tên] nghi hoc roi'],
    ['thang tu 15 tuoi', 'thang [tên] 15 tuoi'],
    ['chau thang Ba di hoc xa', 'chau thang [tên] di hoc xa'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['thang tu nay co ho tro ko', 'thang Tu nay co ho tro ko', 'thang 4 co ho tro ko', 'thang Tu co ho tro ko', 'thang tu nha tui mat mua', 'thang Gieng nha tui ko co thu nhap', 'con thang Tu thi sao'])(
    '"%s" is April: kept as typed',
    (typed) => {
      expect(maskPersonalData(typed)).toBe(typed);
    },
  );
});

describe('a house number and its street, one address', () => {
  it.each([
    ['o 12 Hai Ba Trung', 'o [địa chỉ]'],
    ['nha tui o 12 Hai Ba Trung', 'nha tui o [địa chỉ]'],
    ['so nha 12 Hai Ba Trung', 'so nha [địa chỉ]'],
    ['duong Hai Ba Trung', 'duong [địa chỉ]'],
    ['ap Ba Tri', 'ap [địa chỉ]'],
    ['nha tui o so 12 Hai Ba Trung phuong 3', 'nha tui o so [địa chỉ] phuong [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('what 40 Zalo-style family messages let through', () => {
  it.each([
    ['cccd cua ba tui 079 061 012 345 con han ko', 'cccd cua ba tui [số giấy tờ] con han ko'],
    ['ong noi sn 1945, ba noi sn 1950, co dc tro cap ko', 'ong noi sn [ngày sinh], ba noi sn [ngày sinh], co dc tro cap ko'],
    ['me tui sinh ngay 12/05/1960', 'me tui sinh ngay [ngày sinh]'],
    ['nam sinh: 1985', 'nam sinh: [ngày sinh]'],
    ['bien so xe 59X1-123.45 cua chong tui', 'bien so xe [biển số xe] cua chong tui'],
    ['xe may 51G 123.45 bi mat roi co sao ko', 'xe may [biển số xe] bi mat roi co sao ko'],
    ['xe 59x1 12345 cua tui', 'xe [biển số xe] cua tui'],
    ['be Bi nha chi Hoa 3 tuoi bi suy dinh duong', 'be [tên] nha chi [tên] 3 tuoi bi suy dinh duong'],
    ['chau tui thang Bo 10 tuoi hoc truong THCS Le Loi', 'chau tui thang [tên] 10 tuoi hoc truong THCS [tên trường]'],
    ['cau Tam Sang nha o gan cho, nha ngheo', 'cau Tam [tên] nha o gan cho, nha ngheo'],
    ['a Hùng xóm trên 0918-111-222 cũng ngheo', 'a [tên] xóm trên [số điện thoại] cũng ngheo'],
    ['c Lan ke nha cung ngheo', 'c [tên] ke nha cung ngheo'],
    ['e ten Phượng, nha o to 4 khu pho 2', 'e ten [tên], nha o to [địa chỉ] khu pho [địa chỉ]'],
    ['nha tui ở số 7 ngõ 12 phố Huế', 'nha tui ở số [địa chỉ] ngõ [địa chỉ] phố [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

/** Ordinary words about schools, months, numbers, citations and places that look like a school's name, a name, a birth date or a plate. */
const ORDINARY = [
  'hoc sinh tieu hoc dan toc thieu so co dc mien hoc phi ko', 'tre mam non co dc ho tro ko', 'truong mam non cong lap', 'con tui hoc cap 2 roi',
  'con tui truong thanh roi', 'ho tui 4 nguoi o que, 1 dua 20 tuoi hok hoc het cap 2', 'con tui hoc truong', 'hoc sinh THCS dc ho tro gi', 'hoc sinh THPT co dc mien hoc phi ko', 'th nay sao', 'thang 4 nam nay',
  'diem a Khoan 1 Dieu 3 noi gi', 'theo muc a Phu luc 1', 'cau hoi cua tui la', 'Cau Hoi Ve Ho Ngheo', 'bo di cau Ca Mau', 'cau thang bi hu', 'a oi cho hoi',
  'con Bò bi benh', 'be bi benh', 'thành phố Huế có hỗ trợ gì', 'ở phố có được hỗ trợ không', 'luong 10tr 2025 tang ko', 'thu nhap 15TR 2025',
  'nam 2025 co ho tro ko', 'ho tro hoc sinh nam hoc 2025-2026', 'NQ 41-NQ/TU', 'tu 01/01/2027 chuan moi', 'xe 50cc co tinh tai san ko',
];

describe('more of the same, typed otherwise', () => {
  it.each([
    ['cccd 079.123.456.789', 'cccd [số giấy tờ]'],
    ['bien so 59-X1 123.45', 'bien so [biển số xe]'],
    ['me tui sn 85', 'me tui sn [ngày sinh]'],
    ['sinh ngay 12 thang 5 nam 1960', 'sinh ngay [ngày sinh]'],
    ['ns 12-5-1960', 'ns [ngày sinh]'],
    ['chị Tư Bé ở tổ 7 ấp Bình Thạnh', 'chị [tên] ở tổ [địa chỉ] ấp [địa chỉ]'],
    ['nha tui o hem 45/3 duong so 8', 'nha tui o hem [địa chỉ] duong so [địa chỉ]'],
    ['so the bhyt cua me 79 123 456 7890', 'so the bhyt cua me [số giấy tờ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['hoc sinh 12 tuoi co dc mien hoc phi ko', 'thu nhap 1.500.000 dong', 'con be ba tuoi', 'nha co bon be di hoc'])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

/** Ordinary phrases of the eval questions (test/eval) that were masked before round 25 (privacy4), each with what it was kept as. */
describe('ordinary phrases masked before are kept as typed', () => {
  it.each([
    ['cơ quan nào quản lý nhà nước về giảm nghèo từ năm 2025', 'cơ quan nào quản [địa chỉ] nhà nước …: "quản" read as "quận"'],
    ['di dời dân cư vùng thường xuyên chịu tác động của thiên tai, biến đổi khí hậu', 'thiên [sức khỏe] đổi khí hậu: "tai, biến" read as "tai biến"'],
    ['tp Bac Lieu, nha 3 nguoi, kiem dc 5tr 1 thang', 'tp Bac [tên]: "Bac" read as "bác"'],
    ['o Ba Ria Vung Tau', 'o Ba [tên]: "Ba" read as "bà"'],
    ['đến năm 2025 giảm bao nhiêu phần trăm xã ĐBKK', 'xã [địa chỉ]: an abbreviation read as a commune\'s name'],
    ['xa NTM co ho tro gi', 'xa [địa chỉ]'],
  ])('"%s" (was %s)', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['bac Lieu nha ben', 'bac [tên] nha ben'],
    ['Bác Liễu nhà bên', 'Bác [tên] nhà bên'],
    ['ba tui bi tai bien', 'ba tui bi [sức khỏe]'],
  ])('a name or a condition like them is still masked: "%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('ordinary words about schools, months and numbers are kept as typed', () => {
  it.each(ORDINARY)('"%s"', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
