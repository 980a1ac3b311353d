/**
 * Round 16 (supports and procedure): residents asking what they get and how, typed as in Zalo (no marks, "ko", "dc", "j",
 * "bn", "tui", "hok", Southern and Central words). Asked on 03/12/2026, in the chat and through /api/ask (the same reading).
 * Figures only from rules/ (with their reference and status); what the data does not have points to UBND cấp xã.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round16-supports');

/** The chat's first reply and /api/ask's answer to the same question. */
const both = async (question: string) => [await first(question), askApiText(question, TODAY)];

describe('the result of the review disputed in everyday words: how to complain (the complaint card), never a passage or "không tìm thấy"', () => {
  it.each([
    'tui ko chiu ket qua binh xet',
    'binh xet ko cong bang thi lam sao',
    'nha tui ngheo ma hop thon ko binh cho',
    'nha tui bi rot ho can ngheo ma ko dong y',
    'nha tui ko phuc ket qua binh xet',
    'thon binh xet sai, nha kia giau ma dc ho ngheo',
  ])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text.split('\n')[0]).toContain('Hộ không đồng ý với kết quả bình xét, rà soát');
      expect(text).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản');
      expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
      expect(text).not.toContain('Đồng ý lưu');
    }
  });

  it('guards: "nha tui ko dong y ket qua binh xet" keeps the card; losing the status without disputing it keeps why one loses it', async () => {
    expect((await first('nha tui ko dong y ket qua binh xet')).split('\n')[0]).toContain('Hộ không đồng ý với kết quả bình xét');
    expect((await first('sao nha tui bi rot ho ngheo')).split('\n')[0]).toContain('Vì sao hộ có thể không còn trong danh sách');
  });
});

describe('"neu tui co bhyt roi thi sao": the BHYT card, then what having it means for the BHYT indicator (never read as lacking it)', () => {
  it.each(['neu tui co bhyt roi thi sao', 'nha tui co the bhyt het roi thi sao', 'ca nha da co bhyt roi thi sao'])('"%s"', async (question) => {
    for (const text of await both(question)) {
      expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
      expect(text).toContain('Luật Bảo hiểm y tế, Điều 12');
      // The indicator as the standard of the day words it, with its basis, after the card.
      const indicator = text.indexOf('Về chỉ số thiếu hụt trong chuẩn nghèo áp dụng ngày 03/12/2026');
      expect(indicator).toBeGreaterThan(0);
      expect(text.slice(indicator)).toContain('Hộ có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế. Căn cứ: NĐ 07/2021/NĐ-CP');
      expect(text.slice(indicator)).toContain('hộ không bị tính thiếu hụt ở chỉ số này');
    }
  });

  it('guards: lacking it ("nha tui ko co bhyt thi sao") or asking the deprivation outright keeps the indicator entry', async () => {
    for (const question of ['nha tui ko co bhyt thi sao', 'neu nha tui co bhyt roi thi co bi tinh thieu hut ko']) {
      const text = await first(question);
      expect(text).toMatch(/^Chỉ số thiếu hụt theo chuẩn nghèo/);
      expect(text).not.toContain('hộ không bị tính thiếu hụt ở chỉ số này');
    }
  });
});

describe('"kiem tra ho ngheo": the check of one\'s own household starts (a line says where the procedure is), not the procedure explainer', () => {
  it.each(['kiem tra ho ngheo', 'kiem tra ho can ngheo giup tui', 'check ho ngheo dum em'])('"%s" in the chat', async (question) => {
    const text = await first(question);
    expect(text).toMatch(/^Mình giúp bạn tự kiểm tra hộ gia đình mình theo chuẩn nghèo/);
    expect(text).toContain('“thủ tục xét hộ nghèo”');
    expect(text).toContain('Đồng ý lưu');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it.each(['kiem tra ho ngheo', 'kiem tra ho gia dinh'])('"%s" in /api/ask: what to tell for the check, never a passage', (question) => {
    const text = askApiText(question, TODAY);
    expect(text).toContain('Để kiểm tra hộ của bạn, hãy cho biết trong câu hỏi hộ có mấy người');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Nguồn:');
    expect(text.includes('“thủ tục xét hộ nghèo”')).toBe(question === 'kiem tra ho ngheo');
  });

  it('guards: being reviewed ("xin xet ho ngheo") keeps the procedure; "kiem tra ho gia dinh" starts the check with no procedure line', async () => {
    expect(await first('xin xet ho ngheo')).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo/);
    const check = await first('kiem tra ho gia dinh');
    expect(check).toContain('Đồng ý lưu');
    expect(check).not.toContain('“thủ tục xét hộ nghèo”');
  });
});
