/**
 * Round 15 (supports and procedures): residents asking what they get and how to get it, typed as on a cheap phone in
 * Zalo (no marks, "ko", "dc", "j", "tui", "hok", Southern and Central words). Asked on 03/12/2026, in the chat and through
 * /api/ask (the same reading).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const TODAY = '2026-12-03';
const { first } = conversationsAt(DECEMBER, 'round15-supports');

describe('paying to be reviewed, or a scam about it: no fee in the review, and whom to tell', () => {
  it.each(['ho ngheo co phai dong tien gi ko', 'lam ho so ho ngheo co ton phi ko', 'tui bi lua dong tien lam ho so ho ngheo, bao ai', 'xin vo ho can ngheo co ton phi hok', 'lam giay chung nhan ho ngheo co ton phi ko ad'])(
    '"%s"',
    async (question) => {
      for (const text of [await first(question), askApiText(question, TODAY)]) {
        expect(text).toMatch(/^Tiền, lệ phí để được xét hoặc đưa vào danh sách hộ nghèo, hộ cận nghèo/);
        expect(text).toContain('không có khoản phí hay khoản tiền nào hộ phải nộp');
        expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
        expect(text).toContain('cán bộ phụ trách giảm nghèo');
        expect(text).not.toContain('4.000.000 đồng');
      }
    },
  );

  it('guard: the BHYT premium asked with "dong tien" keeps its card', async () => {
    expect(await first('ho can ngheo co phai dong tien bhyt ko')).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
  });
});
