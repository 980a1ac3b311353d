/**
 * Round 26 (privacy6):
 * - an industrial park where a person works ("kcn Song Than", "khu cong nghiep Tan Tao", "khu che xuat Tan Thuan") was kept as
 *   typed: where someone is every working day locates the person, as a child's school does (masked since round 25), so its name
 *   is masked as a place's ("kcn [địa chỉ]"); "lam o khu cong nghiep" (no name) and "kcn 3 nam" (three years) stay;
 * - a school's kind after its words ("tieu hoc Ban tru", "truong PTDT Noi tru Tan Phu") was read as its name: "tieu hoc [tên
 *   trường] tru", and "truong [tên trường] tru Tan Phu" kept the place's name; now the kind stays and the name after it goes.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe("the industrial park where a person works", () => {
  it.each([
    ['tui lam cong nhan o kcn Song Than', 'tui lam cong nhan o kcn [địa chỉ]'],
    ['chong tui lam khu cong nghiep Tan Tao luong 8 trieu', 'chong tui lam khu cong nghiep [địa chỉ] luong 8 trieu'],
    ['con gai lam o khu che xuat Tan Thuan', 'con gai lam o khu che xuat [địa chỉ]'],
    ['vo em lam KCN VSIP, 2 dua con o que', 'vo em lam KCN [địa chỉ], 2 dua con o que'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'nha 3 nguoi o que, chong di lam o khu cong nghiep, luong 9 trieu',
    'lam kcn 3 nam roi ma van ngheo',
    'kcn co duoc ho tro nha o ko',
  ])('keeps "%s" as typed (no park named)', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe("a school's kind", () => {
  it.each([
    ['con hoc tieu hoc Ban tru', 'con hoc tieu hoc Ban tru'],
    ['con hoc truong tieu hoc Ban tru Kim Dong', 'con hoc truong tieu hoc Ban tru [tên trường]'],
    ['be hoc mau giao Ban Tru Hoa Sen', 'be hoc mau giao Ban Tru [tên trường]'],
    ['con o truong PTDT Noi tru Tan Phu', 'con o truong PTDT Noi tru [tên trường]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // A school's name is still masked; the kind's words alone are no school.
    ['con tui hoc tiểu học Kim Đồng', 'con tui hoc tiểu học [tên trường]'],
    ['Truong Thi Lan la vo tui', '[tên] la vo tui'],
    ['hoc sinh pho thong dan toc thieu so co dc mien hoc phi ko', 'hoc sinh pho thong dan toc thieu so co dc mien hoc phi ko'],
  ])('"%s" is still kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
