/**
 * Round 46 (mend50a, tryout50 Themes 1, 2, 4): a household told in one message, as residents type it.
 * - Theme 1: "ban dc 20 trieu nam, them tien lam ruong 30 trieu, 5 nguoi" was 10.100.000 đồng/người/tháng, "không thuộc diện";
 *   now (20 + 30) triệu ÷ 12 ÷ 5 = 833.333 đồng/người/tháng, under the 2026 rural line 1.500.000 (poverty-standards.md).
 *   "ong noi … o chung vs vo chong tui va 1 chau" was 3 people; now 4 (4.000.000 ÷ 4 = 1.000.000).
 * - Theme 2: "ba ngoai 80 tuoi song voi 2 chau …" got a provincial Party resolution's passage; now the household's figures.
 * - Theme 4: "…, ko co nuoc may, con 14 tuoi nghi hoc" was cut at ", con" (read "còn"): "ngoài phạm vi" beside the class, and
 *   the child out of school lost ("bạn chưa kể chỉ số thiếu hụt nào"); now read as `cli check --text` reads it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-07T21:00:00Z');
const { first, after } = conversationsAt(NOW, 'mend50a');
const OUT_OF_SCOPE = 'ngoài phạm vi';

describe('Theme 1: yearly and joined amounts, relatives counted', () => {
  it.each([
    ['nha tui nuoi 2 con heo, ban dc 20 trieu nam, them tien lam ruong 30 trieu, 5 nguoi, o ap tan hoa, hau giang', '4.166.667 đồng/tháng ÷ 5 người = 833.333 đồng/người/tháng'],
    ['nha tui 4 nguoi, trong lua dc 40 trieu 1 nam, voi ban ca them 20 trieu, o xa', '5.000.000 đồng/tháng ÷ 4 người = 1.250.000 đồng/người/tháng'],
    ['nha 5 nguoi o ap, lam ruong 30 trieu nam voi nuoi vit 18 trieu', '4.000.000 đồng/tháng ÷ 5 người = 800.000 đồng/người/tháng'],
    ['ong noi 76 tuoi o chung vs vo chong tui va 1 chau 5 tuoi, tui ban ve so, thu nhap 4tr/thang, o ca mau', '4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng'],
    ['ong ba noi o chung vs vo chong tui va 2 chau, thu nhap 8tr/thang o que', '8.000.000 đồng/tháng ÷ 6 người = 1.333.333 đồng/người/tháng'],
  ])('"%s"', async (text, figures) => {
    const answer = await first(text);
    expect(answer).toContain(figures);
    expect(answer).not.toContain('không thuộc diện hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });
});

describe('Theme 2: a household told of others living together is checked, never a document passage', () => {
  it.each([
    ['ba ngoai 80 tuoi song voi 2 chau 10 va 12 tuoi, thu nhap 2tr/thang tu tien ban rau, o nghe an, nha vach dat', '2.000.000 đồng/tháng ÷ 3 người = 666.667 đồng/người/tháng'],
    ['ba ngoai song voi 2 chau, thu nhap 2tr/thang, o que', '2.000.000 đồng/tháng ÷ 3 người = 666.667 đồng/người/tháng'],
    ['ong noi 78 tuoi o voi 1 chau 9 tuoi, thu nhap 1tr5/thang, o que', '1.500.000 đồng/tháng ÷ 2 người = 750.000 đồng/người/tháng'],
    ['ba noi o voi co ut va 2 dua nho, thu nhap 4 trieu, o xa', '4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng'],
    ['nha tui 4 nguoi o kien giang thu nhap 5tr5/thang, ko co nuoc may, con 14 tuoi nghi hoc', '5.500.000 đồng/tháng ÷ 4 người = 1.375.000 đồng/người/tháng'],
  ])('"%s"', async (text, figures) => {
    const answer = await first(text);
    expect(answer).toContain(figures);
    expect(answer).not.toContain('Theo văn bản');
    expect(answer).not.toContain('Nghị quyết của Ban Thường vụ Tỉnh ủy');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });
});

describe('Theme 4: a child out of school told after ", con" is a lack, as the check reads it', () => {
  it.each([
    'nha tui 4 nguoi o kien giang thu nhap 5tr5/thang, ko co nuoc may, con 14 tuoi nghi hoc',
    'nha 5 nguoi o xa thu nhap 6tr/thang, ko co bhyt, con 12 tuoi nghi hoc roi',
    'nha tui 3 nguoi thu nhap 4tr o que, ko co nha ve sinh, con 15 tuoi bo hoc',
    'nha tui 5 nguoi o que thu nhap 6tr/thang, ko co xe may, con 13 tuoi nghi hoc',
    'nha tui 4 nguoi o xa thu nhap 5 trieu, ko co tivi, con 11 tuoi nghi hoc',
  ])('"%s"', async (text) => {
    const answer = await first(text);
    // Said in the check's list ("…: thiếu hụt") or, with no area told, in round 46 resid53's class-first line ("bạn đã kể 1 chỉ số
    // thiếu hụt (tình trạng đi học của trẻ em)").
    expect(answer).toMatch(/Tình trạng đi học của trẻ em: thiếu hụt|bạn đã kể \d chỉ số thiếu hụt \([^)]*tình trạng đi học của trẻ em/);
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });

  it('R47 then "o xa": the lack told is counted, never "bạn chưa kể chỉ số thiếu hụt nào"', async () => {
    const answer = await after(['nha tui 4 nguoi o kien giang thu nhap 5tr5/thang, ko co nuoc may, con 14 tuoi nghi hoc'], 'o xa');
    expect(answer).toContain('Tình trạng đi học của trẻ em: thiếu hụt');
    expect(answer).not.toContain('bạn chưa kể chỉ số thiếu hụt nào');
    expect(answer).not.toContain(OUT_OF_SCOPE);
  });
});
