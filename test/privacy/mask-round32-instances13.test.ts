/**
 * Round 32 (instances13): a district's number typed without marks ("quan 5", "o quan 8") was kept in the texts the store
 * keeps (an unanswered question, a report) while "Quận 5", "q1", "p.7" and "phuong 12" were masked: it says where the
 * household lives. Masked now, as "quận [địa chỉ]" is; an amount, an age or a count after "quan" stays ("binh quan 2 trieu",
 * "co quan 3 nguoi"), and so do the other words "quan" ends ("lien quan", "tham quan").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('a district or a ward by its number', () => {
  it.each([
    ['nha tui o quan 5 co dc ho tro j ko', 'nha tui o quan [địa chỉ] co dc ho tro j ko'],
    ['quan 8 tp hcm ho can ngheo dc vay ko', 'quan [địa chỉ] tp hcm ho can ngheo dc vay ko'],
    ['tui o phuong 12 quan 8, nha 4 nguoi thu nhap 6 trieu', 'tui o phuong [địa chỉ] quan [địa chỉ], nha 4 nguoi thu nhap 6 trieu'],
    ['o p.7 q.8 co ai lam ho ngheo ko', 'o p.[địa chỉ] q.[địa chỉ] co ai lam ho ngheo ko'],
    ['nha o q1, ba tui 70 tuoi', 'nha o q[địa chỉ], ba tui 70 tuoi'],
    ['Hộ ông Tư ở Quận 5 xin xác nhận hộ cận nghèo', 'Hộ ông [tên] ở Quận [địa chỉ] xin xác nhận hộ cận nghèo'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'thu nhap binh quan 2 trieu 1 thang',
    'binh quan 5 trieu/nguoi co la ho ngheo ko',
    'tui lam co quan 3 nam roi',
    'van ban lien quan 2 chinh sach nay',
    'nha tui 4 nguoi thu nhap 5 trieu, ba tui 65 tuoi',
    'di tham quan 2 ngay',
  ])('keeps "%s" as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
