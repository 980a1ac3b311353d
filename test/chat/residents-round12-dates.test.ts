/**
 * Round 12 (outside tester on the round-11 build): where a resident's household lives and which day they ask about, read
 * from Zalo typing. Asked on 03/12/2026 in Vietnam (02/12/2026 18:00 UTC): the 2026 transition standard today, the
 * 2027–2030 standard from 01/01/2027 (rules/, /work/shared/facts/updates-2026.md).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER_IN_VIETNAM = new Date('2026-12-02T18:00:00Z');
const { ask, first } = conversationsAt(DECEMBER_IN_VIETNAM, 'round12-dates');

describe('the household lives where it says, not where its members work (N04, N05)', () => {
  it('"nha tui 5 nguoi o que, 2 dua di lam o Sai Gon, thu nhap 6 trieu": countryside (was: Thành thị, from Sài Gòn)', async () => {
    const text = await first('nha tui 5 nguoi o que, 2 dua di lam o Sai Gon, thu nhap 6 trieu');
    expect(text).toContain('ở nông thôn,');
    expect(text).not.toContain('Thành thị');
  });
  it('"nha tui o que, con tui o sai gon": the household\'s own place wins', async () => {
    expect(await first('nha tui o que, con tui o sai gon, 4 nguoi thu nhap 7 trieu')).toContain('ở nông thôn,');
  });
  it('"nha tui o xa lam" is far away: the area is asked, never taken as a commune (was: Nông thôn)', async () => {
    // 7.000.000 ÷ 4 = 1.750.000: above the rural line, below the urban one, so the area matters and is asked.
    const [told, consent] = await ask('nha tui o xa lam, 4 nguoi, thu nhap 7 trieu', 'ko luu');
    expect(told).not.toContain('Khu vực: Nông thôn');
    expect(consent).toContain('Hộ gia đình bạn sống ở nông thôn hay thành thị?');
  });
  it('guards: "o xa Phu Loc", "dưới xã" stay the commune; the household\'s own Sài Gòn stays the city', async () => {
    expect(await first('nha tui o xa Phu Loc, 4 nguoi thu nhap 7 trieu')).toContain('ở nông thôn,');
    expect(await first('nha tui o duoi xa, 4 nguoi thu nhap 7 trieu')).toContain('ở nông thôn,');
    expect(await first('nha tui 4 nguoi o sai gon, chong chay grab kiem 9 trieu')).toContain('ở thành thị,');
  });
});

describe('a later day asked right after a check: the household\'s class on that day, as "qua thang 1 thi nha tui dc j" (N08, N12)', () => {
  // 3 people in the countryside, 6 triệu a month: 2.000.000 đồng/người: middle class today (1,5 M line of 2026), near-poor
  // under the 2,2 M line of the 2027–2030 standard.
  // "nha xay kien co" answers the housing question (not thiếu kiên cố): 11 questions left.
  const checked = ['nha tui 3 nguoi o que, moi thang kiem dc 6 trieu, nha xay kien co', 'ko luu', ...Array<string>(11).fill('ko')];
  const nearPoorIn2027 = (text: string) => {
    expect(text).toContain('Cùng các câu trả lời của bạn, theo chuẩn áp dụng ngày 01/01/2027:');
    expect(text).toContain('HỘ CẬN NGHÈO');
    expect(text).toContain('chuẩn nghèo nông thôn: 2.200.000 đồng');
    expect(text).toContain('theo chuẩn này là hộ có mức sống trung bình');
    expect(text).toContain('tạm tính');
  };
  it('"qua Tết": after Tết Nguyên đán 2027, under the standard from 01/01/2027 (was: the Tết gift, today)', async () => {
    const [result, after] = (await ask(...checked, 'qua Tết')).slice(-2);
    expect(result).toContain('HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    expect(after).toMatch(/^Bạn hỏi sau Tết Nguyên đán, tức trong năm 2027: cả năm này xét theo chuẩn áp dụng từ ngày 01\/01\/2027 \(tạm tính\)/);
    nearPoorIn2027(after!);
    expect(after).not.toContain('Các hỗ trợ khác');
  });
  it.each([
    ['sang năm', 'ngoài phạm vi'],
    ['sang nam', 'ngoài phạm vi'],
    ['qua nam 2027 co bi rot ko', 'Vì sao hộ có thể không còn trong danh sách'],
    ['nam sau nha tui con ngheo ko', 'Chuẩn nghèo đa chiều giai đoạn 2027–2030'],
    ['qua tet nha tui con can ngheo hok', 'Các hỗ trợ khác'],
  ])('"%s": 01/01/2027 (was: %s)', async (question, before) => {
    const after = (await ask(...checked, question)).at(-1)!;
    nearPoorIn2027(after);
    expect(after).not.toContain(before);
  });
  it('guards: the Tết gift asked, the 2027 lines asked after a check, the supports asked for Tết', async () => {
    expect(await first('ho ngheo co qua tet ko')).toContain('quà Tết');
    expect((await ask(...checked, 'nam sau chuan ngheo bao nhieu')).at(-1)).toMatch(/^Chuẩn nghèo áp dụng năm 2027/);
    expect((await ask(...checked, 'qua tet nha tui dc j')).at(-1)).toContain('Hỗ trợ cho hộ cận nghèo (áp dụng ngày 01/01/2027)');
  });
});

describe('"vay thi sao" right after a household\'s result: "vậy thì sao", what now (N09, round 44 mend47a)', () => {
  // 4 people in the countryside, 4 triệu a month: 1.000.000 đồng/người, no deprivation said: near-poor today.
  const nearPoor = ['nha tui 4 nguoi o que thu nhap 4 trieu', 'ko luu', ...Array<string>(12).fill('ko')];
  it('"vay thi sao": that result\'s next steps (round 44 mend47a; was the near-poor loan card, before that "Bạn muốn hỏi thêm gì…")', async () => {
    const [result, next] = (await ask(...nearPoor, 'vay thi sao')).slice(-2);
    expect(result).toContain('HỘ CẬN NGHÈO');
    expect(next).toContain('kết quả vừa rồi (tham khảo) là: hộ cận nghèo');
    expect(next).toContain('Việc tiếp theo cho hộ của bạn');
    expect(next).not.toContain('Vay vốn tín dụng chính sách');
  });
  it('"con vay thi sao" after the near-poor supports: that class\'s loan', async () => {
    const loan = (await ask('ho can ngheo dc ho tro gi', 'con vay thi sao')).at(-1)!;
    expect(loan).toMatch(/^Vay vốn tín dụng chính sách/);
    expect(loan).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(loan).not.toContain('Hộ nghèo được vay vốn ưu đãi');
  });
  it('"vậy thì sao" typed with its marks: the same next steps (round 44 mend47a; was "Bạn muốn hỏi thêm gì về kết quả …")', async () => {
    const after = (await ask(...nearPoor, 'vậy thì sao')).at(-1)!;
    expect(after).toContain('Việc tiếp theo cho hộ của bạn');
    expect(after).not.toContain('Vay vốn tín dụng chính sách');
  });
});

describe('a loan thread stays the loan\'s: where to apply, then 2027 (R07)', () => {
  it('"nop ho so o dau" after the loan card: where the loan is applied for; "the nam 2027": the loan on 01/01/2027 (was: "ngoài phạm vi")', async () => {
    const [place, later] = (await ask('ho ngheo dc vay bn', 'con ho can ngheo', 'lai suat bn', 'nop ho so o dau', 'the nam 2027')).slice(-2);
    expect(place).toMatch(/^Về vay vốn tín dụng chính sách cho hộ cận nghèo \(câu bạn vừa hỏi\)/);
    expect(place).toContain('Tổ tiết kiệm và vay vốn tại thôn, hoặc điểm giao dịch của Ngân hàng Chính sách xã hội tại xã');
    expect(later).toMatch(/^Vay vốn tín dụng chính sách \(theo dữ liệu chính sách, áp dụng ngày 01\/01\/2027\)/);
    expect(later).toContain('Hộ cận nghèo được vay vốn ưu đãi');
    expect(later).not.toContain('ngoài phạm vi');
  });
  it('guard: "nop ho so o dau" asked first is the review\'s procedure', async () => {
    expect(await first('nop ho so o dau')).toContain('Mẫu số 04');
  });
});
