/**
 * Round 36 staff24, outreach staff sharing an answer into a Zalo group: the link of an answer led by a province opens with that
 * lead (the merger line, the province's own standard or that none is known); was the national card alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('outreach staff: a shared answer keeps the province line the chat answer had', () => {
  it.each([
    ['chuan ngheo quang nam bn', 'Quảng Nam nay thuộc thành phố Đà Nẵng (từ 01/07/2025, tham khảo).'],
    ['chuẩn nghèo ở Bình Dương bây giờ là bao nhiêu', 'Bình Dương nay thuộc thành phố Hồ Chí Minh (từ 01/07/2025, tham khảo).'],
    ['o ha noi chuan ngheo bn', 'Chuẩn riêng của Hà Nội:'],
  ])('“%s”: the link opens with “%s”', async (question, lead) => {
    harness = await openHarness({ now: DEC_06 });
    const asked = await harness.say(question);
    expect(asked.text).toContain(lead);
    const token = (await harness.press(actionOf(asked, 'Chia sẻ'))).replies[0]!.shareToken!;
    const opened = await harness.say(`/start ${token}`, 'nguoi-nhan-staff24');
    expect(opened.text).toContain(lead);
    expect(opened.text).toContain('Chuẩn nghèo áp dụng hôm nay, 06/12/2026');
    // Shared again from the opened answer: still led by the province.
    const again = (await harness.press(actionOf(opened, 'Chia sẻ'), 'nguoi-nhan-staff24')).replies[0]!.shareToken!;
    expect(again).toBe(token);
  });

  it('“o quang nam” after the card (the follow-up): its link keeps the province too', async () => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say('chuan ngheo bao nhieu');
    const asked = await harness.say('o quang nam');
    const token = (await harness.press(actionOf(asked, 'Chia sẻ'))).replies[0]!.shareToken!;
    expect((await harness.say(`/start ${token}`, 'nguoi-nhan-staff24')).text).toContain('Quảng Nam nay thuộc thành phố Đà Nẵng');
  });

  it('guard: a question naming no province keeps the short link', async () => {
    harness = await openHarness({ now: DEC_06 });
    expect(actionOf(await harness.say('chuan ngheo bao nhieu'), 'Chia sẻ')).toBe('share:r:sf');
  });
});
