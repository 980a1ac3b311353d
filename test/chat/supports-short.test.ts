/**
 * Findings 31 R14 and 33 O07: a resident asking "ho can ngheo dc ho tro j" on a phone got 7.600 characters (4–5 Zalo
 * messages), each support with its whole text, basis and place. A class's list is one line a support — what it gives when
 * the data says, its status, its condition — in one Zalo message, with the full text one tap ("Chi tiết từng khoản") or
 * one word ("chi tiet") away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderForZalo } from '../../src/channels/zalo/render.ts';
import { ZALO_MAX_TEXT_LENGTH } from '../../src/channels/zalo/api.ts';
import { loadRules, supportsFor } from '../../src/rules/index.ts';
import { actionOf, openHarness, type Harness } from './harness.ts';
import { expectEveryAccounted } from './short-budget.ts';

/** 02/12/2026 10:00 in Vietnam. */
const NOW = () => new Date('2026-12-02T03:00:00Z');
const rules = loadRules();
let harness: Harness;
afterEach(() => harness?.close());

describe('a class’s supports on a phone', () => {
  it.each([
    ['ho can ngheo dc ho tro j', 'near_poor'],
    ['ho ngheo dc nhung quyen loi gi', 'poor'],
    ['nha tui ho can ngheo thi dc huong j vay ban', 'near_poor'],
  ] as const)('“%s”: one Zalo message, every support of the class named once, the full text one word away', async (question, classification) => {
    harness = await openHarness({ now: NOW });
    const replies = await harness.app.core.handle({ channel: 'zalo', userId: 'z1', text: question });
    const parts = renderForZalo(replies);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.length).toBeLessThanOrEqual(ZALO_MAX_TEXT_LENGTH);
    const supports = supportsFor(rules, classification, '2026-12-02');
    expect(supports.length).toBeGreaterThan(5);
    // Round 32 (short20): the sure ones on a line each, the others named in a line of their group (as the consent step lists them).
    // Round 34 (short24): the others counted when their names overrun the message (ho ngheo: was 1.513 characters).
    expectEveryAccounted(parts[0]!, supports.map((support) => support.name));
    expect(parts[0]!.match(/^Nguồn: /gm)).toHaveLength(1);
    expect(parts[0]).not.toContain('Nơi làm:');
    expect(parts[0]).toContain('Chi tiết từng khoản');

    const full = await harness.app.core.handle({ channel: 'zalo', userId: 'z1', text: 'chi tiet' });
    const text = full.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n');
    for (const support of supports) expect(text).toContain(`• ${support.name}: `);
    expect(text.match(/Nơi làm:/g)?.length).toBe(supports.length);
  });

  it('a support with no amount in the data still says what it gives: the poor households’ BHYT is paid in full (O07)', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('ho ngheo dc ho tro nhung j');
    expect(text).toMatch(/- Hỗ trợ đóng bảo hiểm y tế: Ngân sách nhà nước đóng 100% mức đóng bảo hiểm y tế cho thành viên hộ nghèo \(tham khảo\)\n/);
    // A status is said once on a line, not twice.
    expect(text).not.toMatch(/\(tham khảo\) \(tham khảo\)/);
    // Nothing unknown gets a figure: counted (round 34 short24; was named, "Hỗ trợ tiền điện (chưa rõ còn áp dụng không, …)"),
    // each said in "chi tiết".
    expect(text).toMatch(/^- Còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không\.$/m);
    expect(text.split('\n').find((line) => line.startsWith('- Còn '))).not.toContain('đồng');
  });

  it.each(['chi tiet', 'xem chi tiết đi', 'noi cu the hon dum', 'cho xem day du nhe', 'Chi tiết từng khoản'])(
    '“%s” after the list: each support in full, with its basis and where to apply',
    async (asked) => {
      harness = await openHarness({ now: NOW });
      await harness.say('ho can ngheo dc ho tro j');
      const { text } = await harness.say(asked);
      expect(text).toMatch(/^Hỗ trợ cho hộ cận nghèo \(áp dụng ngày 02\/12\/2026\):/);
      expect(text).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
      expect(text).toContain('Nơi làm:');
    },
  );

  it('the button gives the same full list, with no button for it again', async () => {
    harness = await openHarness({ now: NOW });
    const list = await harness.say('/hotro canngheo');
    const full = await harness.press(actionOf(list, 'Chi tiết từng khoản'));
    expect(full.text).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
    expect(full.buttons.flat().map((button) => button.label)).not.toContain('Chi tiết từng khoản');
  });

  it('“chi tiet” with no list before it is not read as a request for one', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('chi tiet');
    expect(text).not.toMatch(/^Hỗ trợ cho hộ/);
    expect(text).toContain('Bạn muốn xem chi tiết điều gì?');
  });

  it.each(['ho ngheo vay von lai suat bao nhieu', 'ho can ngheo dc bhyt ko'])(
    '“chi tiet” after “%s”: what can be asked next, never a passage searched for “chi tiết” (findings34 N01)',
    async (question) => {
      harness = await openHarness({ now: NOW });
      await harness.say(question);
      const { text } = await harness.say('chi tiet');
      expect(text).toContain('Câu trả lời vừa rồi đã là đầy đủ');
      expect(text).toContain('UBND cấp xã');
      expect(text).not.toMatch(/điểm A|điểm B|Thông tư 07\/2021/);
    },
  );

  // The procedure in brief ("lam giay chung nhan ho ngheo o dau": where to file): "chi tiet" gives its whole card since round 36
  // (short27; was "đã là đầy đủ" under a brief that said less), never a passage searched for "chi tiết".
  it('“chi tiet” after “lam giay chung nhan ho ngheo o dau”: every step, never a passage searched for “chi tiết” (findings34 N01)', async () => {
    harness = await openHarness({ now: NOW });
    await harness.say('lam giay chung nhan ho ngheo o dau');
    const { text } = await harness.say('chi tiet');
    expect(text).toMatch(/^Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:/);
    expect(text).toContain('gồm 6 bước');
    expect(text).toContain('UBND cấp xã');
    expect(text).not.toMatch(/điểm A|điểm B|Thông tư 07\/2021/);
  });

  it('“chi tiet” after a household’s result is its “Chi tiết”: why, with the legal basis', async () => {
    harness = await openHarness({ now: NOW });
    for (const answer of ['nha tui 3 nguoi o que, moi thang kiem dc 6 trieu, nha xay kien co', 'ko luu', ...Array<string>(11).fill('ko')]) await harness.say(answer);
    const { text } = await harness.say('chi tiet');
    expect(text).toContain('2.000.000 đồng');
    expect(text).toContain('Nghị định 07/2021/NĐ-CP');
  });
});
