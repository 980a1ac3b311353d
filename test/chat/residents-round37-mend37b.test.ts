/**
 * Round 37 mend37b: regressions of this round's vocabulary, typed as on Zalo (06/12/2026).
 * 1. A school level named beside "học năm 2" (04509956's year of study): the level's card, never the students' fee card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first, after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37b');

const STUDENTS_CARD = 'cao đẳng, đại học cho sinh viên';

describe('a school level named beside a year of study', () => {
  it('"con tui hoc nam 2 tieu hoc co dc mien hoc phi ko": the public schools\' exemption (NQ 217/2025)', async () => {
    const answer = await first('con tui hoc nam 2 tieu hoc co dc mien hoc phi ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('217/2025');
  });

  it('"con tui hoc nam 2 mam non, ho can ngheo co dc ho tro tien an ko": the preschool lunch (160.000 đồng)', async () => {
    const answer = await first('con tui hoc nam 2 mam non, ho can ngheo co dc ho tro tien an ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('160.000 đồng');
  });

  it('"ho ngheo con hoc nam 2 cap 3 co dc mien hoc phi ko": not the students\' card', async () => {
    const answer = await first('ho ngheo con hoc nam 2 cap 3 co dc mien hoc phi ko');
    expect(answer).not.toContain(STUDENTS_CARD);
    expect(answer).toContain('217/2025');
  });

  it('"con tui hoc nam 2" after the students\' card keeps that card', async () => {
    expect(await after(['ho ngheo con hoc dai hoc co dc ho tro hoc phi ko'], 'con tui hoc nam 2')).toContain(STUDENTS_CARD);
  });
});
