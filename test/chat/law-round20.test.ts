/**
 * Round 20 (lead, 04/12/2026): the law of December 2026 / January 2027 as cadres and outreach staff ask it, in the chat and
 * /api/ask. Each case fails on the round-19 code unless marked a guard.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const TESTED_ON = new Date('2026-12-04T03:00:00Z');
const TODAY = '2026-12-04';
const { first } = conversationsAt(TESTED_ON, 'law20');

describe('a goal\'s horizon ("phấn đấu đến năm 2030") is no year whose rules are asked', () => {
  // Was "Cho năm 2030, dữ liệu của trợ lý chưa có: … Các nội dung dưới đây là quy định đang áp dụng, chưa phải quy định cho
  // năm 2030", the entry cut in two: the target of Chỉ thị 05 read as a question about the rules of 2030.
  it.each(['phấn đấu đến năm 2030 không còn xã đặc biệt khó khăn', 'muc tieu nam 2030 ko con xa dac biet kho khan dung ko'])('"%s"', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      expect(text).not.toContain('Cho năm 2030');
      expect(text.split('\n')[0]).toContain('Xã, thôn, bản, ấp đặc biệt khó khăn');
      expect(text).toContain('Nghị quyết 05-NQ/TU');
    }
  });
  // Guard: a later year asked of a support is still that year's answer.
  it('"nam 2027 ho ngheo co dc bhyt free ko"', async () => {
    const text = await first('nam 2027 ho ngheo co dc bhyt free ko');
    expect(text).toContain('áp dụng ngày 01/01/2027');
  });
});
