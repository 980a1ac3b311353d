/**
 * Round 43 (lost44): a phone typed one digit at a time with dots or dashes, then the household's count ("0.9.1.2.3.4.5.6.7.8 4
 * nguoi"), was kept whole, unmasked; now the number is masked and "4 nguoi" stays for the household reader. A capital letter alone
 * after a title ("Hộ ông A", "bà B"), the placeholder cadres write for a household, names no one: it stays (was "ông [tên]");
 * real names after a title ("ông Nguyễn Văn An", "ông A Páo", "chị Ý") are still masked. Other spellings of phones and identity
 * numbers residents type in Zalo stay masked.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS, withoutPersonalData } from '../../src/privacy/mask.ts';

const [N, ID, P] = [MASKS.name, MASKS.idNumber, MASKS.phone];

describe('a phone split digit by digit with dots or dashes, then the household count', () => {
  it.each([
    ['0.9.1.2.3.4.5.6.7.8 4 nguoi', `${P} 4 nguoi`],
    ['sdt 0.9.1.2.3.4.5.6.7.8 nha 4 nguoi', `sdt ${P} nha 4 nguoi`],
    ['0-9-1-2-3-4-5-6-7-8 4 nguoi thu nhap 2tr', `${P} 4 nguoi thu nhap 2tr`],
    ['lien he 0.9.1.2.3.4.5.6.7.8, 5 khau', `lien he ${P}, 5 khau`],
    ['zalo 0_9_1_2_3_4_5_6_7_8 12 nguoi', `zalo ${P} 12 nguoi`],
    // A CCCD split so is an identity number, the count still read.
    ['0.7.9.1.2.3.4.5.6.7.8.9 4 nguoi', `${ID} 4 nguoi`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it('the count stays for what reads household facts (the number itself goes)', () => {
    expect(withoutPersonalData('0.9.1.2.3.4.5.6.7.8 4 nguoi thu nhap 2tr')).toBe('4 nguoi thu nhap 2tr');
  });

  it('a date and a count are no phone', () => {
    expect(maskPersonalData('ngay 01/02/2024 12 nguoi')).toBe('ngay 01/02/2024 12 nguoi');
  });
});

describe('other phone and identity spellings typed in Zalo stay masked', () => {
  it.each([
    ['0912.345.678', P],
    ['+84 912 345 678', P],
    ['84912345678', P],
    ['sdt 0912.345.678 4 nguoi', `sdt ${P} 4 nguoi`],
    ['số cccd 001 2345 67890', `số cccd ${ID}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});

describe('a lone capital letter after a title is a placeholder, kept; names are masked', () => {
  it.each([
    ['Hộ ông A có 4 người, thu nhập 1,2 triệu', 'Hộ ông A có 4 người, thu nhập 1,2 triệu'],
    ['bà B', 'bà B'],
    ['Hộ bà C, ông D cùng thôn', 'Hộ bà C, ông D cùng thôn'],
    ['ho ong A 4 nguoi thu nhap 2tr', 'ho ong A 4 nguoi thu nhap 2tr'],
    ['chị D bị ốm', 'chị D bị ốm'],
    ['ông Nguyễn Văn An', `ông ${N}`],
    ['Hộ ông A và ông Nguyễn Văn An', `Hộ ông A và ông ${N}`],
    ['ông An', `ông ${N}`],
    ['ông A Páo', `ông ${N}`],
    ['ông Nguyễn Văn A', `ông ${N}`],
    ['chị Ý', `chị ${N}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});
