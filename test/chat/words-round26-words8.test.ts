/**
 * Round 26 (words8, 05/12/2026): residents' words misses found this morning, as typed on Zalo (no diacritics, ko/dc/j/tui,
 * Southern words).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T17:30:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round26-words8');

describe('a member gravely ill told as a first message is heard, with what the policy does for it', () => {
  it.each(['ba tui om nang lam ko noi', 'ma tui nam 1 cho may thang nay roi'])('"%s": health insurance of poor and near-poor members, the check offered, no disability by the illness alone', async (message) => {
    const answer = await first(message);
    expect(answer).not.toContain('ngoài phạm vi');
    expect(answer).toContain('Mình rất tiếc');
    // rules/supports/10-health-insurance.yaml (health_insurance_premium), each with its basis.
    expect(answer).toMatch(/Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế[^\n]*Căn cứ: Luật Bảo hiểm y tế/);
    expect(answer).toMatch(/Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%[^\n]*Căn cứ: Nghị định 188\/2025\/NĐ-CP/);
    // rules/reference.yaml sick_member: not counted as disabled by the illness alone; where a disability is certified.
    expect(answer).toContain('không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
    // Where a disability is certified: one "chi tiết" away (round 41 resid42, the meals line said instead).
    expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
    expect(answer).toContain('Kiểm tra hộ gia đình');
    // No support invented: not the disability allowance's card.
    expect(answer).not.toContain('Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện');
  });

  it('guard: "ba tui om nang lam, tro cap khuyet tat dc ko" (the allowance asked) is not this answer', async () => {
    expect(await first('ba tui om nang lam, tro cap khuyet tat dc ko')).not.toContain('Mình rất tiếc khi nghe người nhà bạn đang bệnh nặng');
  });

  it('guard: during the check the same words still keep the question waiting', async () => {
    const answers = await ask('tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nha tui 4 nguoi o que', 'thu nhap 5 trieu 1 thang', 'ba tui om nang lam ko noi');
    expect(answers.at(-1)).toContain('Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình');
  });
});

describe('"tnbq" (thu nhập bình quân) with its area and the class asked is the amount\'s question, as "thu nhap binh quan"', () => {
  it('"ho nong thon tnbq 1tr4 la ho gi": the class of 1.400.000 đồng/người/tháng, how it was read, no check started', async () => {
    const answer = await first('ho nong thon tnbq 1tr4 la ho gi');
    // nông thôn 2026: ≤ 1.500.000 đồng → hộ nghèo from 3 deprivations, else cận nghèo (NĐ 07/2021 kept by NĐ 351/2025).
    expect(answer).toContain('ở nông thôn (mức ≤ 1.500.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(answer).toContain('Mình hiểu 1.400.000 đồng là thu nhập bình quân mỗi người mỗi tháng');
    expect(answer).not.toContain('Đồng ý lưu');
  });

  it('guard: "nha tui o que tnbq 1tr2 la ho gi" (the speaker\'s own household) still starts the check', async () => {
    expect(await first('nha tui o que tnbq 1tr2 la ho gi')).toContain('Đồng ý lưu');
  });
});

describe('a count of deprivations told with the household, none named', () => {
  it('"nha tui 4 nguoi o que thu nhap 5 trieu, thieu 3 chi so": the count decides the class, said first as "tạm tính"', async () => {
    const answer = await first('nha tui 4 nguoi o que thu nhap 5 trieu, thieu 3 chi so');
    // 1.250.000 đồng/người/tháng ≤ 1.500.000 (nông thôn 2026) with 3 deprivations: hộ nghèo (NĐ 07/2021 kept by NĐ 351/2025).
    expect(answer).toMatch(/^Tạm tính \(tham khảo\): [^\n]*1\.250\.000 đồng\/người\/tháng[^\n]*hộ nghèo vì thiếu hụt 3 chỉ số/);
    expect(answer).toContain('số chỉ số thiếu hụt bạn kể (3) là đúng');
    expect(answer).toContain('Đồng ý lưu');
  });

  it('"nha tui 4 nguoi o que thu nhap 5 trieu, thieu 2 chi so": the review before the first living-conditions question keeps the count', async () => {
    const answers = await ask('nha tui 4 nguoi o que thu nhap 5 trieu, thieu 2 chi so', '2');
    expect(answers.at(-1)).toMatch(/Mình hiểu về hộ của bạn như sau:[\s\S]*• Số chỉ số thiếu hụt bạn kể: 2 [\s\S]*Câu 4\/15/);
  });
});
