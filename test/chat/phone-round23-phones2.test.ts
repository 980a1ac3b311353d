/**
 * Round 23 (phones2): answers on a cheap phone (Zalo, Telegram, the web chat at 360x640) and posts outreach staff share into groups
 * or read on the loudspeaker: short, one thing at a time, no instruction pointing to something not shown. In the words people type.
 * Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, spansOf, type Harness } from './harness.ts';
import { renderForZalo } from '../../src/channels/zalo/render.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');

describe('the loudspeaker text on the standard and hộ có mức sống trung bình is a minute\'s reading, every figure kept', () => {
  it.each(['soan bai doc loa ve chuan ngheo va muc song trung binh', 'viet bai doc tren loa phuong ve ho co muc song trung binh'])('"%s"', async (asked) => {
    harness = await openHarness({ now: DECEMBER });
    const text = spansOf(await harness.say(asked));
    // Was 1.173 characters (each band's two figures, the 2027–2030 title in words, what the line decides on a line of its own).
    expect(text.length).toBeLessThanOrEqual(840);
    // NĐ 07/2021 Điều 3 kept for 2026 by NĐ 351/2025; from 01/01/2027 2.200.000 / 2.800.000 đồng; the 2027 middle band not published.
    // Round 24 (phones5): the bound said once for both areas.
    expect(text).toContain('Năm hai nghìn không trăm hai mươi sáu, thu nhập trung bình mỗi người một tháng không quá một triệu năm trăm nghìn đồng ở nông thôn, hai triệu đồng ở thành thị: hộ nghèo nếu thiếu hụt từ ba chỉ số trở lên, còn lại là hộ cận nghèo; nông thôn đến hai triệu hai trăm năm mươi nghìn đồng, thành thị đến ba triệu đồng: hộ có mức sống trung bình.');
    expect(text).toContain('Từ năm hai nghìn không trăm hai mươi bảy, chuẩn mới: không quá hai triệu hai trăm nghìn đồng ở nông thôn, hai triệu tám trăm nghìn đồng ở thành thị; mức của hộ có mức sống trung bình sẽ được thông báo sau.');
    expect(text).toMatch(/^Nguồn: Nghị định 351\/2025\/NĐ-CP; Nghị định 07\/2021\/NĐ-CP; các con số là số liệu tham khảo, chưa được đối chiếu với nguyên văn văn bản\.$/m);
    expect(text).toContain('Bà con có thể hỏi cán bộ phụ trách giảm nghèo ở Ủy ban nhân dân xã.');
    // Every figure in words: no amount left as written.
    expect(text).not.toMatch(/\d\.\d{3}\.\d{3}/);
  });

  it('guard: the written post on hộ có mức sống trung bình keeps its figures as written, its title and the whole "nơi mình cư trú"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const text = spansOf(await harness.say('soan bai dang nhom zalo ve ho co muc song trung binh'));
    expect(text).toContain('chuẩn nghèo đa chiều giai đoạn 2027–2030');
    expect(text).toContain('nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng');
    expect(text).toContain('nơi mình cư trú');
  });
});

describe('a post on the review procedure shared into a Zalo group is five lines at most, source and status kept', () => {
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
  it.each([
    ['viet ngan ve thu tuc ra soat ho ngheo de gui nhom', /^- Rà soát thường xuyên/],
    ['soan tin zalo: ho can ngheo nop don o dau', /^- Rà soát thường xuyên/],
    // "lịch rà soát": the dates first (was the line saying the schedule is not known, its dates left out).
    // Round 36 law27: of 2027, the schedule as the 2022 – 2025 procedure's, no day of 2027 (was "hằng năm từ 01/09 đến 14/12").
    ['viet bai ve lich ra soat ho ngheo nam 2027 de dang nhom', /^- Rà soát định kỳ .*lịch từ 01\/09 đến 14\/12 hằng năm là của quy trình giai đoạn 2022 – 2025/],
  ])('"%s"', async (asked, first) => {
    harness = await openHarness({ now: DECEMBER });
    const text = spansOf(await harness.say(asked));
    // Was 6 bullets and 1.650 characters.
    expect(lines(text).length).toBeLessThanOrEqual(5);
    expect(text.length).toBeLessThanOrEqual(900);
    expect(lines(text)[1]).toMatch(first);
    // QĐ 24/2021/QĐ-TTg: 01/09–14/12 (poverty-standards.md [V]); its schedule after 2025 [?] (updates-2026.md): said with its status.
    expect(text).toContain('01/09 đến 14/12');
    expect(text).toMatch(/chưa rõ văn bản và lịch rà soát áp dụng năm 202[67] \(chưa rõ\)\./);
    expect(text).toMatch(/^Nguồn: Quyết định 24\/2021\/QĐ-TTg\. Bà con có thể hỏi/m);
  });

  it('guard: a length asked is the length said ("viet 4 y ve thu tuc ra soat ho ngheo")', async () => {
    harness = await openHarness({ now: DECEMBER });
    const text = spansOf(await harness.say('viet 4 y ve thu tuc ra soat ho ngheo'));
    expect(lines(text).filter((line) => line.startsWith('- ')).length).toBeGreaterThanOrEqual(4);
  });
});

describe('no "bấm" for a button that is not shown: a phone without buttons says what to type', () => {
  /** What Zalo (and the terminal, rendered the same way) shows of a turn. */
  const onPhone = (replies: Parameters<typeof renderForZalo>[0]) => renderForZalo(replies).join('\n\n');

  it('"chuan ngheo nam nay la bao nhieu vay ban" while the check waits for consent: "gõ /chuan", which gives the full card', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('kiem tra ho gia dinh');
    const asked = await harness.say('chuan ngheo nam nay la bao nhieu vay ban');
    const shown = onPhone(asked.replies);
    // Was "Các chỉ số thiếu hụt và ghi chú: bấm “Chuẩn đầy đủ”." with only "1. Đồng ý lưu 2. Không lưu 3. Hủy" under it.
    expect(shown).not.toContain('bấm “Chuẩn đầy đủ”');
    expect(shown).toContain('Các chỉ số thiếu hụt và ghi chú: gõ /chuan.');
    const typed = await harness.say('/chuan');
    expect(typed.text).toContain('Ghi chú');
    expect(typed.text).toContain('Nguồn nước sinh hoạt');
  });

  it('"chuan ngheo nam sau la bn" on Zalo: "gõ 1", the number "Chuẩn đầy đủ" is listed by; "1" opens it', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('chuan ngheo nam sau la bn');
    const shown = onPhone(asked.replies);
    expect(shown).toContain('Các chỉ số thiếu hụt và ghi chú: gõ 1.');
    expect(shown).toMatch(/^1\. Chuẩn đầy đủ$/m);
    expect((await harness.say('1')).text).toContain('Ghi chú');
  });

  it('a household told with the standard asked: the card (its buttons left off on every channel) says "gõ /chuan", no "bấm"', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('chuan ngheo nam nay bao nhieu, nha tui 4 nguoi o que thu nhap 6 trieu 1 thang');
    const card = asked.replies[0]!.spans.map((span) => span.text).join('');
    expect(card).toContain('Chuẩn nghèo');
    expect(card).not.toContain('bấm “Chuẩn đầy đủ”');
    expect(card).toContain('gõ /chuan');
  });

  it('guard: where the button is shown (Telegram, the web page) the card still says "bấm “Chuẩn đầy đủ”" above it', async () => {
    harness = await openHarness({ now: DECEMBER });
    const asked = await harness.say('chuan ngheo nam sau la bn');
    const card = asked.replies.find((reply) => reply.buttons?.flat().some((button) => button.label === 'Chuẩn đầy đủ'))!;
    expect(card.spans.map((span) => span.text).join('')).toContain('Các chỉ số thiếu hụt và ghi chú: bấm “Chuẩn đầy đủ”.');
  });
});

