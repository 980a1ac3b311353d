/**
 * Round 29 (privacy11): a person's full name right after a place's name was read as part of the place's (at most three
 * capitalised words), so its last words were kept as typed: "hỗ trợ làm cầu Cống Nguyễn Văn A" → "cầu [địa chỉ] A", "xóm Chùa
 * Nguyễn Văn Tèo" → "xóm [địa chỉ] Tèo", "xã Long Hòa Lê Văn Tám" → "xã [địa chỉ] Văn Tám". Now the place's name ends where the
 * person's begins, and the name is "[tên]"; "cầu Cống" (a culvert bridge, round 28) stays as typed.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/privacy/mask.ts';

describe('a person named right after a place', () => {
  it.each([
    ['hỗ trợ làm cầu Cống Nguyễn Văn A', 'hỗ trợ làm cầu Cống [tên]'],
    ['xin hỗ trợ làm cầu Cống Nguyễn Văn Tèo', 'xin hỗ trợ làm cầu Cống [tên]'],
    ['cầu Cống Trần Thị Lan bị sập rồi', 'cầu Cống [tên] bị sập rồi'],
    ['cầu Cống Bà Hai hư rồi', 'cầu Cống Bà [tên] hư rồi'],
    ['cầu Tre Nguyễn Văn A', 'cầu Tre [tên]'],
    ['xóm Chùa Nguyễn Văn Tèo hỏi hộ nghèo', 'xóm [địa chỉ] [tên] hỏi hộ nghèo'],
    ['ấp Bình Minh Trần Thị Lan xin hỗ trợ', 'ấp [địa chỉ] [tên] xin hỗ trợ'],
    ['thôn Đông Nguyễn Thị Hoa hỏi', 'thôn [địa chỉ] [tên] hỏi'],
    ['xã Long Hòa Lê Văn Tám có được vay vốn không', 'xã [địa chỉ] [tên] có được vay vốn không'],
    ['huyện Phú Giáo Nguyễn Văn Ba', 'huyện [địa chỉ] [tên]'],
    ['ap Binh Minh Tran Thi Lan', 'ap [địa chỉ] [tên]'],
    ['xom Chua Nguyen Van Teo', 'xom [địa chỉ] [tên]'],
    ['ở ấp 3 Nguyễn Văn A', 'ở ấp [địa chỉ] [tên]'],
    ['tổ 5 Trần Văn Hùng', 'tổ [địa chỉ] [tên]'],
    ['khu phố 3 Nguyễn Thị Mai', 'khu phố [địa chỉ] [tên]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // Read so before; they must stay so.
    ['nhà bà Nguyễn Thị B ở ấp 3', 'nhà bà [tên] ở ấp [địa chỉ]'],
    ['hỗ trợ sửa nhà cho bà Nguyễn Thị B ở ấp 3 xã Long Hòa', 'hỗ trợ sửa nhà cho bà [tên] ở ấp [địa chỉ] xã [địa chỉ]'],
    ['ho tro lam cau Cong Nguyen Van A', 'ho tro lam cau Cong [tên]'],
    ['làm cầu Cống ấp 3', 'làm cầu Cống ấp [địa chỉ]'],
    ['gần cầu Tre Long Bình', 'gần cầu [địa chỉ]'],
    ['cầu Nguyễn Văn Trỗi', 'cầu [địa chỉ]'],
    ['đường Nguyễn Văn Cừ', 'đường [địa chỉ]'],
    ['hẻm 12 Nguyễn Văn Cừ', 'hẻm [địa chỉ]'],
    ['ấp 5 Long Hòa', 'ấp [địa chỉ]'],
  ])('"%s" is still kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
