/**
 * Round 19 (privacy): what residents type is masked before it is kept (src/privacy/mask.ts), from one vocabulary
 * (src/text/lexicon: places.ts DISTRICT_WORDS, personal.ts). A district typed in lower case ("huyen tan phu") was kept
 * whole; "tui la van dong vien" (I am an athlete) lost its words as a name; and in 15 messages as residents write them
 * (phone numbers with spaces and dots, "sdt", CCCD, "to 5 ap 3", names after "chong tui ten", bank accounts, Zalo names)
 * a Zalo display name, a house number after "địa chỉ" or "nhà số" and a street named after a
 * person were let through, and "tui la chu ho" (I am the household head) was masked as a name.
 */
import { describe, expect, it } from 'vitest';
import { MASKS, maskPersonalData } from '../../src/privacy/mask.ts';

const { phone, idNumber, name, address } = MASKS;

describe('a district typed in lower case, and everyday words after "tui la" (round 19)', () => {
  it.each([
    ['nha tui o huyen tan phu, 4 nguoi co dc ho tro ko', `nha tui o huyen ${address}, 4 nguoi co dc ho tro ko`],
    ['tui o ap 3 xa phu loi huyen tan phu tinh dong nai', `tui o ap ${address} xa ${address} huyen ${address} tinh dong nai`],
    ['nha o huyện tân phú ạ', `nha o huyện ${address} ạ`],
    ['Huyện Tân Phú có bao nhiêu hộ nghèo', `Huyện ${address} có bao nhiêu hộ nghèo`],
    ['nha tui o Quận 8 phường 5', `nha tui o Quận ${address} phường ${address}`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each([
    'tui la van dong vien, bi thuong co dc ho tro ko',
    'tui la thi sinh thi dai hoc, ho ngheo co dc mien hoc phi ko',
    'tui la chu ho, nha 4 nguoi',
    'thu nhap binh quân 2 triệu 1 thang',
    'mo quan 2 nam roi ma van ngheo',
    'nguyen van ban nghi dinh noi gi',
  ])('keeps as typed: %s', (typed) => expect(maskPersonalData(typed)).toBe(typed));

  it('still masks a name typed in lower case after "tui la" that begins like an everyday word', () => {
    expect(maskPersonalData('vo tui la thi lan')).toBe(`vo tui la ${name}`);
    expect(maskPersonalData('tui la doan van hung o ap 2')).toBe(`tui la ${name} o ap ${address}`);
    expect(maskPersonalData('tui la vo anh Tuan')).toBe(`tui la vo anh ${name}`);
  });
});

describe('15 messages as residents write them (round 19 probe)', () => {
  it.each([
    ['sdt tui 0912 345 678 goi giup nha', `sdt tui ${phone} goi giup nha`],
    ['so dt: 0909.123.456, can bo goi lai giup tui', `so dt: ${phone}, can bo goi lai giup tui`],
    ['sdt 0912345678 zalo cung so do, ten tui la thao', `sdt ${phone} zalo cung so do, ten tui la ${name}`],
    ['cccd cua tui 079 185 012 345 nha', `cccd cua tui ${idNumber} nha`],
    ['can cuoc 079185012345 co can ko', `can cuoc ${idNumber} co can ko`],
    ['nha tui o to 5 ap 3 xa tan phu', `nha tui o to ${address} ap ${address} xa ${address}`],
    ['chong tui ten tran van tuan bi tai nan', `chong tui ten ${name} bi tai nan`],
    ['chong tui ten tuan, vo tui ten lan', `chong tui ten ${name}, vo tui ten ${name}`],
    ['stk agribank 7100 2051 12345 ten nguyen thi hoa', `stk agribank ${idNumber} ten ${name}`],
    ['so tai khoan 0451000123456 vietcombank', `so tai khoan ${idNumber} vietcombank`],
    ['zalo: Hoa Nguyen, ib tui nha', `zalo: ${name}, ib tui nha`],
    ['ten zalo la Tu Sang o ap Phu Loi', `ten zalo la ${name} o ap ${address}`],
    ['me tui ten la le thi bay 75 tuoi', `me tui ten la ${name} 75 tuoi`],
    ['gui ve dia chi 45/12 hem 3 duong nguyen trai', `gui ve dia chi ${address} hem ${address} duong ${address}`],
    ['nha so 12 to 3 khom 4 phuong 7', `nha so ${address} to ${address} khom ${address} phuong ${address}`],
  ])('"%s" is kept as "%s"', (typed, kept) => expect(maskPersonalData(typed)).toBe(kept));

  it.each(['co zalo ko ban', 'ten ho ngheo la gi', 'ten Nghị định nào quy định chuẩn nghèo', 'dia chi o dau vay', 'duong di lam xa qua', 'nha tui 4 nguoi thu nhap 6 trieu'])(
    'keeps as typed: %s',
    (typed) => expect(maskPersonalData(typed)).toBe(typed),
  );
});
