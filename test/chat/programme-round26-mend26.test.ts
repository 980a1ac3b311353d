/**
 * Round 26 (mend26, 05/12/2026): Chương trình 135 asked by residents (no diacritics, ko/dc/ad), written with no space or with
 * whether the commune still gets it.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-04T17:30:00Z'), 'round26-mend26-programme');

describe('Chương trình 135 is its entry: not known whether it goes on from 2026, the merged programme', () => {
  it.each(['ct135 con ko ad', 'chuong trinh135 con ko', 'chuong trinh 135 nam nay con ko, xa tui co dc huong ko'])('"%s"', async (question) => {
    const answer = await first(question);
    expect(answer).toMatch(/^Chương trình 135:/);
    expect(answer).toContain('không có trong dữ liệu của trợ lý (chưa rõ)');
    expect(answer).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });
});
