/**
 * After a household check finished in the chat (outside tester findings11 R82, R81, R63): what the resident asks next
 * is about that household — "nếu ở tp thì sao", "ba tui dc huong gi", "nha tui dc ho tro nhung j" even after other
 * questions — and "làm giấy ở đâu" is the procedure, never "ngoài phạm vi".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** Tells the household, declines saving, answers "ko" until the result. */
async function finishCheck(sentence: string) {
  await harness.say(sentence);
  let turn = await harness.say('2');
  for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
  expect(turn.text).toContain('Kết quả sàng lọc');
  return turn;
}

describe('after the result of a check', () => {
  it('"neu o tp thi sao" checks the same answers in the urban area, with its line', async () => {
    harness = await openHarness();
    // 7.000.000 ÷ 4 = 1.750.000: above the rural line 1.500.000 (2026), within the urban 2.000.000; 3 deprivations.
    const result = await finishCheck('nha tui 4 nguoi o que thu nhap 7tr, ko co bhyt, nha tam, ko co nha ve sinh');
    expect(result.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    const urban = await harness.say('neu o tp thi sao');
    expect(urban.text).not.toContain('ngoài phạm vi');
    expect(urban.text).toContain('Nếu hộ ở khu vực thành thị');
    expect(urban.text).toContain('HỘ NGHÈO');
    expect(urban.text).toContain('chuẩn nghèo thành thị: 2.000.000 đồng');
  });

  it('"neu o tp thi sao" after other questions the area changes nothing in is still about the household (findings13 R82)', async () => {
    harness = await openHarness();
    await finishCheck('nha tui 4 nguoi o que thu nhap 7tr, ko co bhyt, nha tam, ko co nha ve sinh');
    await harness.say('vay von o dau');
    await harness.say('lam giay o dau');
    const urban = await harness.say('neu o tp thi sao');
    expect(urban.text).toContain('Nếu hộ ở khu vực thành thị');
    expect(urban.text).toContain('HỘ NGHÈO');
    // After the standard's card the area moves the card, not the household.
    await harness.say('chuan ngheo nam nay bao nhieu');
    expect((await harness.say('con tp thi sao')).text).not.toContain('Nếu hộ ở khu vực thành thị');
  });

  it('"lam giay o dau" is the procedure: the request to Chủ tịch UBND cấp xã', async () => {
    harness = await openHarness();
    await finishCheck('nha tui 4 nguoi o que thu nhap 5tr, ko co bhyt, nha tam, ko co nha ve sinh');
    const paper = await harness.say('lam giay o dau');
    expect(paper.text).not.toContain('ngoài phạm vi');
    expect(paper.text).toContain('Chủ tịch UBND cấp xã');
    expect(paper.text).toContain('Mẫu số 04');
  });

  it('"ba tui dc huong gi" and "nha tui dc ho tro nhung j", even after another question, list the household’s class only', async () => {
    harness = await openHarness();
    const result = await finishCheck('nha tui 4 nguoi o que thu nhap 5tr, ko co bhyt, nha tam, ko co nha ve sinh');
    expect(result.text).toContain('HỘ NGHÈO');
    await harness.say('vay von o dau');
    for (const question of ['ba tui dc huong gi', 'nha tui dc ho tro nhung j']) {
      const supports = await harness.say(question);
      expect(supports.text).toContain('Hỗ trợ cho hộ nghèo');
      expect(supports.text).not.toContain('Hộ cận nghèo:');
      expect(supports.text).not.toContain('Hộ có mức sống trung bình:');
    }
  });

  it('without a check, "ba tui dc huong gi" still lists every class (nothing is assumed about the household)', async () => {
    harness = await openHarness();
    const supports = await harness.say('ba tui dc huong gi');
    expect(supports.text).toContain('Hộ nghèo:');
    expect(supports.text).toContain('Hộ cận nghèo:');
  });
});

describe('asking who the assistant is', () => {
  it('"ban la ai", "bot ten gi" get the introduction, not a passage', async () => {
    harness = await openHarness();
    for (const question of ['ban la ai', 'bot ten gi', 'ban lam duoc gi']) {
      const turn = await harness.say(question);
      expect(turn.text).toContain('Mình là Trợ lý Giảm nghèo');
      expect(turn.text).not.toContain('Nguồn:');
    }
  });
});

describe('a check moved to 2027, then asked about now (findings11 R109)', () => {
  it('"con bay gio" before consent, "con nam nay thi sao" mid-interview: back to today’s standard, said so', async () => {
    harness = await openHarness();
    const moved = await harness.say('nha tui 3 nguoi o phuong thu nhap 7tr, 2027 thi sao');
    expect(moved.text).toContain('Bạn hỏi về năm 2027');
    const now = await harness.say('con bay gio');
    expect(now.text).toContain('Bạn hỏi về bây giờ, nên mình xét theo chuẩn áp dụng hôm nay (15/03/2026).');
    expect(now.text).not.toContain('Nguồn:');
    expect(now.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    let turn = await harness.say('2');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
    // 7.000.000 ÷ 3 = 2.333.333: above the urban line 2.000.000 of 2026, within 3.000.000 → middle today.
    expect(turn.text).toContain('ngày 15/03/2026');
    expect(turn.text).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');

    const again = await harness.say('nha tui 3 nguoi o phuong thu nhap 7tr, 2027 thi sao');
    expect(again.text).toContain('Bạn hỏi về năm 2027');
    await harness.say('2');
    const back = await harness.say('con nam nay thi sao');
    expect(back.text).toContain('Bạn hỏi về bây giờ');
    expect(back.text).toMatch(/Câu \d+\/\d+/);
  });
});
