/**
 * Findings 19 (outside tester, outreach staff: Hội Phụ nữ, Đoàn TN, MTTQ), in their words, on 02/12/2026: which provincial
 * document carries out Chỉ thị 05-CT/TW, its date, what it says.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00Z');

const { first } = conversationsAt(NOW, 'f19');

describe('#38: a target year in the question steers to the section about that year', () => {
  it('“Nghị quyết 41-NQ/TU mục tiêu đến năm 2030”: mục II.2.2 (no poor households by 2030), not the 2025 targets of II.2.1', async () => {
    const text = await first('Nghị quyết 41-NQ/TU mục tiêu đến năm 2030');
    expect(text).toContain('Phấn đấu không còn hộ nghèo');
    expect(text).toContain('mục II.2.2');
    expect(text).not.toContain('mục II.2.1');
    expect(text).not.toContain('Chiều việc làm');
  });

  it('“Nghị quyết 41-NQ/TU có những mục tiêu gì đến năm 2030”: the goals without the 2025 ones', async () => {
    const text = await first('Nghị quyết 41-NQ/TU có những mục tiêu gì đến năm 2030');
    expect(text).toContain('Định hướng đến năm 2030 (mục II.2.2): Phấn đấu không còn hộ nghèo');
    expect(text).not.toContain('Mục tiêu đến năm 2025');
    expect(text).not.toContain('0,5%');
  });

  it('the 2025 question keeps its answer: “mục tiêu giảm nghèo của Hưng Yên đến năm 2025 là bao nhiêu” → khoảng 0,5%, mục II.2.1', async () => {
    const text = await first('mục tiêu giảm nghèo của Hưng Yên đến năm 2025 là bao nhiêu');
    expect(text).toContain('0,5%');
    expect(text).toContain('mục II.2.1');
  });
});
