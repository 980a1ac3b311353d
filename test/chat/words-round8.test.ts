/**
 * Questions residents type on Zalo that the chat took for a household to check or for an indicator (round 8, words):
 * "nha tui ho can ngheo, me tui 71 tuoi co dc tien gi ko" asks a support (trợ cấp hưu trí xã hội, NĐ 176/2025/NĐ-CP: members
 * of poor or near-poor households aged 70 to under 75, from 01/7/2025, shared/facts/updates-2026.md), and "bhyt thi sao"
 * right after a result asks the health-insurance support for that household's class.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('a member’s allowance asked by a household that names its class', () => {
  it('"nha tui ho can ngheo, me tui 71 tuoi co dc tien gi ko" is the social pension card, no check started (was: the check’s consent)', async () => {
    harness = await openHarness();
    const turn = await harness.say('nha tui ho can ngheo, me tui 71 tuoi co dc tien gi ko');
    expect(turn.text).not.toContain('Đồng ý lưu');
    // 71 is within 70 to under 75, near-poor: NĐ 176/2025/NĐ-CP, from 01/07/2025; the amount is not known here.
    expect(turn.text).toContain('Trợ cấp hưu trí xã hội');
    expect(turn.text).toContain('Hộ cận nghèo');
    expect(turn.text).toContain('Nghị định 176/2025/NĐ-CP');
    expect(turn.text).toContain('UBND cấp xã');
    expect(turn.buttons.map((button) => button.label)).toContain('Các chính sách hỗ trợ');
  });

  it('a household that tells its facts still starts the check', async () => {
    harness = await openHarness();
    const turn = await harness.say('nha tui 4 nguoi o que thu nhap 5tr, me tui 71 tuoi, co dc tien gi ko');
    expect(turn.text).toContain('Đồng ý lưu');
  });
});

describe('after a check’s result', () => {
  it('"bhyt thi sao" is the health-insurance support for the household’s class (was: what the BHYT indicator counts)', async () => {
    harness = await openHarness();
    await harness.say('nha tui 4 nguoi o que thu nhap 5tr, ko co bhyt, nha tam, ko co nha ve sinh');
    let turn = await harness.say('2');
    for (let asked = 0; asked < 20 && !turn.text.includes('Kết quả sàng lọc'); asked += 1) turn = await harness.say('ko');
    // 5.000.000 ÷ 4 = 1.250.000 ≤ 1.500.000 (nông thôn, 2026), BHYT + nhà tạm + nhà tiêu = 3 chỉ số → hộ nghèo.
    expect(turn.text).toContain('HỘ NGHÈO');
    const asked = await harness.say('bhyt thi sao');
    expect(asked.text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    // Poor households: the state budget pays the whole premium (Luật BHYT Điều 12).
    expect(asked.text).toContain('Hộ nghèo: Ngân sách nhà nước đóng 100%');
    expect(asked.text).not.toContain('bị tính là thiếu hụt khi');
  });

  // Round 39 resid39: without a check too, "bhyt thi sao" asks the support's card (who pays the card of poor and near-poor members);
  // was what the indicator counts. A lack told ("nha tui ko co bhyt thi sao") keeps the indicator.
  it('without a check, "bhyt thi sao" is the health-insurance card; "nha tui ko co bhyt thi sao" what the indicator counts', async () => {
    harness = await openHarness();
    expect((await harness.say('bhyt thi sao')).text).toContain('Hỗ trợ đóng bảo hiểm y tế');
    expect((await harness.say('nha tui ko co bhyt thi sao', 'u-lack')).text).toContain('bị tính là thiếu hụt khi');
  });
});

describe('a province asked after the 2025 mergers (corpus/provinces-2025.yaml)', () => {
  it('"tra vinh bay gio thuoc tinh nao" is Vĩnh Long since 01/07/2025, with its resolution (was: "ngoài phạm vi")', async () => {
    harness = await openHarness();
    const turn = await harness.say('tra vinh bay gio thuoc tinh nao');
    expect(turn.text).not.toContain('ngoài phạm vi');
    // Trà Vinh + Bến Tre + Vĩnh Long → Vĩnh Long (shared/facts/documents-and-places.md [V]).
    expect(turn.text).toContain('Từ 01/07/2025, địa bàn tỉnh Trà Vinh thuộc tỉnh Vĩnh Long');
    expect(turn.text).toContain('Nghị quyết 202/2025/QH15');
    expect(turn.text).toContain('UBND cấp xã');
  });

  it('"ben tre sap nhap voi tinh gi" too; a province that kept its name is said so, a merger only reported is "tham khảo"', async () => {
    harness = await openHarness();
    expect((await harness.say('ben tre sap nhap voi tinh gi vay')).text).toContain('địa bàn tỉnh Bến Tre thuộc tỉnh Vĩnh Long');
    const kept = await harness.say('vinh long gio thuoc tinh nao');
    expect(kept.text).toContain('Tỉnh Vĩnh Long giữ tên');
    expect((await harness.say('soc trang gio thuoc tinh nao')).text).toContain('địa bàn tỉnh Sóc Trăng thuộc thành phố Cần Thơ');
    expect((await harness.say('soc trang gio thuoc tinh nao')).text).toContain('(tham khảo)');
  });
});
