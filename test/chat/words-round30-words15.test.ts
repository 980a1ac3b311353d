/**
 * Round 30 (words15, 05/12/2026): residents typing on cheap phones, no diacritics ("ko", "dc", "j", "bn", "tui", "hok"), Southern
 * and Central words.
 * - "ngan hon nua" after the Zalo post on how to apply ("viet giup bai dang zalo cach nop ho so ho ngheo"): was the cadre's steps
 *   of the review ("Rà soát thường xuyên (hằng tháng, từ ngày 15) …"); now that post shorter, in residents' words, its status and
 *   source kept.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round30-words15');

describe('"ngan hon nua" after the post on how to apply: that post shorter, in residents\' words', () => {
  it.each([
    ['viet giup bai dang zalo cach nop ho so ho ngheo', 'ngan hon nua'],
    ['viet giup bai dang zalo cach nop ho so ho ngheo', 'ngắn hơn nữa'],
    ['soan bai dang nhom zalo cach dang ky ho ngheo', 'ngan hon nua di'],
    ['viet bai zalo cach lam ho so ho ngheo', 'ngan nua di'],
  ])('"%s" then "%s"', async (post, shorter) => {
    const [first, second] = await ask(post, shorter);
    expect(first).toMatch(/^Cách đăng ký xét hộ nghèo, hộ cận nghèo:\n/);
    expect(second).toMatch(/^Cách đăng ký xét hộ nghèo, hộ cận nghèo:\n/);
    expect(second!.length).toBeLessThan(first!.length);
    expect(second).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(second).toContain('(tham khảo)');
    expect(second).toContain('(chưa rõ)');
    expect(second).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
    // The cadre's wording of the periodic review, not a post for households.
    expect(second).not.toContain('Rà soát thường xuyên');
    expect(second).not.toContain('Rà soát, công nhận hộ nghèo');
  });
});

/** The words of the one referral (POVERTY_CADRE), written out: the test is of what residents read. */
const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const referrals = (text: string) => text.split(POVERTY_CADRE).length - 1;

describe('whom to ask, said once: the near-poor electricity card and the poor households\' health insurance card', () => {
  it.each([
    'ho can ngheo dc ho tro tien dien ko',
    'nha can ngheo co dc giam tien dien hok',
    'ho ngheo kham benh bhyt dc huong bn phan tram',
    'nha ngheo di kham o benh vien tinh co dc bao hiem tra het ko',
  ])('"%s": one referral, to the poverty cadre', async (question) => {
    const [text] = await ask(question);
    expect(referrals(text!)).toBe(1);
    // Still says what is not known.
    expect(text).toMatch(/chưa rõ/);
  });
});

describe('a post on student loans shared into groups does not speak as "mình"', () => {
  it.each(['viet bai dang zalo ve vay von cho hoc sinh sinh vien ho ngheo', 'soan bai dang nhom zalo vay von di hoc cho sinh vien ho can ngheo'])('"%s"', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(text).toContain('không có quy định riêng về vay vốn tín dụng chính sách cho sinh viên đi học, nên trợ lý không nêu mức nào cho nhóm này.');
    expect(text).not.toMatch(/mình không nêu/);
  });
});

describe('"1 nguoi 1 thang tam 1tr2": 1.200.000 đồng per person per month, the month said between', () => {
  it.each([
    ['nha tui 4 nguoi, 1 nguoi 1 thang tam 1tr2', '1.200.000 đồng/người/tháng'],
    ['1 người 1 tháng tầm 1tr2', '1.200.000 đồng/người/tháng'],
    ['nha 5 nguoi o que 1 nguoi moi thang khoang 900 ngan', '900.000 đồng/người/tháng'],
  ])('"%s"', async (question, perPerson) => {
    const [text] = await ask(question);
    expect(text).toContain(perPerson);
    expect(text).not.toMatch(/Thu nhập cả hộ: [\d.]+ đồng\/tháng ÷/);
  });

  it.each([
    ['nha tui 4 nguoi, 1 thang tam 5tr', 'Thu nhập cả hộ: 5.000.000 đồng/tháng ÷ 4 người'],
    ['nha 3 nguoi co 1 nguoi di lam 1 thang dc 4tr', 'Thu nhập cả hộ: 4.000.000 đồng/tháng ÷ 3 người'],
  ])('guard: "%s" is still the household\'s income', async (question, said) => {
    const [text] = await ask(question);
    expect(text).toContain(said);
  });
});

describe('the question first: "rang ko dc ho ngheo" with the household told, "co dc gi ko" after it', () => {
  it.each([
    'nha tui 4 nguoi o que thu nhap 3tr 1 thang, rang ko dc ho ngheo',
    'nhà tui 4 người ở quê thu nhập 3 triệu răng không được hộ nghèo',
    'nha tui 5 nguoi o que thu nhap 4tr, sao ko dc ho ngheo vay',
  ])('"%s": what the figures settle against the lines, and why a household is or is not recognised, before the check', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Với số liệu bạn kể \(thu nhập [\d.]+ đồng\/người\/tháng, theo chuẩn áp dụng ngày 05\/12\/2026\)/);
    expect(text).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP (tham khảo).');
    const why = text!.indexOf('Hộ không có tên (hoặc không còn tên) trong danh sách hộ nghèo, hộ cận nghèo');
    expect(why).toBeGreaterThan(0);
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    // The check follows the answer, its consent question in brief after an estimate (round 41 resid41).
    expect(text!.indexOf('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm')).toBeGreaterThan(why);
  });

  // Round 32 consent18: the class's supports in short follow it, as "co dc ho tro j ko" gets (was "Hộ được hỗ trợ gì tùy hộ …").
  it.each(['co dc gi ko', 'vay dc j hok', 'nha tui dc gi ko'])('"%s" after the household is told: its class first, then the supports of that class', async (asked) => {
    const replies = await ask('nha tui 5 nguoi o nong thon, thu nhap 6tr 1 thang', asked);
    const text = replies[1]!;
    expect(text).toMatch(/^Với số liệu bạn kể \(thu nhập 1\.200\.000 đồng\/người\/tháng/);
    expect(text).toContain('Hộ cận nghèo được hỗ trợ');
    expect(text).not.toContain('nằm ngoài phạm vi');
  });
});

describe('a phone number with O for zero glued to its label is no income', () => {
  it('"sdtO9O1234567 nha tui ngheo"', async () => {
    const [text] = await ask('sdtO9O1234567 nha tui ngheo');
    expect(text).not.toContain('1.234.567');
  });
});
