/**
 * Round 25 (phones6): answers read on cheap phones (Zalo: text only, choices typed by number; Telegram: buttons) and shared into
 * groups are short and complete (figure, source, status), and every instruction works on the channel it is read on. In the
 * words residents and outreach staff type. Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listedAs, onPhone, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');

describe('a provisional result on Zalo says which number to type for its reasons', () => {
  it('"/kiemtra nt 1.2tr 4ng bhyt": "Kết quả tạm tính (gõ 1 để xem lý do)", 1 being "Chi tiết"; Telegram keeps "bấm “Chi tiết”"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const shown = onPhone(await harness.send({ channel: 'zalo', text: '/kiemtra nt 1.2tr 4ng bhyt' }));
    const number = listedAs(shown, 'Chi tiết');
    expect(number, shown).toBeDefined();
    expect(shown).toContain(`Kết quả tạm tính (gõ ${number} để xem lý do)`);
    expect(shown).not.toContain('xem "Chi tiết"');
    expect(shown.length).toBeLessThanOrEqual(1000);
    const telegram = await harness.send({ channel: 'telegram', text: '/kiemtra nt 1.2tr 4ng bhyt' }, 'u2');
    expect(telegram.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('')).toContain('Kết quả tạm tính (bấm “Chi tiết” để xem lý do)');
  });
});
