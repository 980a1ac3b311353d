/**
 * Findings 11 (outside tester, residents writing as on Zalo, without diacritics), on 02/12/2026 (the 2026 transition
 * standard; the 2027–2030 standard of NĐ 351/2025 starts 01/01/2027).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

let harness: Harness;
let user = 0;
beforeAll(async () => {
  harness = await openHarness({ now: () => NOW });
});
afterAll(() => harness.close());

/** A conversation of its own (a fresh user), its replies' text. */
async function ask(...texts: string[]): Promise<string[]> {
  const id = `f11-${(user += 1)}`;
  const answers: string[] = [];
  for (const text of texts) answers.push((await harness.say(text, id)).text);
  return answers;
}
const first = async (text: string) => (await ask(text))[0]!;

describe('R84: a rumour that a class ends in 2027', () => {
  const cases: [string, string][] = [
    ['nghe noi nam 2027 bo ho can ngheo, co that ko', 'hộ cận nghèo'],
    ['nghe noi nam sau khong con ho can ngheo nua', 'hộ cận nghèo'],
    ['nam 2027 het ho ngheo a', 'hộ nghèo'],
  ];
  for (const [question, name] of cases) {
    it(`“${question}”: not true per the data, the 2027–2030 standard (NĐ 351/2025, tham khảo) keeps ${name}, with its line`, async () => {
      const lead = (await first(question)).split('\n')[0]!;
      expect(lead).toMatch(/^Không đúng theo dữ liệu/);
      expect(lead).toContain('Nghị định 351/2025/NĐ-CP');
      expect(lead).toContain('tham khảo');
      expect(lead).toContain(`vẫn có ${name}`);
      expect(lead).toContain('2.200.000 đồng');
      expect(lead).toContain('2.800.000 đồng');
    });
  }

  it('"bo" as a father away from a class is no rumour', async () => {
    expect(await first('bo tui o ho can ngheo')).not.toContain('Không đúng theo dữ liệu');
  });
});
