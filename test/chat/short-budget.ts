/** What every paste-ready text keeps to (findings6 item 14), shared by the short-text tests. */
import { expect } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

/** The line naming a list's items that did not fit ("- Hỗ trợ khác (mỗi hỗ trợ có điều kiện riêng): …"). */
export const NAMED_REST = /^- .+ khác \(mỗi .+ có điều kiện riêng\): .+\.$/m;

/**
 * No line is cut ("…"); the text without the named rest keeps to the budget, unless nothing is named (a text whose lines
 * cannot be named, the review steps, is shown whole).
 */
export function expectWithinBudget(text: string): void {
  expect(text).not.toContain('…');
  expect(text).not.toMatch(/Và \d+ .+ khác\./);
  if (NAMED_REST.test(text)) expect(text.replace(NAMED_REST, '').length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.maxChars + 1);
}
