/**
 * Round 41 (resid41): residents on a cheap phone, typing Zalo-style without diacritics, tried on main on 07/12/2026.
 * NĐ 176/2025/NĐ-CP (updates-2026.md [M]): trợ cấp hưu trí xã hội from 75 without a pension in every household, from 70 to
 * under 75 for members of poor and near-poor households; amount [?]; at UBND cấp xã.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const { first } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'resid41');

describe('1: "nha tui co 2 nguoi gia tren 70, 1 dua nho 5 tuoi, 2 vo chong, thu nhap 3 trieu/thang o que"', () => {
  const told = 'nha tui co 2 nguoi gia tren 70, 1 dua nho 5 tuoi, 2 vo chong, thu nhap 3 trieu/thang o que';

  it('says each pension with its band and who gets it (was "… mọi hộ", no band from 75), and no age line of the child alone', async () => {
    const answer = await first(told);
    expect(answer).toContain('Số người: 5;');
    expect(answer).not.toContain('Tuổi người trong hộ bạn kể: 5');
    expect(answer).toContain('• Người từ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
    expect(answer).toContain('• Người từ 75 tuổi trở lên không có lương hưu được trợ cấp hưu trí xã hội hằng tháng; mức trợ cấp chưa rõ (tham khảo).');
    expect(answer).toContain('Căn cứ: Nghị định 176/2025/NĐ-CP. Nơi làm: UBND cấp xã');
    expect(answer).not.toContain('mọi hộ');
  });

  it('guard: ages all told exactly are still said back ("tui 68 tuoi song voi thang chau noi 10 tuoi")', async () => {
    expect(await first('tui 68 tuoi song voi thang chau noi 10 tuoi o ap 4, ko luong huu, con gai gui ve 1 trieu moi thang')).toContain('Tuổi người trong hộ bạn kể: 68, 10');
  });
});
