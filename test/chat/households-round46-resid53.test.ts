/**
 * Round 46 (resid53, 07/12/2026): residents tell their household in one sentence WITH lacks or ages, nothing asked; they got only
 * "Mình hiểu: …" and the consent question, no class. Now the class by income first with the lacks told counted, against the line
 * of today's standard and of the 2027–2030 one, the old members' pensions in a line, then the consent in brief (nothing stored).
 * Lines checked against ../shared/facts/updates-2026.md: in 2026 the 2022–2025 lines continue (rural 1.500.000 đồng) under NĐ
 * 351/2025 [M]; 2027–2030 rural 2.200.000 đồng [M], poor with ≥ 3 lacks; NĐ 176/2025 social pension for 70 to under 75 in poor or
 * near-poor households, from 75 without a pension for all [M], amount [?].
 * A class asked ("…, la ho gi") keeps its own lead ("(bạn đã kể 1 chỉ số thiếu hụt)", direct-round9), not tested again here.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt, expectBriefConsent, openHarness } from './harness.ts';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';

const NOW = new Date('2026-12-07T03:00:00Z');
const { first } = conversationsAt(NOW, 'resid53');
const PHONE = SHORT_TEXT_DEFAULTS.phoneChars;
const TODAY = 'theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là';
const NEXT = 'Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo), dưới mức 2.200.000 đồng';

describe('a household told with lacks, nothing asked: the class first, the lacks counted', () => {
  it('"nha mik o Ha Giang, 6 ng, 1 nam dc 40 trieu, ko co nha ve sinh, uong nuoc suoi": 555.556 đồng/người/tháng, 2 lacks, 1 more is poor', async () => {
    const reply = await first('nha mik o Ha Giang, 6 ng, 1 nam dc 40 trieu, ko co nha ve sinh, uong nuoc suoi');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply).toContain('÷ 6 người = 555.556 đồng/người/tháng');
    expect(reply).toContain('(40.000.000 đồng một năm ÷ 12 = 3.333.333 đồng một tháng)');
    expect(reply).toContain(`dưới mức 1.500.000 đồng ${TODAY} hộ cận nghèo; bạn đã kể 2 chỉ số thiếu hụt (nguồn nước sinh hoạt, nhà tiêu hợp vệ sinh), thêm 1 chỉ số nữa là hộ nghèo (tham khảo).`);
    expect(reply).toContain(`${NEXT}: như trên.`);
    // The lacks are said once, in the class (no "Mình hiểu: Nguồn nước sinh hoạt: thiếu hụt" again).
    expect(reply).not.toContain('Mình hiểu');
    expectBriefConsent(reply);
  });

  it('"nha tui o Ca Mau 4 nguoi thu nhap 8 trieu 1 thang, nha tole dot nat": 2.000.000 đồng/người/tháng, middle today, near-poor in 2027 with the housing lack', async () => {
    const reply = await first('nha tui o Ca Mau 4 nguoi thu nhap 8 trieu 1 thang, nha tole dot nat');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply).toContain('Thu nhập cả hộ: 8.000.000 đồng/tháng ÷ 4 người = 2.000.000 đồng/người/tháng');
    expect(reply).toContain(`trên mức 1.500.000 đồng ${TODAY} hộ có mức sống trung bình.`);
    expect(reply).toContain(`${NEXT}: hộ cận nghèo; bạn đã kể 1 chỉ số thiếu hụt (chất lượng nhà ở), thêm 2 chỉ số nữa là hộ nghèo (tham khảo).`);
    expectBriefConsent(reply);
  });

  it('"nha e 5 ng, lam ruong dc 4tr/thang, ko co bhyt, nha dot" (Southern words): 800.000 đồng/người/tháng, 2 lacks counted', async () => {
    const reply = await first('nha e 5 ng, lam ruong dc 4tr/thang, ko co bhyt, nha dot');
    expect(reply.length).toBeLessThanOrEqual(PHONE);
    expect(reply).toContain('= 800.000 đồng/người/tháng, ở nông thôn, dưới mức 1.500.000 đồng');
    expect(reply).toMatch(/hộ cận nghèo; bạn đã kể 2 chỉ số thiếu hụt \([^)]*bảo hiểm y tế[^)]*\), thêm 1 chỉ số nữa là hộ nghèo \(tham khảo\)\./);
    expectBriefConsent(reply);
  });

  it('nothing of the household is stored before the consent: the class is worked out and said in the same turn only', async () => {
    const harness = await openHarness({ now: () => NOW });
    try {
      const turn = await harness.say('nha mik o Ha Giang, 6 ng, 1 nam dc 40 trieu, ko co nha ve sinh, uong nuoc suoi');
      expect(turn.text).toContain('hộ cận nghèo; bạn đã kể 2 chỉ số thiếu hụt');
      expect(turn.buttons.map((button) => button.label)).toContain('Đồng ý lưu');
      const stored = harness.storedSessions();
      for (const fact of ['555556', '40000000', '3333333', 'water_source', 'sanitation']) expect(stored).not.toContain(fact);
    } finally {
      await harness.close();
    }
  });
});

describe('an old member told with her age and a lack: the class, and the pension her age reaches', () => {
  it('"ba noi tui 78 tuoi, nha 3 nguoi thu nhap 3 trieu, ko co nuoc sach": the pension from 75 said, no "chưa đủ"', async () => {
    const reply = await first('ba noi tui 78 tuoi, nha 3 nguoi thu nhap 3 trieu, ko co nuoc sach');
    expect(reply).toContain('= 1.000.000 đồng/người/tháng, ở nông thôn, dưới mức 1.500.000 đồng');
    expect(reply).toContain('hộ cận nghèo; bạn đã kể');
    expect(reply).toContain('Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng');
    expect(reply).not.toContain('chưa đủ');
    expectBriefConsent(reply);
  });
});
