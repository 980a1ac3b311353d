/**
 * Round 44 (tryout47 R11): a household kept off the list, angry at the bot, hears it and how to raise it (the commune's written
 * answer, its own Giấy đề nghị Mẫu số 04 at UBND cấp xã, tham khảo); "gio tui phai lam sao" after it is those steps. Were the
 * review's FAQ passage quoted, then a vocational-training passage.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { ask } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round44-mend47d-kept-off');

describe('"xa ko cho vo danh sach" then "gio tui phai lam sao" (R11)', () => {
  it('acknowledges, says how to raise it, then the request steps', async () => {
    const [first, then] = await ask('may cai bot nay vo dung, hoi hoai ko tra loi dc, nha tui ngheo ma xa ko cho vo danh sach', 'gio tui phai lam sao');
    expect(first).toMatch(/^Mình hiểu bạn đang bức xúc\./u);
    expect(first).not.toContain('Giải thích ngắn');
    expect(first).toContain('trả lời bằng văn bản');
    expect(first).toContain('Mẫu số 04');
    expect(then).toContain('Mẫu số 04');
    expect(then).toContain('UBND cấp xã');
    expect(then).toContain('(tham khảo)');
    expect(then).not.toMatch(/học nghề|46\/2015/u);
  });
});
