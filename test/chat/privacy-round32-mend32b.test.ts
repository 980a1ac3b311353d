/**
 * Round 32 (helper "mend32b"): what a resident types is kept for its turn only (Luật 91/2025/QH15; the consent text promises
 * "chỉ giữ tạm … tối đa vài giờ"). The readers' memos of a question (its words read, its topic, each word's keys: src/text/turn.ts)
 * belong to the turn and are emptied when it ends, an error too; only the corpus's words are kept beyond it. Was: the last 16
 * texts read and topics read kept by their raw text in module memos (readMessage, readTopic), and every word typed (a name, a
 * phone number) in the word memos, for as long as the server ran, "xoa het" or not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { readMessage } from '../../src/chat/input.ts';
import { readTopic } from '../../src/chat/topics.ts';
import { matchKey, wordKeys } from '../../src/text/fold.ts';
import { duringTurn, keptTexts, turnMemo } from '../../src/text/turn.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DAY = () => new Date('2026-12-05T03:00:00Z');
const TYPED = 'tui ten Nguyen Van An sdt 0912345678 nha 4 nguoi thu nhap 3 trieu';
/** What of TYPED is the person's: the text, the phone number, the name (as typed, folded, and its words). */
const PERSONAL = ['0912345678', 'Nguyen', 'nguyen', 'Van An', 'van an'];

/** The kept keys that hold something of TYPED: the text or a part of it, a name word or the number. */
const personalKept = (before: ReadonlySet<string>) =>
  keptTexts().filter((key) => key.includes(TYPED) || key.includes(matchKey(TYPED)) || PERSONAL.some((part) => key.includes(part) && !before.has(key)));

describe('what a resident typed is kept for its turn only', () => {
  it('after "tui ten Nguyen Van An sdt 0912345678 nha 4 nguoi thu nhap 3 trieu" no memo holds the text, the name or the number', async () => {
    harness = await openHarness({ now: DAY });
    const before = new Set(keptTexts());
    const said = await harness.say(TYPED);
    expect(said.text.length).toBeGreaterThan(0);
    expect(personalKept(before)).toEqual([]);
    // Read again after the turn: read afresh, nothing of the turn found (was the frozen reading kept by its text).
    expect(readMessage(TYPED)).not.toBe(readMessage(TYPED));
    expect(readMessage(TYPED)).toEqual(readMessage(TYPED));
  });

  it('"xoa het" after it: nothing of the first message kept either', async () => {
    harness = await openHarness({ now: DAY });
    const before = new Set(keptTexts());
    await harness.say(TYPED);
    await harness.say('xoa het');
    expect(personalKept(before)).toEqual([]);
  });

  it('an error thrown mid-turn leaves nothing, and a timer of the turn finds its memos gone', async () => {
    const before = new Set(keptTexts());
    let late: (() => Map<string, unknown> | undefined) | undefined;
    await expect(
      duringTurn(async () => {
        const read = readMessage(TYPED);
        // Within the turn a text read again is the one read (the readers share it).
        expect(readMessage(TYPED)).toBe(read);
        readTopic(read, '2026-12-05');
        wordKeys('0912345678');
        expect(turnMemo('readMessage')?.size).toBe(1);
        late = () => turnMemo('readMessage');
        await Promise.resolve();
        throw new Error('failed mid-turn');
      }),
    ).rejects.toThrow('failed mid-turn');
    expect(personalKept(before)).toEqual([]);
    expect(late?.()).toBeUndefined();
    expect(readMessage(TYPED)).not.toBe(readMessage(TYPED));
  });
});
