/**
 * Round 37 mend37d: follow-ups as typed on Zalo (06/12/2026).
 * 1. "xa tui sap nhap roi" → "tui o xa cu ten la an binh" → "phai dang ky lai ko": the third got the same ~750-character block as
 *    the second, word for word; now one line: whether registering again is needed is not in the data (chưa rõ), whom to ask.
 * 2. "vay von bn lau" as a first message ("bn lâu" = "bao lâu"): the loan card in brief said nothing of the term; now its first line
 *    says the data has no loan term (chưa rõ), as "bn lau" after the card does, the card's place below; ≤ ~1.000 characters.
 * 3. "con tui hoc nam 2 tieu hoc thi sao" after the university-fee card: the public schools' exemption (NQ 217/2025), as the same
 *    words asked first; was "ngoài phạm vi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask, first } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37d');

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('registering again after the commune-merger note', () => {
  it('"phai dang ky lai ko" after "tui o xa cu ten la an binh": one short line, not known, whom to ask; not the block again', async () => {
    const [, second, third] = await ask('xa tui sap nhap roi', 'tui o xa cu ten la an binh', 'phai dang ky lai ko');
    expect(third).not.toBe(second);
    expect(third).toMatch(/đăng ký.*\(chưa rõ\)/);
    expect(third).toContain(CADRE);
    expect(third).not.toContain('danh sách hộ nghèo, hộ cận nghèo của các xã cũ');
    expect(third).not.toContain('Đầy đủ ở câu trả lời phía trên');
    expect(third!.split('\n').length).toBe(1);
    expect(third!.length).toBeLessThan(300);
  });
});

describe('how long a loan lasts, asked with it', () => {
  it('"vay von bn lau": the term not in the data (chưa rõ) first, then the card in brief with where to ask', async () => {
    const text = await first('vay von bn lau');
    expect(text).toMatch(/^Về thời hạn của vay vốn tín dụng chính sách: dữ liệu của trợ lý không ghi \(chưa rõ\)\.\n/);
    expect(text).toContain('Ngân hàng Chính sách xã hội');
    expect(text).toContain('UBND cấp xã');
    expect(text).toContain('Xem đủ: gõ “chi tiết”');
    // The reply, without the line of buttons the harness adds ("Bạn có thể gõ: …"), fits a phone.
    expect(text.split('\n\nBạn có thể gõ:')[0]!.length).toBeLessThanOrEqual(1000);
  });

  it('"bn lau" after the loan card says the same sentence, with where to ask', async () => {
    const [card, term] = await ask('vay von ho ngheo', 'bn lau');
    const said = (await first('vay von bn lau')).split('\n')[0]!;
    expect(card).not.toContain('Về thời hạn');
    expect(term).toContain(said);
    expect(term).toContain('Nơi hỏi: tổ tiết kiệm và vay vốn tại thôn');
  });
});

describe('a school level with a year of study, after the university-fee card', () => {
  it('"con tui hoc nam 2 tieu hoc thi sao": the public schools\' exemption (NQ 217/2025), not "ngoài phạm vi"', async () => {
    const [, answer] = await ask('con tui hoc dai hoc co dc mien hoc phi ko', 'con tui hoc nam 2 tieu hoc thi sao');
    expect(answer).not.toContain('nằm ngoài phạm vi');
    expect(answer).toMatch(/^Miễn học phí trường công lập/);
    expect(answer).toContain('217/2025');
  });

  it('guard: "con tui hoc nam 2 thi sao" after it stays on the students\' card', async () => {
    const [, answer] = await ask('con tui hoc dai hoc co dc mien hoc phi ko', 'con tui hoc nam 2 thi sao');
    expect(answer).toMatch(/^Miễn học phí trung cấp, cao đẳng, đại học/);
  });
});
