/**
 * Round 41 (privacy34): Vietnamese names of four and five words. A four-word name typed alone or closing its clause ("Lý Thị
 * Ngọc Hân", as a list cell or a reply) was masked "[tên] Hân": past its third word a text typed with every word capitalised
 * kept a name's words only when listed given names, and "Hân" is none. A name that fills its clause is now one name whole.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const N = MASKS.name;

describe('a four-word name filling its clause is one [tên]', () => {
  it.each([
    ['Lý Thị Ngọc Hân', N],
    ['Ly Thi Ngoc Han', N],
    ['Lý Thị Bích Hân, 70 tuổi', `${N}, 70 tuổi`],
    ['Nguyễn Thị Thanh Hương', N],
    ['Tran Van Minh Tuan', N],
    ['me tui ten Ly Thi Ngoc Han, 70 tuoi', `me tui ten ${N}, 70 tuoi`],
    ['ba noi Nguyen Thi Thanh Huong', `ba noi ${N}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // Everyday words typed in title case stay, and a name's clause still ends at a word that is not one ("Ap 3").
    'Tui La Van Dong Vien, Ho Ngheo Duoc Gi',
    'Nha Tui Dang Thi Cong Nha',
    'hộ cận nghèo ở Quảng Trị được hỗ trợ gì',
    'Nghị định 176/2025 ho tro gi',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
  it('"Tui La Hoang Van Thu O Ap 3" keeps "O Ap"', () => {
    expect(maskPersonalData('Tui La Hoang Van Thu O Ap 3')).toBe(`Tui La ${N} O Ap ${MASKS.address}`);
  });
});

describe('a four-word name with its phone number after it is one [tên]', () => {
  it.each([
    ['Lý Thị Ngọc Hân 0912345678', `${N} ${MASKS.phone}`],
    ['Lý Thị Ngọc Hân - 0912 345 678', `${N} - ${MASKS.phone}`],
    ['LY THI NGOC HAN 0912345678', `${N} ${MASKS.phone}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a Hmong name, surname, "A" and given name ("Hờ A Páo"), is one [tên]', () => {
  it.each([
    ['Hờ A Páo', N],
    ['tui ten Hờ A Páo', `tui ten ${N}`],
    ['Thào A Sính 70 tuoi, co dc ho tro ko', `${N} 70 tuoi, co dc ho tro ko`],
    ['Giàng A Lử, 0912345678', `${N}, ${MASKS.phone}`],
    ['me tui Sùng Thị Mỷ bi benh', `me tui ${N} bi benh`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a full name with no "Văn"/"Thị", a surname\'s or a given name\'s word second ("Lê Hoàng Bảo Anh"), is one [tên]', () => {
  it.each([
    ['Lê Hoàng Bảo Anh', N],
    ['Nguyễn Ngọc Bảo Trân', N],
    ['me tui Lê Hoàng Bảo Anh bi benh nam vien', `me tui ${N} bi benh nam vien`],
    ['Lê Hoàng Bảo Anh, 0912345678', `${N}, ${MASKS.phone}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['Hồ Chí Minh', 'Lâm Đồng Gia Lai', 'Mai Táng Phí', 'Hồ Sơ Cần Gì', 'Lý Do Bị Loại'])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
