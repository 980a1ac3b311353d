/**
 * Round 29 (law14): the law of December 2026 / January 2027 asked by residents, commune cadres and outreach staff
 * (routing-round29-law14.yaml): each routes to the answer that has it; two years under two standards ("Năm 2026 áp dụng chuẩn
 * nghèo nào, từ năm 2027 áp dụng chuẩn nào?") are both standards, no one year.
 */
import { describe, expect, it } from 'vitest';
import { scoreRouting } from './routing.ts';

describe('routing-round29-law14.yaml', () => {
  it('routes all 20 (0.950 on 98584080: the two years read as standard@2026)', () => {
    const routing = scoreRouting('routing-round29-law14.yaml');
    expect(routing.questions).toBe(20);
    expect(routing.accuracy, JSON.stringify(routing.misses, null, 1)).toBe(1);
    expect(routing.groups).toEqual({ residents: { questions: 10, accuracy: 1 }, cadres: { questions: 6, accuracy: 1 }, outreach: { questions: 4, accuracy: 1 } });
  });
});
