/**
 * Round 35 law25: the former electricity rule (QĐ 28/2014/QĐ-TTg, 30 kWh at the tier-1 price, supports.md [V]) is said with no end
 * day: QĐ 14/2025/QĐ-TTg replaced it, but only its date (29/05/2025) is known, not the day it took effect (updates-2026.md [?]).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

describe.each([
  ['15/12/2026', new Date('2026-12-15T03:00:00Z')],
  ['20/01/2027', new Date('2027-01-20T03:00:00Z')],
])('on %s', (shown, now) => {
  const { first } = conversationsAt(now, `law25-power-${shown}`);

  it.each(['tien dien ho ngheo dc ho tro bn', 'nha tui ho ngheo tien dien dc giam hok'])('“%s”: the former 30 kWh rule as past, with no end day inferred', async (asked) => {
    const text = await first(asked);
    // Was "Trước đây, đến 28/05/2025, theo Quyết định 28/2014/QĐ-TTg: …": an end day the data does not know.
    expect(text).toContain('Trước đây, theo Quyết định 28/2014/QĐ-TTg: Hộ nghèo được tiền của 30 kWh/tháng');
    expect(text).not.toContain('28/05/2025');
    // Today's status stays chưa rõ, whom to ask named, and no figure in đồng.
    expect(text).toContain('chưa rõ');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toMatch(/\d\.\d{3} đồng/);
  });
});
