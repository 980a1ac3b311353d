/**
 * Round 25 (lead, 05/12/2026): an amount said to be each person's ("2,5tr/nguoi", "bình quân") with its class asked is not
 * followed by "nếu đó là thu nhập của cả hộ một tháng, bạn gõ lại kèm số người" — the resident already said whose it is. An
 * amount said bare ("thu nhap 1 trieu 8 o que la ho gi") still gets that offer.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T17:30:00Z'), 'amount25lead');
const TODAY = '2026-12-05';
const ASK_TOTAL = 'nếu đó là thu nhập của cả hộ một tháng, bạn gõ lại kèm số người';

describe('an amount per person with its class asked: how it was read, without asking again whose it is', () => {
  it.each(['ho thanh thi 2,5tr/nguoi la ho gi', 'hộ thành thị 2,5tr/người là hộ gì'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      // The class (thành thị 2026: > 2.000.000 and ≤ 3.000.000 đồng → hộ có mức sống trung bình, NĐ 07/2021 kept by NĐ 351/2025).
      expect(text).toContain('ở thành thị (mức > 2.000.000 đồng và ≤ 3.000.000 đồng): hộ có mức sống trung bình');
      expect(text).toContain('Mình hiểu 2.500.000 đồng là thu nhập bình quân mỗi người mỗi tháng (thu nhập cả hộ trong 12 tháng ÷ 12 ÷ số người).');
      expect(text).not.toContain(ASK_TOTAL);
    }
  });

  it('guard: a bare amount ("thu nhap 1 trieu 8 o que la ho gi") is still offered the household total', async () => {
    expect(await first('thu nhap 1 trieu 8 o que la ho gi')).toContain(ASK_TOTAL);
  });
});
