/**
 * Round 16 (after2): what residents type right after their household's result, in Zalo style: "thằng lớn" (the eldest son) gone
 * abroad to work, asked as a what-if, never read as "lộn" (a correction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conversationsAt, resultOf as resultAt, type Harness } from './harness.ts';

// 03/12/2026: the 2026 standard in force (rural line 1.500.000 đồng, near-poor up to 2.250.000 đồng).
const NOW = new Date('2026-12-03T03:00:00Z');
const resultOf = (sentence: string, answer?: string) => resultAt(NOW, sentence, answer);
const { ask } = conversationsAt(NOW, 'round16-after2');

// 4 người ở quê, 6.000.000 đồng: 1.500.000 đồng/người/tháng, within the rural line; no deprivation: hộ cận nghèo.
const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 6 trieu 1 thang';
// Told in one message: 1.800.000 đồng/người/tháng, hộ có mức sống trung bình.
const TOLD = 'nha tui 4 nguoi o que thu nhap 7tr2 1 thang la ho gi';

describe('one member gone to work abroad after a result is a what-if, never a correction', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['thang lon di xkld roi thi sao', 'con gai tui di lam xa thi sao', 'vo tui di xkld thi sao'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    // Round 17: what the data does not know of a member away comes first, then the what-if.
    expect(text).toMatch(/^Thành viên đi làm [^\n]*chưa rõ[^\n]*\n\nGiả định: Số người: 4 → 3/);
    expect(text).toContain('1 người đi làm xa không được tính vào hộ');
    expect(text).toContain('theo thông tin đó hộ vẫn là hộ cận nghèo');
    expect(text).not.toContain('Kết quả đổi');
  });

  it('after a household told in one message: "thang lon di xkld roi thi sao"', async () => {
    const [, text] = await ask(TOLD, 'thang lon di xkld roi thi sao');
    expect(text).toContain('3 người');
    expect(text).toContain('1 người đi làm xa');
    expect(text).not.toContain('nằm ngoài phạm vi');
  });

  it('"a lon, nha tui 5 nguoi" is still a correction', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('a lon, nha tui 5 nguoi')).text;
    expect(text).toContain('Số người: 4 → 5');
    expect(text).not.toContain('Giả định');
  });
});

describe('a support asked with no class right after a result is that result class\'s', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['vay co dc bhyt free hong', 'nha tui co dc ho tro bhyt ko'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).toMatch(/^Với kết quả kiểm tra vừa rồi \(hộ cận nghèo, tạm tính\):\n\nHỗ trợ đóng bảo hiểm y tế/);
    expect(text).toContain('• Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(text).not.toContain('• Hộ nghèo:');
    expect(text).not.toContain('• Hộ có mức sống trung bình:');
  });

  it('after a household told in one message: "vay co dc bhyt free hong"', async () => {
    const [, text] = await ask(TOLD, 'vay co dc bhyt free hong');
    expect(text).toMatch(/^Với kết quả kiểm tra vừa rồi \(hộ có mức sống trung bình, tạm tính\):\n\nHỗ trợ đóng bảo hiểm y tế/);
    expect(text).toContain('• Hộ có mức sống trung bình:');
    expect(text).not.toContain('• Hộ cận nghèo:');
  });

  it('a class named is still that class: "ho ngheo co dc bhyt free ko"', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('ho ngheo co dc bhyt free ko')).text;
    expect(text).not.toContain('Với kết quả kiểm tra vừa rồi');
    expect(text).toContain('• Hộ nghèo:');
  });
});

describe('"what do I do now" right after a result gets that household\'s next steps, never the loans', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['vay gio tui phai lam gi', 'roi gio tui phai lam sao', 'z gio lam gi tiep ban', 'h tui phai lam j', 'vay tui phai di dau'])('after an interview: "%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).toMatch(/^Theo những gì bạn đã kể, kết quả vừa rồi \(tham khảo\) là: hộ cận nghèo\.\n\nViệc tiếp theo cho hộ của bạn:/);
    expect(text).toContain('hộ cần được UBND cấp xã rà soát và công nhận');
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('Chủ tịch UBND cấp xã quyết định công nhận');
    expect(text).not.toContain('Ngân hàng Chính sách xã hội');
    expect(text).not.toContain('Giải thích ngắn');
  });

  it('after a household told in one message: "vay gio tui phai lam gi"', async () => {
    const [, text] = await ask(TOLD, 'vay gio tui phai lam gi');
    expect(text).toMatch(/^Theo những gì bạn đã kể, kết quả vừa rồi \(tham khảo\) là: hộ có mức sống trung bình\.\n\nViệc tiếp theo cho hộ của bạn:/);
    expect(text).toContain('hộ có thể đề nghị UBND cấp xã rà soát lại');
    expect(text).toContain('Mẫu số 04');
    expect(text).not.toContain('Ngân hàng Chính sách xã hội');
  });

  it('"vay von thi phai lam gi" after a result is still the loans', async () => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say('vay von thi phai lam gi')).text;
    expect(text).not.toContain('Việc tiếp theo cho hộ của bạn');
  });
});

describe('"phai lam gi" of something else after a result is not the next steps', () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it.each(['khieu nai thi phai lam gi', 'mat giay chung nhan ho can ngheo thi phai lam gi'])('"%s"', async (typed) => {
    harness = await resultOf(HOUSEHOLD);
    const text = (await harness.say(typed)).text;
    expect(text).not.toContain('Việc tiếp theo cho hộ của bạn');
  });
});
