/**
 * Round 17 (after): what residents type right after their household's result, in Zalo style ("ad", "z", "hok", no diacritics).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conversationsAt, resultOf as resultAt, type Harness } from './harness.ts';

// 03/12/2026: the 2026 standard in force (rural line 1.500.000 đồng, near-poor up to 2.250.000 đồng).
const NOW = new Date('2026-12-03T03:00:00Z');
const resultOf = (sentence: string, answer?: string) => resultAt(NOW, sentence, answer);
const { ask } = conversationsAt(NOW, 'round17-after');

// 4 người ở quê, 6.000.000 đồng: 1.500.000 đồng/người/tháng, within the rural line; no deprivation: hộ cận nghèo.
const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 6 trieu 1 thang';
// Told in one message: 1.800.000 đồng/người/tháng, hộ có mức sống trung bình.
const TOLD = 'nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi';

/** The bullets of the reply's "Việc tiếp theo" list. */
const stepsOf = (text = '') => (text.split('Việc tiếp theo cho hộ của bạn:\n')[1] ?? '').split('\n\n')[0]!.split('\n').filter((line) => line.startsWith('• '));

describe('"what do I do now" after a result: the next few steps for that household, short enough for Zalo', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('after an interview: "vay gio tui phai lam gi"', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('vay gio tui phai lam gi')).text;
    const steps = stepsOf(text);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(steps.every((step) => step.includes('(Quyết định 24/2021/QĐ-TTg'))).toBe(true);
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('UBND cấp xã nơi hộ cư trú');
    // The district level was abolished from 01/07/2025: nothing of it said to a resident asking what to do.
    expect(text).not.toContain('cấp huyện');
    expect(text).not.toContain('Bước 5');
  });

  it('after a household told in one message: "z gio tui phai lam gi ad"', async () => {
    const [, text] = await ask(TOLD, 'z gio tui phai lam gi ad');
    const steps = stepsOf(text);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(text).toContain('hộ có thể đề nghị UBND cấp xã rà soát lại');
    expect(text).not.toContain('cấp huyện');
  });
});

describe('"what now" said the Southern way after a result is the next steps, never "ngoài phạm vi"', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['gio sao ad', 'roi sao z', 'z gio tinh sao'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).toContain('Việc tiếp theo cho hộ của bạn:');
    expect(stepsOf(text).length).toBeLessThanOrEqual(3);
    expect(text).not.toContain('nằm ngoài phạm vi');
  });

  it('after a household told in one message: "gio sao ad"', async () => {
    const [, text] = await ask(TOLD, 'gio sao ad');
    expect(text).toContain('Việc tiếp theo cho hộ của bạn:');
    expect(text).not.toContain('nằm ngoài phạm vi');
  });
});

describe('a support asked after a middle-income result says what the data has for that class, and what it has not', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('after an interview: "the bhyt thi sao"', async () => {
    harness = await resultOf('nha tui 4 nguoi o que thu nhap 7tr2 1 thang');
    const text = (await harness.say('the bhyt thi sao')).text;
    expect(text).toMatch(/^Với kết quả kiểm tra vừa rồi \(hộ có mức sống trung bình, tạm tính\)/);
    expect(text).toContain('tối thiểu 30%');
    // A middle household that does not farm: nothing national in the data, a province's own not known.
    expect(text).toContain('Áp dụng khi: Hộ làm nông nghiệp');
    expect(text).toContain('Hộ có mức sống trung bình không thuộc trường hợp trên: dữ liệu chính sách không có hỗ trợ này');
    expect(text).toContain('chưa rõ');
  });

  it('after a household told in one message: "the bhyt thi sao hok ad"', async () => {
    const [, text] = await ask(TOLD, 'the bhyt thi sao hok ad');
    expect(text).toContain('không thuộc trường hợp trên: dữ liệu chính sách không có hỗ trợ này');
  });
});

describe('a member gone to work abroad after a result: what the data does not know of it first, then the what-if', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('after an interview: "thang lon di xkld roi thi sao"', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('thang lon di xkld roi thi sao')).text;
    expect(text).toMatch(/^Thành viên đi làm việc ở nước ngoài \(xuất khẩu lao động\) có được tính là người trong hộ hay không[^\n]*UBND cấp xã[^\n]*chưa rõ/);
    expect(text).not.toContain('ở tỉnh khác');
    expect(text.indexOf('chưa rõ')).toBeLessThan(text.indexOf('Giả định: Số người: 4 → 3'));
  });

  it('after a household told in one message: "vo tui di lam o nuoc ngoai thi sao ad"', async () => {
    const [, text] = await ask(TOLD, 'vo tui di lam o nuoc ngoai thi sao ad');
    expect(text).toMatch(/^Thành viên đi làm việc ở nước ngoài/);
    expect(text).toContain('Số người: 4 → 3');
    expect(text).not.toContain('ở tỉnh khác');
  });

  it('"con gai tui di lam o binh duong thi sao" is still another province', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('con gai tui di lam o binh duong thi sao')).text;
    expect(text).toMatch(/^Thành viên đi làm ăn xa \(ở tỉnh khác\)/);
  });
});

