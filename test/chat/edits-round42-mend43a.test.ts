/**
 * Round 42 mend43a, on 07/12/2026: edits asked of the PREVIOUS ANSWER (not only of a post), in outreach staff's and residents'
 * words. "viet ngan gon thoi" after a class's card is shorter than it (was 1.487 characters after 1.164); "lam thanh tin nhan zalo"
 * is a short post of it; "viet bang giong than thien hon" the same post opened warmly to bà con; "viet bai dinh chinh" after a
 * rumour's answer a post of that answer; "ghi ro so tien" after a post each amount, "chưa rõ" where none is published, never an
 * older programme's figure; "bo phan lai suat di" after a post that post without the rate (was the rate alone). All but the
 * first and last were "ngoài phạm vi".
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'round42-mend43a');
const OUT_OF_SCOPE = 'nằm ngoài phạm vi';
const CADRE = 'cán bộ phụ trách giảm nghèo ở UBND cấp xã';

describe('"ngắn gọn" after a class\'s card: shorter than the card, never longer', () => {
  for (const [card, asked] of [
    ['ho ngheo dc nhung chinh sach j', 'viet ngan gon thoi'],
    ['hộ nghèo được những chính sách gì', 'ngắn gọn thôi'],
    ['ho ngheo dc ho tro nhung j', 'ngan gon thoi nha'],
    ['ho ngheo duoc huong chinh sach gi', 'noi ngan gon thoi'],
  ] as const) {
    it(`"${asked}" after "${card}"`, async () => {
      const [first, reply] = await DECEMBER.ask(card, asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply!.length).toBeLessThan(first!.length);
      expect(reply!.length).toBeLessThanOrEqual(1000);
      expect(reply).toContain('Hộ nghèo được hỗ trợ');
      expect(reply).toContain('100%');
      expect(reply).toContain('(tham khảo)');
    });
  }
});

describe('"làm thành tin nhắn Zalo" after an answer: a short post of it', () => {
  for (const asked of ['lam thanh tin nhan zalo', 'Làm thành tin nhắn Zalo giúp', 'chuyen thanh tin zalo gui ba con', 'soan thanh tin nhan zalo nha']) {
    it(`"${asked}" after the near-poor supports`, async () => {
      const reply = await DECEMBER.after(['ho can ngheo dc ho tro gi'], asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).toContain('Hộ cận nghèo được hỗ trợ');
      expect(reply).toContain('(tham khảo)');
      expect(reply).toContain('Bà con');
      expect(reply).not.toContain('nơi bạn cư trú');
    });
  }

  it('"lam thanh tin nhan zalo" while a check\'s consent waits: no post of the household, the choice again', async () => {
    const reply = await DECEMBER.after(['ba con hoi nam 2027 thu nhap 2 trieu co con la ho ngheo ko, viet tra loi ngan'], 'lam thanh tin nhan zalo');
    expect(reply).not.toContain(OUT_OF_SCOPE);
    expect(reply).not.toContain('2.000.000');
    expect(reply).toContain('không bao giờ từ thông tin của hộ');
    expect(reply).toContain('Đồng ý lưu');
  });
});

describe('"giọng thân thiện hơn" after a post: the same post, opened warmly to bà con', () => {
  for (const asked of ['viet bang giong than thien hon', 'viết bằng giọng thân thiện hơn', 'noi gan gui hon cho ba con', 'viet than thien hon di']) {
    it(`"${asked}" after the post on the 2026 standard`, async () => {
      const reply = await DECEMBER.after(['viet bai giai thich vi sao nam 2026 van dung chuan ngheo cu'], asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).toMatch(/^Bà con mình lưu ý nhé:/);
      expect(reply).toContain('1.500.000 đồng');
      expect(reply).toContain('(tham khảo)');
      expect(reply).toContain('Nguồn: Nghị định 351/2025/NĐ-CP');
    });
  }
});

describe('"viết bài đính chính" after a rumour\'s answer: a post of that answer for bà con', () => {
  for (const asked of ['viet bai dang ngan dinh chinh giup', 'Viết bài đính chính', 'soan bai dinh chinh cho ba con', 'lam tin dinh chinh gui nhom zalo']) {
    it(`"${asked}" after the rumour on school fees`, async () => {
      const reply = await DECEMBER.after(['co nguoi noi chi hoc sinh ho ngheo moi duoc mien hoc phi, dung ko'], asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).toContain('không phụ thuộc hộ nghèo');
      expect(reply).toContain('(tham khảo)');
      expect(reply).toContain('Bà con');
      expect(reply).not.toContain('nơi bạn cư trú');
    });
  }
});

describe('"ghi rõ số tiền" after a post on housing: what is known of the amounts, no older figure', () => {
  for (const asked of ['ghi ro so tien', 'Ghi rõ số tiền giúp', 'noi ro muc tien di', 'ghi ro so tien cu the']) {
    it(`"${asked}" after the post on housing in 2027`, async () => {
      const reply = await DECEMBER.after(['soan bai dang ve ho tro xay nha cho ho ngheo nam 2027'], asked);
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).toContain('Hỗ trợ nhà ở');
      expect(reply).toContain('chưa được công bố');
      expect(reply).toContain('(chưa rõ)');
      expect(reply).toContain(CADRE);
      expect(reply).not.toMatch(/(?:40|20|60|30)\.000\.000/);
    });
  }
});

describe('"bỏ phần X đi" after a post: that post without the part about X, not X alone', () => {
  const POST = 'viet bai tuyen truyen ve vay von ngan hang chinh sach cho ho can ngheo';
  for (const asked of ['bo phan lai suat di', 'Bỏ phần lãi suất đi', 'xoa doan lai suat giup', 'bo cau ve lai suat nha']) {
    it(`"${asked}" after the post on loans of the near-poor`, async () => {
      const [post, reply] = await DECEMBER.ask(POST, asked);
      expect(post).toContain('lãi suất');
      expect(reply).not.toContain(OUT_OF_SCOPE);
      expect(reply).not.toContain('lãi suất');
      expect(reply).not.toContain('7,92%');
      expect(reply).toContain('Ngân hàng Chính sách xã hội');
      expect(reply).toContain('Nguồn:');
      expect(reply).toContain(CADRE);
    });
  }
});
