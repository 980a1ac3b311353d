/**
 * Round 33 (words18, 06/12/2026): residents' words still misread after round 32, typed on cheap phones without diacritics ("ko",
 * "dc", "j", "tui", "hong"), Southern ("bển", "hông") words.
 * - "bển xã có phát tiền cho hộ nghèo hông": money said handed out to a class, no figure: what the class gets (its supports in
 *   short) and that money handed out besides them is not in the data, with whom to ask; was a passage.
 * - "chong tui di lam thue, nha ngheo co dc ho tro j ko": "làm thuê" is hired work, no "làm … nhà" (housing) nor "làm … hộ
 *   nghèo" (the procedure): the poor class's supports; was the housing card.
 * - "xa moi cat ho ngheo nha tui, con dc bhyt ko": the commune "cắt" the class off the household, a support still asked: the newly
 *   escaped class's card; was the poor class's 100% card. "nghe noi nam sau cat ho can ngheo" is the class said to end (a
 *   rumour, the 2027 standard still has it); was the card of a household off the list.
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

describe('"cắt hộ nghèo": the household off the list, or the class said to end', () => {
  it.each([
    ['xa moi cat ho ngheo nha tui, con dc bhyt ko', 'Hỗ trợ đóng bảo hiểm y tế'],
    ['xa cat ho ngheo roi, con dc bhyt ko', 'Hỗ trợ đóng bảo hiểm y tế'],
    ['xa cat ten ho can ngheo nha tui, con dc vay von ko', 'Vay vốn tín dụng chính sách'],
  ])('"%s": the newly escaped class\'s card', async (question, card) => {
    const text = await first(question);
    expect(text).toMatch(new RegExp(`^${card}`));
    expect(text).toContain('• Hộ mới thoát nghèo:');
    expect(text).not.toContain('• Hộ nghèo:');
    expect(text).not.toContain('Không đúng theo dữ liệu');
  });

  it.each(['nghe noi nam sau cat ho can ngheo', 'nam 2027 cat ho can ngheo luon ha'])('"%s": the 2027–2030 standard still has the near-poor class', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Không đúng theo dữ liệu: chuẩn nghèo đa chiều giai đoạn 2027–2030 \(từ 01\/01\/2027, Nghị định 351\/2025\/NĐ-CP, tham khảo\) vẫn có hộ cận nghèo/);
    expect(text).not.toContain('Hộ không có tên');
  });
});

describe('the supports of a class asked to be cut next year', () => {
  it.each([
    ['nam sau co cat lai ho tro cho ho can ngheo ko', 'hộ cận nghèo', 'Theo dữ liệu, không có'],
    ['nghe noi nam 2027 cat het ho tro ho can ngheo, thiet ko', 'hộ cận nghèo', 'Không đúng theo dữ liệu: dữ liệu chính sách không có'],
    ['qua nam co bo ho tro ho ngheo ko ad', 'hộ nghèo', 'Theo dữ liệu, không có'],
  ])('"%s": the class from 01/01/2027, what is known and not', async (question, name, lead) => {
    const text = await first(question);
    expect(text).not.toMatch(/^Giải thích ngắn/);
    expect(text).toContain(`${lead} văn bản nào cắt các hỗ trợ của ${name} từ ngày 01/01/2027`);
    expect(text).toContain(`chuẩn nghèo đa chiều giai đoạn 2027–2030 (từ 01/01/2027, Nghị định 351/2025/NĐ-CP, tham khảo) vẫn có ${name}`);
    expect(text).toMatch(/Ngày 01\/01\/2027 dữ liệu vẫn có: hỗ trợ đóng bảo hiểm y tế;[^.]*\(tham khảo\)/);
    expect(text).toMatch(/Chưa rõ mức hoặc còn áp dụng không: [^.]*hỗ trợ nhà ở[^.]*\(chưa rõ\)\./);
    expect(text).toContain(CADRE);
    // Round 39 short31: the class's line of 2027 with its status in the text, the standard's card one "chi tiết" away (was the
    // card's figures below it, 1.781–1.829 characters).
    expect(text).toContain('Thu nhập bình quân mỗi người mỗi tháng không quá 2.200.000 đồng (nông thôn), 2.800.000 đồng (thành thị) là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo (tham khảo).');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
  });
});

describe('the speaker\'s own schooling is no child\'s drop-out', () => {
  it.each(['nha tui 4 nguoi o que thu nhap 5 trieu, tui nghi hoc tu lop 5', 'nha tui 3 nguoi o que thu nhap 4 trieu, tui chi hoc het lop 3'])('"%s": child schooling not marked', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Thu nhập cả hộ: [\d.]+ đồng\/tháng ÷ \d người = [\d.]+ đồng\/người\/tháng, ở nông thôn, /);
    expect(text).not.toContain('Tình trạng đi học của trẻ em');
  });

  it('"nha 5 nguoi o que, thu nhap 6 trieu, con tui 12 tuoi nghi hoc tu lop 5": still the child\'s drop-out', async () => {
    const text = await first('nha 5 nguoi o que, thu nhap 6 trieu, con tui 12 tuoi nghi hoc tu lop 5');
    expect(text).toContain('Tình trạng đi học của trẻ em: thiếu hụt');
  });
});
