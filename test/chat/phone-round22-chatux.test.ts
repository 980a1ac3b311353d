/**
 * Round 22 (chatux): how replies read on a cheap phone without buttons (Zalo, the terminal: buttons are numbered choices), in a
 * resident's words. Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';
import { renderForZalo } from '../../src/channels/zalo/render.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T03:00:00Z');
/** What a phone without buttons shows of one turn: Zalo's texts (the terminal renders a turn the same way). */
const onPhone = (replies: Parameters<typeof renderForZalo>[0]) => renderForZalo(replies).join('\n\n');
const numberedLines = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

describe('one numbered list a turn on a phone without buttons', () => {
  it('"chuan ngheo nam nay la bao nhieu vay ban" while the check waits for consent: the card, then only the consent choices numbered; "1" agrees', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('kiem tra ho gia dinh');
    const asked = await harness.say('chuan ngheo nam nay la bao nhieu vay ban');
    const shown = onPhone(asked.replies);
    expect(shown).toContain('Nông thôn ≤ 1.500.000 đồng');
    // Was "1. Chuẩn đầy đủ 2. Chia sẻ 3. Báo sai" above "1. Đồng ý lưu 2. Không lưu 3. Hủy".
    expect(numberedLines(shown)).toEqual(['1. Đồng ý lưu', '2. Không lưu', '3. Hủy']);
    const chosen = await harness.say('1');
    expect(chosen.text).toContain('Câu trả lời sẽ được lưu tối đa 30 ngày');
  });

  it('"7" at the consent choices: the choices said by number once, not listed again under it', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('kiem tra ho gia dinh');
    const typed = await harness.say('7');
    const shown = onPhone(typed.replies);
    expect(shown).toContain('Gõ số: 1. Đồng ý lưu · 2. Không lưu · 3. Hủy.');
    expect(numberedLines(shown)).toEqual([]);
    expect((await harness.say('2')).text).toContain('Câu trả lời chỉ giữ tạm trong cuộc trò chuyện này');
  });
});

describe('after /xoadulieu, the menu it shows is chosen by number', () => {
  it('"nha tui 4 nguoi o que thu nhap 5 trieu", "1" (lưu), "/xoadulieu", then "3": the supports of each class, nothing kept', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('nha tui 4 nguoi o que thu nhap 5 trieu');
    await harness.say('1');
    const erased = await harness.say('/xoadulieu');
    const shown = onPhone(erased.replies);
    expect(shown).toContain('Đã xóa toàn bộ dữ liệu');
    expect(numberedLines(shown)).toEqual(['1. Hỏi về chính sách', '2. Kiểm tra hộ gia đình', '3. Các chính sách hỗ trợ', '4. Chuẩn nghèo hiện hành', '5. Giới thiệu nguồn văn bản']);
    const chosen = await harness.say('3');
    // Was "Mình chưa rõ số “3” là chọn mục nào".
    expect(chosen.text).toMatch(/^Các chính sách hỗ trợ theo loại hộ/);
    expect(harness.storedSessions()).toBe('');
  });

  it('"/xoadulieu" then "2": the check starts at its consent question', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('alo');
    await harness.say('/xoadulieu');
    expect((await harness.say('2')).text).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });
});

describe('the greeting is a short bubble on a phone, the whole introduction on request', () => {
  const bubble = (turn: { replies: { spans: { text: string }[] }[] }) => turn.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n\n');

  it.each(['hi', 'alo', 'chao ban', 'Chào bạn'])('"%s" as the first message: at most 300 characters, what it does, no decision, three choices', async (typed) => {
    harness = await openHarness({ now: DECEMBER });
    const greeted = await harness.say(typed);
    const text = bubble(greeted);
    // Was 744 characters (and the five-item menu under it).
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^Xin chào! Mình là Trợ lý Giảm nghèo\./);
    expect(text).toContain('kiểm tra thử hộ gia đình');
    expect(text).toContain('tham khảo');
    expect(text).toContain('UBND cấp xã');
    expect(numberedLines(onPhone(greeted.replies))).toEqual(['1. Các chính sách hỗ trợ', '2. Kiểm tra hộ gia đình', '3. Trợ lý làm được gì']);
  });

  it('"alo" then "3" or "tro ly lam duoc gi": the whole introduction (what it cannot do, Quyết định 24/2021/QĐ-TTg) and the full menu', async () => {
    harness = await openHarness({ now: DECEMBER });
    for (const asked of ['3', 'tro ly lam duoc gi']) {
      await harness.say('alo', `u-${asked}`);
      const about = await harness.say(asked, `u-${asked}`);
      expect(about.text).toContain('Mình không thể công nhận hay xác nhận hộ nghèo, không nhận hồ sơ.');
      expect(about.text).toContain('Quyết định 24/2021/QĐ-TTg');
      expect(about.buttons.map((button) => button.action)).toEqual(['menu:ask', 'menu:check', 'menu:supports', 'menu:standard', 'menu:sources']);
    }
  });

  it('guard: "alo" then "2": the check starts, as the main menu\'s "2" does', async () => {
    harness = await openHarness({ now: DECEMBER });
    await harness.say('alo');
    expect((await harness.say('2')).text).toContain('Trước khi bắt đầu: về thông tin của hộ gia đình bạn');
  });
});

