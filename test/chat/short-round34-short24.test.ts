/**
 * Round 34 (short24, 06/12/2026): residents' first answers within a cheap phone's message (aim ≤ about 1.000 characters), each
 * support still with its status, the amount or "chưa rõ", where to go or whom to ask, and "chi tiết" for the rest.
 * - "dc ho tro j" after the storm card ("nha tui bi bao sap mai"): every class's supports with their bases, 5.748 characters;
 *   now each class's sure supports with status, the rest counted, the class's list one word away.
 * - "ho ngheo dc ho tro j" (1.513), "ho can ngheo dc ho tro j" (1.327), "nha nuoc co cho tien ho can ngheo hok" (1.335): the
 *   names past the sure lines counted, as short23 counted them after the handout line.
 * - "ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j" (1.296), "tui 80 tuoi ho ngheo, dc nhung tien j" (1.028): in brief, the
 *   office alone, whom to ask once, a condition the data does not know said "chưa rõ" in a few words; "chi tiết" after them gave
 *   the pensions only, now the whole card of what the brief said (the monthly allowance too).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

// 06/12/2026, 10:00 in Vietnam.
const NOW = () => new Date('2026-12-06T03:00:00Z');
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('"dc ho tro j" after the storm card: every class in one short message', () => {
  it('each class\'s sure supports with status, the rest counted, whom to ask and the class to type', async () => {
    harness = await openHarness({ now: NOW });
    await harness.say('nha tui bi bao sap mai');
    const { text } = await harness.say('dc ho tro j');
    expect(body(text).length).toBeLessThanOrEqual(1000);
    expect(text).toMatch(/^Các chính sách hỗ trợ theo loại hộ \(áp dụng ngày 06\/12\/2026\)/);
    expect(text).toContain('Hộ nghèo: Hỗ trợ đóng bảo hiểm y tế (tham khảo); Vay vốn tín dụng chính sách (tham khảo); Trợ giúp pháp lý miễn phí (đã kiểm tra)');
    expect(text).toMatch(/Hộ nghèo: [^\n]*còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không\./);
    expect(text).toContain('Hộ cận nghèo: ');
    expect(text).toContain('Hộ mới thoát nghèo: ');
    expect(text).toContain('Hộ có mức sống trung bình: ');
    expect(text).toContain(CADRE);
    expect(text).toContain('“Hộ nghèo”');
    expect(text).toContain('căn cứ và nơi làm thủ tục');
    // "hoi ai" after it: whom to ask, and how to see each class's places (was a passage on the social pension, 459 characters).
    const whom = await harness.say('hoi ai');
    expect(whom.text).toMatch(/^Bạn có thể hỏi trực tiếp cán bộ phụ trách giảm nghèo ở UBND cấp xã nơi bạn cư trú\.\nNơi làm từng khoản tùy loại hộ/);
    expect(whom.text).not.toContain('Giải thích ngắn');
  });
});

describe('a class\'s supports asked by a resident: the sure ones in full, the rest counted', () => {
  it.each([
    ['ho ngheo dc ho tro j', 'hộ nghèo', '500.000 đồng/tháng (đã kiểm tra)'],
    ['ho can ngheo dc ho tro j', 'hộ cận nghèo', '130% lãi suất cho hộ nghèo (tham khảo)'],
    ['nha nuoc co cho tien ho can ngheo hok', 'hộ cận nghèo', '70% mức đóng bảo hiểm y tế'],
  ])('"%s": within 1.050 characters, figures with status, counts, source, whom to ask, "chi tiết"', async (question, name, figure) => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say(question);
    expect(body(text).length).toBeLessThanOrEqual(1050);
    expect(text).toContain(`Hỗ trợ cho ${name} (áp dụng ngày 06/12/2026)`);
    expect(text).toContain(figure);
    expect(text).toMatch(/^- Còn \d+ khoản có điều kiện và \d+ khoản chưa rõ mức hoặc còn áp dụng không\.$/m);
    expect(text).toMatch(/^Nguồn: .+\.$/m);
    expect(text).toContain(CADRE);
    expect(text).toContain('Gõ “Chi tiết từng khoản”');
    expect(text).not.toContain('[?]');
    // Every support, counted ones too, with its basis and status one word away.
    const full = await harness.say('chi tiet');
    expect(full.text).toContain('Hỗ trợ học nghề');
    expect(full.text).toContain('Căn cứ: Quyết định 46/2015/QĐ-TTg');
    expect(full.text).toContain('chưa rõ');
  });
});

describe('an old person told with an age: the brief within a phone\'s message, "chi tiết" the whole card', () => {
  it('"ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j": both supports in brief with amount or "chưa rõ", status and basis', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j');
    expect(body(text).length).toBeLessThanOrEqual(1050);
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ. Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo).');
    expect(text).toContain('người cao tuổi thuộc hộ nghèo không có người phụng dưỡng (tham khảo). Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng (đã kiểm tra).');
    // The basis without its aside since round 43 resid48 (it said "chưa rõ" again).
    expect(text).toContain('Hộ cận nghèo: Có thuộc diện được hưởng hay không: chưa rõ. Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5 (chưa rõ).');
    expect(text).toContain(CADRE);
    expect(text).toContain('Nơi làm: UBND cấp xã.');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    // The whole card of what the brief said: the pension and the monthly allowance, each with its parts.
    const full = await harness.say('chi tiet');
    expect(full.text).toMatch(/^Trợ cấp hưu trí xã hội \(người cao tuổi không có lương hưu, mọi hộ\)/);
    expect(full.text).toContain('Trợ cấp xã hội hằng tháng (theo dữ liệu chính sách');
    expect(full.text).toContain('Mức trợ cấp bằng mức chuẩn nhân hệ số');
    expect(full.text).toContain('chưa rõ nhóm nào gồm thành viên hộ cận nghèo');
    expect(full.text).toContain('Nơi làm: UBND cấp xã (nộp tờ khai đề nghị hưởng trợ cấp hưu trí xã hội; nộp tờ khai đề nghị trợ cấp xã hội).');
    expect(full.text).not.toContain('Xem đủ: gõ');
  });

  it('"tui 80 tuoi ho ngheo, dc nhung tien j": within 900 characters; "chi tiet" gives the monthly allowance too', async () => {
    harness = await openHarness({ now: NOW });
    const { text } = await harness.say('tui 80 tuoi ho ngheo, dc nhung tien j');
    expect(body(text).length).toBeLessThanOrEqual(900);
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ.');
    expect(text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain(CADRE);
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    const full = await harness.say('chi tiet');
    expect(full.text).toContain('Trợ cấp hưu trí xã hội (người cao tuổi không có lương hưu, mọi hộ)');
    expect(full.text).toContain('Trợ cấp xã hội hằng tháng');
    expect(full.text).toContain('Mức trợ cấp bằng mức chuẩn nhân hệ số');
  });
});

describe('"hoi ai" after a class\'s list: the places by office', () => {
  it('"ho ngheo dc ho tro j" then "hoi ai": each office once with its supports, within 1.300 characters (was 1.721)', async () => {
    harness = await openHarness({ now: NOW });
    await harness.say('ho ngheo dc ho tro j');
    const { text } = await harness.say('hoi ai');
    expect(text.length).toBeLessThanOrEqual(1300);
    expect(text).toMatch(/^Nơi làm các hỗ trợ của hộ nghèo/);
    expect(text.match(/: UBND cấp xã\.$/gm)).toHaveLength(1);
    expect(text).toMatch(/Hỗ trợ nhà ở; Hỗ trợ tiền điện; Trợ cấp xã hội hằng tháng;[^\n]*: UBND cấp xã\./);
    expect(text).toContain('Trợ giúp pháp lý miễn phí: Trung tâm trợ giúp pháp lý nhà nước của tỉnh.');
    expect(text).toContain(CADRE);
  });
});
