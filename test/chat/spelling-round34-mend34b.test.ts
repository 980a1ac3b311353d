/**
 * Round 34 (mend34b, 06/12/2026): "nghèo" typed with two letters swapped ("can nghoe dc vay bn") is still the near-poor class,
 * so the resident gets the near-poor loan alone, not every class's loan card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'spelling34b');

describe('"nghoe" is "nghèo"', () => {
  it('"can nghoe dc vay bn" gets the near-poor loan only', async () => {
    const text = await first('can nghoe dc vay bn');
    expect(text).toContain('• Hộ cận nghèo: Hộ cận nghèo được vay vốn ưu đãi');
    expect(text).not.toContain('• Hộ nghèo:');
    expect(text).not.toContain('• Hộ mới thoát nghèo:');
  });
});
