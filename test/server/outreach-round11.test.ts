/**
 * Round 11, outreach staff over real HTTP: /api/ask writes the short post the chat writes ("viết ngắn", "đoạn ngắn", "tóm tắt … gửi
 * bà con"), and the buttons of a reply (its "Chia sẻ") come with it through /api/chat as the web page shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;
beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

async function askApi(question: string): Promise<string> {
  const response = await server.postJson('/api/ask', { question });
  expect(response.status).toBe(200);
  return ((await response.json()) as { answer: string }).answer;
}

describe('POST /api/ask writes short when asked, as the chat does', () => {
  it.each([
    ['viết ngắn: hộ cận nghèo được hỗ trợ gì', /^Hộ cận nghèo được hỗ trợ \(áp dụng ngày/],
    ['viet doan ngan ve chuan ngheo moi de gui ba con', /^Chuẩn nghèo:\n- /],
    ['tom tat ho tro bhyt cho ho can ngheo de dang nhom zalo', /^Hỗ trợ đóng bảo hiểm y tế \(áp dụng ngày/],
    ['viết bài 3 dòng về chuẩn nghèo 2027', /^Chuẩn nghèo: Từ 01\/01\/2027/],
  ])('"%s"', async (question, lead) => {
    const answer = await askApi(question);
    // Was: the full card (the standard with its indicators and notes; every support with its basis and place), or a passage.
    expect(answer).toMatch(lead);
    expect(answer).toMatch(/\nNguồn: .+\./);
    expect(answer).toContain('(tham khảo)');
    expect(answer).not.toContain('Các chỉ số thiếu hụt dịch vụ xã hội cơ bản');
    expect(answer).not.toContain('Giải thích ngắn');
    expect(answer.length).toBeLessThan(1500);
  });

  it('a question that asks no short post keeps the full card', async () => {
    const answer = await askApi('chuan ngheo 2027 la bao nhieu');
    expect(answer).not.toMatch(/^Chuẩn nghèo:\n/);
    expect(answer).toContain('2.200.000 đồng');
  });
});
