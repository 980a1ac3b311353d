/**
 * Round 24 (law helper law7, 04/12/2026): a later year asked right after the procedure, on a phone.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-04T03:00:00Z'), 'proc24law7');

describe('"nam 2027 thi sao" right after the procedure is short: what is not known once, today\'s steps in brief', () => {
  // Was 1.811 characters: the 2027 frame, then every step of the card again. Now what is not known for 2027 once, today's
  // steps in brief (rules/procedure.yaml `brief`) and the question that gives them all.
  it.each([
    // As its brief tells to type it (round 40 short33: typed without marks, the procedure named is in brief).
    ['thủ tục xét hộ nghèo', 'nam 2027 thi sao', 'gồm 6 bước'],
    // A resident's "lam sao" with nothing of the procedure asked: in brief since round 36 (short27).
    ['dang ky ho ngheo lam sao', 'con nam sau thi sao', 'Rà soát định kỳ hằng năm từ 01/09 đến 14/12, có họp dân ở thôn và niêm yết công khai.'],
  ])('"%s" then "%s"', async (procedure, year, steps) => {
    const [card, later] = await ask(procedure, year);
    expect(card).toContain(steps);
    expect(later!.length, later).toBeLessThan(1000);
    expect(later!.startsWith('Cho năm 2027, dữ liệu của trợ lý chưa có:'), later).toBe(true);
    expect(later!.match(/chưa rõ văn bản và lịch rà soát áp dụng năm 2027 \(chưa rõ\)\./g)).toHaveLength(1);
    expect(later).toContain('chưa phải quy định cho năm 2027');
    expect(later).toContain('Thủ tục đang áp dụng, tóm tắt:\n• Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    // Round 36 law27: the steps as said of the 2027 review, no day of it (was "hằng năm từ 01/09 đến 14/12, có họp dân …").
    expect(later).toContain('• Rà soát định kỳ có họp dân ở thôn và niêm yết công khai; lịch từ 01/09 đến 14/12 hằng năm là của quy trình giai đoạn 2022 – 2025.');
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

describe('an amount with the count of deprivations told gets the 2027 class itself', () => {
  // Was "từ 01/01/2027 …: hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo" though 1 deprivation was told.
  // Now that standard's class for the count told (rules/standards: ≤ 2.200.000 đồng nông thôn, 3 chỉ số, tham khảo).
  it.each(['hộ có 1 chỉ số thiếu hụt thu nhập 1,8tr nông thôn là hộ gì', 'ho thieu hut 1 chi so, thu nhap 1tr8 o nong thon la ho gi'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, '2026-12-04')]) {
      // Round 27 (law12): the count told today is of today's 12 indicators; the 2027–2030 set differs, so it is an "if".
      expect(text).toContain('Còn từ 01/01/2027 theo chuẩn nghèo đa chiều giai đoạn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo), ở nông thôn (mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo, nhưng đếm theo bộ chỉ số mới');
      expect(text).toContain('(hộ cận nghèo nếu theo bộ chỉ số mới hộ vẫn thiếu hụt 1 chỉ số).');
      expect(text).toContain('ở nông thôn (mức > 1.500.000 đồng và ≤ 2.250.000 đồng): hộ có mức sống trung bình.');
    }
  });

  it('"thu nhap 1 trieu 8 o que thieu hut 3 chi so la ho gi": hộ nghèo from 2027', async () => {
    expect(await first('thu nhap 1 trieu 8 o que thieu hut 3 chi so la ho gi')).toContain('hộ nghèo nếu theo bộ chỉ số mới hộ vẫn thiếu hụt 3 chỉ số');
  });
});
