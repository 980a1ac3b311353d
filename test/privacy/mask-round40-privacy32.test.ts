/**
 * Round 40 (privacy32): what residents type that was kept as typed. A city named after "tp"/"thành phố" ("nha tui o TP Vinh", "tui o
 * tp ha long", "ở thành phố Vinh"), a former district of the Central Highlands typed with its apostrophe or as one word ("Cư M'gar",
 * "cu m'gar", "Ea H'leo", "Sapa"), and a person's name opening the message with no middle name ("Nguyễn Kim Sơn o day"). The city
 * word stays ("tp [địa chỉ]"): the area reader, reading a Zalo update kept masked, reads the city named as it reads the typed text
 * (was urban for "tp [địa chỉ]", no area for "tx [địa chỉ]").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';
import { loadRules } from '../../src/rules/index.ts';
import { understandHousehold } from '../../src/rules/understand.ts';
import { conversationsAt } from '../chat/harness.ts';
import { HOUSEHOLD_EVAL_DATE } from '../eval/households.ts';

const [A, N, H, O] = [MASKS.address, MASKS.name, MASKS.health, MASKS.offence];

describe('a city named after "tp", "thành phố", "tx"', () => {
  it.each([
    ['nha tui o TP Vinh', `nha tui o TP ${A}`],
    ['tui o tp ha long', `tui o tp ${A}`],
    ['ở thành phố Vinh, nhà 4 người', `ở thành phố ${A}, nhà 4 người`],
    ['o TP Rạch Giá, tui nuoi 2 con', `o TP ${A}, tui nuoi 2 con`],
    ['Tp Vinh co ho tro gi cho ho ngheo ko', `Tp ${A} co ho tro gi cho ho ngheo ko`],
    ['o thanh pho Thu Duc', `o thanh pho ${A}`],
    ['o tx Son Tay', `o tx ${A}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // A province's name says which province's plan applies, no one's address; the sentence going on is no city's name.
    'nha tui o tp hcm',
    'tp Can Tho co ho tro gi',
    'o thành phố Hồ Chí Minh',
    'o tp thu nhap 5tr',
    'o tp, luong 6tr',
    'o thanh pho voi con',
    'o tp Lam thue',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('a district of the Central Highlands or the north typed with its apostrophe or as one word', () => {
  it.each([
    ["nha tui o Cư M'gar", `nha tui o ${A}`],
    ["Cư M'gar", A],
    ["nha o cu m'gar, ho ngheo", `nha o ${A}, ho ngheo`],
    ['o Cu Mgar', `o ${A}`],
    ["xa Ea Tul, Cư M'gar", `xa ${A}, ${A}`],
    ["tui o Ea H'leo", `tui o ${A}`],
    ["nha tui o ea h'leo dak lak", `nha tui o ${A} dak lak`],
    ['nha tui o Sapa lao cai', `nha tui o ${A} lao cai`],
    ['o Sa Pa', `o ${A}`],
    ['o Krông Pắc', `o ${A}`],
    ['tui o krong pac', `tui o ${A}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});

describe('a name at the very start of the message', () => {
  it.each([
    ['Nguyễn Kim Sơn o day, nha tui ngheo lam', `${N} o day, nha tui ngheo lam`],
    ['Nguyen Kim Son o day, cho hoi ho can ngheo', `${N} o day, cho hoi ho can ngheo`],
    ['Nguyễn Kim Sơn', N],
    ['Lê Hoa đây, cho hỏi', `${N} đây, cho hỏi`],
    ['Tui la Tran Van Hai', `Tui la ${N}`],
    ['em ten Lan, nha em o thon 3', `em ten ${N}, nha em o thon ${A}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // No name cue, no capitalised full name: everyday words and places.
    'lan nay nha em co dc ho tro ko',
    'Lan nay nha em co dc ho tro ko',
    'Hà Nội có hỗ trợ gì',
    'Hồ sơ cần gì',
    'Hồ Sơ Cần Gì',
    'Mai Táng Phí',
    'Văn bản nào quy định',
    'Trần nhà dột, co dc ho tro ko',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('what the attack pass found (attack-round40-privacy32)', () => {
  it.each([
    ['gia vang hom nay, Nguyễn Kim Sơn o day', `gia vang hom nay, ${N} o day`],
    ['gia vang hom nay, Lê Hoa đây, nhà ở ấp Bình Minh', `gia vang hom nay, ${N} đây, nhà ở ấp ${A}`],
    ['gia vang hom nay, Hoàng Văn Thụ o xom 5', `gia vang hom nay, ${N} o xom ${A}`],
    ['em o ea h\'leo dak lak, bi khuyet tat chan', `em o ${A} dak lak, bi ${H}`],
    ['con tui khuyet tat nang bam sinh', `con tui ${H}`],
    ['Hoàng Văn Thụ o xom 5, con bi down', `${N} o xom ${A}, con bi ${H}`],
    ['chong tui bi tai nan cut chan', `chong tui bi tai nan ${H}`],
    ['me em bi mu 2 mat', `me em bi ${H}`],
    ['tui la Trần Văn Bảy, có tiền án cướp giật', `tui la ${N}, có ${O} ${O}`],
    ['chồng mới ra tù, nợ 15 triệu', `chồng ${O}, nợ 15 triệu`],
    ['Lê Hoa đây, chồng đi tù vì trộm cắp', `${N} đây, chồng ${O} vì ${O}`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });

  it.each([
    // A group asked of, words as the north and the south type them: no one's data.
    'nguoi khuyet tat co dc ho tro gi',
    'ho tro nguoi khuyet tat nang bao nhieu',
    'Tui La Van Dong Vien, Ho Ngheo Duoc Gi',
    'gia vang hom nay, Hà Tĩnh co ho tro gi',
    // "đi tu" typed plain is also becoming a monk.
    'con trai đi tu ở chùa',
    'chong di tu roi',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('the household read from the masked text is the one read from the text (a Zalo update kept masked)', () => {
  const city = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round40-privacy32-city');
  const rules = loadRules();
  /** The area read, "asked" when only a unit holding both areas was said. */
  const area = (text: string) => {
    const read = understandHousehold(text, rules, HOUSEHOLD_EVAL_DATE);
    return read.areaAsked ? 'asked' : read.understood.area;
  };
  it.each([
    // A city named holds wards and communes: asked, masked or not (was urban once masked).
    'nha tui 3 nguoi o TP Thu Dau Mot, thu nhap 6 trieu/thang',
    // A thị xã holds both too (was no area once masked: "tx [địa chỉ]").
    'nha tui 4 nguoi o tx Son Tay, thu nhap 5 trieu',
    'nha tui 4 nguoi o TP Vinh, thu nhap 5 trieu',
  ])('%s: the name masked, the area asked as from the text', (text) => {
    expect(maskPersonalData(text)).toContain(A);
    expect(area(text)).toBe('asked');
    expect(area(maskPersonalData(text))).toBe('asked');
  });

  it('"nha o thanh pho 3 nguoi thu nhap 6 trieu/thang": kept as typed, urban; told in one message, checked as urban', async () => {
    const typed = 'nha o thanh pho 3 nguoi thu nhap 6 trieu/thang';
    expect(maskPersonalData(typed)).toBe(typed);
    expect(area(typed)).toBe('urban');
    const text = await city.first(typed);
    expect(text).toContain('Thu nhập cả hộ: 6.000.000 đồng/tháng ÷ 3 người = 2.000.000 đồng/người/tháng, ở thành thị, ');
  });
});
