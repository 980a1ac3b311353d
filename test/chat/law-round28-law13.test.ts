/**
 * Round 28 (law helper law13, 05/12/2026): the law around December 2026 / January 2027, from
 * /work/shared/facts/updates-2026.md. The 2027–2030 standard (NĐ 351/2025/NĐ-CP [M]) applies 01/01/2027 – 31/12/2030, so a
 * period asked ("giai đoạn 2027-2030") is that standard over the period, not the year 2027. NQ 261/2025/QH15 [M] (effective
 * 01/01/2026) raises the near-poor's BHYT benefit to 100 %, start [?]: its answer names the resolution once a line.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28law13');

describe('a period asked is the period, not its first year', () => {
  it.each(['chuan ngheo 2027 2030 the nao', 'Chuẩn nghèo đa chiều giai đoạn 2027-2030 quy định như thế nào?', 'chuan ngheo tu 2027 den 2030 ra sao'])('"%s"', async (question) => {
    const text = await first(question);
    // Was "Áp dụng cho năm 2027." (the period read as its first year).
    expect(text).toContain('Áp dụng cho giai đoạn 2027–2030.');
    expect(text).not.toContain('năm 2027.');
    expect(text).toContain('hiệu lực 01/01/2027 – 31/12/2030');
    expect(text).toContain('Nghị định 351/2025/NĐ-CP');
  });
  it('/api/ask: the same', () => {
    expect(askApiText('chuan ngheo giai doan 2027-2030 la bao nhieu', '2026-12-05')).not.toContain('năm 2027');
  });
  it('a year alone is still the year', async () => {
    expect(await first('chuan ngheo nam 2027 the nao')).toContain('Áp dụng cho năm 2027.');
  });
});

describe('NQ 261/2025/QH15 named once a line', () => {
  it.each(['nghe noi ho can ngheo di kham benh dc bhyt tra 100% dung ko', 'nghe nói từ 2027 hộ cận nghèo được miễn phí bảo hiểm y tế 100%'])('"%s"', async (question) => {
    const text = await first(question);
    // Was "• Hộ cận nghèo: Theo Nghị quyết 261/2025/QH15 (hiệu lực 01/01/2026), … Căn cứ: Nghị quyết 261/2025/QH15 (…)".
    for (const line of text.split('\n')) expect(line.split('261/2025/QH15').length - 1, line).toBeLessThanOrEqual(1);
    // Round 29: its status inside its own bracket (cited), as every "Căn cứ"; was "(…, hiệu lực 01/01/2026) (tham khảo: …)".
    // Round 39 short32: a resident's wording gets the card in brief, its basis "Nghị quyết 261/2025/QH15 (tham khảo)": the status
    // still inside the basis's own bracket.
    expect(text).toMatch(/Nghị quyết 261\/2025\/QH15 \((thông qua 11\/12\/2025, hiệu lực 01\/01\/2026; )?tham khảo\)/u);
    // Round 42 rumour43: "miễn phí … 100%" told is true in part, said part by part, its start not known in the data's words.
    expect(text).toMatch(/thời điểm bắt đầu áp dụng mức 100% cho hộ cận nghèo chưa rõ|Mức chi trả này cho thành viên hộ cận nghèo áp dụng từ ngày nào chưa rõ/);
  });
});

describe('the ongoing review asked after the district level went (QĐ 24/2021 Điều 5 [M], Luật 72/2025/QH15 [M])', () => {
  it.each([
    'Quy trình rà soát hộ nghèo thường xuyên hằng năm thực hiện thế nào khi không còn cấp huyện?',
    'Trình tự rà soát thường xuyên hộ cận nghèo sau khi bỏ cấp huyện tiến hành ra sao?',
  ])('"%s"', async (question) => {
    const text = await first(question);
    // Was "Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:" (who decides, no steps).
    expect(text.split('\n')[0]).toBe('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:');
    expect(text.split('\n')[1]).toMatch(/^• Rà soát thường xuyên \(hằng tháng, từ ngày 15\): hộ nộp Giấy đề nghị \(Mẫu số 04\).*Chủ tịch UBND cấp xã quyết định công nhận.*\(tham khảo\)\.$/);
    expect(text).toContain('không còn cơ quan thực hiện từ 01/07/2025');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
  });
  it('the resident\'s "ra soat ho ngheo hang nam lam sao" gets the steps too, in brief, every step after "chi tiết"', async () => {
    // In brief since round 36 (short27; was the whole card, 1.722 characters on a phone).
    const [brief, text] = await ask('ra soat ho ngheo hang nam lam sao', 'chi tiết');
    expect(brief).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12, có họp dân ở thôn và niêm yết công khai.');
    expect(brief).toContain('Mẫu số 04');
    expect(text).toContain('Rà soát định kỳ hằng năm từ 01/09 đến 14/12, gồm 6 bước');
    expect(text).toContain('Mẫu số 04');
  });
  it('who recognises, asked alone, keeps the authority card', async () => {
    expect((await first('không còn cấp huyện thì ai công nhận hộ nghèo?')).split('\n')[0]).toContain('Thẩm quyền công nhận');
  });
});

describe('a loan said to be cut ("bỏ vay vốn"): what the data says, never a figure it does not have', () => {
  it.each([
    ['nam 2027 co bo vay von ho ngheo ko', 'hộ nghèo'],
    ['bỏ vay vốn hộ nghèo từ năm sau hả', 'hộ nghèo'],
    ['Năm 2027 có bỏ chính sách vay vốn ưu đãi cho hộ cận nghèo không?', 'hộ cận nghèo'],
  ])('"%s"', async (question, name) => {
    const text = await first(question);
    // Was the loan card (or what changes to 2027) with no word on the cut asked.
    // Asked, not told as heard (round 28 mend28a): "Theo dữ liệu, …", was "Không đúng theo dữ liệu: dữ liệu chính sách không có …".
    // To residents the card below in brief says what it still is (round 39 short31: was "; ngày 01/01/2027 vẫn là: …" above the whole card).
    expect(text).toMatch(new RegExp(`^Theo dữ liệu, không có văn bản nào cắt vay vốn tín dụng chính sách của ${name}: ngày 01/01/2027 vẫn có; mức vay, lãi suất áp dụng năm 2027 chưa rõ`));
    expect(text).toContain('Ngân hàng Chính sách xã hội');
    expect(text).toContain('tham khảo');
    expect(text).toContain('Thay đổi chưa có trong dữ liệu thì trợ lý không biết');
  });
  it('"ho ngheo vay von o dau" is no cut', async () => {
    expect(await first('ho ngheo vay von o dau')).not.toContain('Không đúng');
  });
});
