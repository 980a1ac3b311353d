/**
 * Round 34 (mend34b, 06/12/2026): an old member's age with the household's class told, no supports asked ("me tui 72 tuoi nha
 * can ngheo ko ai co luong"): the pension and allowance lines of that class alone, not the poor class's besides.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'aged34b');

describe('age and class told', () => {
  it('"me tui 72 tuoi nha can ngheo ko ai co luong": the near-poor lines only', async () => {
    const text = await first('me tui 72 tuoi nha can ngheo ko ai co luong');
    expect(text).toContain('• Hộ cận nghèo: Từ 01/07/2025');
    expect(text).not.toContain('• Hộ nghèo:');
    expect(text).not.toContain('• Hộ nghèo, hộ cận nghèo:');
  });

  it('guard: "me tui 72 tuoi nha ko ngheo" (a class denied) keeps every class', async () => {
    expect(await first('me tui 72 tuoi nha ko ngheo')).toContain('• Hộ nghèo, hộ cận nghèo: Từ 01/07/2025');
  });
});
