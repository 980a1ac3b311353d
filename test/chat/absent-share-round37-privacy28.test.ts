/**
 * Round 37 (privacy28). A misread phrase of a member away ("bị tự kỷ" holds "bị tù") is taken out where it is said, not the whole
 * reason: "con tui bi tu ki, chong tui dang o tu" still says the husband is in prison (was nothing said of him). A "Chia sẻ" pressed
 * with a province in its code that is none known (button data made by hand) gives a link without it (was the text as sent); a
 * province typed with /tinh that is none known is said back masked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const PRISON = 'Người đang ở tù có tính vào hộ không';

describe('a member in prison told after a misread phrase', () => {
  it.each([
    'nha tui 4 nguoi, thu nhap 3 trieu, con tui bi tu ki, chong tui dang o tu',
    'nha tui 4 nguoi, thu nhap 3 trieu, tui bi tu choi ho ngheo roi, chong tui o tu',
  ])('%s: the one in prison is said', async (typed) => {
    harness = await openHarness({ now: DEC_06 });
    expect((await harness.say(typed)).text).toContain(PRISON);
  });

  it('guard: the misread alone says no one in prison', async () => {
    harness = await openHarness({ now: DEC_06 });
    expect((await harness.say('nha tui 4 nguoi, thu nhap 3 trieu, con tui bi tu ki')).text).not.toContain('ở tù');
  });
});

describe('a share link carries only a province known', () => {
  it('a code with text for a province: the link goes without it', async () => {
    harness = await openHarness({ now: DEC_06 });
    await harness.say('chuan ngheo bao nhieu');
    const token = (await harness.press('share:r:sf-Pchong_tui_o_tu')).replies[0]!.shareToken!;
    expect(token).toBe('r-sf');
  });

  it('guard: a province known stays in the link', async () => {
    harness = await openHarness({ now: DEC_06 });
    const asked = await harness.say('chuan ngheo quang nam bn');
    expect(actionOf(asked, 'Chia sẻ')).toBe('share:r:sf-Pquang_nam');
    expect((await harness.press('share:r:sf-Pquang_nam')).replies[0]!.shareToken).toBe('r-sf-Pquang_nam');
  });

  it('/tinh with no province: what was typed is said back masked', async () => {
    harness = await openHarness({ now: DEC_06 });
    const reply = (await harness.say('/tinh Nguyen Van Teo 0912345678')).text;
    expect(reply).toContain('không tìm thấy tỉnh, thành phố nào tên "[tên] [số điện thoại]"');
    expect(reply).not.toMatch(/Teo|0912345678/);
  });
});
