/**
 * Round 41 (lead): "sao ko dc ho ngheo vay" with the household told gets why a household is or is not on the list, its basis
 * naming each document once: QĐ 24/2021/QĐ-TTg by its article when a line cites it so ("…, Điều 5"); was "Căn cứ: Quyết định
 * 24/2021/QĐ-TTg; Quyết định 24/2021/QĐ-TTg, Điều 5." (the whole decision and its article side by side).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'basis-round41-lead');

describe('a basis names a document once', () => {
  it.each(['nha tui 5 nguoi o que thu nhap 4tr, sao ko dc ho ngheo vay', 'nha tui 4 nguoi o que thu nhap 3tr 1 thang, rang ko dc ho ngheo'])('"%s"', async (question) => {
    const text = await first(question);
    const basis = text.split('\n').find((line) => line.startsWith('Căn cứ: Quyết định 24/2021/QĐ-TTg'));
    expect(basis).toBe('Căn cứ: Quyết định 24/2021/QĐ-TTg, Điều 5.');
  });
});
