import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInput, findMoneyPhrase, readCount, readHouseholdQuestion, readYesNo } from '../../src/chat/input.ts';

describe('readYesNo', () => {
  it('reads everyday answers with or without diacritics', () => {
    for (const yes of ['Có', 'co', 'CÓ!', 'có ạ', 'vâng', 'dạ', 'ừ', 'đúng rồi']) expect(readYesNo(yes)).toBe('yes');
    for (const no of ['Không', 'khong', 'ko', 'k', 'không có', 'chưa', 'hong']) expect(readYesNo(no)).toBe('no');
    for (const unsure of ['không rõ', 'khong ro', 'ko biết', 'chưa biết', 'kb']) expect(readYesNo(unsure)).toBe('unsure');
  });

  it('does not read a sentence as an answer', () => {
    expect(readYesNo('có được hỗ trợ bảo hiểm không')).toBeUndefined();
    expect(readYesNo('')).toBeUndefined();
  });
});

describe('readCount', () => {
  it('finds a count in digits or short words', () => {
    expect(readCount('4')).toBe(4);
    expect(readCount('nhà có 5 người')).toBe(5);
    expect(readCount('bốn')).toBe(4);
    expect(readCount('mười hai')).toBe(12);
    expect(readCount('nhiều lắm')).toBeUndefined();
  });
});

describe('household questions in free text', () => {
  it('recognises a household check and what it states, with or without diacritics', () => {
    const expected = { members: 4, incomeText: '5 trieu', incomePerPerson: false };
    expect(readHouseholdQuestion('nhà tôi 4 người thu nhập 5 triệu có được hộ nghèo không')).toEqual(expected);
    expect(readHouseholdQuestion('nha toi 4 nguoi thu nhap 5 trieu co duoc ho ngheo khong')).toEqual(expected);
    expect(readHouseholdQuestion('Gia đình em ở xã, mỗi người 1tr2 một tháng, có thuộc diện cận nghèo không?')).toEqual({
      incomeText: '1tr2',
      incomePerPerson: true,
      area: 'rural',
    });
    expect(readHouseholdQuestion('nhà mình có được xét hộ nghèo không')).toEqual({});
  });

  it('leaves policy questions to the search', () => {
    expect(readHouseholdQuestion('hộ nghèo được hỗ trợ những gì')).toBeUndefined();
    expect(readHouseholdQuestion('chuẩn nghèo năm 2026 là bao nhiêu')).toBeUndefined();
    expect(readHouseholdQuestion('thu nhập 5 triệu')).toBeUndefined();
  });

  it('finds the amount inside a sentence', () => {
    expect(findMoneyPhrase('thu nhập khoảng 5 triệu một tháng')).toBe('5 trieu');
    expect(findMoneyPhrase('được chừng 1.500.000đ')).toBe('1.500.000d');
    expect(findMoneyPhrase('thu nhap 1500000')).toBe('1500000');
    expect(findMoneyPhrase('không biết')).toBeUndefined();
  });
});

describe('cleanInput', () => {
  it('never throws and leaves no control or zero-width characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const clean = cleanInput(text);
        expect(clean).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(clean).toBe(clean.trim());
      }),
    );
  });
});
