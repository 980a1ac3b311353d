/**
 * Round 37 (lead, 06/12/2026): a resident who does not understand the consent question asks what "lưu" means while it waits
 * ("tui ko hieu, luu thong tin la sao"): the choices said plainer (what each keeps, 30 days, /xoadulieu, nothing kept before a
 * choice), the buttons again; was a province's plan quoted for "lưu thông hàng hóa", then the reminder.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

// 06/12/2026, 10:00 in Vietnam.
const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'consent37');

describe('what the consent choice means, asked while it waits', () => {
  for (const [start, question] of [
    ['/kiemtra', 'tui ko hieu, luu thong tin la sao'],
    ['kiem tra giup nha tui', 'luu la gi vay ban'],
    ['/kiemtra', 'khong luu la sao, co sao ko'],
  ] as const) {
    it(`"${start}" then "${question}": the plainer choices, no passage quoted`, async () => {
      const [, answer] = await ask(start, question);
      expect(answer).toContain('Mình nói đơn giản hơn');
      expect(answer).toContain('tối đa 30 ngày');
      expect(answer).toContain('/xoadulieu');
      expect(answer).toContain('Khi bạn chưa bấm, trợ lý không lưu gì về hộ của bạn.');
      expect(answer).not.toContain('Theo văn bản');
      expect(answer).not.toContain('lưu thông hàng hóa');
    });
  }

  it('"lưu" said as the choice itself still chooses: "ok luu di" starts the check', async () => {
    const [, answer] = await ask('/kiemtra', 'ok luu di');
    expect(answer).not.toContain('Mình nói đơn giản hơn');
    expect(answer).toMatch(/khu vực|nông thôn|thành thị|mấy người/i);
  });
});
