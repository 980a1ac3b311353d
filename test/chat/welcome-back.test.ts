/**
 * A resident reloads the web page (or reopens Telegram and presses Start) half-way through a household check
 * (findings19 #71): the greeting used to be the whole long menu with the progress note at its very end, the
 * question waiting for an answer not shown, and the next "khong" silently answered that unseen question.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('coming back to an unfinished check', () => {
  it('shows the question that waits for an answer again, so the next typed answer is to a question the person saw', async () => {
    harness = await openHarness();
    await harness.say('nha tui o que 4 nguoi thu nhap 5 trieu 1 thang kiem tra giup');
    const consented = await harness.press('consent:yes');
    const waiting = /Câu \d+\/\d+ · Việc làm/.exec(consented.text)?.[0];
    expect(waiting).toBeDefined();

    const back = await harness.say('/start');
    expect(back.replies[0]!.buttons?.flat().map((b) => b.action)).toEqual(['ck:restart']);
    expect(back.text).toMatch(/^Chào bạn quay lại! Bạn đang kiểm tra dở \(câu \d+\/\d+\)/);
    // The same question, with its own answer buttons, is the last thing on screen.
    expect(back.replies.at(-1)!.buttons?.flat().map((b) => b.action)).toContain('ck:a:3:employment:no');
    expect(back.text).toContain(waiting!);
    expect(back.text).not.toContain('Mình có thể giúp bạn');

    // "khong" now answers the employment question just shown, and the next one follows.
    const next = await harness.say('khong');
    expect(next.text).toMatch(/Câu 5\/\d+ · Việc làm/);
  });

  it('starting over from there begins a new check', async () => {
    harness = await openHarness();
    await harness.say('nha tui o que 4 nguoi thu nhap 5 trieu 1 thang kiem tra giup');
    await harness.press('consent:yes');
    await harness.say('/start');
    const fresh = await harness.press('ck:restart');
    expect(fresh.text).toContain('Câu 1/');
  });

  it('with no check under way, greets with the welcome (round 22: short, its three choices)', async () => {
    harness = await openHarness();
    const greeting = await harness.say('/start');
    expect(greeting.text).toMatch(/^Xin chào! Mình là Trợ lý Giảm nghèo\./);
    expect(greeting.buttons.map((button) => button.action)).toEqual(['menu:supports', 'menu:check', 'menu:about']);
    expect(greeting.replies).toHaveLength(1);
  });
});
