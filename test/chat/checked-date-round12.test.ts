/**
 * Round 12 (findings36 N36-17): every answer says one "Thông tin kiểm tra đến ngày": the date the data was checked. The
 * "hộ mới thoát nghèo" answer said 02/12/2026 while the procedure, scoring and batch answers said 01/12/2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness({ now: () => new Date('2026-12-02T03:00:00Z') });
});
afterAll(() => harness.close());

const checkedDates = (text: string) => [...text.matchAll(/kiểm tra đến ngày (\d\d\/\d\d\/\d{4})/g)].map((match) => match[1]);

describe('one “Thông tin kiểm tra đến ngày” (findings36 N36-17)', () => {
  it('xa tui noi phai nop phi 200 nghin moi dc xet ho ngheo: the same date as a household check', async () => {
    const fees = checkedDates((await harness.say('xa tui noi phai nop phi 200 nghin moi dc xet ho ngheo, dung ko ban', 'd2')).text);
    expect(fees.length).toBeGreaterThan(0);
    // The data's checked date, as the household check says it (rules: standards checked 2026-12-01).
    expect(new Set(fees)).toEqual(new Set(['01/12/2026']));
  });
});
