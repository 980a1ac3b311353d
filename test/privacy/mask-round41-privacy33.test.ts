/**
 * Round 41 (privacy33): what residents type that was masked wrongly or kept as typed. The victim of a robbery or a theft ("tui bi
 * cuop giat mat het giay to") was kept as "bi [án tích]", a criminal record said of the victim.
 */
import { describe, expect, it } from 'vitest';
import { maskPersonalData, MASKS } from '../../src/privacy/mask.ts';

const [O] = [MASKS.offence];

describe('a victim of a robbery or a theft has no criminal record', () => {
  it.each([
    'tui bi cuop giat mat het giay to',
    'nha tui bi an trom het lua, co dc ho tro ko',
    'tui bi trom cap xe may roi, lam lai giay to o dau',
    'me tui bi cướp giật ngoài chợ',
  ])('"%s" is kept as typed', (typed) => {
    expect(maskPersonalData(typed)).toBe(typed);
  });

  it.each([
    // The offence said of the person: a record, masked as before.
    ['bi bat vi cuop giat', `bi bat vi ${O}`],
    ['chong tui có tiền án cướp giật', `chong tui có ${O} ${O}`],
    ['thang con tui an trom bi bat', `thang con tui ${O} bi bat`],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(maskPersonalData(typed)).toBe(kept);
  });
});
