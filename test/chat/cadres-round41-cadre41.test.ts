/**
 * Round 41 cadre41, on 07/12/2026: commune cadres and outreach staff, each answered as asked.
 * - A cadre come to ask the household's income, its whole card ("chi tiết"): this year's schedule not known said once (the
 *   procedure's step, rules/procedure.yaml). Was said twice, by a line of rules/reference.yaml cadre_visit too.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-cadre41');
const times = (text: string, part: RegExp) => text.match(new RegExp(part.source, 'gu'))?.length ?? 0;

describe('a cadre come to the house: the schedule not known, once', () => {
  it('"hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao" then "chi tiet": one "chưa rõ" on the schedule', async () => {
    const [brief, whole] = await DECEMBER.ask('hom qua co ong can bo xa toi hoi thu nhap nha tui, vay la sao', 'chi tiet');
    for (const reply of [brief!, whole!]) {
      expect(times(reply, /lịch rà soát áp dụng năm 2026|theo văn bản và lịch nào thì chưa rõ/), reply).toBe(1);
      expect(reply).toContain('(chưa rõ)');
    }
  });
});
