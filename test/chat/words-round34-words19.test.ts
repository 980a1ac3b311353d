/**
 * Round 34 (words19, 06/12/2026): residents' words still misread after round 33, typed on cheap phones without diacritics ("ko",
 * "dc", "j", "hok", "hem", "tui"), Southern and Central words.
 * - "nam sau nha nuoc con ho tro ho can ngheo ko": whether the class's supports still stand next year is answered as "nam sau co
 *   cat lai ho tro cho ho can ngheo ko" is (words18): no text cuts them, the 2027–2030 standard still has the class, what the data
 *   has for it then; was the supports explainer of today (or a provincial passage).
 * - "co them chi tieu j moi ko", "chi tieu moi la j": residents call an indicator a "chỉ tiêu"; asked as added or new, what
 *   changes in the indicators from 01/01/2027 (with status); was the explainer's passage, a Trà Vinh resolution's targets.
 * - "mo rua chi ma lau rua" (Central "rứa" = "vậy"): chit-chat, answered "ngoài phạm vi" with what the assistant covers; was
 *   "không tìm thấy" with the poverty cadre to ask, "rứa" read as "vậy" and that folded to the loan word "vay".
 * - "vay dc ko" while the consent question waits after the household's figures: the loans of the class the figures settle, the
 *   consent question still waiting; was the loans explainer's passage.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round34-words19');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('the supports of a class asked to still stand next year', () => {
  it.each([
    ['nam sau nha nuoc con ho tro ho can ngheo ko', 'hộ cận nghèo'],
    ['nam sau con ho tro ho ngheo hok', 'hộ nghèo'],
    ['qua nam con dc ho tro ho can ngheo hem', 'hộ cận nghèo'],
    ['sang nam 2027 ho ngheo van dc ho tro chu', 'hộ nghèo'],
  ])('"%s": the class from 01/01/2027, what is known and not', async (question, name) => {
    const text = await first(question);
    expect(text).not.toMatch(/^(Giải thích ngắn|Theo văn bản)/);
    expect(text).toContain(`Theo dữ liệu, không có văn bản nào cắt các hỗ trợ của ${name} từ ngày 01/01/2027`);
    expect(text).toContain(`chuẩn nghèo đa chiều giai đoạn 2027–2030 (từ 01/01/2027, Nghị định 351/2025/NĐ-CP, tham khảo) vẫn có ${name}`);
    expect(text).toMatch(/Ngày 01\/01\/2027 dữ liệu vẫn có: hỗ trợ đóng bảo hiểm y tế;[^.]*\(tham khảo\)/);
    expect(text).toMatch(/Chưa rõ mức hoặc còn áp dụng không: [^.]*\(chưa rõ\)\./);
    expect(text).toContain(CADRE);
  });

  it('"ho moi thoat ngheo con duoc ho tro gi" (no later day) keeps the newly escaped card', async () => {
    const text = await first('ho moi thoat ngheo con duoc ho tro gi');
    expect(text).toMatch(/^Hộ mới thoát nghèo còn được gì, trong bao lâu/);
    expect(text).not.toContain('không có văn bản nào cắt');
  });
});

describe('"chỉ tiêu" asked as new is an indicator', () => {
  it.each(['co them chi tieu j moi ko', 'chi tieu moi la j', 'nam 2027 co them chi tieu nao ko'])('"%s": the indicators changed from 01/01/2027', async (question) => {
    const text = await first(question);
    expect(text).not.toMatch(/^(Giải thích ngắn|Theo văn bản)/);
    expect(text).toContain('Thay đổi về chỉ số thiếu hụt từ 01/01/2027');
    expect(text).toContain('thêm “Sử dụng dịch vụ số, Internet” và “Xử lý rác thải sinh hoạt”; bỏ “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(text).toMatch(/ngưỡng thiếu hụt chính thức[^\n]*\(chưa rõ\)/);
    expect(text).toContain(CADRE);
  });

  it('"chi tieu giam ngheo nam 2027 co gi moi" (a plan\'s target) is not read as the indicators', async () => {
    const text = await first('chi tieu giam ngheo nam 2027 co gi moi');
    expect(text).not.toContain('Thay đổi về chỉ số thiếu hụt');
  });
});

describe('chit-chat is outside what the assistant covers', () => {
  // Round 35 (procedure25): "mo rua chi ma lau rua", "rua chi ma lau rua" (Central "sao lâu vậy") are a household waiting, as
  // "sao lau z" is: how long the review takes and whom to ask (test/chat/procedure-round35-procedure25.test.ts); were "ngoài phạm vi".
  it.each(['mo rua chi ma lau rua', 'rua chi ma lau rua'])('"%s": how long the review takes, whom to ask', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát/);
    expect(text).toContain(CADRE);
  });

  it.each(['ve que ko dc thi sao'])('"%s": "ngoài phạm vi", what it can help with', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Câu hỏi này nằm ngoài phạm vi của trợ lý/);
    expect(text).toContain('Trợ lý trả lời về chuẩn nghèo đa chiều');
    expect(text).not.toContain('không tìm thấy nội dung này');
    expect(text).not.toContain(CADRE);
  });

  it('"ho ngheo dc vay ko" still reads the loan ("vay" typed plain)', async () => {
    const text = await first('ho ngheo dc vay ko');
    expect(text).toContain('Vay vốn tín dụng chính sách');
  });
});

describe('the loan asked while the consent question waits', () => {
  it.each(['vay dc ko', 'vay dc hok'])('"%s" after "nha tui 4 nguoi o que thu nhap 5 trieu 1 thang": the near-poor loans, the choice again', async (question) => {
    const [, text] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', question);
    expect(text).not.toMatch(/^(Giải thích ngắn|Theo văn bản)/);
    expect(text).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(text).toContain('• Hộ cận nghèo: Hộ cận nghèo được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội');
    expect(text).toContain('7,92%/năm');
    expect(text).toContain('Nếu kiểm tra đầy đủ thấy hộ là hộ nghèo: vay vốn của loại hộ đó, gõ “vay vốn hộ nghèo”.');
    expect(text).toContain('Để bắt đầu kiểm tra, bạn chọn “Đồng ý lưu” hoặc “Không lưu”');
  });

  it('"vậy được không" typed with its marks is no loan', async () => {
    const [, text] = await ask('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang', 'vậy được không');
    expect(text).not.toContain('Vay vốn tín dụng chính sách');
  });
});
