/**
 * findings23 (outreach staff, 02/12/2026): "viết 3 câu thôi" after a correction of the 60 triệu housing rumour kept only the
 * housing paragraph, and the debunk's share link, opened fresh, showed the housing card without "Không đúng". A shorter text or a
 * shared answer of a correction leads with the correction, with its source and status.
 */
import { describe, expect, it } from 'vitest';
import { actionOf, conversationsAt, openHarness, sayAll } from './harness.ts';

const TESTED_ON = new Date('2026-12-02T03:00:00Z');
const { ask } = conversationsAt(TESTED_ON, 'outreach23');

describe('a correction shortened or shared keeps the correction first', () => {
  it('"viết 3 câu thôi" after "nghe noi nam 2027 ho ngheo duoc xay nha 60 trieu, viet 3 cau dinh chinh": the debunk stays first', async () => {
    const [post, shorter] = await ask('nghe noi nam 2027 ho ngheo duoc xay nha 60 trieu, viet 3 cau dinh chinh de dang nhom', 'viết 3 câu thôi');
    expect(post).toContain('Chưa xác nhận được');
    // Was: the housing paragraph only.
    // The verdict before the heading since round 40 (short33; was under it).
    expect(shorter).toMatch(/^Chưa xác nhận được: [^\n]*60\.000\.000 đồng[^\n]*\nHỗ trợ nhà ở/);
    expect(shorter).toContain('(chưa rõ)');
    expect(shorter).toContain('Nguồn:');
  });

  it('"ngan hon nua" after "nghe noi tu nam sau ho ngheo dc cho 60 trieu xay nha dung ko": still the debunk', async () => {
    const [, shorter] = await ask('nghe noi tu nam sau ho ngheo dc cho 60 trieu xay nha dung ko', 'ngan hon nua');
    expect(shorter).toMatch(/Chưa xác nhận được: [^\n]*60\.000\.000 đồng/);
  });

  it('the share link of "nghe nói từ năm sau hộ nghèo được cho 60 triệu xây nhà đúng ko" opens with the correction', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const answer = await sayAll(harness, ['nghe nói từ năm sau hộ nghèo được cho 60 triệu xây nhà đúng ko']);
      expect(answer.text).toContain('Chưa xác nhận được');
      const share = await harness.press(actionOf(answer, 'Chia sẻ'));
      const token = share.replies.find((reply) => reply.shareToken)!.shareToken!;
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-moi');
      expect(opened.text).toContain('Câu trả lời được chia sẻ');
      // Was: the 2026 housing card alone, no "Không đúng", no 60 triệu.
      expect(opened.text).toMatch(/Chưa xác nhận được: [^\n]*60\.000\.000 đồng/);
      expect(opened.text).toContain('không áp dụng năm 2026');
    } finally {
      harness.close();
    }
  });

  it('the share link of a plain housing answer "ho ngheo dc ho tro xay nha ko" has no correction', async () => {
    const harness = await openHarness({ now: () => TESTED_ON });
    try {
      const answer = await sayAll(harness, ['ho ngheo dc ho tro xay nha ko']);
      const share = await harness.press(actionOf(answer, 'Chia sẻ'));
      const token = share.replies.find((reply) => reply.shareToken)!.shareToken!;
      const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-khac');
      expect(opened.text).toContain('Câu trả lời được chia sẻ');
      expect(opened.text).not.toContain('Không đúng');
    } finally {
      harness.close();
    }
  });
});

describe('"vậy bn" ending a question is "vậy bạn", not "vay bao nhiêu"', () => {
  it.each(['phiếu A là gì vậy bn', 'phieu a la gi vay bn'])('"%s": the review forms, not the loan card', async (question) => {
    const [answer] = await ask(question);
    // Was: "Vay vốn tín dụng chính sách …" (read as "vay bao nhiêu").
    expect(answer).not.toContain('Vay vốn');
    expect(answer).toMatch(/phiếu A/);
  });

  it('"ho ngheo dc vay bn" is still the loan asked', async () => {
    const [answer] = await ask('ho ngheo dc vay bn');
    expect(answer).toContain('Vay vốn tín dụng chính sách');
  });
});
