/**
 * Round 39 (lead), on 06/12/2026: a widowed mother raising her children says so as residents do ("chong tui chet roi, nha con 3 me
 * con"): the monthly social allowance's card, whose group includes a single parent of a poor household raising children (NĐ 20/2021
 * Điều 5, tham khảo). Was the list of every class's supports. A household told with it is still checked.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round39-lead-widowed');

describe('a widowed parent raising children asks what support there is', () => {
  it.each(['chong tui chet roi, nha con 3 me con, co dc ho tro j ko', 'goa chong nuoi con nho co dc tro cap j ko'])('"%s": the social allowance card', async (typed) => {
    const reply = await DECEMBER.first(typed);
    expect(reply).toContain('Trợ cấp xã hội hằng tháng');
    expect(reply).toContain('người đơn thân thuộc hộ nghèo đang nuôi con');
    expect(reply).not.toContain('Các chính sách hỗ trợ theo loại hộ');
  });

  it('guard: "nha tui 4 nguoi, chong tui mat roi, thu nhap 3tr, o que" is a household told, checked', async () => {
    const reply = await DECEMBER.first('nha tui 4 nguoi, chong tui mat roi, thu nhap 3tr, o que');
    // The class first, then the consent to check in full (round 43 resid46; was "Mình sẽ hỏi thêm vài câu …" and the consent).
    expect(reply).toMatch(/^Thu nhập cả hộ: 3\.000\.000 đồng\/tháng ÷ 4 người = 750\.000 đồng\/người\/tháng, ở nông thôn/u);
    expect(reply).toContain('Kiểm tra đầy đủ cần thông tin cá nhân nhạy cảm.');
  });
});
