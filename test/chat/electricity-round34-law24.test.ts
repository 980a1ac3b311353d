/**
 * Round 34 law24: the electricity card names QĐ 28/2014/QĐ-TTg as replaced by QĐ 14/2025/QĐ-TTg; it now also says what the old
 * decision gave (supports.md [V]: 30 kWh a month at the tier-1 price, paid quarterly), dated and as the former rule only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('the electricity support: what the replaced decision gave', () => {
  it('“tien dien ho ngheo dc ho tro bn” on 06/12/2026: today’s status chưa rõ, then the former 30 kWh rule (no end day: round 35 law25), đã kiểm tra', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-06T03:00:00Z') });
    const { text } = await harness.say('tien dien ho ngheo dc ho tro bn');
    // Was only "Quyết định 14/2025/QĐ-TTg … thay thế Quyết định 28/2014/QĐ-TTg, văn bản trước đây quy định hỗ trợ này": not what it gave.
    expect(text).toContain('chưa rõ');
    const former = text.split('\n').find((line) => line.includes('30 kWh'));
    expect(former).toMatch(/^• Trước đây, theo Quyết định 28\/2014\/QĐ-TTg: Hộ nghèo được tiền của 30 kWh\/tháng theo giá bán lẻ điện sinh hoạt bậc 1, chi trả theo quý \(đã kiểm tra\)\.$/);
    expect(text.indexOf('chưa rõ')).toBeLessThan(text.indexOf('30 kWh'));
  });

  it('“nha tui ho ngheo, tien dien co dc giam ko” on 05/01/2027: the same former line, never 30 kWh as today’s', async () => {
    harness = await openHarness({ now: () => new Date('2027-01-05T03:00:00Z') });
    const { text } = await harness.say('nha tui ho ngheo, tien dien co dc giam ko');
    expect(text).toContain('Trước đây, theo Quyết định 28/2014/QĐ-TTg');
    expect(text.match(/30 kWh/g)).toHaveLength(1);
  });
});
