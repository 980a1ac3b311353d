/**
 * Round 41 mend41a, on 07/12/2026: residents' and cadres' messages from tryout41 (/tmp/tryout41/report.md), each answered as asked.
 * - The coming line quoted ("chuẩn nghèo năm sau lên 2tr2") with the household's own standing asked: the line (from 01/01/2027,
 *   its status), that the household's income per person and deprivations decide, the check offered. Was 2.200.000 đồng read as
 *   the household's income and a check started (1.574 characters).
 * - A support asked still on for a class ("chi dien thoai thong minh cho ho ngheo con ko ad"): that support's card, which says it
 *   ended in 2025, with its basis and status. Was "Có. … vẫn có hộ nghèo" and the standard's card.
 * - A later year asked right after an amount's class ("neu thang 1 nam 2027 thi sao"): that amount against that year's line. Was
 *   "Câu hỏi này nằm ngoài phạm vi của trợ lý".
 * - The yearly review missed ("tui lo qua dot ra soat roi"): the ongoing review first (monthly, Mẫu số 04 at UBND cấp xã, 15
 *   days), then the rest in brief. Was a 2023 Hưng Yên resolution's passage on BHYT, or the yearly review's days alone.
 * - Two classes asked of one support ("ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao"): both classes' lines. Was the
 *   poor household's alone ("ko, can ngheo" read as "không cận nghèo").
 * - A single parent asking what they get ("tui nuoi 3 con mot minh, … co dc tro cap gi ko"): the monthly allowance's card, then the
 *   check offered. Was a check started with no word on allowances.
 */
import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_DEFAULTS } from '../../src/chat/short.ts';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round41-mend41a');
/** The text before the numbered buttons, what a phone shows first. */
const shown = (reply: string) => reply.split(/\n(?:Bạn có thể gõ:|\n1\. )/u)[0]!;

describe('the coming line quoted with the household\'s own standing asked', () => {
  it.each([
    'ua sao nam sau chuan ngheo len 2tr2 vay nha tui co bi vo ngheo lai ko',
    'chuan ngheo 2027 la 2tr2 thi nha tui co bi thanh ho ngheo ko',
  ])('"%s": the line from 01/01/2027, what decides, the check offered; no income of 2.200.000 đồng', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).not.toContain('Thu nhập cả hộ: 2.200.000');
    expect(reply).not.toContain('Đồng ý lưu');
    expect(reply.startsWith('Đúng: từ 01/01/2027 chuẩn nghèo là nông thôn 2.200.000 đồng, thành thị 2.800.000 đồng')).toBe(true);
    expect(reply).toContain('Nghị định 351/2025/NĐ-CP, tham khảo');
    expect(reply).toContain('thu nhập bình quân mỗi người mỗi tháng của cả hộ');
    expect(reply).toContain('số người, thu nhập cả hộ');
    expect(reply).toContain('Kiểm tra hộ gia đình');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('"chi tiet" after it gives the 2027–2030 card', async () => {
    const [, card = ''] = await DECEMBER.ask('chuan ngheo 2027 la 2tr2 thi nha tui co bi thanh ho ngheo ko', 'chi tiet');
    expect(card).toContain('Chuẩn nghèo đa chiều giai đoạn 2027–2030');
  });

  it('guard: the household told beside the line is checked with its own income', async () => {
    const reply = await DECEMBER.first('chuan ngheo 2027 la 2tr2, nha tui 4 nguoi thu nhap 8 trieu co bi ngheo ko');
    expect(reply).toContain('2.000.000 đồng/người/tháng');
    expect(reply).not.toContain('Đúng: từ 01/01/2027');
  });
});

describe('a support asked still on for a class', () => {
  it.each([
    'chi dien thoai thong minh cho ho ngheo con ko ad',
    'ho tro dien thoai thong minh cho ho ngheo con ko',
  ])('"%s": the smartphone support ended in 2025, with its basis and status, not "vẫn có hộ nghèo"', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).not.toContain('vẫn có hộ nghèo');
    expect(reply).not.toMatch(/^Có\./u);
    expect(reply).toContain('Hỗ trợ điện thoại thông minh');
    expect(reply).toContain('đã kết thúc');
    expect(reply).toContain('Thông tư 14/2022/TT-BTTTT (đã kiểm tra)');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('guard: "ho can ngheo con ko" still says the class is there', async () => {
    const reply = await DECEMBER.first('ho can ngheo con ko');
    expect(reply).toContain('vẫn có hộ cận nghèo');
  });
});

