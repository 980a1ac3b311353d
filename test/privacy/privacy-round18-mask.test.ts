/**
 * Round 18 (privacy): what residents type in lower case, without marks, is masked before it is kept: village, commune and
 * ward names after their unit, names after "la"/"ten" said of a relative, identity and account numbers after their word
 * however they are grouped; policy numbers, amounts and ages stay as typed.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, maskNumbers, MASKS } from '../../src/privacy/mask.ts';

const { phone, idNumber, name, address } = MASKS;

describe('lower-case places after their unit', () => {
  it.each([
    ['nha tui o ap 3 xa tan phu', `nha tui o ap ${address} xa ${address}`],
    ['thon dong xa hoa binh', `thon ${address} xa ${address}`],
    ['to 5 khu pho 2 phuong an lac', `to ${address} khu pho ${address} phuong ${address}`],
    ['tui o ap binh minh, nha 4 nguoi co dc ho tro ko', `tui o ap ${address}, nha 4 nguoi co dc ho tro ko`],
    ['nha em o xã hòa bình ạ', `nha em o xã ${address} ạ`],
    ['to dan pho 5 phuong an lac co dc mien hoc phi ko', `to dan pho ${address} phuong ${address} co dc mien hoc phi ko`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each([
    'bao hiem xa hoi co dc ko',
    'phuong an ho tro nha o la gi',
    'ap dung chuan ngheo nam nao',
    'khu vuc nong thon thu nhap bao nhieu',
    'o thon minh co may ho ngheo',
    'nha tui o xa lam, di xa co dc ho tro ko',
    'nha co o to 4 cho thi co dc xet ko',
    'thon truong noi nha tui ko dc',
    'o thon tien dien bao nhieu',
  ])('"%s" names no place: kept as typed', (typed) => expect(maskPersonalData(typed)).toBe(typed));
});

describe('names of relatives typed in lower case', () => {
  it.each([
    ['tui ten nguyen van a', `tui ten ${name}`],
    ['chong tui la tran van b, nam nay 60 tuoi', `chong tui la ${name}, nam nay 60 tuoi`],
    ['vo tui la thi lan, bi benh nang', `vo tui la ${name}, bi benh nang`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));
});

describe('phone, identity and account numbers however grouped', () => {
  it.each([
    ['sdt 09 12.345.678 nhe', `sdt ${phone} nhe`],
    ['cccd 079123456789', `cccd ${idNumber}`],
    ['so can cuoc 079 123456789', `so can cuoc ${idNumber}`],
    ['stk 12345678 agribank', `stk ${idNumber} agribank`],
    ['so tai khoan 1234 5678', `so tai khoan ${idNumber}`],
    ['stk cua tui la 12345678', `stk cua tui la ${idNumber}`],
    ['stk 12345678 5 trieu', `stk ${idNumber} 5 trieu`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each([
    'theo NĐ 07/2021 thi chuan ngheo nong thon 1.500.000 đồng',
    'ba tui 75 tuoi co dc tro cap ko',
    'tai khoan nhan tro cap 1.500.000 dong',
    'cccd cap nam 2015 con dung dc ko',
  ])('"%s" is kept as typed', (typed) => expect(maskPersonalData(typed)).toBe(typed));

  it('an account number is never read as an amount', () => {
    expect(maskNumbers('stk 12345678, thu nhap 3 trieu', { phone: '', idNumber: '' })).toBe('stk , thu nhap 3 trieu');
  });
});
