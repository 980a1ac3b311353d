/**
 * findings14 #6, #8 (outside tester, residents on Zalo): a short follow-up was routed to an unrelated passage, "ngoài phạm
 * vi", or the whole card again. A follow-up nothing else reads is now read against the reply just given (its card, the
 * passage shown, or after a check's result the recognition procedure) before any search: the sentences of it saying what
 * was asked, its source, whom to ask, and that the full answer is above. Expectations from rules/ and the corpus FAQ the
 * first reply shows (asked 15/03/2026, harness TEST_NOW).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const ABOVE = '(Đầy đủ ở câu trả lời phía trên.)';

describe('a short follow-up is read against the reply just given', () => {
  it('"bn tien" after the disability allowance: 500.000 đồng × hệ số, hệ số not checked, ask UBND cấp xã (not electricity)', async () => {
    harness = await openHarness();
    expect((await harness.say('nha tui co ng khuyet tat nang thi dc tro cap ko')).text).toContain('500.000 đồng/tháng');
    const { text } = await harness.say('bn tien');
    expect(text).not.toMatch(/kWh|tiền điện/);
    // Round 28 words12: the question is the disability card's (was the explainer's), so are the lines of "bn tien".
    expect(text).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(text).toContain('hệ số');
    expect(text).toContain('hệ số của từng nhóm và số tiền mỗi tháng của một người cụ thể không có trong dữ liệu của trợ lý');
    expect(text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP');
    expect(text).toContain(ABOVE);
  });

  it('"o dau lam" after the loan card: the loan\'s place (tổ tiết kiệm và vay vốn, NHCSXH, UBND cấp xã), not "Nhà thuê, nhà trọ"', async () => {
    harness = await openHarness();
    await harness.say('ho ngheo vay von ngan hang chinh sach dc bn');
    await harness.say('lai suat bao nhieu');
    const { text } = await harness.say('o dau lam');
    expect(text).not.toContain('Nhà thuê, nhà trọ');
    expect(text).toContain('Tổ tiết kiệm và vay vốn tại thôn, hoặc điểm giao dịch của Ngân hàng Chính sách xã hội tại xã; UBND cấp xã xác nhận đối tượng');
    expect(text).toContain(ABOVE);
  });

  it('"o dau lam" right after a household result: where the household applies (Mẫu số 04, Chủ tịch UBND cấp xã)', async () => {
    harness = await openHarness();
    await harness.say('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang');
    let turn = await harness.say('2');
    for (let asked = 0; asked < 20 && !/HỘ CẬN NGHÈO|HỘ NGHÈO/.test(turn.text); asked += 1) turn = await harness.say('ko');
    expect(turn.text).toContain('HỘ CẬN NGHÈO');
    const { text } = await harness.say('o dau lam');
    expect(text).not.toContain('Nhà thuê, nhà trọ');
    expect(text).toContain('Giấy đề nghị (Mẫu số 04)');
    expect(text).toContain('Chủ tịch UBND cấp xã');
    expect(text).toContain(ABOVE);
  });

  it('"nam sau co doi ko" after the list of indicators: what changes on 01/01/2027, not "ngoài phạm vi"', async () => {
    harness = await openHarness();
    await harness.say('thieu hut gom nhung cai nao');
    const { text } = await harness.say('nam sau co doi ko');
    expect(text).not.toMatch(/ngoài phạm vi/);
    expect(text).toContain('01/01/2027: Bỏ chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo)');
    expect(text).toContain('01/01/2027: Thêm chỉ số “Xử lý rác thải sinh hoạt”');
  });

  it('"con dua hoc truong tu thi sao" after public-school tuition: the private-school line of that card, with its basis', async () => {
    harness = await openHarness();
    await harness.say('nha tui co 2 dua di hoc cap 3 truong cong, ho ngheo co dc mien hoc phi hong');
    const { text } = await harness.say('con dua hoc truong tu thi sao');
    expect(text).not.toMatch(/ngoài phạm vi/);
    expect(text).toContain('Học trường tư thục được hỗ trợ một phần theo mức tỉnh quy định.');
    expect(text).toContain('Căn cứ: Nghị quyết 217/2025/QH15');
    expect(text).not.toContain('mọi học sinh trường mầm non và phổ thông công lập được miễn học phí');
    expect(text).toContain(ABOVE);
  });

  it('"vay hoi ai" (= vậy hỏi ai) after "phong lao dong huyen con ko": UBND cấp xã and the cadre, not the loan', async () => {
    harness = await openHarness();
    await harness.say('phong lao dong huyen con ko');
    const { text } = await harness.say('vay hoi ai');
    expect(text).not.toMatch(/lãi suất|Ngân hàng Chính sách/);
    expect(text).toContain('bạn hãy đến Ủy ban nhân dân cấp xã nơi mình ở');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
  });
});

describe('the procedure and the standard answer the part asked on a follow-up (#8)', () => {
  it('"muon lam giay chung nhan ho can ngheo thi lam o dau" → "can giay to j" → "bao lau thi co": papers, then 15 days', async () => {
    harness = await openHarness();
    expect((await harness.say('muon lam giay chung nhan ho can ngheo thi lam o dau')).text).toContain('Rà soát định kỳ hằng năm');
    const papers = (await harness.say('can giay to j')).text;
    expect(papers).toContain('Giấy đề nghị (Mẫu số 04, có thể xin mẫu tại UBND cấp xã) và giấy tờ tùy thân');
    expect(papers).not.toContain('Rà soát định kỳ hằng năm');
    expect(papers).toContain(ABOVE);
    const time = (await harness.say('bao lau thi co')).text;
    expect(time).toContain('Trong 15 ngày kể từ khi rà soát');
    expect(time).toContain('hằng tháng, từ ngày 15');
    expect(time).not.toContain('Rà soát định kỳ hằng năm');
    expect(time).toContain(ABOVE);
  });

  it('"chuan ngheo hien nay la bao nhieu" → "con ho co muc song trung binh": the middle band line only', async () => {
    harness = await openHarness();
    await harness.say('chuan ngheo hien nay la bao nhieu');
    const { text } = await harness.say('con ho co muc song trung binh');
    expect(text).toContain('Nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng, thành thị > 2.000.000 đồng và ≤ 3.000.000 đồng: hộ có mức sống trung bình (tham khảo).');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(text).toContain(ABOVE);
  });

  it('"nam 2027 chuan ngheo la bn" → "o thanh pho thi sao": the urban 2027 line, not the 2027 block again', async () => {
    harness = await openHarness();
    await harness.say('nam 2027 chuan ngheo la bn');
    const { text } = await harness.say('o thanh pho thi sao');
    expect(text).toContain('Chuẩn nghèo thành thị áp dụng năm 2027');
    expect(text).toContain('≤ 2.800.000 đồng');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP (tham khảo).');
    expect(text).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(text).toContain(ABOVE);
  });
});
