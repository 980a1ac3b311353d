/**
 * Round 44 mend47c: a line of rules/reference.yaml says the day its data was checked ("Tính đến ngày {checked} …"); the
 * placeholder was filled only in the commune-merger note, so "Thông tư 13/2025/TT-BNNMT là gì" said a literal "{checked}".
 * Now it is filled once when the rules are read: no reply to a document question carries a brace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_2026 = () => new Date('2026-12-07T03:00:00Z');

describe('document questions: no placeholder left in the reply', () => {
  it.each([
    'Thông tư 13/2025/TT-BNNMT là gì',
    'NĐ 131/2025 quy định gì',
    'QĐ 24/2021 là gì',
    'thong tu 13/2025 noi gi vay',
    'Nghị quyết 257/2025/QH15 là gì',
    'TT 07/2021/TT-BLĐTBXH quy định gì',
    'nghi dinh 351/2025 la gi',
    'Nghị định 188/2025/NĐ-CP quy định gì',
    'QĐ 28/2015 là gì',
  ])('“%s” → no “{” or “}” in the reply', async (question) => {
    harness = await openHarness({ now: DEC_2026 });
    const text = (await harness.say(question)).text;
    expect(text).not.toMatch(/[{}]/);
  });

  it('“Thông tư 13/2025/TT-BNNMT là gì” says the day the data was checked', async () => {
    harness = await openHarness({ now: DEC_2026 });
    const text = (await harness.say('Thông tư 13/2025/TT-BNNMT là gì')).text;
    expect(text).toContain('Tính đến ngày 06/12/2026 (ngày dữ liệu được kiểm tra)');
  });
});
