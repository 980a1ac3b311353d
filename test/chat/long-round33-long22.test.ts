/**
 * Round 33 (helper "long22"): residents read on cheap phones; these first answers were still too long.
 * - "thu tuc dang ky ho ngheo the nao" (1.722 characters): the whole procedure card; now how to file in brief (where, the
 *   time limit, the periodic review, what is not known of this year's schedule), its source and whom to ask, and the question
 *   that gives every step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('how to register asked "the nao": the procedure in brief', () => {
  it.each(['thu tuc dang ky ho ngheo the nao', 'dang ky ho can ngheo nhu the nao'])('"%s": within 1.000 characters, where, status, source, whom to ask', async (question) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(question);
    expect(body(text).length).toBeLessThanOrEqual(1000);
    expect(text).toContain('Hộ nộp Giấy đề nghị (Mẫu số 04) tại UBND cấp xã');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2026. (chưa rõ)');
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg.');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('Xem đủ các bước: gõ “thủ tục xét hộ nghèo”.');
    const full = await harness.say('thủ tục xét hộ nghèo');
    expect(full.text).toContain('gồm 6 bước');
  });
});
