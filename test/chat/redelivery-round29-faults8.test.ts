/**
 * Round 29 (faults8): a session saved by round-27 code names the delivery whose turn left it (`handled`) but has no
 * `handledCheck` (round 28 added it). Its instance killed before it marked the delivery answered, the platform sends the
 * message again to an instance of today: the answer must not be read a second time into the next question (round 27's
 * meaning of that row). A side question saved since round 29 (`handledAside`) is still answered again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

/** As round-27 code wrote it: "4" (Câu 2, how many people) taken from Zalo message "zalo-msg-4", the check at Câu 3. */
const ROUND27_ROW = {
  v: 3,
  consentAt: '2026-03-15T03:00:00.000Z',
  choices: [{ label: 'Quay lại', action: 'ck:back' }, { label: 'Hủy', action: 'ck:cancel' }],
  choicesNumbered: false,
  interview: { awaitingConsent: false, date: '2026-03-15', position: 2, area: 'rural', answers: {}, reviewed: false, members: 4 },
  handled: 'zalo-msg-4',
};

describe('round 29 faults8: a redelivered message whose session was saved before handledCheck existed', () => {
  it('"4" (4 người) sent again by Zalo: the question waiting (Câu 3/15), not "4" read as the income', async () => {
    harness = await openHarness();
    await harness.app.store.writeSession('zalo:u1', ROUND27_ROW);
    const again = await harness.send({ channel: 'zalo', text: '4', deliveryId: 'zalo-msg-4' });
    expect(again.text).toMatch(/^Câu 3\/15\. Thu nhập của cả hộ/);
    expect(again.text).not.toContain('4 nghìn đồng hay 4 triệu đồng');
    // The check goes on from there, the household still 4 people.
    const next = await harness.send({ channel: 'zalo', text: '4 trieu', deliveryId: 'zalo-msg-5' });
    expect(next.text).toContain('1.000.000 đồng/người/tháng');
    expect(harness.logs.join('')).toContain('delivery_turn_repeated');
  });

  it('"chuan ngheo la gi" at Câu 3 sent again: answered again (saved with handledAside now)', async () => {
    harness = await openHarness();
    await harness.app.store.writeSession('zalo:u1', { ...ROUND27_ROW, handled: undefined });
    const first = await harness.send({ channel: 'zalo', text: 'chuan ngheo la gi', deliveryId: 'zalo-msg-6' });
    expect(first.text).toContain('1.500.000');
    const stored = (await harness.app.store.readSession('zalo:u1')) as Record<string, unknown>;
    expect(stored).toMatchObject({ handled: 'zalo-msg-6', handledAside: true });
    expect(stored.handledCheck).toBeUndefined();
    // Its instance killed before it marked the delivery answered: the same row, the delivery not answered, sent again.
    harness.close();
    harness = await openHarness();
    await harness.app.store.writeSession('zalo:u1', stored);
    const again = await harness.send({ channel: 'zalo', text: 'chuan ngheo la gi', deliveryId: 'zalo-msg-6' });
    expect(again.text).toBe(first.text);
  });
});
