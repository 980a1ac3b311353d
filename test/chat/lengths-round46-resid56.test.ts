/**
 * Round 46 (resid56, 07/12/2026): "toi 68 tuoi, ho can ngheo, co dc tro cap huu tri xa hoi ko" was both pension cards in full, then a
 * "không thuộc diện" line for each, 1.759 characters on the terminal, the answer last. Now the answer first (not yet), each card in
 * brief with its age band, status and basis (NĐ 176/2025, tham khảo), whom to ask, "chi tiết" the whole cards. A cadre's formal
 * question and /api/ask keep the whole cards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, onPhone, openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const NOW = () => new Date('2026-12-07T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('an age that reaches no pension band, asked by a resident: the answer first, within 1.000 characters', () => {
  it.each([
    ['toi 68 tuoi, ho can ngheo, co dc tro cap huu tri xa hoi ko', '68'],
    ['me tui 65 tuoi nha ngheo co dc huu tri xa hoi ko', '65'],
  ])('"%s"', async (question, age) => {
    harness = await openHarness({ now: NOW });
    const turn = await harness.say(question);
    const shown = onPhone(turn);
    expect(shown.length).toBeLessThanOrEqual(1000);
    expect(shown.startsWith(`Chưa: người ${age} tuổi chưa thuộc diện trợ cấp hưu trí xã hội`)).toBe(true);
    // Each band with its basis and status: 70 to under 75 for poor and near-poor members, 75 and over for everyone without a pension.
    expect(shown).toContain('hộ nghèo, hộ cận nghèo từ 70 đến dưới 75 tuổi');
    expect(shown).toContain('người từ 75 tuổi trở lên không có lương hưu');
    expect(shown).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
    expect(shown).toContain('chưa rõ');
    expect(shown).toContain(CADRE);
    expect(shown.match(/không thuộc diện trợ cấp/g) ?? []).toHaveLength(0);
    expect(shown).toContain('Xem đủ: gõ “chi tiết”.');
    const full = await harness.say('chi tiết');
    expect(full.text).toContain('Áp dụng khi: có thành viên từ 70 đến dưới 75 tuổi');
    expect(full.text).toContain('Nghị định 176/2025/NĐ-CP (tham khảo)');
  });

  it('a cadre\'s formal question and /api/ask keep the whole cards and the ages\' lines', async () => {
    harness = await openHarness({ now: NOW });
    const question = 'Người 68 tuổi thuộc hộ cận nghèo có được hưởng trợ cấp hưu trí xã hội không?';
    const turn = await harness.say(question);
    expect(turn.text).toContain('Áp dụng khi: có thành viên từ 70 đến dưới 75 tuổi');
    expect(turn.text).not.toContain('Chưa: người 68 tuổi');
    const api = askApiText('toi 68 tuoi, ho can ngheo, co dc tro cap huu tri xa hoi ko', '2026-12-07');
    expect(api).toContain('Áp dụng khi: có thành viên từ 70 đến dưới 75 tuổi');
    expect(api).not.toContain('Chưa: người 68 tuổi');
  });
});

describe('"thoat ngheo roi con dc ho tro j ko": the health insurance said once, the facts kept with their status', () => {
  it.each(['thoat ngheo roi con dc ho tro j ko', 'ad oi tui thoat ngheo nam 2025 roi thi con dc ho tro j ko'])('"%s"', async (question) => {
    harness = await openHarness({ now: NOW });
    const shown = onPhone(await harness.say(question));
    expect(shown.match(/chung cả nước/g) ?? []).toHaveLength(1);
    expect(shown).not.toContain('100% bảo hiểm y tế');
    expect(shown).toContain('Quyết định 28/2015/QĐ-TTg (đã kiểm tra)');
    expect(shown).toMatch(/Trong 3 năm đó hộ vẫn được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội;[^\n]*\(tham khảo\)/);
    expect(shown).toContain('dùng được đến khi nào thì chưa rõ (chưa rõ)');
    expect(shown).toContain('8,25%/năm');
    expect(shown).toContain(CADRE);
    expect(shown.length).toBeLessThan(1300);
  });
});
