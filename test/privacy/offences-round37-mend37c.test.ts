/**
 * Round 37 (mend37c): "tiền ăn" (food money) and "ở từ" (living since) typed without marks fold like "tiền án" and "ở tù". Before:
 * "tien an cho con di hoc ho ngheo" was kept as "[án tích] cho con…", "tien an trua cua con tui" as "[án tích] trua", "tui o tu 2 nam
 * nay o thue" as "[án tích] 2 nam nay", "nha tui dang o tu thang 3" as "[án tích] thang 3". Offences said so stay masked.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const O = MASKS.offence;

describe('food money and living since: kept as typed', () => {
  it.each([
    'tien an cho con di hoc ho ngheo co dc ho tro ko',
    'tien an trua cua con tui',
    'tui o tu 2 nam nay o thue',
    'nha tui dang o tu thang 3',
    'nha tui ko co tien an',
    'tiền ăn của con tui',
    'nha tui dang o tu nam 2019, co dc ho tro ko',
  ])('%s', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });
});

describe('offences: still masked', () => {
  it.each([
    ['chong tui dang o tu 3 nam', `chong tui ${O} 3 nam`],
    ['ong ay co tien an', `ong ay co ${O}`],
    ['con tui di tu ve', `con tui ${O}`],
    ['bi bat vi an trom', `bi bat vi ${O}`],
    // Round 38 privacy30: "tiền sự" (a criminal history) is masked too; was kept as typed.
    ['chong tui co tien an tien su', `chong tui co ${O} ${O}`],
    ['chồng tui có tiền án', `chồng tui có ${O}`],
    ['ba tui bi tien an, nha 3 nguoi', `ba tui bi ${O}, nha 3 nguoi`],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });
});
