/**
 * Deleting what one message left (Luật 91/2025/QH15: a user deletes what they sent): "xoa tin vua gui" or "/xoatin" alone
 * in a chat without message ids (Telegram, Zalo, the terminal) takes the last message's kept rows, nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const kept = async () => (await harness.app.store.stats()).unansweredQuestions.map((question) => question.text);

describe('"xoa tin vua gui" (the last message)', () => {
  it('deletes the question just sent, not the one before, nor another person’s, and says what went', async () => {
    harness = await openHarness();
    await harness.say('chu oi gia vang hom nay bn vay');
    await harness.say('tui muon coi lich thi dau bong da tuan nay');
    await harness.say('tui muon coi lich thi dau bong da tuan nay', 'nguoi-khac');
    expect(await kept()).toHaveLength(2);

    const deleted = await harness.say('xoa giup tui cai tin vua gui nha');
    expect(deleted.text).toContain('Đã xóa những gì tin này để lại trong trợ lý: câu hỏi chưa trả lời được');
    expect((await harness.app.store.stats()).unansweredQuestions.map((question) => [question.text, question.count])).toEqual(
      expect.arrayContaining([
        ['chu oi gia vang hom nay bn vay', 1],
        ['tui muon coi lich thi dau bong da tuan nay', 1],
      ]),
    );
    // Again: the last message's rows are gone, the earlier message's are not its.
    expect((await harness.say('/xoatin')).text).toContain('Trợ lý không lưu gì từ tin này');
    expect(await kept()).toContain('chu oi gia vang hom nay bn vay');
    expect(harness.logs.join('\n')).not.toContain('bong da');
  });
});
