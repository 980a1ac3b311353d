/**
 * What the short household result screen must show, computed by hand from the legal text so the
 * channel tests assert it the same way on Telegram and Zalo. The 2027–2030 standard (Nghị định
 * 351/2025/NĐ-CP) starts on 01/01/2027 with a rural line of 2.200.000 đồng; until then the rural
 * line is 1.500.000 đồng (Nghị định 07/2021/NĐ-CP, kept for 2026). In the window before the new
 * standard (RULES_DEFAULTS.upcomingWindowDays) the first screen names the class under it; that class is
 * "tạm tính" because some 2027 criteria are still reported, not verified (shared/facts/updates-2026.md).
 */
import { expect } from 'vitest';
import { RULES_DEFAULTS } from '../../src/rules/defaults.ts';
import { todayIso } from '../../src/text/dates.ts';

const NEXT_STANDARD_FROM = '2027-01-01';

/** "Thu nhập bình quân: 1.250.000 đồng/người/tháng (chuẩn nghèo nông thôn: 1.500.000 đồng)". */
export function ruralIncomeLine(perPerson: string): string {
  const line = todayIso() < NEXT_STANDARD_FROM ? '1.500.000 đồng' : '2.200.000 đồng';
  return `Thu nhập bình quân: ${perPerson}/người/tháng (chuẩn nghèo nông thôn: ${line})`;
}

/** The first screen: verdict, income against the line, the next standard when it is near, one next step, a way to the details. */
export function expectFirstScreen(text: string, expected: { verdict: string; perPerson: string; upcoming: string }): void {
  expect(text).toContain(`Kết quả sàng lọc (tham khảo): ${expected.verdict}`);
  expect(text).toContain(ruralIncomeLine(expected.perPerson));
  expect(text.match(/Bước tiếp theo: /g)).toHaveLength(1);
  expect(text).toContain('Chi tiết');
  // Legal bases and supports are one tap away, not on this screen.
  expect(text).not.toContain('Tính theo chuẩn:');
  expect(text).not.toContain('Hỗ trợ có thể được hưởng');
  const today = todayIso();
  const windowStart = new Date(Date.parse(NEXT_STANDARD_FROM) - RULES_DEFAULTS.upcomingWindowDays * 86_400_000).toISOString().slice(0, 10);
  if (today >= windowStart && today < NEXT_STANDARD_FROM) expect(text).toContain(`\nTừ 01/01/2027 theo chuẩn mới: ${expected.upcoming}.`);
  else expect(text).not.toContain('theo chuẩn mới');
}

/** "Chi tiết": the standard with its legal basis and the supports, each with its basis. */
export function expectDetails(text: string, verdict: string): void {
  expect(text).toContain(`Kết quả sàng lọc (tham khảo): ${verdict}`);
  expect(text).toMatch(/Tính theo chuẩn: Nghị định [^\n]+, Điều \d+/);
  expect(text).toContain('Hỗ trợ có thể được hưởng');
  expect(text).toMatch(/\(căn cứ: [^)]+\)/);
  expect(text).toContain('UBND cấp xã');
}
