/**
 * Round 33 (words18, 06/12/2026): residents' words still misread after round 32, typed on cheap phones without diacritics ("ko",
 * "dc", "j", "tui", "hong"), Southern ("bển", "hông") words.
 * - "bển xã có phát tiền cho hộ nghèo hông": money said handed out to a class, no figure: what the class gets (its supports in
 *   short) and that money handed out besides them is not in the data, with whom to ask; was a passage.
 * - "chong tui di lam thue, nha ngheo co dc ho tro j ko": "làm thuê" is hired work, no "làm … nhà" (housing) nor "làm … hộ
 *   nghèo" (the procedure): the poor class's supports; was the housing card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round33-words18');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('money said handed out to a class', () => {
  it.each([
    ['bển xã có phát tiền cho hộ nghèo hông', 'hộ nghèo'],
    ['xa ben co phat tien cho ho ngheo ko', 'hộ nghèo'],
    ['ho ngheo co dc phat tien ko', 'hộ nghèo'],
    ['nha nuoc co cho tien ho can ngheo hok', 'hộ cận nghèo'],
    ['nghe noi xa phat tien cho ho ngheo, co ko', 'hộ nghèo'],
  ])('"%s": what the class gets, and no other money in the data', async (question, name) => {
    const text = await first(question);
    expect(text).not.toMatch(/^(Theo văn bản|Giải thích ngắn)/);
    expect(text).toContain(`Hỗ trợ cho ${name} (áp dụng ngày 06/12/2026)`);
    expect(text).toContain(`Khoản tiền phát thêm cho ${name} ngoài các khoản này thì dữ liệu không có (chưa rõ)`);
    expect(text).toContain(CADRE);
    expect(text).toContain('(tham khảo)');
  });
});

describe('"làm thuê" is hired work', () => {
  it.each([
    'chong tui di lam thue, nha ngheo co dc ho tro j ko',
    'tui di lam thue, ho ngheo dc ho tro j',
    'chong di cay thue, nha ngheo lam, co dc ho tro gi ko',
  ])('"%s": the poor class\'s supports, no housing card nor the procedure', async (question) => {
    const text = await first(question);
    expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    expect(text).not.toContain('Thủ tục');
    expect(text).toMatch(/^Hỗ trợ cho hộ nghèo \(áp dụng ngày 06\/12\/2026\)/);
  });
});
