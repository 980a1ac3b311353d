/**
 * Round 41 (privacy33): what residents type that was masked wrongly or kept as typed. The victim of a robbery or a theft ("tui bi
 * cuop giat mat het giay to") was kept as "bi [án tích]", a criminal record said of the victim. A full name typed without marks
 * whose middle name and given name make an everyday word ("Hoang Van Thu": "văn thư", a clerk; "Nguyen Van Tai", "Le Thi Hanh":
 * "thi hành") was kept as typed. A name after a child called by birth order ("con Hai Lúa", "con Sau Lanh") was kept as typed, the order read
 * as a month ("tháng Hai") as after "thang". An addiction said with no drug named ("bị nghiện", "con nghien") was kept as typed; so was a religion ("theo dao Tin Lanh").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS, withoutPersonalData } from '../../src/privacy/mask.ts';

const [N, A, O] = [MASKS.name, MASKS.address, MASKS.offence];

describe('a victim of a robbery or a theft has no criminal record', () => {
  it.each([
    'tui bi cuop giat mat het giay to',
    'nha tui bi an trom het lua, co dc ho tro ko',
    'tui bi trom cap xe may roi, lam lai giay to o dau',
    'me tui bi cướp giật ngoài chợ',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    // The offence said of the person: a record, masked as before.
    ['bi bat vi cuop giat', `bi bat vi ${O}`],
    ['chong tui có tiền án cướp giật', `chong tui có ${O} ${O}`],
    ['thang con tui an trom bi bat', `thang con tui ${O} bi bat`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a full name typed without marks is a name, not "văn thư"', () => {
  it.each([
    ['Hoang Van Thu', N],
    ['Nguyen Van Thu, 0912 345 678', `${N}, ${MASKS.phone}`],
    ['gia vang hom nay, Tran Van Tai o ap 3', `gia vang hom nay, ${N} o ap ${A}`],
    ['me tui Le Thi Hanh bi benh nam vien', `me tui ${N} bi benh nam vien`],
    ['chong tui Dang Van Tai di lam xa', `chong tui ${N} di lam xa`],
    ['Tui La Hoang Van Thu O Ap 3', `Tui La ${N} O Ap ${A}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // Everyday words typed in title case or in lower case, no name.
    'Tui La Van Dong Vien, Ho Ngheo Duoc Gi',
    'nguyen van ban nghi dinh noi gi',
    'Anh Tu Van Giup Em',
    'Nha Tui Dang Thi Cong Nha',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('a name after a child called by birth order ("con Hai Lúa")', () => {
  it.each([
    ['con Hai Lúa nhà tui nghèo', `con Hai ${N} nhà tui nghèo`],
    ['con Sau Lanh nghien ruou', `con Sau ${N} ${MASKS.health}`],
    ['con Muoi Tèo bi benh', `con Muoi ${N} bi benh`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // A child called by birth order alone is kin, as "cậu hai" ("con Hai di lam xa": mask-round24-privacy3); "còn ba tui" (the
    // father), a province, April after "thang".
    'con Ba nha ben xin ho tro',
    'con Ba tui 70 tuoi co dc tro cap ko',
    'ba con Ba Ria Vung Tau hoi',
    'thang Tu co ho tro ko',
  ])('"%s" is kept as typed, and read for the household as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
    expect(withoutPersonalData(typed, { titledNames: true })).toBe(typed);
  });
});

describe('an addiction said with no drug named', () => {
  const H = MASKS.health;
  it.each([
    ['thằng Tư nhà tui bị nghiện, tui ko biết làm sao', `thằng ${N} nhà tui ${H}, tui ko biết làm sao`],
    ['thang do la con nghien', `thang do la ${H}`],
    ['chong tui nghien ngap, no nan nhieu', `chong tui ${H}, no nan nhieu`],
    ['chong tui bi nghien ruou', `chong tui bi ${H}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a religion is masked; the policy\'s own words stay readable', () => {
  const R = MASKS.religion;
  it.each([
    ['tui dan toc Hmong, theo dao Tin Lanh, o ban Sin Chai', `tui dan toc Hmong, theo dao ${R}, o ban ${A}`],
    ['tui theo dao Cong giao, nha 5 nguoi', `tui theo dao ${R}, nha 5 nguoi`],
    ['nha tui theo Phật giáo Hòa Hảo, ho can ngheo', `nha tui theo ${R}, ho can ngheo`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    'ho can ngheo o Quang Tri dc ho tro gi',
    'hộ cận nghèo ở Quảng Trị được hỗ trợ gì',
    'NQ 261 ho tro bhyt bao nhieu',
    'thu nhap 1.500.000 dong 1 thang la ho ngheo ko',
    'nguoi dan toc thieu so co dc ho tro gi',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});
