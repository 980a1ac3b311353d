/**
 * Round 44 (resid49, 07/12/2026): residents describe their household in words, on a cheap phone (≤ 1.000 characters a reply).
 * - A class the income settles, asked ("4 nguoi o que, ba tui lam 5 trieu, me tui 2 trieu, la ho j"), is said first as any other
 *   household told in one message, then the consent in brief (was the result screen under "Với số liệu bạn kể …", 1.470).
 * - The class said first names the line it was compared with ("dưới mức 2.000.000 đồng", "trên mức 1.500.000 đồng").
 * - Bình Dương (in TP.HCM since 01/07/2025, [M]) says the merger in the city's line (was 1.063 characters).
 * - A finished check of a Hà Nội / TP.HCM household: the city's own standard in one line on the first screen, the whole note in
 *   "Chi tiết" (was 1.490–1.519 characters).
 * - "vợ tui / chồng tui" named: the speaker is a member too (was left out: 4 people for "vo tui, 2 dua con, ong ba").
 * Lines checked against ../shared/facts/updates-2026.md: in 2026 the 2022–2025 lines continue (1.500.000 / 2.000.000 đồng, middle
 * band up to 2.250.000 / 3.000.000 đồng) under NĐ 351/2025 [M]; TP.HCM's and Hà Nội's own standards for city supports [M], figures [?].
 */
import { describe, expect, it } from 'vitest';
import { actionOf, conversationsAt, expectBriefConsent, resultTurnOf } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

const NOW = new Date('2026-12-07T03:00:00Z');
const { first } = conversationsAt(NOW, 'resid49');
const PHONE = SHORT_TEXT_DEFAULTS.phoneChars;
const STANDARD = 'theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là';
const CADRE = 'Hỏi chắc: cán bộ phụ trách giảm nghèo ở UBND cấp xã/phường.';

describe('a household told in one message: the class first, with the line it was compared with', () => {
  it('"4 nguoi o que, ba tui lam 5 trieu, me tui 2 trieu, la ho j": 7.000.000 ÷ 4, above the rural line, then the consent', async () => {
    const reply = await first('4 nguoi o que, ba tui lam 5 trieu, me tui 2 trieu, la ho j');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply.startsWith('Thu nhập cả hộ: 7.000.000 đồng/tháng ÷ 4 người = 1.750.000 đồng/người/tháng')).toBe(true);
    // How the sum was read, said once, to be corrected.
    expect(reply).toContain('(cộng thu nhập của từng người: 5.000.000 đồng + 2.000.000 đồng = 7.000.000 đồng)');
    expect(reply).toContain(`ở nông thôn, trên mức 1.500.000 đồng ${STANDARD} hộ có mức sống trung bình.`);
    // 1.750.000 ≤ 2.200.000 đồng (rural, from 01/01/2027).
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.');
    expect(reply).not.toContain('Kết quả sàng lọc');
    expect(reply).not.toContain('Với số liệu bạn kể');
    expectBriefConsent(reply);
  });

  it('"nha tui o tphcm, 4 nguoi thu nhap 5 trieu, la ho j": below the urban line, the same class in 2027 said once', async () => {
    const reply = await first('nha tui o tphcm, 4 nguoi thu nhap 5 trieu, la ho j');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply).toContain(`1.250.000 đồng/người/tháng, ở thành thị, dưới mức 2.000.000 đồng ${STANDARD} hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.`);
    expect(reply).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): như trên.');
    expect(reply).toContain(`TP.HCM có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (Nghị quyết 75/2025/NQ-HĐND của HĐND TP.HCM; tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia. ${CADRE}`);
    expectBriefConsent(reply);
  });

  it('"nha tui o ha noi, 4 nguoi thu nhap 9 trieu": 2.250.000 đồng, above the urban line, within a phone', async () => {
    const reply = await first('nha tui o ha noi, 4 nguoi thu nhap 9 trieu');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply).toContain(`2.250.000 đồng/người/tháng, ở thành thị, trên mức 2.000.000 đồng ${STANDARD} hộ có mức sống trung bình.`);
    expect(reply).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026');
    expect(reply).toContain(CADRE);
  });

  it('"nha tui o Binh Duong, 4 nguoi thu nhap 6 trieu": Bình Dương in TP.HCM, said in the city\'s line, within a phone', async () => {
    const reply = await first('nha tui o Binh Duong, 4 nguoi thu nhap 6 trieu');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    // 1.500.000 ≤ 2.000.000 đồng (urban, TP.HCM a city).
    expect(reply).toContain(`1.500.000 đồng/người/tháng, ở thành thị, dưới mức 2.000.000 đồng ${STANDARD} hộ cận nghèo`);
    expect(reply).toContain(
      `Bình Dương nay thuộc TP.HCM (tham khảo), nơi có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (Nghị quyết 75/2025/NQ-HĐND của HĐND TP.HCM; tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia. ${CADRE}`,
    );
    expect(reply.split('Bình Dương')).toHaveLength(2);
    expectBriefConsent(reply);
  });
});

