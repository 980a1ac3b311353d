/**
 * Round 21 (resa): residents' words as typed on a cheap phone (no diacritics, "dc", "ko", "tui", "hok"), each played through the
 * chat core and, where the question stands alone, /api/ask: both give the same answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askApiText, openHarness, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-04T04:00:00Z');
const TODAY = '2026-12-04';

async function opened(): Promise<Harness> {
  harness = await openHarness({ now: DECEMBER });
  return harness;
}

/** The chat's answer and /api/ask's to one question standing alone. */
async function both(question: string): Promise<[string, string]> {
  const h = await opened();
  return [(await h.say(question)).text, askApiText(question, TODAY)];
}

describe('a class\'s supports asked today: /api/ask lists them with their status, as the chat does (was the explainer passage)', () => {
  it.each([
    ['ho can ngheo dc ho tro gi', 'Hỗ trợ cho hộ cận nghèo (áp dụng ngày 04/12/2026)'],
    ['ho ngheo duoc ho tro nhung gi', 'Hỗ trợ cho hộ nghèo (áp dụng ngày 04/12/2026)'],
    ['can ngheo thi dc huong gi vay ad', 'Hỗ trợ cho hộ cận nghèo (áp dụng ngày 04/12/2026)'],
  ])('"%s"', async (typed, heading) => {
    for (const text of await both(typed)) {
      expect(text, typed).toContain(heading);
      expect(text, typed).toContain('Vay vốn tín dụng chính sách');
      expect(text, typed).toContain('(tham khảo)');
      expect(text, typed).not.toContain('Giải thích ngắn');
    }
  });
});

describe('BHYT for a child under 6: the answer says what the young_children entry says (the state budget pays, tham khảo)', () => {
  const LINE = 'Bảo hiểm y tế: trẻ em dưới 6 tuổi thuộc nhóm được ngân sách nhà nước đóng bảo hiểm y tế';
  it.each(['bhyt cho tre duoi 6 tuoi ai dong', 'be duoi 6 tuoi co dc bhyt mien phi ko', 'nha tui vua sinh be, the bhyt cho be ai dong tien'])('"%s"', async (typed) => {
    for (const text of await both(typed)) {
      // The chat's in brief since round 36 (short27: its BHYT line first, in brief words); /api/ask's the whole line.
      expect(text, typed).toMatch(new RegExp(`^(Trẻ em dưới 6 tuổi được hỗ trợ gì, theo dữ liệu của trợ lý:\\n• Bảo hiểm y tế: trẻ dưới 6 tuổi được ngân sách nhà nước đóng bảo hiểm y tế|Cho trẻ em dưới 6 tuổi, theo dữ liệu chính sách của trợ lý:\\n• ${LINE})`));
      expect(text, typed).toContain('(tham khảo). Căn cứ: Luật Bảo hiểm y tế, Điều 12');
      // Never "no rule of its own" for them, which the young_children entry contradicts.
      expect(text, typed).not.toContain('không có quy định riêng');
    }
    // The entry itself ("nha tui co con nho duoi 6 tuoi dc ho tro gi") says the same line (in brief in the chat since round 36).
    const [entry] = await both('nha tui co con nho duoi 6 tuoi dc ho tro gi');
    expect(entry).toContain('Bảo hiểm y tế: trẻ dưới 6 tuổi được ngân sách nhà nước đóng bảo hiểm y tế');
  });

  it('"tien an trua cho be duoi 6 tuoi": the lunch line of the entry, then the card by class', async () => {
    for (const text of await both('tien an trua cho be duoi 6 tuoi')) {
      expect(text).toMatch(/^Cho trẻ em dưới 6 tuổi[^\n]*\n• Tiền ăn trưa: trẻ đang học mẫu giáo thuộc hộ nghèo, hộ cận nghèo được hỗ trợ 160\.000 đồng/);
      expect(text).not.toContain('không có quy định riêng');
    }
  });
});

