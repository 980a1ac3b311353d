/**
 * Round 35 staff23: commune cadres (formal, with their abbreviations) and outreach staff.
 * - A province's target or rate that no document holds ("muc tieu giam ngheo Ha Noi 2026 2030", "ty le ho ngheo Ca Mau nam 2025"):
 *   that its own figure is not known (chưa rõ) and whom to ask, then the country's; were the country's card with no word of the
 *   place, or Hưng Yên's resolution (0,5%) quoted for Cà Mau.
 * - "vay dc ko" asks what "vay von dc ko" asks: the loans' card, first or after figures told; were an explainer's passage first,
 *   and at the consent every class's card for "vay von dc ko" but the settled class's for "vay dc ko".
 * - "HN", "HCN" as cadres write the classes: were Hà Nội's own standard and every class's card.
 * - A post asking members back from work abroad to register for the review (round 34 tryout22's miss): the residence entry's
 *   lines for bà con; was the other supports' card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POVERTY_CADRE } from '../../src/rules/text.ts';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const NATIONAL_TARGET = 'Mục tiêu giai đoạn 2026–2030: tỷ lệ nghèo đa chiều giảm 1–1,5% mỗi năm (tham khảo)';

describe('a province’s own target that the documents do not hold', () => {
  it.each([
    ['muc tieu giam ngheo Ha Noi 2026 2030', 'thành phố Hà Nội'],
    ['chi tieu giam ngheo cua tinh Ca Mau', 'tỉnh Cà Mau'],
    ['ty le ho ngheo Ca Mau nam 2025', 'tỉnh Cà Mau'],
    ['chỉ tiêu giảm tỷ lệ hộ nghèo của tỉnh Lào Cai giai đoạn 2026-2030', 'tỉnh Lào Cai'],
  ])('“%s”: %s’s own figure not known, whom to ask, then the country’s', async (question, place) => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say(question);
    expect(text).toContain(`Chỉ tiêu, tỷ lệ hộ nghèo riêng của ${place} không có trong các văn bản trợ lý đang lưu (chưa rõ). Bạn hỏi ${POVERTY_CADRE}`);
    expect(text).toContain(NATIONAL_TARGET);
    // Hưng Yên's "giảm về mức khoảng 0,5%" was quoted for Cà Mau.
    expect(text).not.toContain('0,5%');
    expect(text.match(/chưa rõ/g)).toHaveLength(1);
  });

  it('the country’s target asked with no place keeps its card as it was', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('chi tieu giam ngheo 2026 2030 la bn');
    expect(text).not.toContain('riêng của');
    expect(text).toContain(NATIONAL_TARGET);
  });
});

describe('a loan asked as “vay dc ko”', () => {
  it('first: the loans’ card, as “vay von dc ko”', async () => {
    harness = await openHarness({ now: DEC_06 });
    const plain = (await harness.say('vay dc ko')).text;
    harness.close();
    harness = await openHarness({ now: DEC_06 });
    const named = (await harness.say('vay von dc ko')).text;
    expect(plain).toBe(named);
    expect(plain).toContain('Vay vốn tín dụng chính sách');
  });

  it('“ho ngheo vay dc ko”: the poor household’s loan, no other class', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('ho ngheo vay dc ko');
    expect(text).toContain('Hộ nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(text).not.toContain('Hộ cận nghèo được vay');
  });

  it.each([['vay von dc ko'], ['vay dc ko']])('at the consent after figures told, “%s”: the loan of the class they settle', async (asked) => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say('nha tui 4 nguoi o que thu nhap 3 trieu, la ho gi');
    const { text } = await harness.say(asked);
    expect(text).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(text).toContain('Nếu kiểm tra đầy đủ thấy hộ là hộ nghèo: vay vốn của loại hộ đó');
    expect(text).not.toContain('Hộ mới thoát nghèo: gõ');
  });
});

describe('cadres’ “HN”, “HCN”', () => {
  it('“HN, HCN co duoc ho tro tien dien ko”: the two classes, not Hà Nội', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('HN, HCN co duoc ho tro tien dien ko');
    expect(text).not.toContain('Hà Nội');
    expect(text).toContain('hộ cận nghèo không có hỗ trợ này');
  });

  it('“HCN duoc BHYT bao nhieu phan tram”: the near-poor household’s line alone', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('HCN duoc BHYT bao nhieu phan tram');
    expect(text).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(text).not.toContain('• Hộ nghèo:');
  });

  it('“nha tui o hn chuan ngheo bao nhieu”: still Hà Nội', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('nha tui o hn, chuan ngheo bao nhieu');
    expect(text).toContain('Chuẩn riêng của Hà Nội');
  });
});

describe('outreach staff: a post on members back from work abroad (tryout22’s miss)', () => {
  it('“viết bài đăng nhóm zalo ấp nhắc người đi xuất khẩu lao động về đăng ký rà soát”: where and how to be reviewed, what is not known', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('viết bài đăng nhóm zalo ấp nhắc người đi xuất khẩu lao động về đăng ký rà soát');
    // Was the other supports' card ("Còn có các hỗ trợ như đi làm việc ở nước ngoài theo hợp đồng, … quà Tết").
    expect(text).not.toContain('quà Tết');
    // The entry's lines in brief (round 40 mend40c: a case the data has an entry on): members abroad said not known in one line.
    expect(text).toMatch(/người đi làm xa, ở nước ngoài, [^\n]*\(chưa rõ\)/u);
    expect(text).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(text).toContain('Bà con có thể hỏi');
  });

  it('a returnee asking for support keeps the other supports’ card: “tui di xuat khau lao dong ve, ko co viec, co dc ho tro j ko”', async () => {
    harness = await openHarness({ now: DEC_06 });
    const { text } = await harness.say('tui di xuat khau lao dong ve, ko co viec, co dc ho tro j ko');
    expect(text).not.toContain('Thành viên đi làm việc ở nước ngoài (xuất khẩu lao động) có được tính');
  });
});
