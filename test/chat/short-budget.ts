/** What every paste-ready text keeps to (findings6 item 14), shared by the short-text tests. */
import { expect } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

/**
 * The lines naming a list's items that did not fit: "- Hỗ trợ khác: …", and (round 12, findings N06) "- Có điều kiện: … (khi …)",
 * "- Chưa rõ mức hoặc còn áp dụng không: …"; a group's shared status after its label (round 32: "- Có điều kiện (tham khảo): …").
 */
export const NAMED_REST = /^- (?:.+ khác|Có điều kiện|Chưa rõ mức hoặc còn áp dụng không)(?: \((?:đã kiểm tra|tham khảo)\))?: .+\.$/gm;

/**
 * Every support of a class is in a resident's list: named, or counted on its "- Còn N khoản có điều kiện và M khoản chưa rõ mức
 * hoặc còn áp dụng không" line (round 34 short24: the names past the sure lines are counted when they overrun the message).
 */
export function expectEveryAccounted(text: string, names: readonly string[]): void {
  const counted = [...text.matchAll(/(\d+) khoản (?:có điều kiện|chưa rõ mức hoặc còn áp dụng không)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  expect(names.filter((name) => text.includes(name)).length + counted).toBe(names.length);
}

/**
 * No line is cut ("…"); the text without the named rest keeps to the budget, unless nothing is named (a text whose lines
 * cannot be named, the review steps, is shown whole).
 */
export function expectWithinBudget(text: string): void {
  expect(text).not.toContain('…');
  expect(text).not.toMatch(/Và \d+ .+ khác\./);
  const names = text.match(NAMED_REST) ?? [];
  if (names.length > 0) expect(text.replace(NAMED_REST, '').length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.maxChars + names.length);
}
