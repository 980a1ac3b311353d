/**
 * Round 21 (privacy): what a person types is masked before it is kept, and no more than that.
 * - A district's or a commune's name said after "ở" with no unit ("nha tui o phu giao") was kept as typed; a province's name
 *   stays (it says which province's plan applies), read from the one province vocabulary (corpus/provinces-2025.yaml and
 *   the lexicon's other names), not a list of its own.
 * - A question typed with every word capitalised (as some phones type) had its everyday words masked as names ("Tui La [tên],
 *   Ho Ngheo Duoc Gi", "Ong [tên] Bi Liet", "Chu [tên] Xa …"): the meaning of the policy question was lost in what is kept.
 *   A name in it is still masked.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('a place said with no unit after "ở"', () => {
  it.each([
    ['nha tui o phu giao, 4 nguoi, thu nhap 5 trieu', 'nha tui o [địa chỉ], 4 nguoi, thu nhap 5 trieu'],
    ['nha tui o phu giao binh duong co duoc ho tro khong', 'nha tui o [địa chỉ] binh duong co duoc ho tro khong'],
    ['Nhà tôi ở Tân Phú, hộ cận nghèo được gì', 'Nhà tôi ở [địa chỉ], hộ cận nghèo được gì'],
    ['tui o huyen tan phu', 'tui o huyen [địa chỉ]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each(['nha tui o vinh long, ho ngheo duoc gi', 'tui o an giang', 'o long an co chinh sach gi', 'tui o hai nam roi ma chua duoc xet', 'nha tui o nong thon', 'o tp hcm'])(
    '"%s" is kept whole: a province, a count or the area is no address',
    (typed) => {
      expect(maskPersonalData(typed)).toBe(typed);
    },
  );
});

describe('an everyday word that begins with a middle name, capitalised in a sentence', () => {
  it.each([
    ['nha tui o phu giao, Tui La Van Dong Vien, xin hoi ve ho tro', 'nha tui o [địa chỉ], Tui La Van Dong Vien, xin hoi ve ho tro'],
    ['tui la Van Dong Vien khuyet tat', 'tui la Van Dong Vien khuyet tat'],
    ['tôi là Văn Thị Lan', 'tôi là [tên]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a question typed in title case', () => {
  it.each([
    'Tui La Van Dong Vien, Ho Ngheo Duoc Gi',
    'Ba Noi Bi Benh Duoc Ho Tro Gi',
    'Ong Ngoai Bi Liet Co Duoc Tro Cap Khong',
    'Nha Tui Co Ong Ba Gia',
    'Toi La Tho Xay Thu Nhap Thap',
    'Chi Oi Cho Em Hoi Ve Ho Can Ngheo',
  ])('"%s" keeps its words', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['Tôi Là Lan, Nhà 4 Người', 'Tôi Là [tên], Nhà 4 Người'],
    ['Tui La Ho Thi Thu O Ap 3', 'Tui La [tên] O Ap [địa chỉ]'],
    ['Tui Ten Nguyen Van Teo, Ho Ngheo', 'Tui Ten [tên], Ho Ngheo'],
    ['Chi Hoa Hoi Ve Bhyt', 'Chi [tên] Hoi Ve Bhyt'],
  ])('"%s" still has its name masked: "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
