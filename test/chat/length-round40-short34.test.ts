/**
 * Round 40 (short34, 07/12/2026): a province's own standard said to a resident in brief. "chuan ngheo o ha noi la bao nhieu" was
 * 1.493 characters on a phone, the Hà Nội note alone about 560 (its document, the national standard's figures, whom to ask, each
 * in full); "tui o ha noi moi thoat ngheo co dc bhyt ko" 1.552; "ho can ngheo o ha noi dc ho tro gi" 1.618. Now the note says its status, that its figures are not known, its
 * source and whom to ask in a few lines, "chi tiết" the whole note (its document) before the card, or alone when the card had
 * nothing more. A cadre's question written out in full keeps the whole note.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

// 07/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'short34');
/** What the note may take on a phone before the answer asked. */
const NOTE_CHARS = 400;
const PHONE = SHORT_TEXT_DEFAULTS.phoneChars;
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const SOURCE = 'Nguồn: cổng thông tin tiếng Anh của thành phố Hà Nội';
/** Only in the whole note: its document. */
const DOCUMENT = 'căn cứ: nghị quyết của HĐND thành phố Hà Nội, số hiệu chưa rõ';
const noteOf = (text: string, heading: string) => text.slice(0, text.indexOf(heading));

describe("Hà Nội's own standard asked by a resident: the note in brief, whole after 'chi tiết'", () => {
  const cases = [
    { question: 'chuan ngheo o ha noi la bao nhieu', heading: 'Chuẩn nghèo áp dụng hôm nay', whole: 'Các chỉ số thiếu hụt dịch vụ xã hội cơ bản', max: PHONE + NOTE_CHARS },
    { question: 'tui o ha noi moi thoat ngheo co dc bhyt ko', heading: 'Hỗ trợ đóng bảo hiểm y tế', whole: undefined, max: PHONE + NOTE_CHARS },
    // A class's supports (1.618 characters; the short list alone is longer than a phone's 1.000): "chi tiết" the whole list after
    // the whole note.
    { question: 'ho can ngheo o ha noi dc ho tro gi', heading: 'Hỗ trợ cho hộ cận nghèo', whole: 'Trợ cấp hưu trí xã hội', max: 1450 },
  ];
  for (const { question, heading, whole, max } of cases) {
    it(`"${question}": the note within ${NOTE_CHARS} characters, its status, source and the cadre; "chi tiết" the whole note`, async () => {
      const [brief, more] = await ask(question, 'chi tiết');
      const note = noteOf(brief!, heading);
      expect(note.length).toBeGreaterThan(0);
      expect(note.length).toBeLessThanOrEqual(NOTE_CHARS);
      expect(brief!.length).toBeLessThanOrEqual(max);
      expect(note).toContain('Hà Nội có chuẩn nghèo riêng từ năm 2026 cho các hỗ trợ của thành phố (tham khảo), chưa rõ các mức.');
      expect(note).toContain(SOURCE);
      expect(note).toContain(CADRE);
      expect(note).toContain('Gõ “chi tiết” để xem căn cứ.');
      expect(note).not.toContain(DOCUMENT);
      // The answer asked is still there, its statuses with it.
      expect(brief).toContain(heading);
      expect(brief).toContain('(tham khảo)');
      expect(more).toContain(DOCUMENT);
      expect(more).toContain('Các mức và kết quả trợ lý nêu là theo chuẩn nghèo quốc gia.');
      expect(more).toContain(SOURCE);
      expect(more).not.toContain('đã là đầy đủ');
      if (whole) expect(more).toContain(whole);
    });
  }

  for (const question of ['Chuẩn nghèo ở Hà Nội là bao nhiêu?', 'Đề nghị cho biết hộ mới thoát nghèo ở Hà Nội có được hỗ trợ bảo hiểm y tế không']) {
    it(`guard: "${question}" (written out in full, or a cadre's) keeps the whole note`, async () => {
      const [card] = await ask(question);
      expect(card).toContain(DOCUMENT);
      expect(card).toContain('Các mức và kết quả trợ lý nêu là theo chuẩn nghèo quốc gia.');
      expect(card).not.toContain('Gõ “chi tiết” để xem căn cứ.');
    });
  }
});
