/**
 * What the explainers (corpus/faq) say, checked against the rules data and shared/facts (findings F1, F12–F14,
 * F17, §4 dates): the vocational-training amounts of QĐ 46/2015 are given as those applied until 31/12/2025,
 * since whether QĐ 46/2015 still applies after the Luật Việc làm 2025 (01/01/2026) is not known — as the rule
 * says; a monthly-money question about a disabled person gets the monthly social allowance (mức chuẩn
 * 500.000 đồng, NĐ 76/2024; the coefficient is not known here, so no monthly figure for a person); an answer
 * never consists of an introduction alone; programme budget and targets are labelled "tham khảo" [M], the
 * 2021–2025 result (4,4% → 1,3%) and the managing body (Bộ Nông nghiệp và Môi trường, NĐ 35/2025) are stated;
 * dates read dd/MM/yyyy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { completeFirst, quoteOf } from '../../src/chat/answers.ts';
import { supportsFor } from '../../src/rules/index.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness({ now: () => new Date('2026-12-01T03:00:00Z') });
});
afterAll(() => harness.close());

const corpus = loadCorpus();
const explainers = () => corpus.passages.filter((passage) => passage.kind === 'faq');

describe('the explainers agree with the rules data and the facts', () => {
  it('vocational training: the QĐ 46/2015 amounts are those applied until 31/12/2025; now "chưa rõ", as the rule says', () => {
    const training = explainers().find((passage) => passage.headings.some((heading) => heading.includes('Học nghề')))!;
    const rule = supportsFor(harness.app.rules, 'poor', '2026-12-01').find((support) => support.id === 'vocational_training')!;
    expect(rule.status).toBe('unknown');
    expect(rule.amount).toBeUndefined();
    expect(training.text).toMatch(/^Chưa rõ từ 01\/01\/2026/);
    expect(training.text).toContain('Đây là các mức đã áp dụng đến 31/12/2025, không phải mức hiện hành.');
    expect(training.text).toContain('3.000.000 đồng/người/khóa');
  });

  it('a disabled person asking how much a month gets the monthly social allowance, not course fees', async () => {
    const { text } = await harness.say('nguoi khuyet tat nha ngheo dc bn tien 1 thang', 'f1');
    expect(text).toMatch(/trợ cấp xã hội hằng tháng|Trợ cấp xã hội hằng tháng/);
    expect(text).toContain('500.000 đồng/tháng');
    // Round 28 words12: the disability entry answers (was this explainer), naming the commune "UBND cấp xã".
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toContain('3.000.000 đồng');
    expect(text).not.toContain('/khóa');
  });

  it('no explainer passage is an introduction alone; a quote never stops at a line announcing what follows', async () => {
    for (const passage of explainers()) expect(passage.text.trimEnd().endsWith(':'), passage.id).toBe(false);
    const { text } = await harness.say('ho can ngheo dc j', 'f17');
    expect(text).not.toContain('Dưới đây là các chính sách');
    expect(text).toContain('bảo hiểm y tế');
    // A document's opening that only announces its content is not shown first when another passage answers.
    const ranked = completeFirst([{ text: 'Ban hành Kế hoạch với các nội dung sau:' }, { text: 'Giảm tỷ lệ hộ nghèo 1,5% mỗi năm.' }]);
    expect(ranked[0]!.text).toBe('Giảm tỷ lệ hộ nghèo 1,5% mỗi năm.');
    const long = `${'Mở đầu dài dòng về bối cảnh. '.repeat(12)}\nMục tiêu gồm:\n- Giảm tỷ lệ hộ nghèo 1,5% mỗi năm.\n${'Phần sau. '.repeat(40)}`;
    expect(quoteOf(long, 400, '«Mục tiêu» gồm').replace(/ …$/, '').trimEnd().endsWith(':')).toBe(false);
  });

  it('programme 2026–2030: budget and targets labelled "tham khảo"; 2021–2025 result; the managing body today', async () => {
    const budget = (await harness.say('Kinh phí Chương trình MTQG giai đoạn 2026-2030 là bao nhiêu?', 'f13')).text;
    expect(budget).toContain('423.000 tỷ đồng');
    expect(budget).toContain('tham khảo');
    expect(budget).toContain('Nghị quyết 257/2025/QH15');
    const targets = (await harness.say('Chỉ tiêu giảm tỷ lệ hộ nghèo đa chiều giai đoạn 2026-2030?', 'f13b')).text;
    // Round 34 staff22: the period's target is the national rate's card (was the explainer's passage, whose budget came first).
    expect(targets).toContain('tỷ lệ nghèo đa chiều giảm 1–1,5% mỗi năm (tham khảo)');
    expect(targets).not.toContain('423.000 tỷ');
    const result = explainers().find((passage) => passage.headings.some((heading) => heading.includes('Kết quả giảm nghèo giai đoạn 2021')))!;
    expect(result.text).toContain('giảm từ 4,4% năm 2021 xuống 1,3% năm 2025');
    const body = (await harness.say('Cơ quan nào quản lý nhà nước về giảm nghèo hiện nay?', 'f14')).text;
    expect(body).toContain('Bộ Nông nghiệp và Môi trường');
    expect(body).toContain('Nghị định 35/2025/NĐ-CP ngày 25/02/2025');
  });

  it('university fees for a poor or near-poor family: the NĐ 238/2025 rule, not the school exemption', async () => {
    const { text } = await harness.say('con tui di hoc dai hoc nha can ngheo co dc mien hoc phi ko', 'f12');
    expect(text).toContain('Nghị định 238/2025/NĐ-CP');
    expect(text).toContain('Hộ cận nghèo');
    expect(text).not.toContain('Nghị quyết 217/2025/QH15');
  });

  it('how long a household counts as newly escaped: 3 years after leaving the poor list (QĐ 28/2015), its supports, where to confirm', async () => {
    for (const [question, user] of [
      ['Hộ thoát nghèo được 2 năm, bao lâu thì là hộ mới thoát nghèo?', 'f2a'],
      ['nha tui thoat ngheo may nam roi, bao lau thi con la ho moi thoat ngheo', 'f2b'],
    ] as const) {
      const { text } = await harness.say(question, user);
      expect(text, question).toContain('3 năm (36 tháng)');
      expect(text, question).toContain('Quyết định 28/2015/QĐ-TTg');
      expect(text, question).not.toContain('Thủ tục rà soát');
    }
    const section = explainers().find((passage) => passage.headings.some((heading) => heading.includes('Hộ mới thoát nghèo là gì')))!;
    expect(section.text).toMatch(/8,25%\/năm, chỉ để tham khảo/);
    expect(section.text).toMatch(/Nghị định 188\/2025\/NĐ-CP không có mức hỗ trợ đóng riêng/);
    expect(section.text).toContain('do Ủy ban nhân dân cấp xã xác nhận');
    // Becoming poor is still the procedure.
    expect((await harness.say('nop giay de nghi xet ho ngheo bao lau thi co ket qua', 'f2c')).text).toContain('Thủ tục rà soát');
  });

  it('renters: reviewed where they reside, no indicator asks about renting, residence papers not known here', () => {
    for (const question of ['nha tui o nha thue co dc xet ho ngheo ko', 'o tro co dc lam ho ngheo ko']) {
      const [first] = harness.app.search.search(question, { limit: 1 });
      expect(first?.text, question).toContain('nơi đang cư trú');
      expect(first?.text, question).toContain('không có chỉ số nào hỏi nhà thuê');
      expect(first?.text, question).toContain('chưa được kiểm tra ở đây');
      expect(first?.citation, question).toContain('Nghị định 351/2025/NĐ-CP');
    }
  });

  it('"tổ trưởng nói nhà tui không được nghèo nữa": the village head does not decide; meeting, posting, the commune chairman; complaints not known here', async () => {
    for (const [question, user] of [
      ['tổ trưởng nói nhà tui không được nghèo nữa là sao', 'f4a'],
      ['to truong noi nha tui ko dc ngheo nua la sao', 'f4b'],
    ] as const) {
      const { text } = await harness.say(question, user);
      expect(text, question).toContain('chưa phải là quyết định');
      expect(text, question).toContain('niêm yết công khai');
      expect(text, question).toContain('Chủ tịch Ủy ban nhân dân cấp xã mới quyết định');
      expect(text, question).toContain('Quyết định 24/2021/QĐ-TTg');
    }
    const section = explainers().find((passage) => passage.headings.some((heading) => heading.includes('Tổ trưởng')))!;
    expect(section.text).toMatch(/khiếu nại[^.]*chưa được kiểm tra ở đây: bạn hãy hỏi cán bộ phụ trách giảm nghèo ở Ủy ban nhân dân cấp xã/);
  });

  it('every date the explainers and the rules data show is dd/MM/yyyy', () => {
    const unpadded = /(?<![\d/])(\d\/\d{1,2}|\d{2}\/\d)\/\d{4}(?!\d)/;
    for (const passage of explainers()) expect(passage.text, passage.id).not.toMatch(unpadded);
    const { rules } = harness.app;
    const texts = [
      ...rules.supports.flatMap((support) => support.variants.flatMap((variant) => [variant.what, variant.basis, ...variant.conditions.map((c) => c.text)])),
      ...rules.standards.flatMap((standard) => standard.notes),
      ...rules.procedure.steps.map((step) => step.text),
    ];
    for (const text of texts) expect(text).not.toMatch(unpadded);
  });
});
