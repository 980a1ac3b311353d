/**
 * Round 28 (lead, 05/12/2026; review28 finding 4): a line's "Căn cứ" is what a resident can look up or ask about, never a
 * file of the assistant's own. "tet nay nha ngheo dc ho tro gi ko bn" showed "Căn cứ: Dữ liệu chính sách của trợ lý
 * (rules/supports)" under its second line, as did 8 more lines of rules/reference.yaml (natural disasters, disadvantaged
 * villages, coastal communes, disability assessment, an ill member, provinces' own standards).
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-05T03:00:00Z'), 'round28lead');

describe('no basis names a file of the assistant', () => {
  it('every reference line\'s basis is a document or says that none is in the data', () => {
    for (const entry of loadRules().reference) {
      for (const line of entry.lines) expect(line.basis, entry.id).not.toMatch(/rules\/|^Dữ liệu (chính sách )?của trợ lý/);
    }
  });
  it.each(['tet nay nha ngheo dc ho tro gi ko bn', 'ong xa tui bi benh nam mot cho, nha tui co dc ho tro j ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).not.toContain('rules/');
    expect(text).not.toContain('Căn cứ: Dữ liệu');
  });
});
