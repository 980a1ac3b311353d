/**
 * Round 33 (helper "long21"): residents read on cheap phones; these first answers were far too long.
 * - "ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j" (2.029 characters) and "tui 80 tuoi ho ngheo, dc nhung tien j" (1.639):
 *   each card in full; now each card in brief (whom it is for, its amount or "chưa rõ", its basis with status), the place once,
 *   and "chi tiết" for the whole card.
 * - "con tui bi khuyet tat nang dc tro cap bn" (2.074): the whole disability entry; now its allowance with the mức chuẩn, what
 *   is not known of it and health insurance by class, each with status and basis, whom to ask, and "chi tiết" for the rest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-05T03:00:00Z');
/** What the phone shows before the choices ("Bạn có thể gõ: …" where no buttons are drawn). */
const body = (text: string) => text.split(/\n\nBạn có thể gõ:/)[0]!;

describe('an old person told with an age: the pension and the monthly allowance in brief', () => {
  it.each([
    ['ba tui 78 tuoi o mot minh ko ai nuoi, dc ho tro j', 1400],
    ['tui 80 tuoi ho ngheo, dc nhung tien j', 1150],
  ])('"%s": within %i characters, the amount or "chưa rõ", the status and basis, where to go; "chi tiet" gives the card', async (question, most) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(question);
    expect(body(text).length).toBeLessThanOrEqual(most);
    // The pension from 75: no figure, said not known, with its basis and status.
    expect(text).toContain('người từ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng tháng');
    expect(text).toContain('Mức trợ cấp hằng tháng chưa rõ.');
    expect(text).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP (tham khảo)');
    // The monthly allowance of a poor household: its mức chuẩn, basis and status.
    expect(text).toContain('Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng');
    expect(text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; mức chuẩn theo Nghị định 76/2024/NĐ-CP (tham khảo)');
    expect(text).toContain('Nơi làm: UBND cấp xã');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    const full = await harness.say('chi tiet');
    expect(full.text).toContain('hộ có mức sống trung bình hay không thuộc diện nào');
    expect(full.text).not.toContain('Câu trả lời vừa rồi đã là đầy đủ');
  });

  it('guard: a pension\'s card alone ("ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko") stays in full', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('ong noi tui 76 tuoi ko co luong huu co dc tro cap j ko');
    expect(text).toContain('hộ có mức sống trung bình hay không thuộc diện nào');
    expect(text).not.toContain('Xem đủ: gõ');
  });
});

describe('a disabled member: the allowance first, the rest "chi tiết" away', () => {
  it.each(['con tui bi khuyet tat nang dc tro cap bn', 'ba tui bi liet'])('"%s": within 1.050 characters, mức chuẩn, "chưa rõ", status and basis, whom to ask', async (question) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(question);
    expect(body(text).length).toBeLessThanOrEqual(1050);
    expect(text).toContain('500.000 đồng/tháng từ 01/07/2024');
    expect(text).toContain('tờ khai nộp tại UBND cấp xã (tham khảo). Căn cứ: Nghị định 20/2021/NĐ-CP, Điều 5; Nghị định 76/2024/NĐ-CP.');
    // Round 38 short29: the not-known line in fewer words (the whole line one "chi tiết" away).
    expect(text).toContain('số tiền mỗi tháng của một người thì dữ liệu của trợ lý chưa có (chưa rõ)');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    const full = await harness.say('chi tiet');
    expect(full.text).toContain('Trợ giúp pháp lý miễn phí');
    expect(full.text).toContain('người phụ thuộc');
  });

  it('guard: "người khuyết tật được hỗ trợ gì" (the group in general) is the whole card', async () => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say('người khuyết tật được hỗ trợ gì');
    expect(text).toContain('Trợ giúp pháp lý miễn phí');
  });
});