describe('a small child or water asked with "nha tui ...": the chat gives what /api/ask gives (the entry, the water notice), never every class\'s list or a check', () => {
  it.each(['nha tui co be 2 tuoi dc ho tro gi ko ad', 'con tui moi 3 tuoi thi nha nuoc co ho tro j hok', 'nha tui co con nho dc ho tro gi'])('"%s"', async (typed) => {
    for (const text of await both(typed)) {
      expect(text, typed).toMatch(/^Trẻ em dưới 6 tuổi được hỗ trợ gì, theo dữ liệu của trợ lý:/);
      expect(text, typed).not.toContain('Các chính sách hỗ trợ theo loại hộ');
    }
  });

  it.each(['nha tui thieu nuoc sach, nha tui dc ho tro gi', 'nha tui xai nuoc gieng co dc ho tro ko'])('"%s"', async (typed) => {
    for (const text of await both(typed)) {
      expect(text, typed).toMatch(/^Dữ liệu chính sách của trợ lý không có khoản hỗ trợ tiền nước, nước sạch/);
      expect(text, typed).toContain('Nguồn nước sinh hoạt');
      expect(text, typed).not.toContain('Mình chưa hiểu');
    }
  });

  it('guards: a birth asked keeps the maternity notice; a household with its size and the lack still starts the check', async () => {
    const [birth] = await both('vo tui moi sinh em be ho ngheo co dc ho tro j ko');
    expect(birth).toMatch(/^Thông tin về hỗ trợ khi mang thai, sinh con/);
    const [household] = await both('nha em 4 nguoi o que, ko co nuoc sach');
    expect(household).toContain('Số người: 4; Nguồn nước sinh hoạt: thiếu hụt');
  });
});

describe('at the consent question, what a resident types is kept and the question asked clearly', () => {
  it('"nha co 2 nguoi co bhyt roi" in a household of 4: two have the card, two lack it (was the BHYT card, the fact lost)', async () => {
    const h = await opened();
    await h.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const turn = await h.say('nha co 2 nguoi co bhyt roi');
    expect(turn.text).toContain("Mình tính: bạn kể 2 người có bảo hiểm y tế, còn 2 người trong hộ chưa có.");
    expect(turn.text).toContain('Số người: 4');
    expect(turn.text).toContain('Bảo hiểm y tế: thiếu hụt');
    expect(turn.text).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(turn.text).toContain('“Đồng ý lưu” hoặc “Không lưu”');
    const started = await h.press('consent:no');
    expect(started.text).toContain('Bảo hiểm y tế: thiếu hụt');
  });

  it('"nha co 2 nguoi co bhyt roi" before any size: read as a household of 2 who all have the card, said back to correct', async () => {
    const h = await opened();
    await h.say('kiem tra ho gia dinh');
    const turn = await h.say('nha co 2 nguoi co bhyt roi');
    expect(turn.text).toContain('Số người: 2');
    expect(turn.text).toContain('Bảo hiểm y tế: không thiếu hụt');
    expect(turn.text).not.toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(turn.text).toContain('“Đồng ý lưu” hoặc “Không lưu”');
  });

  it('"4" at the three choices: kept as the household\'s size when none was told, and the three choices said by number', async () => {
    const h = await opened();
    await h.say('kiem tra ho gia dinh');
    const turn = await h.say('4');
    expect(turn.text).toContain('Số người: 4');
    expect(turn.text).toContain('1. Đồng ý lưu');
    expect(turn.text).toContain('3. Hủy');
    expect(turn.buttons.map((button) => button.action)).toEqual(['consent:yes', 'consent:no', 'ck:cancel']);
    // The size is not asked again: after the area, the income.
    await h.press('consent:no');
    const next = await h.press('ck:area:rural');
    expect(next.text).not.toContain('Hộ gia đình bạn có bao nhiêu người');
    expect(next.text).toContain('Câu 3/15. Thu nhập của cả hộ');
  });

  it('"7" when the size is told already: not a choice, said so with the three choices, the size kept', async () => {
    const h = await opened();
    await h.say('nha tui 4 nguoi o que thang dc 5 trieu');
    const turn = await h.say('7');
    expect(turn.text).toContain('chỉ có 3 lựa chọn');
    expect(turn.text).toContain('1. Đồng ý lưu');
    const started = await h.press('consent:no');
    expect(started.text).toContain('Số người: 4');
  });
});

