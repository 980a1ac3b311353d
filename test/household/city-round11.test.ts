/**
 * Round 11: a city named ("TP Vinh", "tp Bac Lieu", "tp hcm") holds wards (phường, thành thị) and communes (xã, nông thôn),
 * the more so since the 2025 merges (shared/facts documents-and-places.md: the district level, thị xã and thành phố thuộc tỉnh,
 * abolished from 01/7/2025). As for a thị xã, the area is asked unless "phường" or "xã" is said; "ở thành phố" said bare (as
 * against "ở quê") stays urban.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read } = readerOn('2026-12-02');

describe('a city named alone: the area is asked, never taken as urban', () => {
  it.each(['nha 4 nguoi o TP Vinh thu nhap 6 trieu', 'tp Bac Lieu, nha tui 3 nguoi, kiem dc 5tr', 'nha 3 nguoi o tp hcm, thu nhap 8 trieu', 'o thanh pho Thu Duc 5 nguoi 9 trieu'])(
    '"%s"',
    (text) => {
      const understanding = read(text);
      expect(understanding.understood.area).toBeNull();
      expect(understanding.missing).toContain('area');
      expect(understanding.questions[0]).toBe('Thành phố có cả phường (thành thị) và xã (nông thôn). Hộ đang ở phường (thành thị) hay xã (nông thôn)?');
    },
  );
});

describe('"phường" or "xã" said with the city decides', () => {
  it('"xa Tan Thanh, TP Ca Mau" is rural, "phuong 5 tp Vinh" and "P.7 TP Vinh" urban, "ap 3, TP Ca Mau" rural', () => {
    expect(read('xa Tan Thanh, TP Ca Mau, 4 nguoi, 6 trieu').understood.area).toBe('rural');
    expect(read('phuong 5 tp Vinh, 4 nguoi 6 trieu').understood.area).toBe('urban');
    expect(read('P.7 TP Vinh 4 nguoi 6tr').understood.area).toBe('urban');
    expect(read('ap 3, TP Ca Mau, 4 nguoi 6 trieu').understood.area).toBe('rural');
  });

  it('"ở thành phố" said bare stays urban: "me con tui o tp, luong 6tr", "tui o tp 1 minh"', () => {
    expect(read('me con tui o tp, luong 6tr, ko co bao hiem').understood.area).toBe('urban');
    expect(read('tui o tp 1 minh, luong 3tr5').understood.area).toBe('urban');
    expect(read('nhà mình ở thành phố 3 người, lương tổng 18tr/năm thôi').understood.area).toBe('urban');
  });
});
