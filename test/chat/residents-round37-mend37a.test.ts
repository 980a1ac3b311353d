/**
 * Round 37 mend37a: residents' messages typed as on Zalo (06/12/2026).
 * 1. "muc thu nhap ho ngheo nam nay va nam sau": this year and the next in words, read against today (2026, 2027): the income
 *    levels side by side as "… 2026 2027" gets them; was search (an explainer of the 2027–2030 standard).
 * 2. "vay von ho ngheo co can the chap ko", "vay co can the chap hok": that collateral is not in the data, whom to ask, and the
 *    loan card when the loan is named; was the loan card with no word of collateral.
 * 3. "nguoi ta hong cho thi sao", "ho ko cho thi sao" after a support's card: the answer "tui bi tu choi ho ngheo, khieu nai cho
 *    ai" gets (a written answer with reasons, how to complain chưa rõ, whom to ask); were card lines that did not answer.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';
const COLLATERAL = 'người bảo lãnh, tài sản thế chấp khi vay vốn không có trong dữ liệu của trợ lý';

const { first, after } = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'r37-mend37a');

describe('the income levels of this year and the next, in words', () => {
  it.each([['muc thu nhap ho ngheo nam nay va nam sau'], ['muc thu nhap ho ngheo can ngheo nam nay voi nam toi']])('"%s": 2026 and 2027–2030 side by side', async (asked) => {
    const text = await first(asked);
    expect(text).toContain('Mức thu nhập bình quân mỗi người mỗi tháng theo chuẩn nghèo:');
    expect(text).toContain('Năm 2026 (01/01/2026 – 31/12/2026, đang áp dụng hôm nay)');
    expect(text).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 1.500.000 đồng');
    expect(text).toContain('Nông thôn: hộ nghèo, hộ cận nghèo ≤ 2.200.000 đồng; hộ có mức sống trung bình: chưa có con số (chưa rõ)');
    expect(text).not.toContain('Giải thích ngắn');
  });
});

describe('collateral for a loan', () => {
  it('"vay von ho ngheo co can the chap ko": not in the data, whom to ask, then the loan card', async () => {
    const text = await first('vay von ho ngheo co can the chap ko');
    expect(text.indexOf(COLLATERAL)).toBeGreaterThanOrEqual(0);
    expect(text).toContain(CADRE);
    expect(text.indexOf('Vay vốn tín dụng chính sách')).toBeGreaterThan(text.indexOf(COLLATERAL));
  });

  it('"vay co can the chap hok": not in the data, whom to ask', async () => {
    const text = await first('vay co can the chap hok');
    expect(text).toContain(COLLATERAL);
    expect(text).toContain(CADRE);
  });

  it('"lai suat tiet kiem ngan hang chinh sach" stays the deposits line, no loan card', async () => {
    const text = await first('lai suat tiet kiem ngan hang chinh sach');
    expect(text).toContain('gửi tiết kiệm, lãi suất tiền gửi không có trong dữ liệu');
    expect(text).not.toContain('Vay vốn tín dụng chính sách');
  });
});

describe('a support refused, right after its card', () => {
  it.each([
    ['nguoi bi khuyet tat dc ho tro gi', 'nguoi ta hong cho thi sao'],
    ['ho ngheo dc vay von ko', 'ho ko cho thi sao'],
  ])('after "%s", "%s": the disputing answer', async (card, said) => {
    const text = await after([card], said);
    expect(text).toContain('Hộ không đồng ý với kết quả bình xét, rà soát:');
    expect(text).toContain('trả lời bằng văn bản và nêu rõ lý do');
    expect(text).toContain('(chưa rõ)');
    expect(text).toContain(CADRE);
  });
});
