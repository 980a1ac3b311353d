/**
 * Round 16 (lead): an income said per person without the word "thu nhập" ("mỗi người 1tr8 ở nông thôn là hộ gì", "1 người 1tr8
 * tháng ở quê thì là hộ gì", "mỗi người 2tr5 ở thành phố thuộc diện nào") is placed against today's line and the 2027 one,
 * then checked. Was "Câu hỏi này nằm ngoài phạm vi của trợ lý". A city holds wards and communes: the area is asked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(DECEMBER, 'round16-per-person');

describe('an amount per person and the class asked', () => {
  it.each(['moi nguoi 1tr8 o nong thon la ho gi', '1 nguoi 1tr8 thang o que thi la ho gi'])('"%s": rural, today middle, from 01/01/2027 under the line', async (question) => {
    const text = await first(question);
    // 1.500.000 < 1.800.000 ≤ 2.250.000 (NĐ 07/2021 Điều 3 khoản 2 điểm c, kept for 2026); ≤ 2.200.000 from 01/01/2027 (NĐ 351/2025).
    // Round 43 (resid46): the class first, in the area told, each standard with its document and status.
    expect(text).toMatch(/^Thu nhập bình quân: 1\.800\.000 đồng\/người\/tháng, ở nông thôn, /);
    expect(text).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là hộ có mức sống trung bình.');
    expect(text).toContain('Từ 01/01/2027 theo chuẩn 2027–2030 của Nghị định 351/2025/NĐ-CP (tham khảo): hộ cận nghèo, là hộ nghèo nếu thiếu hụt từ 3 chỉ số trở lên.');
    expect(text).not.toContain('ngoài phạm vi');
  });

  it('"moi nguoi 2tr5 o thanh pho thuoc dien nao": both areas placed, and the area asked (a city has wards and communes)', async () => {
    const text = await first('moi nguoi 2tr5 o thanh pho thuoc dien nao');
    expect(text).toMatch(/^Thu nhập bình quân: 2\.500\.000 đồng\/người\/tháng, ở thành thị, /);
    expect(text).toContain('theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (giữ chuẩn của Nghị định 07/2021/NĐ-CP; tham khảo), hộ bạn là hộ có mức sống trung bình.');
    expect(text).toContain('Hộ đang ở phường (thành thị) hay xã (nông thôn)?');
  });

  it('guard: an amount and an area with a year asked is the line of that year', async () => {
    // Round 25 (law9): the amount against that year's line first, as without "bình quân" (round 23), then the line itself.
    const text = await first('Hộ có thu nhập bình quân đúng 2.200.000 đồng ở nông thôn năm 2027 là hộ gì');
    expect(text).toMatch(/^Thu nhập bình quân 2\.200\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày 01\/01\/2027 .*ở nông thôn \(mức ≤ 2\.200\.000 đồng\)/);
    expect(text).toMatch(/\n\nChuẩn nghèo nông thôn áp dụng năm 2027/);
  });
});
