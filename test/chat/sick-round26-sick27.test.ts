/**
 * Round 26 (sick27, 05/12/2026): ill or bedridden is no disability. A member ill or bedridden told without a disability word
 * (liệt, khuyết tật, tàn tật, mù, câm, điếc, tai biến…) hears the sick_member lines (rules/reference.yaml) first, then the rest
 * of the question; never the disability allowance's card. Residents' words as typed on Zalo.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-05T03:30:00Z');
const { ask, first } = conversationsAt(DECEMBER, 'round26-sick27');
const DISABILITY_CARD = 'Trợ cấp xã hội hằng tháng: người khuyết tật thuộc diện';
const NOT_COUNTED = 'không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh';
const ASK_COMMUNE = 'UBND cấp xã về việc xác định mức độ khuyết tật';
const WAITING = 'Mình vẫn đang chờ câu trả lời cho phần kiểm tra hộ gia đình';

describe('during the household check', () => {
  const start = ['tui muon kiem tra ho tui co phai ho ngheo ko', '2', 'nha tui 4 nguoi o que', 'thu nhap 5 trieu 1 thang'];

  it('"ong nha tui bi benh nam 1 cho ko lam dc gi": the sick_member lines, no disability card, the question waits', async () => {
    const answer = (await ask(...start, 'ong nha tui bi benh nam 1 cho ko lam dc gi')).at(-1)!;
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).toContain(ASK_COMMUNE);
    expect(answer).not.toContain(DISABILITY_CARD);
    expect(answer).toContain(WAITING);
    expect(answer).toContain('Câu 4/15');
  });

  it('"ong xa tui nam 1 cho, the bhyt lam o dau": the sick_member lines, then the health insurance asked, the question waits', async () => {
    const answer = (await ask(...start, 'ong xa tui nam 1 cho, the bhyt lam o dau')).at(-1)!;
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(DISABILITY_CARD);
    // rules/supports/10-health-insurance.yaml (health_insurance_premium): where the card is made, after the sick_member lines.
    expect(answer.indexOf('Nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ')).toBeGreaterThan(answer.indexOf(NOT_COUNTED));
    expect(answer).toContain(WAITING);
  });

  it('guard: "ong xa tui bi benh nam mot cho" as before', async () => {
    const answer = (await ask(...start, 'ong xa tui bi benh nam mot cho')).at(-1)!;
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(DISABILITY_CARD);
    expect(answer).toContain(WAITING);
  });

  it('guard: "me tui bi tai bien nam 1 cho co dc tro cap j ko" keeps the disability card', async () => {
    expect((await ask(...start, 'me tui bi tai bien nam 1 cho co dc tro cap j ko')).at(-1)).toContain(DISABILITY_CARD);
  });
});

describe('outside the check', () => {
  it('"ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko": the sick_member lines, the supports by class, the check offered', async () => {
    const answer = await first('ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko');
    expect(answer).toContain(NOT_COUNTED);
    // Where a disability is certified: one "chi tiết" away (round 41 resid42, the meals line said instead).
    expect(answer).toContain('Xem đủ: gõ “chi tiết”.');
    expect(answer).not.toContain(DISABILITY_CARD);
    // rules/supports/10-health-insurance.yaml (health_insurance_premium), by class, with its basis.
    expect(answer).toMatch(/Hộ nghèo: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế[^\n]*Căn cứ: Luật Bảo hiểm y tế/);
    expect(answer).toContain('Kiểm tra hộ gia đình');
  });

  it('"ong xa tui nam 1 cho, lam the bhyt o dau": the sick_member lines first, then the health insurance card asked', async () => {
    const answer = await first('ong xa tui nam 1 cho, lam the bhyt o dau');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(DISABILITY_CARD);
    // rules/supports/10-health-insurance.yaml (health_insurance_premium): where the card is made, after the sick_member lines.
    expect(answer.indexOf('Nơi làm: UBND cấp xã lập danh sách đề nghị cấp thẻ')).toBeGreaterThan(answer.indexOf(NOT_COUNTED));
  });

  it('guard (already so at 3e3e1aa): "ba tui nam 1 cho 5 nam nay roi": the sick_member lines, no disability card', async () => {
    const answer = await first('ba tui nam 1 cho 5 nam nay roi');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(DISABILITY_CARD);
    expect(answer).not.toContain('ngoài phạm vi');
  });

  it('guard: "me tui bi tai bien nam 1 cho co dc tro cap j ko" keeps the disability card', async () => {
    expect(await first('me tui bi tai bien nam 1 cho co dc tro cap j ko')).toContain(DISABILITY_CARD);
  });

  it('guard: "ba tui om nang lam ko noi" as now (kindly, the health insurance, the sick_member lines)', async () => {
    const answer = await first('ba tui om nang lam ko noi');
    expect(answer).toContain('Mình rất tiếc');
    expect(answer).toContain(NOT_COUNTED);
    expect(answer).not.toContain(DISABILITY_CARD);
  });
});
