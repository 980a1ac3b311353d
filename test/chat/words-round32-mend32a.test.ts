/**
 * Round 32 (mend32a, 05/12/2026): "nhà ở tê/trong" says where the house is only with a place after it; "tệ" (bad) and
 * "trong tình trạng" fold to the same words: the housing card, was a provincial passage and the 12 indicators' passage.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 05/12/2026, 10:00 in Vietnam.
const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round32-mend32a');

describe('"nhà ở tệ", "nhà ở trong tình trạng": the house itself, its support', () => {
  it('"nha o te qua, vach dat mai la, ho ngheo co dc ho tro ko": the housing card for hộ nghèo', async () => {
    const text = await first('nha o te qua, vach dat mai la, ho ngheo co dc ho tro ko');
    expect(text).toMatch(/^Hỗ trợ nhà ở/);
    expect(text).toContain('• Hộ nghèo:');
  });

  it('"nha o trong tinh trang xuong cap, ho can ngheo co dc ho tro ko": the housing card for hộ cận nghèo', async () => {
    const text = await first('nha o trong tinh trang xuong cap, ho can ngheo co dc ho tro ko');
    expect(text).toMatch(/^Hỗ trợ nhà ở/);
    expect(text).toContain('• Hộ cận nghèo:');
  });

  it('"te nha o tren nui co dc ho tro dien ko": still the electricity support, where the house is', async () => {
    const text = await first('te nha o tren nui co dc ho tro dien ko');
    expect(text).not.toMatch(/^Hỗ trợ nhà ở/);
    expect(text).toContain('điện');
  });
});
