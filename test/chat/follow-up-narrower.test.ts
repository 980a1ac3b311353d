/**
 * Outside testers, round 8: a narrower follow-up answered by the card just given got that whole card again. A message
 * shaped as a follow-up (short; "còn", "vậy", "cái đó", "thì sao", "ở đâu", "bao nhiêu", "giấy tờ gì") answered by the
 * same card as the reply just before gets only the part asked (or the card's short form), with its source and status,
 * and that the full answer is above. The same card asked again as a full question still gets the full answer.
 * Expectations from rules/supports (the data the cards are made of), asked 15/03/2026 (harness TEST_NOW).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const ABOVE = '(Đầy đủ ở câu trả lời phía trên.)';
/** A line only the full BHYT card of the near-poor carries (its "Mức: …" with the article of the law). */
const NEAR_POOR_BHYT_CARD = 'Tối thiểu 70% mức đóng bảo hiểm y tế (Luật Bảo hiểm y tế Điều 12 khoản 4 điểm a)';
/** A line only the full loan card carries: where to apply, as the card words it. */
const LOAN_CARD = 'Hộ cận nghèo: Hộ cận nghèo được vay vốn ưu đãi';

describe('a follow-up on the card just given gets the part asked, not the card again', () => {
  it('"ho can ngheo dc bhyt ko" → "cai do lam o dau": where to apply, its basis, and the pointer', async () => {
    harness = await openHarness();
    expect((await harness.say('ho can ngheo dc bhyt ko')).text).toContain(NEAR_POOR_BHYT_CARD);
    const { text } = await harness.say('cai do lam o dau');
    expect(text).not.toMatch(/ngoài phạm vi/);
    expect(text).toMatch(/^Về hỗ trợ đóng bảo hiểm y tế/);
    expect(text).toContain('nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ; thẻ do cơ quan Bảo hiểm xã hội cấp.');
    expect(text).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
    expect(text).toContain(ABOVE);
    expect(text).not.toContain(NEAR_POOR_BHYT_CARD);
  });

  it('"giay to gi" after the BHYT card: the data lists no papers, the place that guides, not the review procedure', async () => {
    harness = await openHarness();
    await harness.say('ho can ngheo dc bhyt ko');
    const { text } = await harness.say('giay to gi');
    expect(text).toContain('không có danh sách giấy tờ cho hỗ trợ này');
    expect(text).toContain('nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ');
    expect(text).not.toContain('Rà soát thường xuyên');
    expect(text).toContain(ABOVE);
  });

  it('"bao nhieu tien" after the near-poor loan card: the figures with their status, not the card again', async () => {
    harness = await openHarness();
    expect((await harness.say('ho can ngheo dc vay von ko')).text).toContain(LOAN_CARD);
    const { text } = await harness.say('bao nhieu tien');
    expect(text).toMatch(/^Về vay vốn tín dụng chính sách/);
    expect(text).toContain('(tham khảo');
    // Round 28 (status10): the status inside the source's own bracket ("(đối tượng; …; tham khảo)").
    // Round 44 (cadre46): the decision itself checked (supports.md [V]); its 130% ceiling "tham khảo" in the text.
    expect(text).toContain('Căn cứ: Quyết định 15/2013/QĐ-TTg (đối tượng; đã kiểm tra).');
    expect(text).toContain(ABOVE);
    expect(text).not.toContain(LOAN_CARD);
  });

  it('"vay von do bao nhieu" names the support of the card just given: still the amount only', async () => {
    harness = await openHarness();
    await harness.say('ho can ngheo dc vay von ko');
    const { text } = await harness.say('vay von do bao nhieu');
    expect(text).toMatch(/^Về vay vốn tín dụng chính sách/);
    expect(text).toContain(ABOVE);
    expect(text).not.toContain(LOAN_CARD);
  });

  it('"con bhyt thi sao" right after the BHYT card: its short form with the source, not the BHYT indicator nor the card', async () => {
    harness = await openHarness();
    await harness.say('ho can ngheo dc bhyt ko');
    const { text } = await harness.say('con bhyt thi sao');
    expect(text).not.toContain('Chỉ số thiếu hụt');
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(áp dụng ngày 15\/03\/2026\):\nHộ cận nghèo: /);
    expect(text).toContain('Nguồn: Nghị định 188/2025/NĐ-CP');
    expect(text).toContain(ABOVE);
    expect(text).not.toContain('Việc công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách do UBND cấp xã quyết định');
  });

  it('"bao nhieu" after the 2026 standard: the line in short, with its status and source', async () => {
    harness = await openHarness();
    await harness.say('chuan ngheo 2026');
    const { text } = await harness.say('bao nhieu');
    expect(text).toContain('nông thôn ≤ 1.500.000 đồng, thành thị ≤ 2.000.000 đồng');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    expect(text).toContain(ABOVE);
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
  });
});

describe('a new card, or the same card asked as a full question, is answered in full', () => {
  it('"ho ngheo dc ho tro j" → "con bhyt thi sao": the BHYT card of the poor, whole (another answer than the list)', async () => {
    harness = await openHarness();
    await harness.say('ho ngheo dc ho tro j');
    const { text } = await harness.say('con bhyt thi sao');
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế \(theo dữ liệu chính sách/);
    expect(text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế');
    expect(text).not.toContain(ABOVE);
  });

  it('the loan card asked again in other words, as full questions: the full card each time', async () => {
    harness = await openHarness();
    for (const asked of ['ho can ngheo dc vay von ko', 'ho can ngheo co duoc vay von ngan hang chinh sach khong', 'vay von uu dai cho ho can ngheo']) {
      const { text } = await harness.say(asked);
      expect(text, asked).toContain(LOAN_CARD);
      expect(text, asked).not.toContain(ABOVE);
    }
  });
});