describe('a later year asked right after an amount\'s class', () => {
  it('"neu thang 1 nam 2027 thi sao" after "thu nhap 1tr5 1 nguoi o que …": 1.500.000 đồng against the 2027 rural line', async () => {
    const [, later = ''] = await DECEMBER.ask('thu nhap 1tr5 1 nguoi o que thi la ngheo hay can ngheo', 'neu thang 1 nam 2027 thi sao');
    expect(later).not.toContain('ngoài phạm vi');
    expect(later).toContain('Thu nhập bình quân 1.500.000 đồng/người/tháng: theo chuẩn áp dụng ngày 01/01/2027');
    expect(later).toContain('ở nông thôn (mức ≤ 2.200.000 đồng): hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên, còn lại là hộ cận nghèo');
    expect(later).toContain('(tham khảo)');
    expect(later.length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });

  it('"con o tp thi sao" after it: the same amount against the urban line', async () => {
    const [, urban = ''] = await DECEMBER.ask('thu nhap 2 trieu o que la ho gi', 'con o tp thi sao');
    expect(urban).toContain('Thu nhập bình quân 2.000.000 đồng/người/tháng');
    expect(urban).toContain('ở thành thị (mức ≤ 2.000.000 đồng)');
  });
});

describe('the yearly review missed', () => {
  it.each([
    ['bao gio thi xa ra soat ho ngheo nam nay', 'tui lo qua dot ra soat roi'],
    ['nop don xin ho ngheo', 'tui lo dot ra soat roi thi sao'],
    ['tui lo dot ra soat ho ngheo roi thi lam sao'],
  ])('"%s" …: the ongoing review first, Mẫu số 04 at UBND cấp xã, any month', async (...typed) => {
    const replies = await DECEMBER.ask(...typed);
    const reply = replies.at(-1)!;
    expect(reply).not.toContain('Hưng Yên');
    expect(reply).toMatch(/^(?:Thủ tục rà soát, công nhận hộ nghèo, hộ cận nghèo:|Về câu bạn vừa hỏi, theo câu trả lời phía trên:)\n(?:• Thủ tục[^\n]*\n)?• Rà soát thường xuyên \(hằng tháng, từ ngày 15\): hộ nộp Giấy đề nghị \(Mẫu số 04\)/u);
    expect(reply).toContain('Trong 15 ngày');
    expect(reply).toContain('(tham khảo)');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });
});

describe('two classes asked of one support, and a single parent asking what they get', () => {
  it('"ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao": the poor and the near-poor lines', async () => {
    const reply = await DECEMBER.first('ho ngheo dc tro giup phap ly mien phi ko, can ngheo thi sao');
    expect(reply).toContain('• Hộ nghèo: Thành viên hộ nghèo được trợ giúp pháp lý miễn phí');
    expect(reply).toContain('• Hộ cận nghèo:');
    expect(reply).toContain('Giấy chứng nhận hộ cận nghèo được dùng làm giấy tờ chứng minh khó khăn về tài chính (tham khảo)');
  });

  it('"chong mat, tui nuoi 3 con mot minh, lam thue 2tr/thang, co dc tro cap gi ko": the monthly allowance, then the check offered', async () => {
    const reply = await DECEMBER.first('chong mat, tui nuoi 3 con mot minh, lam thue 2tr/thang, co dc tro cap gi ko');
    expect(reply).toContain('Trợ cấp xã hội hằng tháng');
    expect(reply).toContain('người đơn thân thuộc hộ nghèo đang nuôi con');
    expect(reply).toContain('Kiểm tra hộ gia đình');
    expect(reply).not.toContain('Đồng ý lưu');
    expect(shown(reply).length).toBeLessThanOrEqual(SHORT_TEXT_DEFAULTS.phoneChars);
  });
});
