/**
 * Deleting what one message left (Luật 91/2025/QH15: a user deletes what they sent) in a chat without message ids
 * (Telegram, Zalo, the terminal): "xoa tin vua gui" takes the last message's kept rows, nothing else; "/xoatin" alone lists
 * the last messages that left something, each with its "Xóa tin n" button (or "/xoatin n" typed, or the number).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actionOf, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const kept = async () => (await harness.app.store.stats()).unansweredQuestions.map((question) => question.text);

describe('"xoa tin vua gui" (the last message)', () => {
  it('deletes the question just sent, not the one before, nor another person’s, and says what went', async () => {
    // "The last" is the newest: each message a minute after the one before.
    let minute = 0;
    harness = await openHarness({ now: () => new Date(Date.UTC(2026, 2, 15, 3, minute)) });
    await harness.say('chu oi gia vang hom nay bn vay');
    minute = 1;
    await harness.say('tui muon coi lich thi dau bong da tuan nay');
    minute = 2;
    await harness.say('tui muon coi lich thi dau bong da tuan nay', 'nguoi-khac');
    minute = 3;
    expect(await kept()).toHaveLength(2);

    const deleted = await harness.say('xoa giup tui cai tin vua gui nha');
    expect(deleted.text).toContain('Đã xóa những gì tin này để lại trong trợ lý: câu hỏi chưa trả lời được');
    expect((await harness.app.store.stats()).unansweredQuestions.map((question) => [question.text, question.count])).toEqual(
      expect.arrayContaining([
        ['chu oi gia vang hom nay bn vay', 1],
        ['tui muon coi lich thi dau bong da tuan nay', 1],
      ]),
    );
    // The earlier message's rows are its own: still listed, and only they.
    const listed = await harness.say('/xoatin');
    expect(listed.text).toContain('1. 10:00 15/03/2026: câu hỏi “chu oi gia vang hom nay bn vay”');
    expect(listed.text).not.toContain('bong da');
    expect(await kept()).toContain('chu oi gia vang hom nay bn vay');
    expect(harness.logs.join('\n')).not.toContain('bong da');
  });
});

const telegram = (text: string, userId = '5550001') => harness.send({ channel: 'telegram', text }, userId);

describe('"/xoatin" on Telegram, Zalo: older messages too', () => {
  it('lists the last messages that left something, newest first, and deletes the one chosen, by button or by number', async () => {
    let minute = 0;
    harness = await openHarness({ now: () => new Date(Date.UTC(2026, 11, 2, 2, minute)) });
    await telegram('chu oi gia vang hom nay bn vay');
    minute = 5;
    await telegram('ho ngheo la gi');
    minute = 9;
    await telegram('tui muon coi lich thi dau bong da tuan nay');
    minute = 12;
    await telegram('lich cup dien xom tui tuan nay sao');

    const listed = await telegram('/xoatin');
    // The answered question left nothing: not listed. Vietnam's time, newest first.
    expect(listed.text).toContain('1. 09:12 02/12/2026: câu hỏi “lich cup dien xom tui tuan nay sao”');
    expect(listed.text).toContain('3. 09:00 02/12/2026: câu hỏi “chu oi gia vang hom nay bn vay”');
    expect(listed.text).not.toContain('ho ngheo la gi');
    expect(listed.buttons.map((button) => button.label)).toEqual(['Xóa tin 1', 'Xóa tin 2', 'Xóa tin 3']);
    // The buttons carry no text and no id of the user.
    for (const button of listed.buttons) expect(button.action).not.toMatch(/gia|bong|5550001/);

    // The oldest, by its button: only it goes.
    const pressed = await harness.send({ channel: 'telegram', action: actionOf(listed, 'Xóa tin 3') }, '5550001');
    expect(pressed.text).toContain('Đã xóa những gì tin này để lại trong trợ lý: câu hỏi chưa trả lời được');
    expect(await kept()).toEqual(expect.arrayContaining(['lich cup dien xom tui tuan nay sao', 'tui muon coi lich thi dau bong da tuan nay']));
    expect(await kept()).not.toContain('chu oi gia vang hom nay bn vay');

    // Typed: "/xoatin 2" is the second of the list as it is now (bong da).
    expect((await telegram('/xoatin 2')).text).toContain('Đã xóa những gì tin này để lại');
    expect(await kept()).toEqual(['lich cup dien xom tui tuan nay sao']);
    // Someone else's list is their own.
    expect((await telegram('/xoatin', '5550002')).text).toContain('Trợ lý không lưu gì từ các tin bạn đã gửi');
    expect(harness.logs.join('\n')).not.toMatch(/gia vang|bong da|cup dien/);
  });

  it('a household answer of an older message is listed and deleted alone; in a group nothing is listed', async () => {
    harness = await openHarness();
    await telegram('/kiemtra');
    await harness.send({ channel: 'telegram', action: 'consent:yes' }, '5550001');
    await harness.send({ channel: 'telegram', action: 'ck:area:rural' }, '5550001');
    await telegram('nha tui 6 nguoi');
    await telegram('thu nhap ca nha tam 7 trieu');
    const listed = await telegram('/xoatin');
    expect(listed.text).toMatch(/1\. .*trả lời kiểm tra hộ gia đình \(thu nhập\)/);
    expect(listed.text).toMatch(/2\. .*trả lời kiểm tra hộ gia đình \(số người trong hộ\)/);
    // The number typed presses the button.
    const deleted = await telegram('2');
    expect(deleted.text).toContain('câu trả lời kiểm tra hộ gia đình trong tin này (số người trong hộ)');
    expect(deleted.text).toMatch(/mấy người|bao nhiêu người/i);
    const again = await telegram('/xoatin');
    expect(again.text).toContain('thu nhập');
    expect(again.text).not.toContain('số người');

    const inGroup = await harness.send({ channel: 'telegram', text: '/xoatin', isGroup: true, chatId: '-100777' }, '5550001');
    expect(inGroup.text).toContain('nhắn riêng cho trợ lý');
    expect(inGroup.buttons).toEqual([]);
  });
});
