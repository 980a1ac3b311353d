/**
 * Round 14 (follow): `POST /api/ask` over real HTTP, a household told in one sentence without marks: two incomes added up
 * and the sum said (N37-10), as the chat says it. The server answers on the day it runs: only what no standard changes is
 * checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/search/types.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

const ask = async (question: string) => {
  const response = await server.postJson('/api/ask', { question });
  expect(response.status).toBe(200);
  return (await response.json()) as { answer: string; results: SearchResult[] } & Record<string, unknown>;
};

describe('N37-10: two incomes in one sentence are the household\'s month, the sum said', () => {
  it.each([
    ['chong lam ho 5 trieu, vo ban rau dc 2 trieu 1 thang, nha 4 nguoi o que, vay la ho gi', '5.000.000 đồng + 2.000.000 đồng = 7.000.000 đồng'],
    ['ba tui lanh luong huu 3 trieu con tui di lam 4 trieu, nha 4 nguoi o que thi la ho j', '3.000.000 đồng + 4.000.000 đồng = 7.000.000 đồng'],
  ])('"%s"', async (question, sum) => {
    const { answer, results } = await ask(question);
    expect(answer).toContain(`Thu nhập cả hộ: 7.000.000 đồng/tháng ÷ 4 người = 1.750.000 đồng/người/tháng (cộng thu nhập của từng người: ${sum})`);
    expect(answer).toContain('thu nhập 1.750.000 đồng/người/tháng');
    // The contract stays: the search results come with the answer.
    expect(Array.isArray(results)).toBe(true);
  });
});
