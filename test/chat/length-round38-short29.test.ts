/**
 * Round 38 (short29, 06/12/2026): residents' first answers still over 1.000 characters on a cheap phone, said in brief, each with
 * its status, source and whom to ask, the whole card one "chi tiết" away.
 * - Housing asked of a class, typed as on Zalo ("nha tui ngheo, nha dot nat het roi, xin ho tro sua nha dc ko": 1.099 characters,
 *   "nha can ngheo bi dot nat co dc ho tro ko": 1.107; 30 questions of the routing sets over 1.000): the 2026 line in its own
 *   words in brief (rules/supports `inBrief`), its status and basis, where to go, whom to ask.
 *   The lines around it stay: a household outside the condition (chưa rõ), the finished 2024–2025 campaign (tham khảo).
 * - A disabled member told ("con tui bi khuyet tat, nha can ngheo, co dc tro cap j ko bn", "me tui bi khuyet tat nang": 1.098
 *   characters, 24 questions of the routing sets): the entry's brief lines in fewer words (rules/reference.yaml disability).
 * - Guards: written with diacritics, as cadres write ("Hộ nghèo có được hỗ trợ nhà ở không?"), or a whole card already short
 *   ("ho ngheo co dc ho tro tien dien ko", 946 characters), the whole card as before.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short29');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const SEE_ALL = 'Xem đủ: gõ “chi tiết”.';
const HOUSING_BRIEF = 'Từ năm 2026 thuộc Chương trình mục tiêu quốc gia 2026–2035. Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra; không áp dụng các mức của giai đoạn trước.';
const HOUSING_BASIS = 'Căn cứ: Nghị quyết 257/2025/QH15; Nghị quyết 424/NQ-CP; Quyết định 417/QĐ-BNNMT (chưa rõ).';
const CAMPAIGN = 'Đã kết thúc: Phong trào cả nước xóa nhà tạm, nhà dột nát năm 2024–2025';

describe('housing asked of a class in residents\' words: the 2026 line in brief, status, basis, whom to ask', () => {
  const cases: [string, string][] = [
    ['nha tui ngheo, nha dot nat het roi, xin ho tro sua nha dc ko', '• Hộ nghèo: '],
    ['nha can ngheo bi dot nat co dc ho tro ko', '• Hộ cận nghèo: '],
    ['nha tui o tren nui, ho ngheo, lam nha co dc ho tro ko', '• Hộ nghèo: '],
    ['lu lam hu nha tui roi, ho ngheo, dc ho tro sua nha ko', '• Hộ nghèo: '],
  ];
  for (const [question, line] of cases) {
    it(`"${question}": ≤ 1.000 characters, the line with "chưa rõ", its basis, the commune, "chi tiết" the whole card`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
      expect(brief).toContain(`${line}Áp dụng khi: Hộ ở xã nghèo`);
      expect(brief).toContain(HOUSING_BRIEF);
      expect(brief).toContain(HOUSING_BASIS);
      expect(brief).toContain(CADRE);
      expect(brief).toContain('Nơi làm: UBND cấp xã (lập danh sách, hướng dẫn hồ sơ).');
      expect(brief).toContain('không thuộc trường hợp trên: có hỗ trợ này hay không chưa rõ');
      expect(brief).toContain(CAMPAIGN);
      expect(brief).toContain(SEE_ALL);
      // "chi tiết": the whole card, the 2026 text in full with its basis's dates, who decides.
      expect(detail).toContain('Từ năm 2026, hỗ trợ nhà ở và sinh kế thuộc Chương trình mục tiêu quốc gia hợp nhất giai đoạn 2026–2035.');
      expect(detail).toContain('Nghị quyết 257/2025/QH15 (11/12/2025)');
      expect(detail).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
    });
  }

  it('"nha tui dot nat qua, muon xin ho tro cat nha thi lam sao" (no class told): both classes\' line in brief, ≤ 1.000', async () => {
    const [brief] = await ask('nha tui dot nat qua, muon xin ho tro cat nha thi lam sao');
    expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    expect(brief).toContain(HOUSING_BRIEF);
    expect(brief).toContain(HOUSING_BASIS);
    expect(brief).toContain(CADRE);
    expect(brief).toContain(SEE_ALL);
  });
});

describe('guard: written with diacritics, as cadres write, the whole card as before', () => {
  it('"Hộ nghèo có được hỗ trợ nhà ở không?": the 2026 text in full, the ended campaign, who decides, no "chi tiết"', async () => {
    const [card] = await ask('Hộ nghèo có được hỗ trợ nhà ở không?');
    expect(card).toContain('Từ năm 2026, hỗ trợ nhà ở và sinh kế thuộc Chương trình mục tiêu quốc gia hợp nhất giai đoạn 2026–2035.');
    expect(card).toContain('Nghị quyết 257/2025/QH15 (11/12/2025)');
    expect(card).toContain(CAMPAIGN);
    expect(card).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
    expect(card).not.toContain(SEE_ALL);
  });
});

describe('guard: a whole card already short on a phone stays whole', () => {
  it('"ho ngheo co dc ho tro tien dien ko": the card in full (QĐ 14/2025 chưa rõ, QĐ 28/2014\'s rule before), no "chi tiết"', async () => {
    const [card] = await ask('ho ngheo co dc ho tro tien dien ko');
    expect(card!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    expect(card).toContain('cách chi trả chưa được kiểm tra ở đây.');
    expect(card).toContain('Trước đây, theo Quyết định 28/2014/QĐ-TTg: Hộ nghèo được tiền của 30 kWh/tháng');
    expect(card).toContain(CADRE);
    expect(card).not.toContain(SEE_ALL);
  });
});

describe('a disabled member told: the entry in brief, in fewer words, with status, source and whom to ask', () => {
  for (const question of ['con tui bi khuyet tat, nha can ngheo, co dc tro cap j ko bn', 'me tui bi khuyet tat nang', 'tui bi cut 1 chan, dc tro cap bn 1 thang']) {
    it(`"${question}": ≤ 1.000 characters; the allowance (tham khảo), what is not known (chưa rõ), BHYT by class, "chi tiết" the rest`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
      expect(brief).toContain('người khuyết tật thuộc diện hưởng trợ cấp theo Nghị định 20/2021/NĐ-CP được mức chuẩn 500.000 đồng/tháng từ 01/07/2024');
      expect(brief).toContain('tờ khai nộp tại UBND cấp xã (tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
      expect(brief).toContain('số tiền mỗi tháng của một người thì dữ liệu của trợ lý chưa có (chưa rõ). Căn cứ: Nghị định 20/2021/NĐ-CP.');
      expect(brief).toContain('hộ cận nghèo được hỗ trợ tối thiểu 70% (100% ở xã nghèo) (tham khảo). Căn cứ: Luật Bảo hiểm y tế, Điều 12');
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      expect(detail).toContain('Trợ giúp pháp lý miễn phí: mọi thành viên hộ nghèo');
    });
  }
});
