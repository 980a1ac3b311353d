/**
 * Round 23 (phones3): on Zalo and the terminal (text, numbered choices, no buttons) a household's result and a class's list of
 * supports say what to type, never "bấm" a button that is not there; Telegram and the web page, which show it, keep "bấm".
 * In the words people type. Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listedAs, onPhone, openHarness, spansOf, type Harness, type Turn } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');

/** A household told in one message, every living-condition question answered "ko": the turn with its result. */
async function checked(sentence: string): Promise<Turn> {
  harness = await openHarness({ now: DECEMBER });
  await harness.say(sentence);
  let turn = await harness.say('2');
  for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
  expect(turn.text).toContain('Kết quả sàng lọc');
  return turn;
}

describe('no "bấm" on a phone for a result\'s or a list of supports\' buttons: the number to type', () => {
  it('a household\'s result ("nha tui 4 nguoi o que thu nhap 6 trieu 1 thang"): "Gõ 1 để xem vì sao", "1" opens it', async () => {
    const shown = onPhone(await checked('nha tui 4 nguoi o que thu nhap 6 trieu 1 thang'));
    // Was 'Bấm "Chi tiết" để xem vì sao …' above "1. Chi tiết … 6. Xong, xóa câu trả lời".
    expect(shown).not.toMatch(/bấm/i);
    expect(listedAs(shown, 'Chi tiết')).toBe('1');
    expect(shown).toContain('Gõ 1 để xem vì sao, căn cứ pháp lý và các hỗ trợ.');
    const detail = await harness.say('1');
    const detailShown = onPhone(detail);
    expect(detailShown).toContain('Vì sao:');
    // The detail's supports heading: the number "Chi tiết hỗ trợ" is listed by (was 'bấm "Chi tiết hỗ trợ"').
    const number = listedAs(detailShown, 'Chi tiết hỗ trợ');
    expect(number).toBeDefined();
    expect(detailShown).toContain(`ví dụ có con đi học; gõ ${number} để xem điều kiện, mức và nơi làm thủ tục):`);
    expect(detailShown).not.toMatch(/bấm/i);
  });

  it('"ho ngheo dc ho tro j": "Gõ 1 để xem căn cứ, nơi làm từng khoản", "1" gives each in full', async () => {
    harness = await openHarness({ now: DECEMBER });
    const shown = onPhone(await harness.say('ho ngheo dc ho tro j'));
    // Was 'Gõ “chi tiết” (hoặc bấm “Chi tiết từng khoản”) …' with the button only as "1. Chi tiết từng khoản".
    expect(shown).not.toMatch(/bấm/i);
    expect(listedAs(shown, 'Chi tiết từng khoản')).toBe('1');
    expect(shown).toContain('Gõ 1 để xem căn cứ, nơi làm từng khoản.');
    expect((await harness.say('1')).text).toContain('Căn cứ');
  });

  it('guard: Telegram and the web page, which show the buttons, keep "Bấm “Chi tiết”" and "Bấm “Chi tiết từng khoản”"', async () => {
    const result = await checked('nha tui 4 nguoi o que thu nhap 6 trieu 1 thang');
    expect(spansOf(result)).toContain('Bấm “Chi tiết” để xem vì sao');
    harness.close();
    harness = await openHarness({ now: DECEMBER });
    expect(spansOf(await harness.say('ho ngheo dc ho tro j'))).toContain('Bấm “Chi tiết từng khoản” để xem căn cứ, nơi làm từng khoản.');
  });
});

describe('a post on a class\'s supports for a Zalo group: every line says something beyond a name', () => {
  it.each(['bai dang zalo ve ho can ngheo', 'soan bai dang nhom zalo ve ho tro cho ho can ngheo'])('"%s"', async (asked) => {
    harness = await openHarness({ now: DECEMBER });
    const text = spansOf(await harness.say(asked));
    expect(text).toMatch(/^Hộ cận nghèo được hỗ trợ/);
    // Was a line of its own "- Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15) (tham khảo)" (no figure nor condition in the
    // data): now named with the others, its status kept.
    expect(text).not.toMatch(/^- Mức hưởng bảo hiểm y tế \(Nghị quyết 261\/2025\/QH15\) \(tham khảo\)$/m);
    expect(text).toContain('- Hỗ trợ khác: Mức hưởng bảo hiểm y tế (Nghị quyết 261/2025/QH15) (tham khảo).');
    // Was 1.324 characters.
    expect(text.length).toBeLessThan(1300);
    expect(text).toMatch(/^Nguồn: Nghị định 188\/2025\/NĐ-CP/m);
  });
});

describe('"viet ngan de gui nhom" right after a post: a shorter post, not the same one again', () => {
  it.each(['viet ngan de gui nhom', 'viet ngan lai dc ko'])('"bai dang zalo ve ho can ngheo" then "%s"', async (again) => {
    harness = await openHarness({ now: DECEMBER });
    const post = spansOf(await harness.say('bai dang zalo ve ho can ngheo'));
    const shorter = spansOf(await harness.say(again));
    // Was the same post, 1.285 characters.
    expect(shorter.length).toBeLessThan(post.length / 2);
    expect(shorter).toMatch(/^Hộ cận nghèo được hỗ trợ/);
    expect(shorter).toContain('Hỗ trợ đóng bảo hiểm y tế: Tối thiểu 70% mức đóng bảo hiểm y tế');
    // The post's one source line (since round 25 it also names the law the line's figure came with).
    expect(shorter).toMatch(/^Nguồn: Nghị định 188\/2025\/NĐ-CP(; Luật Bảo hiểm y tế)?\.$/m);
    // "chi tiet" after it still opens each support in full.
    expect((await harness.say('chi tiet')).text).toContain('Căn cứ');
  });

  it('guard: "viet ngan" after the full list (not a post) gives the post, several supports', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ho can ngheo dc ho tro j');
    const post = spansOf(await harness.say('viet ngan de gui nhom'));
    expect(post).toContain('- Vay vốn tín dụng chính sách');
  });
});
