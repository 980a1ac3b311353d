/**
 * Round 37 mend37d: follow-ups as typed on Zalo (06/12/2026).
 * 1. "xa tui sap nhap roi" → "tui o xa cu ten la an binh" → "phai dang ky lai ko": the third got the same ~750-character block as
 *    the second, word for word; now one line: whether registering again is needed is not in the data (chưa rõ), whom to ask.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37d');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('registering again after the commune-merger note', () => {
  it('"phai dang ky lai ko" after "tui o xa cu ten la an binh": one short line, not known, whom to ask; not the block again', async () => {
    const [, second, third] = await ask('xa tui sap nhap roi', 'tui o xa cu ten la an binh', 'phai dang ky lai ko');
    expect(third).not.toBe(second);
    expect(third).toMatch(/đăng ký.*\(chưa rõ\)/);
    expect(third).toContain(CADRE);
    expect(third).not.toContain('danh sách hộ nghèo, hộ cận nghèo của các xã cũ');
    expect(third).not.toContain('Đầy đủ ở câu trả lời phía trên');
    expect(third.split('\n').length).toBe(1);
    expect(third.length).toBeLessThan(300);
  });
});
