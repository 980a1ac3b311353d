/**
 * Round 29 (law helper law14, 05/12/2026): the law of December 2026 / January 2027, from /work/shared/facts/updates-2026.md.
 * 2026 keeps the NĐ 07/2021 standard under NĐ 351/2025/NĐ-CP [M]; 2027–2030 has its own lines [M]: a period over both is asked of
 * both standards. A loan said to be cut also hears what the merged programme 2026–2035 says of loans (23.000 tỷ đồng of policy
 * credit for 2026–2030 [M]; the 2026 loan cap and rates [?]). The ongoing review's use after 2025: the decision names the period
 * 2022 – 2025 [V], no decision replacing it found [?].
 */
import { describe, expect, it } from 'vitest';
import { answerTopic, topicCode, topicFromCode } from '../../src/chat/topics.ts';
import { loadRules } from '../../src/rules/index.ts';
import { askApiText, conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round29law14');

describe('a period over two standards says both, with their figures, sources and status', () => {
  it.each([
    'chuẩn nghèo giai đoạn 2026-2030',
    'chuan ngheo 2026 den 2030 la bao nhieu',
    'Chuẩn nghèo đa chiều giai đoạn 2026–2030 áp dụng như thế nào cho từng năm?',
    'Năm 2026 áp dụng chuẩn nghèo nào, từ năm 2027 áp dụng chuẩn nào?',
    '/chuan 2026-2030',
  ])('"%s"', async (question) => {
    const text = await first(question);
    // Was today's card (2026 alone, "Áp dụng hôm nay" or "Áp dụng cho giai đoạn 2026–2030") and the list of changes.
    expect(text).toContain('năm 2026 theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), giai đoạn 2027–2030 theo chuẩn nghèo đa chiều giai đoạn 2027–2030');
    const lines = text.split('\n');
    const of2026 = lines.find((line) => line.startsWith('• Năm 2026'))!;
    expect(of2026).toContain('nông thôn 1.500.000 đồng, thành thị 2.000.000 đồng');
    expect(of2026).toContain('Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP)');
    expect(of2026).toMatch(/\(tham khảo\)\.$/);
    const of2027 = lines.find((line) => line.startsWith('• Giai đoạn 2027–2030'))!;
    expect(of2027).toContain('nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng');
    expect(of2027).toMatch(/\(tham khảo\)\.$/);
    // The middle band of 2027–2030 is not known: no figure, whom to ask.
    expect(of2027).not.toContain('mức sống trung bình đến');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Sắp thay đổi');
  });
  it('one area asked: its lines only ("chuan ngheo 2026 2030 o que bn tien")', async () => {
    const text = await first('chuan ngheo 2026 2030 o que bn tien');
    expect(text).toContain('Chuẩn nghèo nông thôn 2026–2030');
    expect(text).toContain('nông thôn 2.200.000 đồng');
    expect(text).not.toContain('thành thị 2.800.000');
  });
  it('"con thanh pho?" right after: the city lines of both standards (was the 2026 lines alone)', async () => {
    const [, text] = await ask('chuan ngheo 2026 den 2030 la bao nhieu', 'con thanh pho?');
    expect(text).toContain('Chuẩn nghèo thành thị 2026–2030');
    expect(text).toContain('thành thị 2.000.000 đồng');
    expect(text).toContain('thành thị 2.800.000 đồng');
    expect(text).not.toContain('nông thôn');
  });
  it('/api/ask: the same', () => {
    expect(askApiText('chuan ngheo 2026 den 2030 la bao nhieu', '2026-12-05')).toContain('giai đoạn 2027–2030 theo chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
  it('shared or reported ("Chia sẻ", "Báo sai"): its code is the period, which answers the same', () => {
    const rules = loadRules();
    const code = topicCode({ kind: 'standard', over: { from: 2026, to: 2030 } });
    // Was "s": the card of today.
    expect(code).toBe('s2026t2030');
    const text = answerTopic(rules, topicFromCode(code, rules)!, '2026-12-05').flatMap((one) => one.spans.map((span) => span.text)).join('');
    expect(text).toContain('năm 2026 theo Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP), giai đoạn 2027–2030 theo chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });
  it('a period one standard covers is still its card ("chuan ngheo 2027 2030 the nao")', async () => {
    expect(await first('chuan ngheo 2027 2030 the nao')).toContain('Áp dụng cho giai đoạn 2027–2030.');
  });
});

describe('a loan said to be cut hears what the programme 2026–2035 says of loans', () => {
  it.each(['nam 2027 co bo vay von ho ngheo ko', 'Năm 2027 có bỏ chính sách vay vốn ưu đãi cho hộ cận nghèo không?'])('"%s"', async (question) => {
    const text = await first(question);
    const said = text.split('\n')[0]!;
    // Was the loan's own text alone, nothing of the programme.
    expect(said).toContain('Chương trình MTQG giai đoạn 2026–2035');
    expect(said).toContain('khoảng 23.000 tỷ đồng vốn tín dụng chính sách');
    // Round 29 (mend29c): that the loan's cap and rates are not known is said once, of the year asked, not again by the programme.
    expect(said).toContain('mức vay, lãi suất áp dụng năm 2027 chưa rõ');
    expect(said).not.toContain('mức vay, lãi suất cho từng hộ');
    expect(said).toContain('Nghị quyết 257/2025/QH15');
  });
});

describe('the ongoing review after 2025 says what is known, with its status', () => {
  it.each(['ra soat thuong xuyen ho ngheo la sao vay ad', 'nop don xin ho ngheo hang thang duoc ko hay phai doi cuoi nam'])('"%s"', async (question) => {
    const text = await first(question);
    const line = text.split('\n').find((candidate) => candidate.includes('Rà soát thường xuyên'))!;
    // Was "Áp dụng sau năm 2025: chưa rõ."
    expect(line).not.toContain('Áp dụng sau năm 2025: chưa rõ');
    // Round 30 (law15): the period is the schedule line's statement, with its own status (the step's text said it again
    // with a second status: "… (đã kiểm tra); … chưa rõ. (tham khảo)").
    const schedule = text.split('\n').find((candidate) => candidate.includes('Lịch rà soát theo Quyết định 24/2021/QĐ-TTg'))!;
    expect(schedule).toContain('"giai đoạn 2022 – 2025"; chưa rõ văn bản và lịch rà soát áp dụng năm 2026 (chưa rõ).');
  });
});
