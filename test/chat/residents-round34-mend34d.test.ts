/**
 * Round 34 mend34d: fixes to this round's follow-ups, in residents' own words (no diacritics, "dc", "tui", "bn", "hok").
 * 1. "ai tra"/"ai chi" after the under-6 entry ("tre duoi 6 tuoi dc ho tro gi"): its BHYT line paid by the State budget; was
 *    "không nêu ai chi trả … (chưa rõ)" for every reference entry.
 * 3. "hoc phi mat bao nhieu", "tien hoc bn" after the training card: the course's amount on that card; were the public schools'
 *    exemption (NQ 217/2025), and it with the learning cost.
 * 4. "qua nam chuan ngheo moi, …", "mai mot chuan ngheo thay doi the nao, … bi cat ho ngheo hok": the standing from 01/01/2027;
 *    was the card of a household taken off the list.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** What the chat says to `asked`, after the earlier messages, in a conversation of its own (06/12/2026). */
const { after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r34-mend34d');

describe('who pays, after the entry on children under 6', () => {
  it.each([
    ['tre duoi 6 tuoi dc ho tro gi', 'ai tra'],
    ['tre duoi 6 tuoi dc ho tro gi', 'ai chi'],
    ['con tui 3 tuoi nha can ngheo dc ho tro gi', 'ai tra'],
  ])('"%s" then "%s" says the State budget pays the BHYT, not "không nêu ai chi trả"', async (first, asked) => {
    const text = await after([first], asked);
    expect(text).toContain('được ngân sách nhà nước đóng bảo hiểm y tế');
    expect(text).toContain('Luật Bảo hiểm y tế, Điều 12');
    expect(text).not.toContain('không nêu ai chi trả');
  });
  it('"lu vua roi cuon het lua ma, …" then "ai tra" still says the data names no payer (chưa rõ)', async () => {
    const text = await after(['lu vua roi cuon het lua ma, nha tui lam ruong o que, co dc ho tro j ko'], 'ai tra');
    expect(text).toContain('không nêu ai chi trả, dữ liệu của trợ lý cũng không ghi (chưa rõ)');
  });
});

describe('the course fee asked in other words after the training card', () => {
  it.each([['hoc phi mat bao nhieu'], ['tien hoc bn']])('"… muon hoc nghe co dc ho tro ko" then "%s" stays on the training card', async (asked) => {
    const text = await after(['tui moi o cty ve que, bi nghi viec, 24 tuoi, muon hoc nghe co dc ho tro ko'], asked);
    expect(text).toContain('Về hỗ trợ học nghề (câu bạn vừa hỏi)');
    expect(text).toContain('Quyết định 46/2015/QĐ-TTg');
    expect(text).not.toContain('Nghị quyết 217/2025/QH15');
  });
});

describe('the household dropping off the list, asked of the new standard in other words', () => {
  it.each([['qua nam chuan ngheo moi, nha tui co bi rot ho ngheo hem'], ['mai mot chuan ngheo thay doi the nao, nha tui bi cat ho ngheo hok']])(
    '"%s" says the standing from 01/01/2027, not the card of a household taken off the list',
    async (asked) => {
      const text = await after([], asked);
      expect(text).toContain('Từ 01/01/2027 hộ còn là hộ nghèo, hộ cận nghèo không');
      expect(text).not.toContain('Hộ không có tên (hoặc không còn tên) trong danh sách');
    },
  );
});
