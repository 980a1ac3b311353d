/**
 * Round 42 (privacy36): what masking took that is no person's data. A household's count typed after a phone number ("sdt 0912 345 678
 * 4 nguoi" was "sdt [số điện thoại] nguoi": a mobile has 10 digits, the 4 is the count), a form's header ("Họ và tên chủ hộ" was
 * "Họ và tên [tên] hộ"), the app a post goes to ("viết bài đăng zalo: từ tết …" was "[tên] …"), "bà con từ 70 tuổi" (was "ba con
 * [tên] 70 tuoi"), and a school named after a person cut ("truong Tran Van On" was "[tên trường] On").
 *
 * The rule for a given name typed plain after a kin word (personal.ts neighbourAfter, mask.ts readAsWords): "chi mai", "chị Mai",
 * "chi Mai" are a person, masked; "chi mai" stays only where its words make an everyday phrase of the household ("chi mai nha bi
 * dot": a roof), and words after it that say where the person lives ("nha ben") make it a person again.
 */
import { describe, expect, it } from 'vitest';
import { readHouseholdMessage } from '../../src/chat/input.ts';
import { maskPersonalData, MASKS, withoutPersonalData } from '../../src/privacy/mask.ts';
import { loadRules } from '../../src/rules/index.ts';

const [N, P, S] = [MASKS.name, MASKS.phone, MASKS.school];
const rules = loadRules();

describe('a phone number ends at its 10 digits: the household count after it stays', () => {
  it.each([
    ['sdt 0912 345 678 4 nguoi', `sdt ${P} 4 nguoi`],
    ['sdt 0912345678, nha 5 nguoi', `sdt ${P}, nha 5 nguoi`],
    ['0912.345.678 3 người', `${P} 3 người`],
    ['dt tui 0912 345 678 4 nguoi o xa thu nhap 5 trieu', `dt tui ${P} 4 nguoi o xa thu nhap 5 trieu`],
    ['+84 912 345 678 4 nguoi', `${P} 4 nguoi`],
    ['0 912 345 678 4 nguoi', `${P} 4 nguoi`],
    // A landline has 11 digits with its area code: all of them go.
    ['024 3825 1234 5 nguoi', `${P} 5 nguoi`],
    // Glued to the number, a digit more is no count: masked with it.
    ['sdt 0912 345 6784', `sdt ${P}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it('the household reader still reads the count and the income in what is left of the phone', () => {
    for (const typed of ['sdt 0912 345 678 4 nguoi o xa thu nhap 5 trieu', '0912.345.678 4 người ở xã, thu nhập 5 triệu']) {
      const read = readHouseholdMessage(withoutPersonalData(typed), rules, '2026-12-01');
      expect(read?.understood, typed).toMatchObject({ members: 4, monthlyIncome: 5000000, area: 'rural' });
    }
  });
});

describe('a form\'s header and the app a post goes to are no name', () => {
  it.each([
    ['Họ và tên chủ hộ', 'Họ và tên chủ hộ'],
    ['ho va ten chu ho la gi, ghi sao ad', 'ho va ten chu ho la gi, ghi sao ad'],
    ['Họ và tên chủ hộ: Nguyễn Văn Tèo', `Họ và tên chủ hộ: ${N}`],
    ['ho ten nguoi khai: tran van ba', `ho ten nguoi khai: ${N}`],
    ['viết bài đăng zalo: từ tết chuẩn nghèo có đổi không', 'viết bài đăng zalo: từ tết chuẩn nghèo có đổi không'],
    ['nho viet bai dang zalo nhac ba con tu 70 tuoi lam ho so', 'nho viet bai dang zalo nhac ba con tu 70 tuoi lam ho so'],
    ['gui qua zalo Tư Sang giup tui', 'gui qua zalo Tư Sang giup tui'],
    // A display name after its label is still masked.
    ['zalo: Hoa Nguyen', `zalo: ${N}`],
    ['zalo Tư Sang', `zalo ${N}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a school named after a person is masked whole', () => {
  it.each([
    ['con tui hoc truong Tran Van On', `con tui hoc truong ${S}`],
    ['con tui hoc truong Tran Van On co dc mien hoc phi ko', `con tui hoc truong ${S} co dc mien hoc phi ko`],
    ['thang nho hoc truong THCS Trần Văn Ơn', `thang nho hoc truong THCS ${S}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a given name typed plain after a kin word is a name, unless it is an everyday phrase of the household', () => {
  it.each([
    ['chi mai nha ben cho tui muon tien', `chi ${N} nha ben cho tui muon tien`],
    ['chị mai nhà bên nói ko dc', `chị ${N} nhà bên nói ko dc`],
    ['chi Mai nha ben', `chi ${N} nha ben`],
    ['chị Mai hàng xóm', `chị ${N} hàng xóm`],
    // A roof, no one.
    ['nha tui co mai ton, chi mai nha bi dot', 'nha tui co mai ton, chi mai nha bi dot'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
