/**
 * Round 39 (privacy31): what residents type freely, masked before it is kept (Luật 91/2025/QH15). Before: a former district of the
 * north or the centre said with no "huyện" ("nha tui o hoang hoa", "em o yen dung bac giang", "o Tĩnh Gia") was kept as typed (the
 * list in corpus/provinces-2025.yaml held the South, Tây Nguyên and a few provinces only); "La Gi", "Cờ Đỏ", "Vinh" were not in it;
 * "me tui bi huyet ap", "ong tui co tien su benh" were kept as typed; "tui o xa tui ten la Hung" was kept as a commune ("[địa
 * chỉ]"), not a name; "chồng tui ở tù tháng 3 mới ra" was kept as typed (read as "ở từ").
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const [A, H, N, O] = [MASKS.address, MASKS.health, MASKS.name, MASKS.offence];

describe('a former district of the north and the centre said with no "huyện" is an address', () => {
  it.each([
    ['nha tui o hoang hoa', `nha tui o ${A}`],
    // The province after it is kept, as "o long an" is (was read as Long An's Thạnh Hóa).
    ['tui o Quảng Xương, Thanh Hóa', `tui o ${A}, Thanh Hóa`],
    ['em o yen dung bac giang', `em o ${A} bac giang`],
    ['nha o ap 2 Hai Hau', `nha o ap ${A}`],
    ['tui o meo vac, con bi lao phoi', `tui o ${A}, con bi ${H}`],
    ['o mu cang chai', `o ${A}`],
    ['nha tui o thach ha, ha tinh', `nha tui o ${A}, ha tinh`],
    ['o ha long quang ninh', `o ${A} quang ninh`],
    ['tui o Lệ Thủy', `tui o ${A}`],
    ['thon 3 Tan Lac hoa binh', `thon ${A} hoa binh`],
    // Names of districts merged before 2025 that residents still say.
    ['o Tĩnh Gia', `o ${A}`],
    // Left out of last round's list as everyday words: now with their context.
    ['tui o La Gi', `tui o ${A}`],
    ['la gi binh thuan', `${A} binh thuan`],
    ['o Cờ Đỏ', `o ${A}`],
    ['nha tui o Vinh nghe an', `nha tui o ${A} nghe an`],
    ['o vinh', `o ${A}`],
    ['o Văn Bàn', `o ${A}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each([
    // Everyday Zalo phrases typed like a district's name, plain: "là gì", "có đó", "văn bản", "vẫn hỗ trợ", "bảo làm", "ba đơn vị", "có to".
    'ho ngheo o la gi', 'o la gi', 'tien o co do ko', 'ghi o van ban nao', 'ghi o van ban.', 'tui lam o ba don vi', 'nha o co to ko', 'o yen bai',
  ])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    ['xa Tan Phu van ho tro ko', `xa ${A} van ho tro ko`],
    ['xa Tan Phu bao lam ho so', `xa ${A} bao lam ho so`],
  ])('%s → %s: the commune masked, the words after it kept', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});

describe('blood pressure and a health history said alone are health', () => {
  it.each([
    ['me tui bi huyet ap', `me tui bi ${H}`],
    ['ba tui huyet ap thap', `ba tui ${H}`],
    ['ong tui co tien su benh', `ong tui co ${H}`],
    ['ba noi co benh nen, 80 tuoi', `ba noi co ${H}, 80 tuoi`],
    // An illness named after "tiền sử bệnh" is masked as its own, as before.
    ['me tui co tien su benh tim', `me tui co tien su ${H}`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});

describe('"ở xa" then the speaker\'s name is a name; "ở tù" typed with its mark is prison', () => {
  it.each([
    ['tui o xa tui ten la Hung', `tui o xa tui ten la ${N}`],
    ['nha tui o xa, tui ten la Hung', `nha tui o xa, tui ten la ${N}`],
    // The old commune's name after "cu" stays a place.
    ['tui o xa cu ten la an binh', `tui o xa cu ten la ${A}`],
    ['chồng tui ở tù tháng 3 mới ra', `chồng tui ${O} tháng 3 mới ra`],
    ['ong ay o tù thang 3 ra', `ong ay ${O} thang 3 ra`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['ở từ tháng 3', 'nha tui o tu thang 3'])('%s: kept as typed (living there since)', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('round 39 attack pass: what residents typed that was kept', () => {
  it.each([
    // A district capitalised inside a sentence, after no place word ("bản" typed "ban").
    ['em ten Lo Van Pao, ban Na Hang', `em ten ${N}, ban ${A}`],
    // A province that begins with a district's name is the province ("Vinh" of "vinh phuc" is no city).
    ['o Yen Lac vinh phuc', `o ${A} vinh phuc`],
    // A district longer than the province it begins with.
    ['nha o dien bien phu', `nha o ${A}`],
    // "khối", the unit of a ward in Nghệ An and Hà Tĩnh towns.
    ['tui o khoi 5 phuong Ben Thuy', `tui o khoi ${A} phuong ${A}`],
    ['tui o khối 5', `tui o khối ${A}`],
    // A village of the mountains ("bản", "buôn") typed plain after "ở", before a two-word name; a district typed without its apostrophe.
    ['em o ban Pa Khoang, Điện Biên', `em o ban ${A}, Điện Biên`],
    ['o buon Ko Sier', `o buon ${A}`],
    ['nha o thon 2 Ea Tul Cu Mgar', `nha o thon ${A}`],
    // Injecting drugs, as residents say it.
    ['chong em tiem chich, o tu 2 nam roi', `chong em ${H}, ${O} 2 nam roi`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it.each(['tui o ban Lan', 'o to Ford Ranger', 'me tui khoi 5 ngay roi', 'benh khoi 5 phan'])('%s: kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each(['tui ten Thanh Ha', 'chi Thanh Ha o gan nha'])('%s: a person\'s name after "tên" or a title stays a name', (typed) => {
    expect(maskPersonalData(typed)).toContain(N);
  });
});
