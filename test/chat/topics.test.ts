/** Each free question goes to its source: the standard, a support or the procedure from the rules data; the rest to passages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTopic } from '../../src/chat/topics.ts';
import { SUGGESTED_QUESTIONS } from '../../src/chat/answers.ts';
import { openHarness, type Harness } from './harness.ts';

describe('readTopic', () => {
  it('sends questions about the standard, a support or the procedure to the rules data, as people type them', () => {
    expect(readTopic('chuẩn nghèo 2027 là bao nhiêu')).toEqual({ kind: 'standard', year: 2027 });
    expect(readTopic('muc song trung binh thanh thi')).toEqual({ kind: 'standard' });
    expect(readTopic('thu nhap bao nhieu thi la ho ngheo')).toEqual({ kind: 'standard' });
    expect(readTopic('ho can ngheo co dc bhyt mien phi ko')).toEqual({ kind: 'support', supportId: 'health_insurance_premium', classification: 'near_poor' });
    expect(readTopic('nha ngheo co duoc ho tro tien dien khong')).toEqual({ kind: 'support', supportId: 'electricity_bill', classification: 'poor' });
    for (const question of ['thu tuc xet ho ngheo', 'nop giay o dau', 'bao lau thi co ket qua']) {
      expect(readTopic(question), question).toEqual({ kind: 'procedure' });
    }
  });

  it('leaves other questions, and cadres’ questions about plans and figures, to the passages', () => {
    expect(readTopic('tỷ lệ tham gia BHYT so với dân số đạt bao nhiêu')).toBeUndefined();
    expect(readTopic('tăng nguồn vốn ngân sách ủy thác qua NHCSXH')).toBeUndefined();
    expect(readTopic('phong trào giảm nghèo theo địa chỉ')).toBeUndefined();
  });
});

describe('answers from the right source in the chat', () => {
  let chat: Harness;
  beforeAll(async () => {
    chat = await openHarness();
  });
  afterAll(() => chat.close());

  it('answers the standard of the year asked with its legal basis, as /chuan does', async () => {
    const asked = await chat.say('chuẩn nghèo 2027 là bao nhiêu');
    expect(asked.text).toContain('2.200.000');
    expect(asked.text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(asked.text).toBe((await chat.say('/chuan 2027')).text);
  });

  it('answers a support for a class from its entry: amount only where verified, basis, where to apply', async () => {
    const { text } = await chat.say('ho can ngheo co dc bhyt mien phi ko');
    expect(text).toContain('Hộ cận nghèo');
    expect(text).toContain('70%');
    expect(text).toContain('Căn cứ: Nghị định 188/2025/NĐ-CP');
    expect(text).toContain('Nơi làm:');
    expect(text).not.toContain('Hàng nghìn lượt hộ');
    const electricity = await chat.say('nha ngheo co duoc ho tro tien dien khong');
    expect(electricity.text).toContain('Hỗ trợ tiền điện');
    expect(electricity.text).toContain('Quyết định 28/2014/QĐ-TTg');
  });

  it('says plainly when the class asked about has no such support', async () => {
    const { text } = await chat.say('ho trung binh co dc ho tro tien dien ko');
    expect(text).toContain('không có hỗ trợ này');
    expect(text).toContain('UBND cấp xã');
  });

  it('answers the procedure from the procedure data with its source', async () => {
    const { text } = await chat.say('nop giay o dau');
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('Quyết định 24/2021/QĐ-TTg');
  });

  it('says "ngoài phạm vi" for an out-of-scope question, points to the commune, and suggests questions that answer', async () => {
    const { text } = await chat.say('giá lúa hôm nay');
    expect(text).toContain('ngoài phạm vi');
    expect(text).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(text).not.toMatch(/thương binh/i);
    const inScope = await chat.say('ho ngheo nuoi ca sau rieng co dc gi hok');
    expect(inScope.text).not.toContain('ngoài phạm vi');
    for (const suggestion of SUGGESTED_QUESTIONS) {
      expect(text).toContain(suggestion);
      const answer = await chat.say(suggestion);
      expect(answer.text, suggestion).not.toMatch(/không tìm thấy|ngoài phạm vi/);
      expect(answer.text.length, suggestion).toBeGreaterThan(100);
    }
  });
});
