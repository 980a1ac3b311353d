/**
 * Round 29 (words14, 05/12/2026): residents typing without diacritics about a disabled member.
 * - "ba tui bi khuyet tat, nha tui ho can ngheo, co dc tro cap hang thang ko": was the near-poor households' social assistance
 *   card ("chưa rõ", a single mother for example); now the disability entry (the monthly allowance of NĐ 20/2021, its basis and
 *   status), as with no class named. A poor household keeps its card (the poor variant names người khuyết tật).
 * - "me tui bi khuyet tat" at "Câu 2/…" of the household check: was "Bạn gõ số người…"; now a short note (a disabled member on the
 *   monthly allowance is a dependant, the allowance, the degree of disability asked at UBND cấp xã), then the question again.
 * - From the round's eval questions (test/eval/routing-round29-words14.yaml): "vo tui bi mu, ho can ngheo dc tro cap hang thang
 *   hok" was the near-poor card (a disabled person said in the disability entry's words); "ho can ngheo muon sua lai cai nha thi
 *   lam don o dau" was the review's procedure; "ngan hang chinh sach cho ho ngheo vay lai may phan 1 thang" was an explainer
 *   quoted by search; "muon hoi ve ho ngheo thi hoi ai o xa" was a passage on vocational training; "ai la nguoi quyet dinh nha tui
 *   co la ho ngheo hay ko" started the household check.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round29-words14');

describe('a disabled member of a near-poor household asking the monthly allowance: the disability entry', () => {
  it.each([
    'ba tui bi khuyet tat, nha tui ho can ngheo, co dc tro cap hang thang ko',
    'nha can ngheo co nguoi khuyet tat dc trợ cấp hằng tháng ko',
    'me tui bi tan tat, ho can ngheo, co tien tro cap hang thang hok bn',
    'vo tui bi mu, ho can ngheo dc tro cap hang thang hok',
  ])('"%s"', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì, theo dữ liệu của trợ lý:\n• Trợ cấp xã hội hằng tháng: /);
    expect(text).toContain('(tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
    expect(text).not.toContain('ví dụ người đơn thân đang nuôi con');
  });

  it('guard: a poor household keeps the poor households\' card, which names người khuyết tật', async () => {
    const [text] = await ask('ho ngheo co nguoi tan tat dc tro cap hang thang ko');
    // In brief since round 36 short27 ("(áp dụng ngày …)"; the whole card's heading after "chi tiết").
    expect(text).toMatch(/^Trợ cấp xã hội hằng tháng \(áp dụng ngày \d\d\/\d\d\/\d{4}\):/);
    expect(text).toContain('• Hộ nghèo: Áp dụng khi: Thành viên thuộc nhóm được trợ cấp, ví dụ người khuyết tật');
  });
});

const TO_AREA = ['kiem tra ho ngheo', 'ko luu'];
const TO_MEMBERS = [...TO_AREA, 'o que'];
const TO_INCOME = [...TO_MEMBERS, 'nha tui 4 nguoi'];

describe('a disabled member told in the check gets a short note, then the question waiting', () => {
  it.each([
    [TO_MEMBERS, 'me tui bi khuyet tat', 'Câu 2/'],
    [TO_MEMBERS, 'ba tui bi liet', 'Câu 2/'],
    [TO_INCOME, 'con tui bi khiem thi', 'Câu 3/'],
    [TO_AREA, 'tia tui bi tan tat', 'Câu 1/'],
  ])('%j then "%s"', async (before, told, waiting) => {
    const text = (await ask(...before, told)).at(-1)!;
    expect(text).toMatch(/^Trong hộ có người khuyết tật:\n/);
    expect(text).toContain('Người khuyết tật đang hưởng trợ cấp xã hội hằng tháng vẫn là một người trong hộ khi bạn đếm số người, và được tính là người phụ thuộc');
    expect(text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5.');
    // Round 29 (mend29d): in brief, whom to ask about the allowance, the rest one typed question away (was the unknown degree's
    // line with "Căn cứ: Không có văn bản …").
    expect(text).toContain('Người khuyết tật thuộc diện được trợ cấp hằng tháng; tờ khai nộp ở UBND cấp xã (tham khảo)');
    expect(text).toContain('Xem đủ: gõ “người khuyết tật được hỗ trợ gì”.');
    expect(text).toContain(`Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình:\n\n${waiting}`);
    expect(text).not.toContain('Bạn gõ số người');
    expect(text).not.toContain('Mình chưa hiểu số tiền');
    // A remark, not a question: the whole disability card is not given.
    expect(text).not.toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
  });

  it('guard: the allowance asked with it at "Câu 2/…" still gets the disability card, then the question', async () => {
    const text = (await ask(...TO_MEMBERS, 'me tui bi khuyet tat co dc tro cap ko')).at(-1)!;
    expect(text).toMatch(/^Người khuyết tật \(bị liệt, tàn tật\) được hỗ trợ gì/);
    expect(text).toContain('Câu 2/');
  });

  it('guard: the household size told with it is taken as the answer', async () => {
    const text = (await ask(...TO_MEMBERS, 'nha tui 4 nguoi, me tui bi khuyet tat')).at(-1)!;
    expect(text).toContain('Câu 3/');
  });
});

describe('the round\'s eval questions answered by the card that answers them', () => {
  it('"ho can ngheo muon sua lai cai nha thi lam don o dau": the housing support, not the review\'s procedure', async () => {
    const [text] = await ask('ho can ngheo muon sua lai cai nha thi lam don o dau');
    // Round 38 short29: the card in brief, its heading the day alone (the whole card one "chi tiết" away).
    expect(text).toMatch(/^Hỗ trợ nhà ở \((theo dữ liệu chính sách, )?áp dụng ngày/);
    expect(text).toContain('• Hộ cận nghèo: ');
  });

  it.each(['ngan hang chinh sach cho ho ngheo vay lai may phan 1 thang', 'lai vay ho ngheo bn'])('"%s": the loan card', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Vay vốn tín dụng chính sách \(theo dữ liệu chính sách/);
    expect(text).not.toContain('Giải thích ngắn');
  });

  it.each(['muon hoi ve ho ngheo thi hoi ai o xa', 'muon hoi chuyen ho can ngheo thi gap ai'])('"%s": where to file and whom to ask', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:\n• Hộ nộp Giấy đề nghị \(Mẫu số 04\) tại UBND cấp xã/);
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it.each(['ai la nguoi quyet dinh nha tui co la ho ngheo hay ko', 'ai duyet nha tui co la ho ngheo hay ko', 'ai quyet dinh ho ngheo'])('"%s": who decides, no check started', async (question) => {
    const [text] = await ask(question);
    expect(text).toMatch(/^Thẩm quyền công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo:\n• Chủ tịch UBND cấp xã quyết định công nhận/);
    expect(text).not.toContain('Mình sẽ hỏi vài câu');
  });

  it('guard: "ai quyet dinh cho ho ngheo vay" is no question of who recognises a poor household', async () => {
    const [text] = await ask('ai quyet dinh cho ho ngheo vay');
    expect(text).not.toContain('Thẩm quyền công nhận hộ nghèo');
  });

  it('guard: a household told with the class asked is still checked', async () => {
    const [text] = await ask('nha tui 4 nguoi thu nhap 5 trieu co la ho ngheo ko');
    expect(text).toContain('÷ 4 người = 1.250.000 đồng/người/tháng'); // the class said first since round 43 resid46 (was "Với số liệu bạn kể")
    expectBriefConsent(text ?? '');
  });
});