describe('another size told after a finished interview: what the old size decided is asked again, as during the interview', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it('"a nham nha tui 5 nguoi"', async () => {
    harness = await resultOf(HOUSEHOLD);
    const turn = await harness.say('a nham nha tui 5 nguoi');
    expect(turn.text).toContain('Số người: 4 → 5');
    expect(turn.text).toContain('Người phụ thuộc trong hộ gia đình: không thiếu hụt → cần hỏi lại');
    expect(turn.text).toContain('Diện tích nhà ở bình quân đầu người: không thiếu hụt → cần hỏi lại');
    expect(turn.text).toContain('Câu 5/15');
    expect(turn.text).not.toContain('Kết quả sàng lọc');
    // Answered again for 5 people, the result comes back with them.
    await harness.say('co');
    const last = await harness.say('ko');
    expect(last.text).toContain('Kết quả sàng lọc');
    expect(last.text).toContain('1.200.000 đồng/người/tháng');
  });

  it('"neu nha tui 5 nguoi thi sao" is a what-if: the answers kept, nothing asked again', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('neu nha tui 5 nguoi thi sao')).text;
    expect(text).toContain('Giả định: Số người: 4 → 5');
    expect(text).toContain('Kết quả sàng lọc');
    expect(text).not.toContain('cần hỏi lại');
  });
});

describe('where to file, the papers named, after a result: the next steps, not the whole procedure', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['nop giay o dau z', 'nop don o dau ad'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).toContain('Việc tiếp theo cho hộ của bạn:');
    expect(text).toContain('UBND cấp xã nơi hộ cư trú');
    expect(text).not.toContain('cấp huyện');
  });
});

describe('when the decision comes, asked after a result: the time limit and who decides, never a passage found by its words', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['bao gio thi biet ket qua ad', 'chung nao co giay', 'bao lau co ket qua z', 'nop roi thi doi bao lau', 'khi nao duoc cong nhan', 'chung nao ra ket qua'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    // The limit first, as the procedure data words it, with its basis and period; the decision is the commune chairman's.
    expect(text).toMatch(/^Bao lâu có kết quả: Trong 15 ngày kể từ khi rà soát, Chủ tịch UBND cấp xã quyết định/);
    expect(text).toContain('Căn cứ: Quyết định 24/2021/QĐ-TTg');
    expect(text).toContain('giai đoạn 2022 – 2025; văn bản áp dụng năm nay chưa rõ');
    expect(text).not.toContain('Hưng Yên');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('after a household told in one message: "bao gio thi biet ket qua ad"', async () => {
    const [, text] = await ask(TOLD, 'bao gio thi biet ket qua ad');
    expect(text).toMatch(/^Bao lâu có kết quả: Trong 15 ngày/);
    expect(text).not.toContain('Hưng Yên');
  });
});

describe('when the review is, asked after a result: where today falls in its days, and what to do now', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['khi nao ra soat', 'chung nao xet', 'bao gio ra soat z', 'bua nao xet z', 'thang may ra soat', 'gio nop con kip ko'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    // 03/12/2026 falls within 01/09–14/12 (the data's days, of its 2022 – 2025 procedure; this year's schedule not known).
    expect(text).toMatch(/^Hôm nay 03\/12\/2026: theo Quyết định 24\/2021\/QĐ-TTg \(rà soát định kỳ từ 01\/09 đến 14\/12 hằng năm\), [^\n]*đang diễn ra, đến hết ngày 14\/12\/2026/);
    expect(text).toContain('lịch rà soát năm 2026 chưa rõ');
    // What to do now: the steps, filing the Giấy đề nghị among them.
    expect(text).toContain('Giấy đề nghị');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('whether to file, asked after a result: the next steps (Giấy đề nghị, Mẫu số 04), not an explainer', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['tui co can lam don ko', 'co phai nop don hok', 'can lam giay ko ad', 'lam don nhu the nao ad', 'mau don lay o dau'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).toContain('Việc tiếp theo cho hộ của bạn:');
    expect(stepsOf(text).length).toBeLessThanOrEqual(3);
    expect(text).toContain('Giấy đề nghị (Mẫu số 04');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('after a household told in one message: "tui co can lam don ko"', async () => {
    const [, text] = await ask(TOLD, 'tui co can lam don ko');
    expect(text).toContain('Việc tiếp theo cho hộ của bạn:');
    expect(text).not.toContain('Giải thích ngắn');
  });
});
