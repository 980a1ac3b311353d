/**
 * Round 32 law18: the law around the turn of 2026/2027 against shared/facts/updates-2026.md (it wins over older facts files).
 * - QĐ 24/2021/QĐ-TTg Điều 4 khoản 1 (the periodic list includes households holding a Giấy đề nghị, Mẫu số 01) is [M] there
 *   (poverty-standards.md said [V]): the procedure card says it "(tham khảo)", never inside the verified six-step line.
 * - "tháng 1 tới" asked on 05/01/2027 is the next January, 01/2028 (on 20/12/2026 it is 01/2027); "từ Tết" on 05/01/2027 is the
 *   coming Tết, in 2027 (no Tết date is in the data: none is said).
 * - A resident's "xet ho ngheo theo tieu chi nao": the income line and the deprivations rule of the standard in force on the day,
 *   source and status, the card one button away; the cadre's formal question keeps the whole card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_05 = () => new Date('2026-12-05T03:00:00Z');

describe('the review procedure: each statement with the status updates-2026.md gives it', () => {
  it.each([
    'Rà soát định kỳ hằng năm gồm mấy bước?',
    'ra soat ho ngheo hang nam lam sao',
  ])('“%s”: Mẫu số 01 (Điều 4 khoản 1, [M]) is said “(tham khảo)”, the six steps (đã kiểm tra) without it', async (question) => {
    harness = await openHarness({ now: DEC_05 });
    const { text } = await harness.say(question);
    const lines = text.split('\n');
    const sixSteps = lines.find((line) => line.includes('Rà soát định kỳ hằng năm từ 01/09 đến 14/12, gồm 6 bước'));
    expect(sixSteps).toBeDefined();
    // Was "… lập danh sách hộ cần rà soát (kể cả hộ đã nộp Giấy đề nghị Mẫu số 01), …" on a line with no "(tham khảo)".
    expect(sixSteps).not.toContain('Mẫu số 01');
    const form01 = lines.filter((line) => line.includes('Mẫu số 01'));
    expect(form01).toEqual(['• Danh sách hộ cần rà soát định kỳ gồm cả hộ đã nộp Giấy đề nghị (Mẫu số 01). (tham khảo)']);
  });
});
