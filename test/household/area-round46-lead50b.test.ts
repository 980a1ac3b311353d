/**
 * Round 46 lead50b (found by cadre50): "phương tiện" at a clause's head folds to "phuong tien", and "phuong" there was read as
 * "phường", so "Hộ nông thôn …, thiếu bảo hiểm y tế, nhà tiêu, phương tiện tiếp cận thông tin" was an urban household (2026:
 * 2.000.000 đồng line instead of 1.500.000). "phương pháp", "phương thức" likewise (not "phương án": "phường An Khánh" is a ward); "phường 5" stays a ward.
 */
import { describe, expect, it } from 'vitest';
import { readerOn } from './reader.ts';

const { read } = readerOn('2026-12-07');

describe('"phương tiện", "phương án" at a clause\'s head name no ward', () => {
  it.each([
    ['Hộ nông thôn thu nhập 1.400.000 đồng/người/tháng, thiếu bảo hiểm y tế, nhà tiêu, phương tiện tiếp cận thông tin', 'rural'],
    ['nha tui o xa, thu nhap 1tr4 1 nguoi, ko co bhyt, phuong tien nghe dai cung ko co', 'rural'],
    ['nha tui 6 nguoi o Can Tho phuong An Khanh, ca nha kiem dc 12 trieu', 'urban'],
    ['nha 4 nguoi, phuong 5, thu nhap 8 trieu', 'urban'],
    ['nha tui o phuong, 3 nguoi, thu nhap 6 trieu', 'urban'],
  ])('“%s” → %s', (text, area) => {
    expect(read(text).understood.area).toBe(area);
  });
  it('a message made of only the means of information names no area', () => {
    expect(read('phuong tien nghe nhin nha tui ko co, thu nhap 1tr 1 nguoi').understood.area).toBeNull();
  });
});
