/**
 * Deleting one message deletes what was derived from it (Luật 91/2025/QH15): a household answer typed in that message and
 * kept with consent (the stored check) goes with it, whatever the check kept from other messages stays, and the check asks
 * for it again. Also for a draft kept without consent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../chat/harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const web = (text: string, messageId?: string) => harness.send({ channel: 'web', text, ...(messageId ? { messageId } : {}) }, 'TabChiLan2026');

describe('"Xóa tin này" on a message that answered the household check', () => {
  it('with consent: the income typed in that message leaves the stored check, the members told before stay, and it is asked again', async () => {
    harness = await openHarness();
    await web('/kiemtra', 'tinKiemTra01');
    await harness.send({ channel: 'web', action: 'consent:yes' }, 'TabChiLan2026');
    await harness.send({ channel: 'web', action: 'ck:area:rural' }, 'TabChiLan2026');
    await web('nha tui 5 nguoi', 'tinSoNguoi02');
    await web('ca nha thu nhap tam 4 trieu ruoi 1 thang a', 'tinThuNhap03');
    expect(harness.storedSessions()).toContain('4500000');

    const deleted = await web('/xoatin tinThuNhap03');
    expect(deleted.text).toContain('câu trả lời kiểm tra hộ gia đình trong tin này (thu nhập)');
    const kept = harness.storedSessions();
    expect(kept).not.toContain('4500000');
    expect(kept).toContain('"members":5');
    // Not readable on disk either: the earlier copies of the session row in the WAL went with it (findings36 N36-02).
    expect(harness.onDisk()).not.toContain('4500000');
    expect(harness.onDisk()).toContain('"members":5');
    // The check goes on from the answer that went: the income is asked again.
    expect(deleted.text).toMatch(/thu nhập/i);
    expect(harness.logs.join('\n')).not.toMatch(/tinThuNhap03|4500000/);

    // The members' message is its own: deleting it takes the members, nothing is left of the income twice.
    expect((await web('/xoatin tinSoNguoi02')).text).toContain('(số người trong hộ)');
    expect(harness.storedSessions()).not.toContain('"members":5');
    expect((await web('/xoatin tinThuNhap03')).text).toContain('Trợ lý không lưu gì từ tin này');
  });

  it('"kiem tra day du" typed after a household told in one message: its facts stay that message\'s, deleting it takes them', async () => {
    harness = await openHarness({ now: () => new Date('2026-12-03T03:00:00Z') });
    // Consent given at an earlier check, stopped since.
    await web('/kiemtra', 'tinKiemTra01');
    await harness.send({ channel: 'web', action: 'consent:yes' }, 'TabChiLan2026');
    await harness.send({ channel: 'web', action: 'ck:cancel' }, 'TabChiLan2026');
    await web('nha tui 4 nguoi o que thu nhap 7tr2 1 thang, ko co bhyt, la ho gi', 'tinHoNha02');
    const started = await web('kiem tra day du', 'tinDayDu03');
    expect(started.text).toContain('Thu nhập cả hộ: 7.200.000 đồng/tháng');
    expect(harness.storedSessions()).toContain('7200000');

    // The typed request told nothing: deleting it deletes nothing of the household.
    expect((await web('/xoatin tinDayDu03')).text).toContain('Trợ lý không lưu gì từ tin này');
    expect(harness.storedSessions()).toContain('7200000');
    // The message that told the household takes its facts out of the check.
    await web('/xoatin tinHoNha02');
    expect(harness.storedSessions()).not.toContain('7200000');
    expect(harness.onDisk()).not.toContain('7200000');
  });

  it('without consent: the draft forgets the answer of that message too', async () => {
    harness = await openHarness();
    await web('/kiemtra', 'tinKiemTra01');
    await harness.send({ channel: 'web', action: 'consent:no' }, 'TabChiLan2026');
    await harness.send({ channel: 'web', action: 'ck:area:urban' }, 'TabChiLan2026');
    await web('4 nguoi', 'tinSoNguoi02');
    const deleted = await web('/xoatin tinSoNguoi02');
    expect(deleted.text).toContain('câu trả lời kiểm tra hộ gia đình trong tin này (số người trong hộ)');
    // Asked again: how many live in the household.
    expect(deleted.text).toMatch(/mấy người|bao nhiêu người/i);
    expect(harness.storedSessions()).not.toContain('members');
  });
});
