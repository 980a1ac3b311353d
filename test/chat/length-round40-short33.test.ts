/**
 * Round 40 (short33, 07/12/2026): residents' first answers that were still too long on a cheap phone, each now within
 * SHORT_TEXT_DEFAULTS.phoneChars with its statuses, source and whom to ask, "chi tiết" the whole answer.
 * - The procedure named ("quy trinh ra soat ho ngheo the nao", "thu tuc xet ho ngheo": 1.822 characters, the whole card; its brief
 *   told to type “thủ tục xét hộ nghèo”, which typed so gave the same again): the brief, "chi tiết" the card. The steps asked ("cac
 *   buoc") and the question written out in full keep the card.
 * - How income is counted ("thu nhap tinh sao": 1.515 characters): the income entry's lines in brief, money sent home among them.
 * - Why a household is not recognised ("sao nha tui ngheo vay ma hok dc xet ho ngheo": 1.739 characters): the standard's lines and
 *   the written reason the commune owes, "chi tiết" the scoring, how to ask again and what is not known.
 * - An amount asked of 2027 ("thu nhap 2 trieu 2 o nong thon nam 2027 la ho j": 1.666 characters with that year's card, the
 *   indicators' basis a newspaper): the class with the decree as basis, "chi tiết" the card.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

// 07/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'short33');
const PHONE = SHORT_TEXT_DEFAULTS.phoneChars;
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const SEE_ALL = 'Xem đủ: gõ “chi tiết”.';
/** Only in the procedure's whole card: the periodic review's six steps and the district's step 5. */
const PROCEDURE_WHOLE = ['gồm 6 bước', 'Bước 5 của rà soát định kỳ'];

describe('the procedure named by a resident: in brief, "chi tiết" the card', () => {
  for (const question of ['quy trinh ra soat ho ngheo the nao', 'thu tuc xet ho ngheo']) {
    it(`"${question}": ≤ 1.000 characters, its source, what is not known, the cadre; "chi tiết" every step`, async () => {
      const [brief, whole] = await ask(question, 'chi tiết');
      expect(brief!.length).toBeLessThanOrEqual(PHONE);
      expect(brief).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
      expect(brief).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ)');
      expect(brief).toContain('(tham khảo)');
      expect(brief).toContain(CADRE);
      expect(brief).toContain(SEE_ALL);
      // Not what gives this brief again when typed without marks.
      expect(brief).not.toContain('gõ “thủ tục xét hộ nghèo”');
      for (const part of PROCEDURE_WHOLE) expect(brief).not.toContain(part);
      for (const part of PROCEDURE_WHOLE) expect(whole).toContain(part);
    });
  }

  for (const question of ['cac buoc ra soat ho ngheo', 'Quy trình rà soát hộ nghèo thế nào?']) {
    it(`guard: "${question}" (the steps asked, or written out in full) keeps the whole card`, async () => {
      const [card] = await ask(question);
      for (const part of PROCEDURE_WHOLE) expect(card).toContain(part);
      expect(card).not.toContain(SEE_ALL);
    });
  }
});

describe('how income is counted, asked by a resident: in brief, "chi tiết" the card', () => {
  it('"thu nhap tinh sao": ≤ 1.000 characters, the 12 months, the allowances not counted, money sent home chưa rõ', async () => {
    const [brief, whole] = await ask('thu nhap tinh sao', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('trong 12 tháng trước, chia cho 12 tháng và chia cho số người trong hộ');
    expect(brief).toContain('giữ cho năm 2026 theo Nghị định 351/2025/NĐ-CP; đã kiểm tra)');
    expect(brief).toMatch(/Thu nhập lúc có lúc không được cộng cả năm rồi chia đều \(tham khảo\)/u);
    expect(brief).toMatch(/Tiền người thân đi làm xa gửi về[^\n]*\(chưa rõ\)/u);
    expect(brief).toContain('Căn cứ: Nghị định 07/2021/NĐ-CP');
    expect(brief).toContain(CADRE);
    expect(brief).toContain(SEE_ALL);
    expect(brief).not.toContain('không lấy riêng một tháng cao hay thấp');
    expect(whole).toContain('không lấy riêng một tháng cao hay thấp');
  });

  it('"tien con gui ve co tinh vo thu nhap ko": the line on money sent home is in the brief', async () => {
    const [brief] = await ask('tien con gui ve co tinh vo thu nhap ko');
    expect(brief!.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toMatch(/Tiền người thân đi làm xa gửi về có tính vào thu nhập không[^\n]*UBND cấp xã xác định \(chưa rõ\)/u);
  });

  it('guard: a cadre\'s "Đề nghị cho biết cách tính thu nhập của hộ khi rà soát" gets the whole card', async () => {
    const [card] = await ask('Đề nghị cho biết cách tính thu nhập của hộ khi rà soát');
    expect(card).toContain('không lấy riêng một tháng cao hay thấp');
    expect(card).not.toContain(SEE_ALL);
  });
});

describe('why a household is not recognised, asked by a resident: in brief, "chi tiết" the rest', () => {
  it('"sao nha tui ngheo vay ma hok dc xet ho ngheo": ≤ 1.000 characters, the lines, the written reason owed, the check offered', async () => {
    const [brief, whole] = await ask('sao nha tui ngheo vay ma hok dc xet ho ngheo', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('không quá 1.500.000 đồng (nông thôn), 2.000.000 đồng (thành thị)');
    expect(brief).toContain('(đã kiểm tra)');
    expect(brief).toContain('Chủ tịch UBND cấp xã phải trả lời bằng văn bản và nêu rõ lý do (tham khảo). Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
    expect(brief).toContain(CADRE);
    expect(brief).toContain(SEE_ALL);
    expect(brief).toContain('Kiểm tra hộ gia đình');
    expect(brief).not.toContain('điểm A');
    // "chi tiết": how the review estimates income and what is not known, as before.
    expect(whole).toContain('điểm A ước tính thu nhập');
    expect(whole).toMatch(/Thấy kết quả chưa đúng: hộ nộp Giấy đề nghị[^\n]*\(tham khảo\)\. Căn cứ: Quyết định 24\/2021\/QĐ-TTg\./u);
    expect(whole).toMatch(/Chưa rõ: bảng điểm của từng câu hỏi trên phiếu/u);
  });
});

describe('an amount asked of 2027 by a resident: the class, "chi tiết" that year\'s card', () => {
  it('"thu nhap 2 trieu 2 o nong thon nam 2027 la ho j": ≤ 1.000 characters, the decree as the basis (no newspaper), the cadre', async () => {
    const [brief, card] = await ask('thu nhap 2 trieu 2 o nong thon nam 2027 la ho j', 'chi tiết');
    expect(brief!.length).toBeLessThanOrEqual(PHONE);
    expect(brief).toContain('ở nông thôn (mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    // The list's basis is the decree; the papers that report it are the standard's sources (was "căn cứ: NĐ 351/2025/NĐ-CP (theo
    // vietnamnet.vn 8/2026; …)").
    expect(brief).toContain('căn cứ: NĐ 351/2025/NĐ-CP (tham khảo)');
    expect(brief).not.toContain('vietnamnet');
    expect(brief).toContain('số chỉ số chính thức chưa rõ');
    expect(brief).toContain(CADRE);
    expect(brief).toContain(SEE_ALL);
    expect(brief).not.toContain('Chuẩn nghèo nông thôn áp dụng năm 2027');
    expect(card).toContain('Chuẩn nghèo nông thôn áp dụng năm 2027');
  });
});
