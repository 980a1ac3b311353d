/**
 * Round 28 (plainer12), residents' follow-ups:
 * - "ko hieu j het", "noi de hieu hon di", "hok hieu" after a brief answer ("ai duyet ho ngheo"): a plainer rewrite of that brief,
 *   no longer than it, with its source and status, and the rest one "chi tiết" away (was the whole card rewritten, 1.208
 *   characters after a brief of 736); "chi tiết" then gives the whole card (was "đã là đầy đủ").
 * - At "Câu 2/…" or "Câu 3/…" of the household check, a side question ("ma ho can ngheo dc nhung j vay", "bhyt ho ngheo dc bao
 *   nhieu %") is answered, then the question waiting is asked again (was "Bạn gõ số người…", "Mình chưa hiểu số tiền…", or the
 *   question's "bhyt" kept as an answer: "Bảo hiểm y tế: không thiếu hụt").
 * - An ill member told in the check in other words ("ba tui bi suy than", "me tui bi tai bien liet nua nguoi", "ong noi tui bi
 *   tieu duong") gets the illness note (no disabled member nor dependant by the illness alone; UBND cấp xã for a disability
 *   assessment), then the question waiting.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28-plainer12');

describe('"ko hieu j het" after a brief answer rewrites that brief, no longer, with "chi tiết" for the rest', () => {
  it.each([
    ['ai duyet ho ngheo', 'ko hieu j het'],
    ['ai duyet ho ngheo', 'noi de hieu hon di'],
    ['muon dc vo ho can ngheo thi nop giay o dau, ai xet', 'hok hieu'],
    ['tui tam tru o day co dc xet ho ngheo ko', 'ko hieu j het'],
  ])('"%s" then "%s"', async (question, followUp) => {
    const [brief, plainer] = await ask(question, followUp);
    expect(brief).toContain('Xem đủ: gõ');
    expect(plainer).not.toContain('ngoài phạm vi');
    expect(plainer!.split('\n')[0]).toBe(brief!.split('\n')[0]);
    expect(plainer!.length).toBeLessThanOrEqual(brief!.length);
    expect(plainer).toContain('Nguồn: ');
    expect(plainer).toContain('UBND cấp xã');
    expect(plainer).toContain('“chi tiết”');
  });

  it('keeps the status of what it says: the district gone is "(tham khảo)", and nothing the brief did not say', async () => {
    const [, plainer] = await ask('ai duyet ho ngheo', 'ko hieu j het');
    expect(plainer).toContain('không phải lên huyện (tham khảo)');
    expect(plainer).toContain('Quyết định 24/2021/QĐ-TTg');
    expect(plainer).not.toContain('Nghị định 131/2025/NĐ-CP');
  });

  it('"chi tiet" after the brief or its rewrite gives the whole card (was "đã là đầy đủ")', async () => {
    const [, more] = await ask('ai duyet ho ngheo', 'chi tiet');
    expect(more).not.toContain('đã là đầy đủ');
    expect(more).toContain('Nghị định 131/2025/NĐ-CP');
    const [, , after] = await ask('ai duyet ho ngheo', 'ko hieu j het', 'chi tiet');
    expect(after).not.toContain('đã là đầy đủ');
    expect(after).toContain('Nghị định 131/2025/NĐ-CP');
  });

  it('guard: the cadre\'s whole card rewritten plainer is still shorter than the card', async () => {
    const [card, plainer] = await ask('tham quyen cong nhan ho ngheo sau khi bo cap huyen', 'ko hieu j het');
    expect(plainer!.length).toBeLessThan(card!.length);
    expect(plainer).not.toContain('“chi tiết”');
  });
});

/** The check up to "Câu 2/…" (how many people) or "Câu 3/…" (the income). */
const TO_MEMBERS = ['kiem tra ho ngheo', 'ko luu', 'o que'];
const TO_INCOME = [...TO_MEMBERS, 'nha tui 4 nguoi'];

describe('a side question at "Câu 2/…" or "Câu 3/…" is answered, then the question waiting', () => {
  it.each([
    [TO_MEMBERS, 'ma ho can ngheo dc nhung j vay', 'Câu 2/', /hộ cận nghèo/i],
    [TO_MEMBERS, 'bhyt ho ngheo dc bao nhieu %', 'Câu 2/', /100%/],
    [TO_INCOME, 'ma ho can ngheo dc nhung j vay', 'Câu 3/', /hộ cận nghèo/i],
    [TO_INCOME, 'bhyt ho ngheo dc bao nhieu %', 'Câu 3/', /100%/],
  ])('%j then "%s"', async (before, question, waiting, answer) => {
    const texts = await ask(...before, question);
    const text = texts.at(-1)!;
    expect(text).toMatch(answer);
    expect(text).toContain('Mình vẫn đang chờ câu trả lời');
    expect(text).toContain(waiting);
    expect(text).not.toContain('Bạn gõ số người');
    expect(text).not.toContain('Mình chưa hiểu số tiền');
    expect(text).not.toContain('Mình ghi nhận');
  });

  it('the question\'s "bhyt" is no answer: the check later asks about health insurance all the same', async () => {
    const texts = await ask(...TO_MEMBERS, 'bhyt ho ngheo dc bao nhieu %', '4', '5 trieu');
    expect(texts.at(-1)).toContain('Câu 4/');
  });

  it.each([
    [TO_MEMBERS, '4', 'Câu 3/'],
    [TO_INCOME, '5 trieu', 'Câu 4/'],
    [TO_INCOME, 'tui ko biet thu nhap bao nhieu', 'Câu 3/'],
  ])('guard: %j then "%s" is still the answer (or the question on estimating it)', async (before, answer, next) => {
    const texts = await ask(...before, answer);
    expect(texts.at(-1)).toContain(next);
    expect(texts.at(-1)).not.toContain('Mình vẫn đang chờ câu trả lời');
  });
});

describe('an ill member told in the check in other words gets the illness note, then the question waiting', () => {
  it.each([
    [TO_MEMBERS, 'ba tui bi suy than phai chay than', 'Câu 2/'],
    [TO_MEMBERS, 'me tui bi tai bien liet nua nguoi', 'Câu 2/'],
    [TO_INCOME, 'ong noi tui bi tieu duong', 'Câu 3/'],
    [TO_INCOME, 'me tui bi dot quy', 'Câu 3/'],
  ])('%j then "%s"', async (before, told, waiting) => {
    const text = (await ask(...before, told)).at(-1)!;
    expect(text).toContain('không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
    expect(text).toContain('xác định mức độ khuyết tật');
    expect(text).toContain(waiting);
    expect(text).not.toContain('Bạn gõ số người');
    expect(text).not.toContain('Mình chưa hiểu số tiền');
    // The disability card is not asked: the note says where a disability is assessed.
    expect(text).not.toContain('Người khuyết tật (bị liệt, tàn tật) được hỗ trợ gì');
  });
});

describe('the same illness told as a first message gets the illness note, never "ngoài phạm vi"', () => {
  it.each(['ba tui bi suy than phai chay than', 'me tui bi dot quy'])('"%s"', async (told) => {
    const [text] = await ask(told);
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toContain('không được tính là người khuyết tật hay người phụ thuộc chỉ vì bệnh');
  });

  it('guard: "tieu duong co dc bhyt ko" (no relative of the speaker\'s) is the health insurance card', async () => {
    const [text] = await ask('tieu duong co dc bhyt ko');
    expect(text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});
