/**
 * Round 32 (helper "consent18"): the household check told in one sentence and the consent step.
 * - "co dc gi ko" while the consent button waits: the class and that class's supports in short, as "co dc ho tro j ko" gets; was
 *   the class and "Hộ được hỗ trợ gì tùy hộ …", no list.
 * - "ong ba tui gia yeu ko ai nuoi": the monthly allowance's 500.000 đồng mức chuẩn trợ giúp xã hội (NĐ 76/2024, tham khảo;
 *   no 2026 change found, updates-2026.md) said with whom it is for; was dropped from the brief card.
 * - "ngắn hơn", "noi ngan thoi" after a card: said to the one who asked ("Bạn … nơi bạn cư trú"); was "Bà con … nơi mình cư trú".
 * - "nha tui moi bi rot ho ngheo thi con dc huong bhyt ko": the BHYT card of a household that left the list; was the benefit level.
 * - "moi vu dc 3 tan lua, ban dc 20 trieu", "lua ban 7 ngan 1 ky": the tonnes and the price per kilo are no income.
 * Nothing about the household is stored without consent (Luật 91/2025/QH15).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expectBriefConsent, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
const CONSENT = 'Trước khi bắt đầu: về thông tin của hộ gia đình bạn';
const labels = (said: { buttons: { label: string }[] }) => said.buttons.map((button) => button.label);

describe('"co dc gi ko" while the consent button waits', () => {
  it('after "nha tui 4 nguoi o que, chong lam ho 3 trieu 1 thang": the class\'s supports in short, as "co dc ho tro j ko"; nothing stored', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha tui 4 nguoi o que, chong lam ho 3 trieu 1 thang');
    // The class first and the consent question in brief since round 43 resid46 (was the full consent question).
    expect(first.text).toContain('÷ 4 người = 750.000 đồng/người/tháng');
    expectBriefConsent(first.text);
    const asked = await harness.say('co dc gi ko');
    // 3.000.000 ÷ 4 = 750.000 ≤ 1.500.000 (nông thôn, NĐ 07/2021 kept for 2026): hộ cận nghèo at least.
    expect(asked.text).toContain('Với số liệu bạn kể (thu nhập 750.000 đồng/người/tháng');
    expect(asked.text).toContain('Hộ cận nghèo được hỗ trợ');
    expect(asked.text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect(asked.text).toContain('Nguồn:');
    expect(asked.text).toContain('/hotro ngheo');
    expect(asked.text).toContain('Bạn có thể hỏi');
    expect(asked.text).not.toContain('Bà con');
    expect(labels(asked)).toEqual(expect.arrayContaining(['Đồng ý lưu', 'Không lưu']));
    const stored = harness.storedSessions();
    expect(stored).not.toContain('consentAt');
    expect(stored).not.toMatch(/3000000|3\.000\.000|3 trieu|"members"|"monthlyIncome"|"interview"/);
    expect(harness.onDisk()).not.toMatch(/3000000|3 trieu|chong lam ho/);
  });
});

describe('an old person with no carer', () => {
  it('"ong ba tui gia yeu ko ai nuoi": the 500.000 đồng mức chuẩn with its basis and status, still short', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('ong ba tui gia yeu ko ai nuoi');
    expect(asked.text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(asked.text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
    expect(asked.text).toContain('Nghị định 76/2024/NĐ-CP (tham khảo)');
    expect(asked.text.length).toBeLessThan(2100);
  });
});

describe('a shorter answer asked by a resident', () => {
  it.each(['ngắn hơn', 'noi ngan thoi'])('"%s" after the no-carer card: "Bạn … nơi bạn cư trú", the figure kept', async (shorter) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ong ba tui gia yeu ko ai nuoi, xin tro cap o mo');
    const short = await harness.say(shorter);
    expect(short.text).toContain('500.000 đồng/tháng');
    expect(short.text).toContain('Bạn có thể hỏi');
    expect(short.text).toContain('nơi bạn cư trú');
    expect(short.text).not.toContain('Bà con');
  });

  it('"ngan gon cho ba con" after the card is still for readers', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ong ba tui gia yeu ko ai nuoi, xin tro cap o mo');
    const post = await harness.say('ngan gon cho ba con');
    expect(post.text).toContain('Bà con');
  });
});

describe('health insurance after leaving the list', () => {
  it('"nha tui moi bi rot ho ngheo thi con dc huong bhyt ko": the premium card of a household that left, as "vua bi rot can ngheo, con dc the bhyt ko"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('nha tui moi bi rot ho ngheo thi con dc huong bhyt ko');
    expect(asked.text).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(asked.text).toContain('Hộ mới thoát nghèo');
    expect(asked.text).not.toContain('Nghị quyết 261/2025/QH15');
  });
});

describe('a crop told with its harvest or its price', () => {
  it('"nha 5 nguoi o que, moi vu dc 3 tan lua, ban dc 20 trieu": the 20 triệu is the crop\'s, the seasons asked, the tonnes no money', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha 5 nguoi o que, moi vu dc 3 tan lua, ban dc 20 trieu');
    expect(first.text).toContain('20.000.000 đồng là thu nhập mỗi vụ');
    expect(first.text).not.toContain('3 nghìn đồng hay 3 triệu');
    expect(first.text).toContain(CONSENT);
    expect(harness.storedSessions()).not.toMatch(/20000000|"members"|"interview"/);
  });

  it('"nha co 4 khau o que, lua ban 7 ngan 1 ky, chong lam thue thang dc 4 trieu": the price is no income', async () => {
    harness = await openHarness({ now: DECEMBER });
    const first = await harness.say('nha co 4 khau o que, lua ban 7 ngan 1 ky, chong lam thue thang dc 4 trieu');
    expect(first.text).toContain('Thu nhập cả hộ: 4.000.000 đồng/tháng ÷ 4 người = 1.000.000 đồng/người/tháng');
    expect(first.text).not.toContain('7.100');
    const later = await harness.say('nam sau sao');
    expect(later.text).toContain('01/01/2027');
    const none = await harness.say('ko luu');
    expect(none.text).toContain('không lưu lại');
    expect(harness.storedSessions()).not.toContain('consentAt');
    expect(harness.onDisk()).not.toMatch(/4000000|7 ngan 1 ky/);
  });
});
