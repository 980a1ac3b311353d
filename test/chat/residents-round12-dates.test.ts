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
    expect(text).toContain('Khu vực: Nông thôn');
    expect(text).not.toContain('Thành thị');
  });
  it('"nha tui o que, con tui o sai gon": the household\'s own place wins', async () => {
    expect(await first('nha tui o que, con tui o sai gon, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
  });
  it('"nha tui o xa lam" is far away: the area is asked, never taken as a commune (was: Nông thôn)', async () => {
    // 7.000.000 ÷ 4 = 1.750.000: above the rural line, below the urban one, so the area matters and is asked.
    const [told, consent] = await ask('nha tui o xa lam, 4 nguoi, thu nhap 7 trieu', 'ko luu');
    expect(told).not.toContain('Khu vực: Nông thôn');
    expect(consent).toContain('Hộ gia đình bạn sống ở nông thôn hay thành thị?');
  });
  it('guards: "o xa Phu Loc", "dưới xã" stay the commune; the household\'s own Sài Gòn stays the city', async () => {
    expect(await first('nha tui o xa Phu Loc, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
    expect(await first('nha tui o duoi xa, 4 nguoi thu nhap 7 trieu')).toContain('Khu vực: Nông thôn');
    expect(await first('nha tui 4 nguoi o sai gon, chong chay grab kiem 9 trieu')).toContain('Khu vực: Thành thị');
  });
});

describe('a later day asked right after a check: the household\'s class on that day, as "qua thang 1 thi nha tui dc j" (N08, N12)', () => {
  // 3 people in the countryside, 6 triệu a month: 2.000.000 đồng/người: middle class today (1,5 M line of 2026), near-poor
  // under the 2,2 M line of the 2027–2030 standard.
  const checked = ['nha tui 3 nguoi o que, moi thang kiem dc 6 trieu, nha xay kien co', 'ko luu', ...Array<string>(12).fill('ko')];
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
