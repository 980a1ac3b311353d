/**
 * Round 31 (helper "household17"): a resident correcting the household's size while the consent question of a household check
 * waits ("5 nguoi", "sai roi nha tui 6 nguoi") gets the class again with the corrected figures, before choosing anything: the
 * consent is only to KEEP the answers (Luật 91/2025/QH15: nothing stored without it), not to be told the class. Was "Mình ghi
 * nhận: … Số người: 5 …" and the consent question alone, no class.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
// After the class the figures give, the consent question in brief (round 41 resid41).
const CONSENT = 'Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.';

describe('a household corrected while the consent question waits', () => {
  it('"5 nguoi", then "sai roi nha tui 6 nguoi": each gives the class with the new size, nothing stored, the choice still offered', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha tui 4 nguoi thu nhap 6 trieu 1 thang co ngheo ko');
    expect(first.text).toContain('÷ 4 người = 1.500.000 đồng/người/tháng');
    expect(first.text).toContain(CONSENT);

    const five = await harness.say('5 nguoi');
    expect(five.text).toContain('Số người: 5');
    // 6.000.000 ÷ 5 = 1.200.000 ≤ 1.500.000 (2026: NĐ 07/2021 kept by NĐ 351/2025): the class with the new figure.
    expect(five.text).toContain('Với số liệu bạn kể (thu nhập 1.200.000 đồng/người/tháng');
    expect(five.text).toContain('hộ cận nghèo');
    expect(five.buttons.map((button) => button.label)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu', 'Hủy']));

    const six = await harness.say('sai roi nha tui 6 nguoi');
    expect(six.text).toContain('Số người: 6');
    expect(six.text).toContain('Với số liệu bạn kể (thu nhập 1.000.000 đồng/người/tháng');
    expect(six.buttons.map((button) => button.label)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));

    // Nothing chosen, nothing kept: no consent stored, no answers of the household in the stored session.
    const stored = harness.storedSessions();
    expect(stored).not.toContain('consentAt');
    // Nor the figures told: the income (6.000.000 đồng, however written) and the household's size (interview.ts: members).
    expect(stored).not.toMatch(/6000000|6\.000\.000|6 trieu|"members"|"monthlyIncome"|"interview"/);
    expect(harness.onDisk()).not.toMatch(/6000000|6 trieu|sai roi nha tui 6 nguoi/);
  });

  it('an income corrected ("thu nhap 9 trieu") gives the class with it too', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 5 trieu 1 thang');
    const more = await harness.say('ko phai, thu nhap 9 trieu');
    // 9.000.000 ÷ 4 = 2.250.000: over 1.500.000, not over 2.250.000 (nông thôn): mức sống trung bình.
    expect(more.text).toContain('Với số liệu bạn kể (thu nhập 2.250.000 đồng/người/tháng');
    expect(more.text).toContain('mức sống trung bình');
  });
});
