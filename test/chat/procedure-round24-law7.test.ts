/**
 * Round 24 (law helper law7, 04/12/2026): a later year asked right after the procedure, on a phone.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'proc24law7');

describe('"nam 2027 thi sao" right after the procedure is short: what is not known once, today\'s steps in brief', () => {
  // Was 1.811 characters: the 2027 frame, then every step of the card again. Now what is not known for 2027 once, today's
  // steps in brief (rules/procedure.yaml `brief`) and the question that gives them all.
  it.each([
    ['thu tuc xet ho ngheo', 'nam 2027 thi sao'],
    ['dang ky ho ngheo lam sao', 'con nam sau thi sao'],
  ])('"%s" then "%s"', async (procedure, year) => {
    const [card, later] = await ask(procedure, year);
    expect(card).toContain('gồm 6 bước');
    expect(later!.length, later).toBeLessThan(1000);
    expect(later!.startsWith('Cho năm 2027, dữ liệu của trợ lý chưa có:'), later).toBe(true);
    expect(later!.match(/chưa rõ văn bản và lịch rà soát áp dụng năm 2027\. \(chưa rõ\)/g)).toHaveLength(1);
    expect(later).toContain('chưa phải quy định cho năm 2027');
    expect(later).toContain('Thủ tục đang áp dụng, tóm tắt:\n• Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(later).toContain('• Rà soát định kỳ hằng năm từ 01/09 đến 14/12, có họp dân ở thôn và niêm yết công khai.');
    expect(later).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg. Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    expect(later).not.toContain('gồm 6 bước');
  });

  it('guard: the steps asked of next year after the procedure keep all 6 steps', async () => {
    const [, steps] = await ask('thu tuc xet ho ngheo', 'cac buoc ra soat ho can ngheo nam sau ra sao ad');
    expect(steps).toContain('Cho năm 2027, dữ liệu của trợ lý chưa có:');
    expect(steps).toContain('gồm 6 bước');
    expect(steps).not.toContain('Xem đủ các bước');
  });
});