describe('small talk in a resident\'s way: never the welcome twice, never "ngoài phạm vi", a sad face met with care', () => {
  it('"ad oi" then "cho e hoi": the welcome once, then a short "go ahead" with the menu', async () => {
    const h = await opened();
    expect((await h.say('ad oi')).text).toContain('Xin chào! Mình là Trợ lý Giảm nghèo.');
    const again = await h.say('cho e hoi');
    expect(again.text).not.toContain('Xin chào! Mình là Trợ lý Giảm nghèo.');
    expect(again.text).toMatch(/^Dạ, bạn cứ hỏi/);
    expect(again.buttons.map((button) => button.action)).toContain('menu:check');
  });

  it.each(['ko', 'hok', 'ko can dau', 'thoi ko'])('"%s" after a supports list: a kind "Dạ", never "ngoài phạm vi"', async (typed) => {
    const h = await opened();
    await h.say('ho ngheo dc ho tro gi');
    const turn = await h.say(typed);
    expect(turn.text, typed).not.toContain('ngoài phạm vi');
    expect(turn.text, typed).toMatch(/^Dạ/);
  });

  it('a sad emoji after a result is met with care, not a bare "Dạ."; a sticker after an answer is thanked, text asked for', async () => {
    const h = await opened();
    await h.say('ho ngheo dc ho tro gi');
    const sad = await h.say('😢😢');
    expect(sad.text).toContain('Mình hiểu');
    expect(sad.text).toContain('UBND cấp xã');
    expect(sad.text).not.toMatch(/^Dạ\. Khi cần hỏi thêm/);
    await h.say('ho can ngheo dc ho tro gi');
    const sticker = await h.send({ unsupported: true });
    expect(sticker.text).toMatch(/^Dạ, mình nhận được rồi/);
    expect(sticker.text).toContain('chỉ đọc được tin nhắn chữ');
  });
});

describe('after /xoadulieu, nothing is kept, and its menu still works on a phone without buttons', () => {
  it('the menu is offered, and "cac chinh sach ho tro" typed presses it (was a Bình Định plan\'s passage)', async () => {
    const h = await opened();
    await h.say('kiem tra ho gia dinh');
    await h.press('consent:yes');
    const erased = await h.say('/xoadulieu');
    expect(erased.buttons.map((button) => button.action)).toContain('menu:supports');
    const chosen = await h.say('cac chinh sach ho tro');
    expect(chosen.text).toMatch(/^Các chính sách hỗ trợ theo loại hộ/);
    expect(h.storedSessions()).toBe('');
  });
});

describe('fresh resident questions of round 21 that routed wrong (test/eval/routing-round21-resa.yaml)', () => {
  it('"giay chung nhan ho can ngheo xai dc may nam": the certificate\'s term (not known: said so), never a passage', async () => {
    for (const text of await both('giay chung nhan ho can ngheo xai dc may nam')) expect(text).toMatch(/^Thời hạn của Giấy chứng nhận hộ nghèo, hộ cận nghèo/);
  });

  it('"nha tui hong co ai xai dien thoai thong minh co bi tru diem ko": the telecom indicator, not the smartphone support', async () => {
    for (const text of await both('nha tui hong co ai xai dien thoai thong minh co bi tru diem ko')) {
      expect(text).toContain('Sử dụng dịch vụ viễn thông');
      expect(text).toContain('bị tính là thiếu hụt khi');
    }
  });
});
