/**
 * Round 20 (lead, 04/12/2026): residents' words from the lead's fresh routing set (test/eval/routing-round20.yaml) that the
 * round-19 code misread. Each case fails on the round-19 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(TESTED_ON, 'residents20lead');

describe('"làm đơn" to be recognised is the procedure', () => {
  // Was a passage of the assistant's explainer on the monthly review (search), not the procedure card with Mẫu số 04.
  it.each(['muon dc cong nhan ho ngheo thi lam don o dau vay', 'tui muon lam don ho can ngheo thi lam sao'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text.split('\n')[0]).toContain('Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo');
      expect(text).toContain('Mẫu số 04');
    }
  });
  // Guard: a complaint written as "làm đơn khiếu nại" stays the disagreeing entry.
  it('"lam don khieu nai ket qua binh xet ho ngheo o dau"', async () => {
    expect((await first('lam don khieu nai ket qua binh xet ho ngheo o dau')).split('\n')[0]).toContain('Hộ không đồng ý với kết quả bình xét');
  });
});
