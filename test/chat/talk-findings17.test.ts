/**
 * Residents typing as in Zalo (outside tester, findings17): a privacy question and small talk said in plain words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

describe('findings17: plain words for privacy and small talk', () => {
  it('q21: "bạn có lưu sđt với thu nhập nhà tui ko, có gửi cho xã ko" is answered with what the assistant keeps', async () => {
    harness = await openHarness();
    for (const asked of ['bạn có lưu sđt với thu nhập nhà tui ko, có gửi cho xã ko', 'ban co luu so dien thoai voi thu nhap nha tui ko, co gui cho xa ko']) {
      const reply = await harness.say(asked);
      expect(reply.text).toContain('Trợ lý lưu gì về bạn');
      expect(reply.text).toContain('Trợ lý không gửi thông tin của bạn cho UBND');
      expect(reply.text).toContain('/xoadulieu');
      expect(reply.text).not.toContain('của cán bộ không có trong dữ liệu');
    }
  });

  it('q42: "ok cam on ban nhen", "dạ vâng ạ" get a short polite reply, never "ngoài phạm vi"', async () => {
    harness = await openHarness();
    const thanked = await harness.say('ok cam on ban nhen');
    expect(thanked.text).toContain('Không có gì ạ');
    const agreed = await harness.say('dạ vâng ạ');
    expect(agreed.text).toContain('Dạ.');
    expect(agreed.text).not.toContain('ngoài phạm vi');
  });
  it('q04: "tiền già", "tien gia cua ong ba", "… 71 tuoi, nha ho can ngheo, co dc lanh tien gia ko" name the social pension', async () => {
    harness = await openHarness();
    for (const asked of ['tiền già', 'tien gia cua ong ba', 'ba noi tui 71 tuoi, nha ho can ngheo, co dc lanh tien gia ko']) {
      const reply = await harness.say(asked);
      expect(reply.text).toContain('Trợ cấp hưu trí xã hội');
      expect(reply.text).toContain('Nghị định 176/2025/NĐ-CP');
      expect(reply.text).not.toContain('ngoài phạm vi');
      expect(reply.text).not.toContain('xúc tiến thương mại');
    }
  });

});
