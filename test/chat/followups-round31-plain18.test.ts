/**
 * Round 31 (helper "plain18"): residents' follow-ups and misreadings.
 * 1. "me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang" then "ngắn hơn" / "chi tiết" / a share link: the monthly
 *    allowance stays beside the pension of her age (the code keeps it, `-a`); was the pension alone. Old codes still decode.
 * 2. "co phai nam 2027 ho ngheo dc cho 5 trieu ko": the rumour corrected; was a household check with an income of 5 triệu.
 * 3. "vua bi rot can ngheo, con dc the bhyt ko": what the data says of the BHYT of a household that left the list; was the
 *    "không có tên trong danh sách" card with no word on the card.
 * 4. "lai bn", "lai suat bao nhieu" after the loan card: the rate first; was the loan's amount first.
 * 5. "ko hieu" after a card is said to "bạn" (was "Bà con … nơi mình cư trú"); "hok hieu" after the electricity card for a
 *    near-poor household says plainly that it has none, with whom to ask (was "Chưa có trong dữ liệu chính sách cho loại hộ này.").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/index.ts';
import { answerTopic, codedTopic, topicCode, topicFromCode } from '../../src/chat/topics.ts';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const MOTHER = 'me tui 72 tuoi nha ngheo ko ai co luong, dc nhiu tien 1 thang';

describe('a mother of 72 in a poor household nobody supports, then a follow-up', () => {
  it.each([[['ngắn hơn']], [['ngan hon']], [['ngắn hơn', 'chi tiết']]])('%j keeps the monthly allowance beside the pension', async (follows: string[]) => {
    harness = await openHarness({ now: DECEMBER });
    let text = (await harness.say(MOTHER)).text;
    for (const follow of follows) text = (await harness.say(follow)).text;
    expect(text).toContain('Trợ cấp hưu trí xã hội (hộ nghèo, hộ cận nghèo'); // ")" or "; áp dụng ngày …)" (round 33 staff21 joins the brackets)
    expect(text).toContain('Trợ cấp xã hội hằng tháng');
  });

  it('the share link keeps it too, without her age; old codes still decode as before', () => {
    const rules = loadRules();
    const today = '2026-12-05';
    const code = topicCode(codedTopic(rules, { kind: 'support', supportId: 'social_assistance', classification: 'poor', ages: [72], unsupported: true }, today));
    expect(code).toBe('u-social_pension-p-a');
    const text = answerTopic(rules, topicFromCode(code, rules)!, today).flatMap((one) => one.spans.map((span) => span.text)).join('');
    expect(text).toContain('Trợ cấp xã hội hằng tháng');
    expect(text).not.toContain('72');
    // Stored before: the pension alone, as it was.
    expect(topicFromCode('u-social_pension-p', rules)).toEqual({ kind: 'support', supportId: 'social_pension', classification: 'poor' });
    // A near-poor household: its card said in brief shows the allowance beside the pension (its line "chưa rõ"), so the code keeps
    // it too and "chi tiết" gives both (round 34 short24; was the pension alone, "-a" not decoded for a near-poor household).
    expect(topicCode(codedTopic(rules, { kind: 'support', supportId: 'social_assistance', classification: 'near_poor', ages: [72], unsupported: true }, today))).toBe('u-social_pension-n-a');
    expect(topicFromCode('u-social_pension-n-a', rules)).toEqual({ kind: 'support', supportId: 'social_pension', classification: 'near_poor', unsupported: true });
  });
});

describe('a rumour asked with "co phai … ko"', () => {
  it.each(['co phai nam 2027 ho ngheo dc cho 5 trieu ko', 'nam 2027 ho ngheo dc cho 5 trieu phai ko'])('"%s" is corrected, no household check', async (asked) => {
    harness = await openHarness({ now: DECEMBER });
    const text = (await harness.say(asked)).text;
    expect(text).toContain('Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 5.000.000 đồng cho hộ nghèo');
    expect(text).not.toContain('Mình hiểu');
    expect(text).not.toContain('Đồng ý lưu');
  });
});

describe('a household that just left the near-poor list asks about its BHYT card', () => {
  it('"vua bi rot can ngheo, con dc the bhyt ko" hears what the data says of the card, with status and whom to ask', async () => {
    harness = await openHarness({ now: DECEMBER });
    const text = (await harness.say('vua bi rot can ngheo, con dc the bhyt ko')).text;
    expect(text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(text).toContain('Thẻ đã cấp khi còn là hộ nghèo, hộ cận nghèo dùng đến khi nào thì chưa rõ');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Hộ không có tên');
  });
});

describe('the interest rate asked after the loan card', () => {
  it.each(['lai bn', 'lai suat bao nhieu'])('"%s" leads with the rate', async (asked) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('vay von ho ngheo');
    const text = (await harness.say(asked)).text;
    expect(text).toContain('Vay vốn tín dụng chính sách: lãi suất 6,6%/năm (tham khảo)');
    expect(text).toContain('chưa kiểm tra mức áp dụng từ năm 2026');
  });
});

describe('"ko hieu" after a card, to the one resident who asked', () => {
  it('after the allowance card: "Bạn có thể hỏi", not "Bà con"', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say(MOTHER);
    const text = (await harness.say('ko hieu')).text;
    expect(text).toContain('Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú');
    expect(text).not.toContain('Bà con');
  });
  it('after the electricity card for a near-poor household: it has none, said plainly, with whom to ask', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('tien dien can ngheo bot');
    const text = (await harness.say('hok hieu')).text;
    expect(text).toContain('Hộ cận nghèo không có hỗ trợ tiền điện trong dữ liệu chính sách; tỉnh, thành có thể có chính sách riêng (chưa rõ).');
    expect(text).toContain('Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toContain('Chưa có trong dữ liệu chính sách cho loại hộ này');
  });
  it('a post asked first keeps its readers: "viết bài zalo về bhyt hộ cận nghèo" then "viết lại cho dễ hiểu" says "Bà con"', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('viết bài zalo về bhyt hộ cận nghèo');
    const text = (await harness.say('viết lại cho dễ hiểu')).text;
    expect(text).toContain('Bà con');
  });
});
