/**
 * Round 42 outreach43, on 07/12/2026: outreach staff (cán bộ truyền thông, chi hội trưởng) ask for a post for a Zalo group, then
 * ask to EDIT it. "Đổi giọng cho bà con miền Nam dễ hiểu" after the 2027 card is that card as a post in Southern wording (was "ngoài
 * phạm vi", or the card again in plain words said to "bạn"); "Viết lại để đăng Zalo" while the consent question waits is a post of
 * the last policy answer, never the household's figures (was the consent said plainer); "Thêm số điện thoại liên hệ …", "Thêm giờ
 * họp là …" after a post are that post with the line added (were "ngoài phạm vi"); a notice's place and hours typed are filled
 * as typed, never swallowing the hours; "nhắc bà con rà soát kết thúc 14/12" is a reminder with 14/12/2026 (was the card).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-outreach43');
const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
const CARD_LEAD = 'Chuẩn nghèo áp dụng năm 2027 (thu nhập bình quân';

describe('the last answer rewritten in Southern wording for bà con', () => {
  for (const [card, asked] of [
    ['chuẩn nghèo 2027 là bao nhiêu', 'Đổi giọng cho bà con miền Nam dễ hiểu'],
    ['chuẩn nghèo 2027 là bao nhiêu', 'viết lại giọng miền Nam'],
    ['chuan ngheo 2027 la bao nhieu', 'doi giong mien nam cho ba con de hieu'],
    ['chuan ngheo 2027 la bn', 'viet lai giong nam bo giup tui'],
  ] as const) {
    it(`"${asked}" after "${card}": a post in Southern words, figures and statuses kept, not the card again`, async () => {
      const reply = await DECEMBER.after([card], asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).not.toContain(CARD_LEAD);
      expect(reply).toMatch(/^Bà con mình ơi/);
      expect(reply).toContain('nhen');
      expect(reply).toContain('hông quá 2.200.000 đồng');
      expect(reply).toContain('2.800.000 đồng');
      expect(reply).toContain('(tham khảo)');
      expect(reply).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
      expect(reply).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(reply).not.toContain('nơi bạn cư trú');
      // Whom to ask said once.
      expect(reply.split('cán bộ phụ trách giảm nghèo').length).toBe(2);
    });
  }

  it('"doi giong mien nam" after the near-poor supports: those supports, figures and statuses kept', async () => {
    const reply = await DECEMBER.after(['ho can ngheo dc ho tro gi'], 'doi giong mien nam');
    expect(reply).toMatch(/^Bà con mình ơi/);
    expect(reply).toContain('cận nghèo');
    expect(reply).toContain('(tham khảo)');
  });
});

describe('a post asked while the consent question of a check waits', () => {
  const CHECK = ['hộ cận nghèo được hỗ trợ gì', '/kiemtra', 'nhà tui 4 người thu nhập 6 triệu ở nông thôn'];
  for (const asked of ['Viết lại để đăng Zalo', 'viet lai de dang zalo', 'viết lại cho dễ hiểu để gửi nhóm zalo', 'viet lai de dang nhom zalo cho ba con']) {
    it(`"${asked}" after the near-poor supports: a post of those supports for bà con, no figure of the household, then the choice`, async () => {
      const reply = await DECEMBER.after(CHECK, asked);
      expect(reply).toContain('cận nghèo');
      expect(reply).toContain('Bà con');
      expect(reply).not.toContain('1.500.000 đồng/người');
      expect(reply).not.toContain('Mình nói đơn giản hơn');
      expect(reply).toContain('Đồng ý lưu');
    });
  }

  it('"viet lai de dang zalo" with no policy answer before: what can be made a post, never the household', async () => {
    const reply = await DECEMBER.after(['nha tui 4 nguoi thu nhap 6 trieu o nong thon'], 'viet lai de dang zalo');
    expect(reply).toContain('Bài đăng chỉ soạn từ câu trả lời về chính sách');
    expect(reply).not.toContain('1.500.000 đồng/người');
    expect(reply).toContain('Đồng ý lưu');
  });

  it('guard: "ko hieu" while it waits still says the consent plainer', async () => {
    const reply = await DECEMBER.after(['nha tui 4 nguoi thu nhap 6 trieu o nong thon'], 'ko hieu');
    expect(reply).toContain('Mình nói đơn giản hơn');
  });
});

describe('a line added to the post just given', () => {
  const POST = ['chuẩn nghèo 2027 là bao nhiêu', 'Đổi giọng cho bà con miền Nam dễ hiểu'];
  it('"Thêm số điện thoại liên hệ 0912 345 678 của anh Tư" then "Thêm giờ họp là 8 giờ sáng Chủ nhật": the same post, both lines before its source', async () => {
    const [, post, phone, meeting] = await DECEMBER.ask(...POST, 'Thêm số điện thoại liên hệ 0912 345 678 của anh Tư', 'Thêm giờ họp là 8 giờ sáng Chủ nhật');
    expect(phone).not.toContain(OUT_OF_SCOPE);
    expect(phone).toContain('Số điện thoại liên hệ 0912 345 678 của anh Tư.\nNguồn: Nghị định 351/2025/NĐ-CP');
    expect(phone!.replace('Số điện thoại liên hệ 0912 345 678 của anh Tư.\n', '')).toBe(post);
    expect(meeting).toContain('Số điện thoại liên hệ 0912 345 678 của anh Tư.\nGiờ họp: 8 giờ sáng Chủ nhật.\nNguồn:');
  });

  it('"them sdt lien he 0912345678 anh Tu nha" after a post on the near-poor supports: that post with the line', async () => {
    const [post, added] = await DECEMBER.ask('viet bai dang zalo ve ho tro cho ho can ngheo', 'them sdt lien he 0912345678 anh Tu nha');
    expect(added).toContain('Số điện thoại lien he 0912345678 anh Tu.\nNguồn:');
    expect(added!.replace('Số điện thoại lien he 0912345678 anh Tu.\n', '')).toBe(post);
  });

  it('"bo sung dia diem la nha van hoa ap 3" after the 2027 post: the line as typed', async () => {
    const reply = await DECEMBER.after(['viet bai dang zalo ve chuan ngheo 2027'], 'bo sung dia diem la nha van hoa ap 3');
    expect(reply).toContain('Dia diem: nha van hoa ap 3.\nNguồn:');
  });

  it('after the invitation, "Thêm giờ họp là 8 giờ sáng Chủ nhật" fills its time with the day, then a contact is added and kept', async () => {
    const [, time, phone] = await DECEMBER.ask('Viết thư mời họp dân bình xét hộ nghèo tại nhà văn hóa thôn', 'Thêm giờ họp là 8 giờ sáng Chủ nhật', 'Thêm SĐT liên hệ 0912 345 678 (anh Tư)');
    expect(time).toContain('Thời gian: 8 giờ sáng Chủ nhật, ngày …/…/….');
    expect(phone).toContain('Thời gian: 8 giờ sáng Chủ nhật');
    expect(phone).toContain('Địa điểm: ….\nSố điện thoại liên hệ 0912 345 678 (anh Tư).\nNgười mời');
    expect(phone).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg.');
  });

  it('the line added is kept in no stored session (a draft only)', async () => {
    const { openHarness } = await import('./harness.ts');
    const harness = await openHarness({ now: () => new Date('2026-12-07T03:00:00Z') });
    try {
      await harness.say('chuan ngheo 2027 la bao nhieu', 'kept');
      // Consented: the session is stored in the database from now on.
      await harness.say('/kiemtra', 'kept');
      await harness.say('dong y luu', 'kept');
      await harness.say('/huy', 'kept');
      expect(harness.storedSessions()).toContain('consentAt');
      await harness.say('viet bai dang zalo ve chuan ngheo 2027', 'kept');
      const added = await harness.say('Thêm số điện thoại liên hệ 0912 345 678 của anh Tư', 'kept');
      expect(added.text).toContain('0912 345 678');
      expect(harness.storedSessions()).not.toContain('0912');
      expect(harness.onDisk()).not.toContain('0912 345 678');
    } finally {
      harness.close();
    }
  });

  it('guard: "them ho can ngheo" after a post adds no line', async () => {
    const reply = await DECEMBER.after(['viet bai dang zalo ve chuan ngheo 2027'], 'them ho can ngheo');
    expect(reply).not.toMatch(/Ho can ngheo\.\nNguồn/);
  });

  it('guard: "them so dien thoai duoc khong" asks, no line added', async () => {
    const reply = await DECEMBER.after(['viet bai dang zalo ve chuan ngheo 2027'], 'them so dien thoai duoc khong');
    expect(reply).not.toContain('So dien thoai duoc khong.');
  });
});

describe("a notice's place and hours as typed", () => {
  const NOTICE = 'soan thong bao nhan don de nghi cong nhan ho ngheo';
  it('"nhan don tai nha van hoa ap 3 tu 7h den 11h" fills the place without the hours, and the hours from and to', async () => {
    const reply = await DECEMBER.after([NOTICE], 'nhan don tai nha van hoa ap 3 tu 7h den 11h');
    expect(reply).toContain('Địa điểm nhận: nha van hoa ap 3.');
    expect(reply).toContain('Thời gian nhận: từ 7 giờ đến 11 giờ.');
  });

  it('guard: "o xa Tan Phu" is echoed as typed, never given marks it was not typed with', async () => {
    const reply = await DECEMBER.after([NOTICE], 'o xa Tan Phu');
    expect(reply).toContain('Địa điểm nhận: xa Tan Phu.');
    expect(reply).toContain('UBND xã … nhận');
  });

  it('"nhận đơn tại UBND xã Tân Phú, thứ 2 đến thứ 6" names the commune in the notice and its days', async () => {
    const reply = await DECEMBER.after([NOTICE], 'nhận đơn tại UBND xã Tân Phú, thứ 2 đến thứ 6');
    expect(reply).toContain('UBND xã Tân Phú nhận Giấy đề nghị');
    expect(reply).toContain('Địa điểm nhận: UBND xã Tân Phú.');
    expect(reply).toContain('Thời gian nhận: từ thứ Hai đến thứ Sáu.');
  });

  it('"tai UBND xa Tan Phu luc 8 gio sang thu 7" keeps the place as typed and the hour with its day', async () => {
    const reply = await DECEMBER.after([NOTICE], 'tai UBND xa Tan Phu luc 8 gio sang thu 7');
    expect(reply).toContain('Địa điểm nhận: UBND xa Tan Phu.');
    expect(reply).toContain('Thời gian nhận: 8 giờ sáng thứ Bảy.');
  });
});

describe('a reminder of the review ending on a day', () => {
  for (const asked of ['nhắc bà con rà soát kết thúc 14/12', 'nhac ba con ra soat ket thuc 14/12', 'nhac ba con dot ra soat ket thuc ngay 14/12 nha', 'viết tin nhắc bà con đợt bình xét kết thúc vào 14/12']) {
    it(`"${asked}": a post led by the day it ends, 14/12/2026`, async () => {
      const reply = await DECEMBER.first(asked);
      expect(reply).toContain('Nhắc bà con: đợt rà soát hộ nghèo, hộ cận nghèo ở địa phương kết thúc ngày 14/12/2026 (do địa phương thông báo)');
      expect(reply).not.toContain('Hôm nay 07/12/2026');
      expect(reply).toContain('Nguồn: Quyết định 24/2021/QĐ-TTg');
    });
  }
});
