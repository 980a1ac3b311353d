/**
 * Round 39 (short31, 06/12/2026): who wrote a question is read in one place (wordingOf, src/text/lexicon/index.ts) and answers
 * follow it, residents' first answers short on a cheap phone, cadres' formal questions the whole card.
 * - Housing asked of a class by a resident typing WITH marks but informally ("nhà tui nghèo, nhà dột nát hết rồi, xin hỗ trợ sửa
 *   nhà đc ko": 1.099 characters, the whole card): the housing card in brief as typed without marks (round 38 short29), "chi tiết"
 *   the whole card. Written out in full ("Hộ nghèo có được hỗ trợ nhà ở không?") the whole card as before.
 * - A cadre's formal question on an entry with a brief ("Đề nghị cho biết chương trình MTQG giảm nghèo mới là gì?", "Xin hỏi …"):
 *   the whole card (NQ 424/NQ-CP, ~23.000 tỷ đồng of credit), was the resident's brief since short30.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { wordingOf } from '../../src/text/lexicon/index.ts';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'short31');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const SEE_ALL = 'Xem đủ: gõ “chi tiết”.';
const HOUSING_BRIEF = 'Từ năm 2026 thuộc Chương trình mục tiêu quốc gia 2026–2035. Mức hỗ trợ của chương trình mới chưa được công bố hoặc chưa được kiểm tra';
const HOUSING_WHOLE = 'Từ năm 2026, hỗ trợ nhà ở và sinh kế thuộc Chương trình mục tiêu quốc gia hợp nhất giai đoạn 2026–2035.';

describe('wordingOf: one reading of who wrote it', () => {
  const cases: [string, ReturnType<typeof wordingOf>][] = [
    ['nhà tui nghèo mà dột nát có được hỗ trợ ko', 'resident'],
    ['nhà mình nghèo, có được hỗ trợ sửa nhà hông', 'resident'],
    ['nha can ngheo bi dot nat co dc ho tro ko', 'resident'],
    ['Hộ nghèo có được hỗ trợ nhà ở không?', 'neutral'],
    // Cadres' own short forms ("HN", "HCN") are no sign of a resident.
    ['HN, HCN có được hỗ trợ tiền điện không', 'neutral'],
    ['Đề nghị cho biết chương trình MTQG giảm nghèo mới là gì?', 'formal'],
    ['Xin hỏi quy định về hỗ trợ nhà ở cho hộ nghèo', 'formal'],
    ['de nghi cho biet muc vay von ho ngheo', 'formal'],
    ['Hộ nghèo được hỗ trợ nhà ở theo quy định nào?', 'formal'],
  ];
  for (const [text, wording] of cases) it(`"${text}" → ${wording}`, () => expect(wordingOf(text)).toBe(wording));
});

describe('housing asked by a resident typing with marks: the card in brief, "chi tiết" the whole', () => {
  for (const [question, line] of [
    ['nhà tui nghèo, nhà dột nát hết rồi, xin hỗ trợ sửa nhà đc ko', '• Hộ nghèo: '],
    ['nhà cận nghèo bị dột nát có được hỗ trợ ko', '• Hộ cận nghèo: '],
  ] as const) {
    it(`"${question}": ≤ 1.000 characters, the 2026 line (chưa rõ) with its basis, the commune, "chi tiết" the whole card`, async () => {
      const [brief, detail] = await ask(question, 'chi tiết');
      expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
      expect(brief).toContain(`${line}Áp dụng khi: Hộ ở xã nghèo`);
      expect(brief).toContain(HOUSING_BRIEF);
      expect(brief).toContain('(chưa rõ)');
      expect(brief).toContain('Căn cứ: Nghị quyết 257/2025/QH15');
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      expect(brief).not.toContain(HOUSING_WHOLE);
      expect(detail).toContain(HOUSING_WHOLE);
      expect(detail).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
    });
  }

  it('guard: "Hộ nghèo có được hỗ trợ nhà ở không?" written out in full: the whole card, no "chi tiết"', async () => {
    const [card] = await ask('Hộ nghèo có được hỗ trợ nhà ở không?');
    expect(card).toContain(HOUSING_WHOLE);
    expect(card).not.toContain(SEE_ALL);
  });
});

describe('a cadre\'s formal question on an entry with a brief: the whole card', () => {
  for (const question of ['Đề nghị cho biết chương trình MTQG giảm nghèo mới là gì?', 'Xin hỏi chương trình giảm nghèo mới 2026-2035 là gì?']) {
    it(`"${question}": the plan (NQ 424/NQ-CP), the credit (23.000 tỷ đồng), the total chưa rõ, no "chi tiết"`, async () => {
      const [card] = await ask(question);
      expect(card).toContain('Nghị quyết 424/NQ-CP');
      expect(card).toContain('23.000 tỷ đồng');
      expect(card).toContain('(chưa rõ)');
      expect(card).toContain(CADRE);
      expect(card).not.toContain(SEE_ALL);
    });
  }

  it('a resident\'s "chuong trinh giam ngheo moi 2026-2035 la gi" still in brief (short30)', async () => {
    const [brief] = await ask('chuong trinh giam ngheo moi 2026-2035 la gi');
    expect(brief!.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
    expect(brief).toContain(SEE_ALL);
  });
});

describe('supports said to be cut next year: the class\'s 2027 line in the text, the card one "chi tiết" away', () => {
  for (const [question, name] of [
    ['sang nam 2027 ho ngheo van dc ho tro chu', 'hộ nghèo'],
    ['qua nam co bo ho tro ho ngheo ko ad', 'hộ nghèo'],
    ['nam sau nha nuoc con ho tro ho can ngheo ko', 'hộ cận nghèo'],
  ] as const) {
    it(`"${question}": ≤ 1.250 characters (was 1.781–1.829), each status, the source, the commune; "chi tiết" the 2027 card`, async () => {
      const [brief, detail] = await ask(question, 'chi tiet');
      expect(brief!.length).toBeLessThanOrEqual(1250);
      expect(brief).toContain(`chuẩn nghèo đa chiều giai đoạn 2027–2030 (từ 01/01/2027, Nghị định 351/2025/NĐ-CP, tham khảo) vẫn có ${name}.`);
      expect(brief).toContain('không quá 2.200.000 đồng (nông thôn), 2.800.000 đồng (thành thị)');
      expect(brief).toMatch(/Ngày 01\/01\/2027 dữ liệu vẫn có: [^.]*\(tham khảo\)/);
      expect(brief).toMatch(/Chưa rõ mức hoặc còn áp dụng không: [^.]*\(chưa rõ\)\./);
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      expect(detail).toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    });
  }

  it('a cadre\'s formal question keeps the correction and the standard\'s figures', async () => {
    const [card] = await ask('Đề nghị cho biết năm sau có cắt hỗ trợ cho hộ cận nghèo không?');
    expect(card).toContain('(mức thu nhập ở dưới)');
    expect(card).toContain('Chuẩn nghèo áp dụng năm 2027');
  });
});

describe('a loan said to be cut: the correction, then the loan card in brief, "chi tiết" the whole card', () => {
  for (const [question, name, line] of [
    ['nghe noi bo vay von ho can ngheo roi, thiet ko', 'hộ cận nghèo', '• Hộ cận nghèo: Được vay ưu đãi'],
    ['nghe noi 2027 cat vay von ho can ngheo dung ko ad', 'hộ cận nghèo', '• Hộ cận nghèo: Được vay ưu đãi'],
    ['nam 2027 co bo vay von ho ngheo ko', 'hộ nghèo', '• Hộ nghèo: Được vay ưu đãi'],
  ] as const) {
    it(`"${question}": ≤ 1.200 characters (was 1.444–1.623), the programme's credit (tham khảo), the line with status and basis`, async () => {
      const [brief, detail] = await ask(question, 'chi tiết');
      expect(brief!.length).toBeLessThanOrEqual(1200);
      expect(brief).toContain(`văn bản nào cắt vay vốn tín dụng chính sách của ${name}`);
      expect(brief).toContain('khoảng 23.000 tỷ đồng vốn tín dụng chính sách (vốn cho vay ưu đãi) cho giai đoạn 2026–2030 (tham khảo)');
      expect(brief).toContain(line);
      expect(brief).toContain('(tham khảo)');
      expect(brief).toMatch(/Căn cứ: (Quyết định 15\/2013\/QĐ-TTg|Nghị định 78\/2002\/NĐ-CP)/);
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      expect(detail).toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định.');
      expect(detail).toContain('Ngân hàng Chính sách xã hội');
    });
  }
});