describe('outreach staff asking in their own words for a text to share or print', () => {
  it('"gui cho ba con doc ve chuan ngheo moi": a short post (heading, today\'s and the coming standard, source), not the whole card', async () => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say('gui cho ba con doc ve chuan ngheo moi');
    const text = spansOf(turn);
    // Was the whole 2027 card: 3.133 characters, its indicators and notes.
    expect(text.length).toBeLessThanOrEqual(900);
    expect(text).toMatch(/^Chuẩn nghèo:/);
    // NĐ 351/2025 from 01/01/2027: 2.200.000 / 2.800.000 đồng (updates-2026.md [M]: tham khảo).
    expect(text).toContain('Từ 01/01/2027, chuẩn nghèo đa chiều giai đoạn 2027–2030: thu nhập bình quân mỗi người mỗi tháng nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
    expect(text).toContain('(tham khảo)');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    expect(turn.replies[0]!.post).toBe(true);
  });

  it.each(['in ra', 'in ra giay de dan bang tin'])('"%s" after an answer on loans: that answer as a post to print (was "ngoài phạm vi")', async (typed) => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('ho ngheo dc vay von bao nhieu');
    const turn = await harness.say(typed);
    const text = spansOf(turn);
    expect(text).not.toContain('ngoài phạm vi');
    expect(text).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(text).toContain('Nguồn: Nghị định 78/2002/NĐ-CP.');
    expect(turn.replies[0]!.post).toBe(true);
  });

  it('guard: "giay chung nhan ho ngheo in ra o dau" is a resident\'s question, not a post', async () => {
    harness = await openHarness({ now: DECEMBER });
    const turn = await harness.say('giay chung nhan ho ngheo in ra o dau');
    expect(turn.replies[0]!.post).toBeUndefined();
  });
});
