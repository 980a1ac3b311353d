/**
 * Round 29 (privacy11): a phone number typed with the letter O for a zero and split digit by digit ("O.9.0.1.2.3.4.5.6.7",
 * "O 9 0 1 2 3 4 5 6 7", "o.9.o.1.2.3.4.5.6.7"), or said digit by digit with "không" as chat types it ("ko chin ko mot hai ba
 * …", "hok", "k") or after an "O9", was kept as typed in a question the assistant keeps. Now "[số điện thoại]".
 */
import { describe, expect, it } from 'vitest';
import { maskNumbers, maskPersonalData } from '../../src/privacy/mask.ts';

describe('a phone number typed with O for zero, or "không" as chat spells it', () => {
  it.each([
    ['sdt tui O.9.0.1.2.3.4.5.6.7', 'sdt tui [số điện thoại]'],
    ['goi O 9 0 1 2 3 4 5 6 7 nha', 'goi [số điện thoại] nha'],
    ['sdt: o.9.o.1.2.3.4.5.6.7 co gi bao tui', 'sdt: [số điện thoại] co gi bao tui'],
    ['so chi Hai o.9.o.1.234.567', 'so chi [tên] [số điện thoại]'],
    ['zalo O9O1_234_567 nhe', 'zalo [số điện thoại] nhe'],
    ['so tui O-9-0-1-2-3-4-5-6-7 o ben tre', 'so tui [số điện thoại] o ben tre'],
    ['sdt ko chin ko mot hai ba bon nam sau bay', 'sdt [số điện thoại]'],
    ['so em hok chin hok mot hai ba bon nam sau bay nha', 'so em [số điện thoại] nha'],
    ['k chin k mot hai ba bon nam sau bay', '[số điện thoại]'],
    ['goi O9 khong mot hai ba bon nam sau bay', 'goi [số điện thoại]'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('a CCCD typed so is a paper\'s number', () => {
    expect(maskPersonalData('cccd O.7.9.1.2.3.4.5.6.7.8.9')).toBe('cccd [số giấy tờ]');
  });

  it('never an amount: the money reader does not see the digits', () => {
    expect(maskNumbers('sdt O.9.0.1.2.3.4.5.6.7 thu nhap 5 trieu', { phone: '', idNumber: '' })).toBe('sdt  thu nhap 5 trieu');
  });

  it.each([
    'nha o 2 3 4 nguoi',
    'o 10 nam roi ma ko dc ho tro',
    'nha tui 4 nguoi ko co bhyt, thu nhap 5 trieu',
    'ko co nha ko co dat ko co viec hai ba nam nay',
    'nam 2025 ko dc ho tro, o ba tri ben tre',
    'tui o 1 2 ap 7',
    'thu nhap 2 trieu ko, nha 0 co ai di lam',
  ])('keeps what is no number: "%s"', (typed) => {
    expect(maskNumbers(typed)).toBe(typed);
  });
});