describe('the spouse named is a member, and the speaker with them', () => {
  it('"vo tui, 2 dua con, ong ba, thu nhap 6 trieu": 6 people (was 4), said back to correct, the spouse not asked about again', async () => {
    const reply = await first('vo tui, 2 dua con, ong ba, thu nhap 6 trieu');
    expect(reply).toContain('6.000.000 đồng/tháng ÷ 6 người = 1.000.000 đồng/người/tháng (mình tính hộ có 6 người: bạn, vợ, 2 người con, ông bà; nếu có ai khác, bạn gõ lại tổng số người cả hộ)');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
  });

  it('"chong tui chay xe om, tui o nha, 2 dua con, ong ba, thu nhap 6 trieu": 6 people with the husband', async () => {
    const reply = await first('chong tui chay xe om, tui o nha, 2 dua con, ong ba, thu nhap 6 trieu');
    expect(reply).toContain('÷ 6 người = 1.000.000 đồng/người/tháng (mình tính hộ có 6 người: bạn, chồng, 2 người con, ông bà; nếu có ai khác');
  });

  it('"nha tui co vo tui o nha, 2 dua con, ong ba": the wife listed, so "nếu có cả vợ hoặc chồng bạn" is not asked', async () => {
    const reply = await first('nha tui co vo tui o nha, 2 dua con, ong ba, thu nhap 6 trieu');
    expect(reply).toContain('mình tính hộ có 6 người: bạn, vợ, 2 người con, ông bà; nếu có ai khác');
    expect(reply).not.toContain('nếu có cả vợ hoặc chồng');
  });

  it('no spouse named ("nha tui co 2 dua con, ong ba gia"): still counted without one and asked (unchanged)', async () => {
    const reply = await first('nha tui co 2 dua con, ong ba gia, thu nhap 6 trieu');
    expect(reply).toContain('mình tính hộ có 5 người: bạn, 2 người con, ông bà; nếu có cả vợ hoặc chồng bạn hay ai khác');
  });
});

describe('the result of a finished check of a Hà Nội / TP.HCM household fits a phone', () => {
  it('"nha tui o ha noi 4 nguoi thu nhap 5 trieu", every answer "co": class, why, the city in a line, where to go; the note in "Chi tiết"', async () => {
    const { harness, turn } = await resultTurnOf(NOW, 'nha tui o ha noi 4 nguoi thu nhap 5 trieu', 'co');
    try {
      expect(turn.text.length).toBeLessThanOrEqual(PHONE);
      expect(turn.text).toContain('Kết quả sàng lọc (tham khảo): HỘ NGHÈO');
      expect(turn.text).toContain('Thu nhập bình quân: 1.250.000 đồng/người/tháng (chuẩn nghèo nông thôn: 1.500.000 đồng)');
      expect(turn.text).toContain('Căn cứ: Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo).');
      expect(turn.text).toContain('Ở nông thôn hay thành thị kết quả cũng vậy nên mình không hỏi');
      expect(turn.text).toContain(`Hà Nội có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (tham khảo), chưa rõ các mức; kết quả trên theo chuẩn quốc gia. ${CADRE}`);
      expect(turn.text).toContain('hộ cần được UBND cấp xã rà soát và công nhận');
      expect(turn.text).toContain('“Chi tiết” để xem vì sao, căn cứ pháp lý và các hỗ trợ');
      const detail = await harness.press(actionOf(turn, 'Chi tiết'));
      // The whole note with its source, the supports with their basis and status, the decision note: one tap away.
      expect(detail.text).toContain('Chuẩn riêng của địa phương:');
      expect(detail.text).toContain('Các mức và kết quả trợ lý nêu là theo chuẩn nghèo quốc gia.');
      expect(detail.text).toContain('Hỗ trợ đóng bảo hiểm y tế (căn cứ: Luật Bảo hiểm y tế');
      expect(detail.text).toContain('Chủ tịch UBND cấp xã quyết định');
    } finally {
      harness.close();
    }
  });

  it('"nha tui o Binh Duong, 4 nguoi thu nhap 6 trieu", every answer "ko": TP.HCM in a line, within a phone', async () => {
    const { harness, turn } = await resultTurnOf(NOW, 'nha tui o Binh Duong, 4 nguoi thu nhap 6 trieu');
    try {
      expect(turn.text.length).toBeLessThanOrEqual(PHONE);
      expect(turn.text).toContain('HỘ CẬN NGHÈO');
      expect(turn.text).toContain('TP.HCM có chuẩn nghèo riêng từ năm 2026 cho hỗ trợ của thành phố (tham khảo), chưa rõ các mức');
      expect(turn.text).toContain(CADRE);
    } finally {
      harness.close();
    }
  });
});