describe('a post on the standard and hộ có mức sống trung bình, shared into a Zalo group or read on the loudspeaker', () => {
  const textOf = (turn: { replies: { spans: { text: string }[] }[] }) => turn.replies.map((reply) => reply.spans.map((span) => span.text).join('')).join('\n\n');
  const times = (text: string, part: string) => text.split(part).length - 1;

  it('"soan bai doc loa ve chuan ngheo va muc song trung binh": each standard once, every figure, to be announced, source and status', async () => {
    harness = await openHarness({ now: DECEMBER });
    const text = textOf(await harness.say('soan bai doc loa ve chuan ngheo va muc song trung binh'));
    // Was 1.539 characters, "Chuẩn nghèo đa chiều năm hai nghìn không trăm hai mươi sáu, năm chuyển tiếp" said twice.
    expect(text.length).toBeLessThanOrEqual(1200);
    expect(times(text, 'năm chuyển tiếp')).toBeLessThanOrEqual(1);
    // Round 23 (phone-round23-phones2): the coming standard is "chuẩn mới", the middle band said by its upper figure after the line.
    // Round 24 (phones5): "không quá" said once for both areas ("… ở nông thôn, hai triệu tám trăm nghìn đồng ở thành thị").
    expect(times(text, 'hai nghìn không trăm hai mươi bảy')).toBe(1);
    for (const figure of ['nông thôn đến hai triệu hai trăm năm mươi nghìn đồng, thành thị đến ba triệu đồng: hộ có mức sống trung bình', 'không quá một triệu năm trăm nghìn đồng', 'không quá hai triệu hai trăm nghìn đồng', 'hai triệu tám trăm nghìn đồng ở thành thị']) {
      expect(text).toContain(figure);
    }
    expect(text).toContain('mức của hộ có mức sống trung bình sẽ được thông báo sau');
    expect(text).toContain('hộ nghèo nếu thiếu hụt từ ba chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP; Nghị định 07/2021/NĐ-CP; các con số là số liệu tham khảo');
    expect(text).toContain('Ủy ban nhân dân xã');
  });

  it('"soan bai dang nhom zalo ve chuan ngheo va ho co muc song trung binh": one line a standard, the statuses and the source kept', async () => {
    harness = await openHarness({ now: DECEMBER });
    const text = textOf(await harness.say('soan bai dang nhom zalo ve chuan ngheo va ho co muc song trung binh'));
    // Was 1.049 characters.
    expect(text.length).toBeLessThanOrEqual(850);
    expect(times(text, 'Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp)')).toBe(0);
    expect(times(text, 'chuẩn nghèo đa chiều giai đoạn 2027–2030')).toBe(1);
    expect(text).toContain('hộ có mức sống trung bình nông thôn > 1.500.000 đồng và ≤ 2.250.000 đồng, thành thị > 2.000.000 đồng và ≤ 3.000.000 đồng (tham khảo)');
    expect(text).toContain('hộ nghèo, hộ cận nghèo nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng (tham khảo)');
    expect(text).toContain('mức của hộ có mức sống trung bình chưa rõ');
    expect(text).toContain('Nguồn: Nghị định 351/2025/NĐ-CP; Nghị định 07/2021/NĐ-CP.');
    expect(text).toContain('UBND cấp xã');
  });
});
