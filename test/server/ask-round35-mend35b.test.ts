/**
 * Round 35 (mend35b, 06/12/2026): `POST /api/ask` over real HTTP, a household told with its income as a bound only ("thu nhap hon
 * 1 trieu"): the chat asks for a figure; the API says the same question and what the chat would ask, short (was the whole
 * standard card, 3.910 characters).
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

describe('an income told only as "hơn N triệu"', () => {
  it.each([
    ['tui o 1 minh, nha tam, thu nhap hon 1 trieu', '1.000.000'],
    ['tui o 1 minh, nha tam, thu nhap hon 8 trieu', '8.000.000'],
  ])('"%s": the figure asked as the chat asks it, no card', async (question, bound) => {
    const response = await server.postJson('/api/ask', { question });
    expect(response.status).toBe(200);
    const { answer } = (await response.json()) as { answer: string };
    expect(answer).toContain(`Bạn ghi thu nhập hơn ${bound} đồng một tháng.`);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer.length).toBeLessThan(1000);
  });
});
