/**
 * Round 11, outreach staff over real HTTP: /api/ask writes the short post the chat writes ("viết ngắn", "đoạn ngắn", "tóm tắt … gửi
 * bà con"), and the buttons of a reply (its "Chia sẻ") come with it through /api/chat as the web page shows them.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
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

async function chat(sessionId: string, message: { text?: string; action?: string }): Promise<Reply[]> {
  const response = await server.postJson('/api/chat', { sessionId, ...message });
  expect(response.status).toBe(200);
  return ((await response.json()) as { replies: Reply[] }).replies;
}
const buttonsOf = (replies: Reply[]) => replies.flatMap((reply) => (reply.buttons ?? []).flat());

describe('POST /api/chat: the share buttons come with the reply', () => {
  it.each([
    ['ho ngheo dc ho tro nhung j', 'h-ngheo'],
    ['tom tat ho tro cho ho can ngheo de gui ba con', 'h-near_poor'],
    ['viet 3 cau ve chuan ngheo 2027', 'r-s2027'],
  ])('"%s": "Chia sẻ" in the JSON, and pressing it gives the link token', async (text, token) => {
    const sessionId = randomBytes(18).toString('base64url');
    const replies = await chat(sessionId, { text });
    // Was (lists of supports, a class's short post): no "Chia sẻ" at all.
    const share = buttonsOf(replies).find((button) => button.label === 'Chia sẻ');
    expect(share).toBeDefined();
    expect(buttonsOf(replies).some((button) => button.label === 'Báo sai')).toBe(true);
    const shared = await chat(sessionId, { action: share!.action });
    expect(shared[0]!.shareToken).toMatch(new RegExp(`^${token}`));
  });
});

describe('findings33 O03 over HTTP: a short post correcting a rumour leads with the verdict, in /api/ask and /api/chat alike', () => {
  const asked = 'viết bài ngắn 3 câu đính chính tin đồn: hộ nghèo được phát 2 triệu mỗi tháng';

  it('/api/ask', async () => {
    const answer = await askApi(asked);
    // The verdict before the heading since round 40 (short33; was under it).
    expect(answer.split('\n')[0]).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
  });

  it('/api/chat', async () => {
    const [post] = await chat(randomBytes(16).toString('hex'), { text: asked });
    const text = post!.spans.map((span) => span.text).join('');
    expect(text.split('\n')[0]).toMatch(/^Không đúng: dữ liệu chính sách không có khoản hỗ trợ nào 2\.000\.000 đồng cho hộ nghèo/);
  });
});
