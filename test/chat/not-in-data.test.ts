/**
 * Questions the data has nothing on (findings5 worst 14, 15: A26, A27, A46, A48, A55, C10): a passage sharing the
 * question's other words ("điện thoại" for the chairman's phone number, "thuê" for a land tax, "giống" for a complaint)
 * is no answer. The answer says plainly "không có trong dữ liệu của trợ lý" and whom to ask; declaring a lower income
 * is answered from the procedure data (the review's village meeting and public posting, QĐ 24/2021).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const NOT_IN_DATA = 'không có trong dữ liệu của trợ lý';
const POVERTY_CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What a quoted passage is headed with (answers.ts answerReply). */
const QUOTED = /Theo văn bản:|Giải thích ngắn:/;

describe('not in the data: said plainly, no unrelated passage', () => {
  it.each([
    ['cho tui so dien thoai ong chu tich xa tui de tui goi', 'số điện thoại'],
    ['cho tui xin sđt cán bộ xã với', 'số điện thoại'],
    // A fee of the review itself ("mần giấy chứng nhận hộ cận nghèo có mất tiền ko") is the review_fees entry (round 17, residents-round17-supports).
    ['le phi lam giay to o xa bao nhieu', 'lệ phí'],
    ['ho ngheo co dc mien thue dat ko ad', 'thuế'],
    ['hộ nghèo có được miễn thuế đất không', 'thuế'],
    ['giay chung nhan ho can ngheo cua tui het han khi nao, qua nam con xai dc ko', 'thời hạn'],
  ])('“%s”: “%s” is not in the data; ask the poverty cadre', async (question, subject) => {
    harness = await openHarness();
    const turn = await harness.say(question);
    expect(turn.text).toContain(NOT_IN_DATA);
    expect(turn.text).toContain(subject);
    expect(turn.text).toContain(POVERTY_CADRE);
    expect(turn.text).not.toMatch(QUOTED);
  });

  it.each(['tui muon to cao truong thon an chan tien ho tro ho ngheo thi lam sao', 'tôi muốn khiếu nại cán bộ xã giữ tiền hỗ trợ của hộ nghèo'])(
    '“%s”: a complaint about an official goes to UBND cấp xã; no passage is quoted',
    async (question) => {
      harness = await openHarness();
      const turn = await harness.say(question);
      expect(turn.text).toContain(NOT_IN_DATA);
      expect(turn.text).toContain('UBND cấp xã nơi bạn cư trú');
      expect(turn.text).not.toMatch(QUOTED);
      expect(turn.text).not.toContain('giống');
    },
  );

  it.each(['ad oi lam sao de nha tui dc len ho ngheo de dc vay tien, khai thu nhap thap hon dc ko', 'khai thu nhập thấp hơn để được hộ nghèo được không'])(
    '“%s”: the income is checked at the review (village meeting, public posting, QĐ 24/2021); not the loan card',
    async (question) => {
      harness = await openHarness();
      const first = (await harness.say(question)).replies[0]!.spans.map((span) => span.text).join('');
      expect(first).toContain('họp dân ở thôn và niêm yết công khai');
      expect(first).toContain('khai đúng sự thật');
      expect(first).toContain('Quyết định 24/2021/QĐ-TTg');
      expect(first).not.toContain('100.000.000');
    },
  );

  it('an answerable question that shares a word is still answered (the smartphone support, the procedure)', async () => {
    harness = await openHarness();
    expect((await harness.say('ho ngheo co dc ho tro dien thoai thong minh ko ad')).text).not.toContain(NOT_IN_DATA);
    expect((await harness.say('lam giay chung nhan ho ngheo o dau')).text).not.toContain(NOT_IN_DATA);
  });
});
