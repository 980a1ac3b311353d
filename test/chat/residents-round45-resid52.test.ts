/**
 * Round 45 (resid52, 07/12/2026): residents' own words the assistant did not understand, typed on a phone without diacritics,
 * Southern ("hong", "hổng", "tụi nhỏ", "ổng bả", "má tui", "tía") and Northern ("bọn trẻ", "u tui") words among them.
 * - The household's work told ("tui o nha hong lam gi het", "chong tui chay xe om, tui o nha"): was "ngoài phạm vi", or a check of
 *   2 people guessed; now what was understood, the employment indicator (NĐ 07/2021 Phụ lục, đã kiểm tra), how the income counts
 *   (tham khảo), vocational training from 2026 chưa rõ (QĐ 46/2015 after the Luật Việc làm 2025, updates-2026.md [?]), what the
 *   check needs, asked.
 * - An elderly couple from 75: the social pension (NĐ 176/2025, tham khảo, amount chưa rõ) and what the health insurance pays them
 *   (NQ 261/2025/QH15, 100 %, tham khảo, start chưa rõ).
 * - Books after the school-fee card: no support of their own in the data (chưa rõ), the learning cost of poor pupils (NĐ 238/2025).
 * - "hoi hoai ma ko ai tra loi, tui phai hoi ai": sorry, the commune's poverty cadre, what to bring (Mẫu số 04, tham khảo).
 * - "tui o Cu Chi TPHCM" after the newly-escaped card: TP.HCM's own line (NQ 75/2025/NQ-HĐND: 100 % premium for 36 months, tham khảo).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const NOW = new Date('2026-12-07T03:00:00Z');
const { first, after } = conversationsAt(NOW, 'resid52');
const OUT_OF_SCOPE = 'ngoài phạm vi';
const PHONE = 1000;

describe('the household\'s work told: what it counts for, what the check needs', () => {
  it.each([
    ['tui o nha hong lam gi het', 'trong hộ có người ở nhà không đi làm'],
    ['vo tui o nha ko di lam', 'trong hộ có người ở nhà không đi làm'],
    ['má tui ở nhà hổng làm gì', 'trong hộ có người ở nhà không đi làm'],
    ['u tui ở nhà không đi làm', 'trong hộ có người ở nhà không đi làm'],
    ['tía tui bán vé số', 'có người làm tự do, làm thuê (như chạy xe ôm, bán vé số)'],
  ])('"%s"', async (text, understood) => {
    const answer = await first(text);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer.startsWith(`Mình hiểu: ${understood}.`)).toBe(true);
    expect(answer).toContain('Việc làm (Việc làm): bị tính là thiếu hụt khi: hộ có ít nhất một người trong độ tuổi lao động thất nghiệp');
    expect(answer).toContain('(đã kiểm tra)');
    expect(answer).toContain('Người ở nhà không đi làm thì không có thu nhập riêng; tiền chạy xe ôm, làm thuê, buôn bán nhỏ được cộng vào thu nhập của cả hộ (tham khảo).');
    // Vocational training from 2026: not known, no figure (QĐ 46/2015 amounts were until 2025).
    expect(answer).toContain('Chưa rõ: hỗ trợ học nghề cho thành viên hộ nghèo, hộ cận nghèo còn áp dụng từ 2026 không, mức bao nhiêu. Căn cứ: Quyết định 46/2015/QĐ-TTg; Luật Việc làm 2025.');
    expect(answer).not.toContain('3.000.000');
    expect(answer).toContain('bạn cho mình biết: nhà mấy người, thu nhập cả nhà mỗi tháng, ở xã hay phường, tỉnh nào.');
    expect(answer.length).toBeLessThanOrEqual(PHONE);
  });

  it.each(['chong tui chay xe om, tui o nha', 'ổng chạy xe ôm, bả ở nhà'])('"%s": both told, no check of 2 people guessed', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain('Số người: 2');
    expect(answer.startsWith('Mình hiểu: trong hộ có người ở nhà không đi làm, có người làm tự do, làm thuê (như chạy xe ôm, bán vé số).')).toBe(true);
    expect(answer).toContain('nhà mấy người, thu nhập cả nhà mỗi tháng');
  });

  it('guard: a size and an income told with the work still start the check', async () => {
    const answer = await first('nha tui 4 nguoi, chong chay xe om 5 trieu');
    expect(answer).toContain('Thu nhập cả hộ: 5.000.000 đồng/tháng ÷ 4 người');
    expect(answer).not.toContain('Mình hiểu: ');
  });
});

describe('an elderly couple from 75: the social pension and their health insurance', () => {
  it.each(['2 ong ba tui 75 voi 78 tuoi, co dc tro cap j ko', 'ổng bả 77 với 79 tuổi có được trợ cấp gì hông'])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).toContain('người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng');
    expect(answer).toContain('Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
    expect(answer).toContain('Bảo hiểm y tế:\n• Người từ 75 tuổi trở lên đang hưởng trợ cấp hưu trí xã hội được quỹ bảo hiểm y tế trả 100% chi phí khám chữa bệnh trong phạm vi được hưởng (tham khảo); từ ngày nào chưa rõ. Căn cứ: Nghị quyết 261/2025/QH15');
  });

  it('guard: 72 years old (the pension of poor and near-poor members) gets no line of the 75+ health insurance', async () => {
    const answer = await first('ba tui 72 tuoi nha can ngheo co dc tro cap hang thang ko');
    expect(answer).not.toContain('Bảo hiểm y tế:\n• Người từ 75 tuổi');
  });
});

describe('books after the school-fee card', () => {
  const FEE = 'con tui di hoc co dc mien hoc phi ko';
  it.each(['con tien sach vo thi sao', 'con tien tap vo cho tụi nhỏ thi sao', 'bọn trẻ nhà tui có được tiền sách vở không'])('"%s"', async (text) => {
    const answer = await after([FEE], text);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer.startsWith('Tiền sách vở, đồ dùng học tập của học sinh hộ nghèo, hộ cận nghèo:')).toBe(true);
    expect(answer).toContain('Chưa rõ: khoản hỗ trợ riêng cho tiền sách vở, đồ dùng học tập (nếu có) và học sinh hộ cận nghèo có được hỗ trợ chi phí học tập không.');
    expect(answer).toContain('Hỗ trợ chi phí học tập (áp dụng ngày 07/12/2026):');
    // Not the tuition card again.
    expect(answer).not.toContain('Miễn học phí trường công lập');
    expect(answer.length).toBeLessThanOrEqual(PHONE);
  });
});

describe('asked again and again with no answer: sorry, whom to ask, what to bring', () => {
  it.each(['hoi hoai ma ko ai tra loi, tui phai hoi ai', 'hỏi hoài hổng ai trả lời, giờ hỏi ai'])('"%s"', async (text) => {
    const answer = await first(text);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer.startsWith('Xin lỗi bạn vì hỏi mãi chưa được trả lời. Người trả lời chắc chắn cho hộ bạn là cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú')).toBe(true);
    expect(answer).toContain('mang theo Giấy đề nghị (Mẫu số 04, có thể xin mẫu tại UBND cấp xã) và giấy tờ tùy thân của người đứng tên');
    expect(answer).toContain('(tham khảo)');
    expect(answer.length).toBeLessThanOrEqual(PHONE);
  });
});

describe('the place told after the newly-escaped card', () => {
  it.each(['tui o Cu Chi TPHCM', 'nha tui o Hoc Mon, TP HCM'])('"%s": TP.HCM\'s own line', async (text) => {
    const answer = await after(['nha tui moi thoat ngheo nam nay'], text);
    expect(answer).not.toContain(OUT_OF_SCOPE);
    expect(answer.startsWith('Hỗ trợ cho hộ mới thoát nghèo ở thành phố Hồ Chí Minh:')).toBe(true);
    expect(answer).toContain('TP.HCM hỗ trợ 100% mức đóng bảo hiểm y tế cho hộ đã thoát nghèo trong 36 tháng (theo chuẩn nghèo của thành phố); cả nước không có mức riêng này cho hộ mới thoát nghèo (tham khảo). Căn cứ: Nghị quyết 75/2025/NQ-HĐND');
    expect(answer).toContain('không còn cấp quận, huyện, thị xã');
    expect(answer.length).toBeLessThanOrEqual(PHONE);
  });
});
