/**
 * Round 23 (phones4): on Zalo and the terminal (text, numbered choices, no buttons) the check's "what I understood", the list of
 * supports by class and the answer to "cho tui link" say what to type, never "bấm"; Telegram and the web page, which show the
 * buttons, keep "Bấm một loại hộ", "bấm “Chia sẻ”". In the words people type. Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listedAs, onPhone, openHarness, spansOf, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');

describe('no "bấm" on a phone: what to type', () => {
  it('"nha tui 4 nguoi o que thu nhap 6 trieu 1 thang", "2": "what I understood" says to type a line, no edit button to press', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 6 trieu 1 thang');
    const shown = onPhone(await harness.say('2'));
    expect(shown).toContain('Mình hiểu về hộ của bạn như sau:');
    // Was 'Nếu có chỗ chưa đúng, bạn bấm nút sửa hoặc gõ lại một dòng' with no edit button listed (the first question's are).
    expect(shown).not.toMatch(/bấm/i);
    expect(shown).toContain('Nếu có chỗ chưa đúng, bạn gõ lại một dòng, ví dụ: "5 người"');
    // The line typed corrects it.
    expect((await harness.say('5 nguoi')).text).toContain('5');
  });

  it('"/hotro" (every class): "Gõ 1, 2, 3 hoặc 4 để xem chi tiết của loại hộ đó", "2" opens the near-poor\'s', async () => {
    harness = await openHarness({ now: DECEMBER });
    const shown = onPhone(await harness.say('/hotro'));
    // Was 'Bấm một loại hộ để xem chi tiết' above "1. Hộ nghèo … 4. Hộ có mức sống trung bình".
    expect(shown).not.toMatch(/bấm/i);
    const numbers = ['Hộ nghèo', 'Hộ cận nghèo', 'Hộ mới thoát nghèo', 'Hộ có mức sống trung bình'].map((label) => listedAs(shown, label));
    expect(numbers.every((number) => number !== undefined)).toBe(true);
    expect(shown).toContain(`Gõ ${numbers.slice(0, 3).join(', ')} hoặc ${numbers[3]} để xem chi tiết của loại hộ đó:`);
    expect((await harness.say(numbers[1]!)).text).toContain('Hỗ trợ cho hộ cận nghèo');
  });

  it('"ho ngheo dc ho tro j", "cho xin link de chia se": the number "Chia sẻ" is listed by', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ho ngheo dc ho tro j');
    const shown = onPhone(await harness.say('cho xin link de chia se'));
    expect(shown).toContain('Bạn có thể chia sẻ câu trả lời:');
    // Was 'bấm “Chia sẻ” dưới đây' above "N. Chia sẻ".
    expect(shown).not.toMatch(/bấm/i);
    const number = listedAs(shown, 'Chia sẻ');
    expect(number).toBeDefined();
    expect(shown).toContain(`Bạn có thể chia sẻ câu trả lời: gõ ${number} dưới đây, trợ lý tạo một đường dẫn`);
  });

  it('guard: Telegram and the web page keep "Bấm một loại hộ" and "bấm “Chia sẻ”"', async () => {
    harness = await openHarness({ now: DECEMBER });
    expect(spansOf(await harness.say('/hotro'))).toContain('Bấm một loại hộ để xem chi tiết của loại hộ đó:');
    await harness.say('ho ngheo dc ho tro j');
    expect(spansOf(await harness.say('cho xin link de chia se'))).toContain('chia sẻ câu trả lời: bấm “Chia sẻ” dưới đây');
  });
});

describe('coming back to an unfinished check on a phone: how to start over, typed', () => {
  it('"nha tui o que 4 nguoi thu nhap 5 trieu 1 thang kiem tra giup", "1", "/start": "gõ /kiemtra rồi chọn “Làm lại từ đầu”", which starts over', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui o que 4 nguoi thu nhap 5 trieu 1 thang kiem tra giup');
    await harness.say('1');
    const back = onPhone(await harness.say('/start'));
    // Was 'hoặc bấm "Làm lại từ đầu".' with only the question's choices listed, that button nowhere.
    expect(back).not.toMatch(/bấm/i);
    expect(back).toContain('Bạn trả lời tiếp câu dưới đây, hoặc gõ /kiemtra rồi chọn “Làm lại từ đầu”.');
    expect(listedAs(back, 'Làm lại từ đầu')).toBeUndefined();
    const asked = onPhone(await harness.say('/kiemtra'));
    const number = listedAs(asked, 'Làm lại từ đầu');
    expect(number).toBeDefined();
    expect((await harness.say(number!)).text).toContain('Câu 1/');
  });

  it('guard: Telegram and the web page, which show the button, keep "bấm “Làm lại từ đầu”"', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui o que 4 nguoi thu nhap 5 trieu 1 thang kiem tra giup');
    await harness.say('1');
    expect(spansOf(await harness.say('/start'))).toContain('Bạn trả lời tiếp câu dưới đây, hoặc bấm “Làm lại từ đầu”.');
  });
});

describe('"ket qua sai roi" after a household told in one message: the full check by its number on a phone', () => {
  it('"nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi", "ket qua sai roi": "hoặc gõ 1 để trả lời từng câu", which starts it', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi');
    const turn = await harness.say('ket qua sai roi');
    const shown = onPhone(turn);
    expect(shown).toContain('Kết quả vừa rồi được tính từ');
    // Was 'hoặc bấm "Kiểm tra đầy đủ" để trả lời từng câu' above "1. Kiểm tra đầy đủ".
    expect(shown).not.toMatch(/bấm/i);
    const number = listedAs(shown, 'Kiểm tra đầy đủ');
    expect(number).toBeDefined();
    expect(shown).toContain(`hoặc gõ ${number} để trả lời từng câu về điều kiện sống.`);
    // Telegram and the web page keep the button's name.
    expect(spansOf(turn)).toContain('hoặc bấm “Kiểm tra đầy đủ” để trả lời từng câu về điều kiện sống.');
    // The number typed starts the full check (its consent first).
    expect((await harness.say(number!)).text).toContain('Đồng ý lưu');
  });
});

describe('"rang nha tui ko dc xet ho ngheo rua": the check offered by its number on a phone', () => {
  it('"Gõ 1, hoặc kể về hộ trong một câu", "1" starts the check; Telegram keeps "Bấm “Kiểm tra hộ gia đình”"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say('rang nha tui ko dc xet ho ngheo rua');
    const shown = onPhone(turn);
    // Was 'Bấm “Kiểm tra hộ gia đình”, hoặc kể về hộ trong một câu' above "1. Kiểm tra hộ gia đình".
    expect(shown).not.toMatch(/bấm/i);
    const number = listedAs(shown, 'Kiểm tra hộ gia đình');
    expect(number).toBeDefined();
    // Round 39 short32: the offer in one line ("Xem trước hộ mình thuộc diện nào: …", was "Bạn muốn xem trước … theo chuẩn nghèo?").
    expect(shown).toContain(`thuộc diện nào: Gõ ${number} hoặc kể về hộ trong một câu`);
    expect(spansOf(turn)).toContain('thuộc diện nào: Bấm “Kiểm tra hộ gia đình” hoặc kể về hộ trong một câu');
    expect((await harness.say(number!)).text).toContain('Đồng ý lưu');
  });
});

describe('"vay nha e la ho j" while the consent question waits: "Hủy" by its number on a phone', () => {
  it('"nha tui 4 nguoi o que thu nhap 7tr2 1 thang", "vay nha e la ho j": "không cần thì gõ 3", which stops it', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 7tr2 1 thang');
    const turn = await harness.say('vay nha e la ho j');
    const shown = onPhone(turn);
    // Was '… không cần thì bấm “Hủy”.' above "1. Đồng ý lưu 2. Không lưu 3. Hủy".
    expect(shown).not.toMatch(/bấm/i);
    const number = listedAs(shown, 'Hủy');
    expect(number).toBeDefined();
    expect(shown).toContain(`bạn chọn “Đồng ý lưu” hoặc “Không lưu”; không cần thì gõ ${number}.`);
    expect(spansOf(turn)).toContain('không cần thì bấm “Hủy”.');
    expect((await harness.say(number!)).text).not.toContain('Đồng ý lưu');
  });
});
