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

describe('N37-02: a household told in one sentence is classed as the chat classes it, with the deprivations told', () => {
  const DEPRIVED = 'Các chỉ số thiếu hụt bạn kể (3): bảo hiểm y tế, chất lượng nhà ở, nguồn nước sinh hoạt.';

  it.each([
    'nha 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam, ko co nuoc sach thi la ho gi',
    'nha 5 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam, ko co nuoc sach',
  ])('"%s": hộ nghèo, its 3 deprivations, no passage or card', async (question) => {
    const body = await ask(question);
    expect(body.answer).toMatch(/^Với số liệu bạn kể \(thu nhập 1\.200\.000 đồng\/người\/tháng, theo chuẩn áp dụng ngày \d\d\/\d\d\/\d{4}[^)]*\), hộ là hộ nghèo;/);
    expect(body.answer).toContain(DEPRIVED);
    expect(body.answer).not.toContain('Nguồn:');
    expect(body.answer).not.toContain('Hỗ trợ đóng bảo hiểm y tế (theo dữ liệu chính sách');
    // Extended compatibly: `answer` and `results` as before, the household read, by ids, and the sources (round 28).
    expect(Object.keys(body).sort()).toEqual(['answer', 'household', 'results', 'sources']);
    expect(body.household).toMatchObject({
      area: 'rural',
      members: 5,
      monthlyIncome: 6_000_000,
      incomePerPerson: 1_200_000,
      deprivations: ['health_insurance', 'housing_quality', 'water_source'],
      classification: 'poor',
    });
    expect(body.results.length).toBeGreaterThan(0);
  });

  it('a question that tells no household keeps the old shape: "answer" and "results" only', async () => {
    const body = await ask('ho can ngheo co dc bhyt mien phi ko');
    expect(Object.keys(body).sort()).toEqual(['answer', 'results', 'sources']);
  });

  it('"nha tui 4 nguoi o que thu nhap 6 trieu co dc vay von ko": the classes it lies between, then the loan asked besides', async () => {
    const body = await ask('nha tui 4 nguoi o que thu nhap 6 trieu co dc vay von ko');
    expect(body.answer).toContain('thu nhập 1.500.000 đồng/người/tháng');
    expect(body.answer).toContain('Vay vốn tín dụng chính sách');
    expect(body.household).toMatchObject({ members: 4, monthlyIncome: 6_000_000, deprivations: [] });
  });
});

describe('two earners or an income per person, the household size not told: the sum read and the size asked for', () => {
  it('"ba tui lanh luong huu 3 trieu con tui di lam 4 trieu": the sum, the size needed, no pension card, no class', async () => {
    const body = await ask('ba tui lanh luong huu 3 trieu con tui di lam 4 trieu');
    expect(body.answer).toContain('Thu nhập cả hộ: 7.000.000 đồng/tháng (cộng thu nhập của từng người: 3.000.000 đồng + 4.000.000 đồng = 7.000.000 đồng)');
    expect(body.answer).toContain('cần biết hộ có mấy người cùng ăn ở chung và hộ ở nông thôn hay thành thị');
    expect(body.answer).toContain('UBND cấp xã');
    expect(body.answer).not.toContain('hưu trí xã hội');
    // No class without the size: `answer` and `results` only, as before.
    expect(Object.keys(body).sort()).toEqual(['answer', 'results', 'sources']);
  });

  it('"binh quan 1tr2/nguoi la ho gi": what 1.200.000 đồng a person means against the lines, then the size asked for', async () => {
    const { answer } = await ask('binh quan 1tr2/nguoi la ho gi');
    expect(answer).toMatch(/^Thu nhập bình quân 1\.200\.000 đồng\/người\/tháng: theo chuẩn áp dụng ngày \d\d\/\d\d\/\d{4}/);
    expect(answer).toContain('trợ lý hỏi số người và hộ ở nông thôn hay thành thị');
  });

  it('"luong huu 3 trieu co dc tro cap ko" is still the support asked', async () => {
    const { answer } = await ask('luong huu 3 trieu co dc tro cap ko');
    expect(answer).not.toContain('cần biết hộ có mấy người');
  });
});
