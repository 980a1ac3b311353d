/**
 * Round 37 law30: `POST /api/ask` over real HTTP in the weeks before the 2027–2030 standard (rules/standards/2027-2030.yaml,
 * figures tham khảo) says the household's class from 01/01/2027 as the chat does (settled.ts comingLines), and `household` gains
 * `nextStandard` (its existing fields unchanged). Was today's class alone on 06/12/2026. Nothing of it on 01/06/2026 (no coming
 * standard yet) nor on 05/01/2027 (it is today's).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

type Asked = { answer: string; household?: Record<string, unknown> & { nextStandard?: { date: string; classification: string | null } } };

/** The API's answer with the clock (Date only: sockets and timers run as usual) on `instant`. */
async function askOn(instant: string, question: string): Promise<Asked> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  const response = await server.postJson('/api/ask', { question });
  expect(response.status).toBe(200);
  return (await response.json()) as Asked;
}

const HOUSEHOLD = 'nha tui 4 nguoi o que thu nhap 8 trieu co dc ho ngheo ko';
const COMING = 'Từ 01/01/2027 theo chuẩn mới: ít nhất là hộ cận nghèo; là hộ nghèo nếu thiếu hụt từ 3 chỉ số (tạm tính).';

describe('a household told to /api/ask in December 2026', () => {
  it(`"${HOUSEHOLD}" on 06/12/2026: today's class, then the 2027 class`, async () => {
    const { answer, household } = await askOn('2026-12-06T03:00:00Z', HOUSEHOLD);
    // By hand: 8.000.000 ÷ 4 = 2.000.000 đồng/người. Today (2022–2025 rural lines kept in 2026: poor 1.500.000, middle band to
    // 2.250.000): hộ có mức sống trung bình. From 01/01/2027 (rural line 2.200.000 ≥ 2.000.000): near-poor, poor from 3 deprivations.
    expect(answer).toContain('hộ là hộ có mức sống trung bình');
    expect(answer).toContain(COMING);
    expect(answer.indexOf(COMING)).toBeGreaterThan(answer.indexOf('hộ là hộ có mức sống trung bình'));
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    // The contract's fields as before, the next standard beside them: its class open (the indicators not told decide it).
    expect(household).toMatchObject({ date: '2026-12-06', area: 'rural', members: 4, monthlyIncome: 8_000_000, incomePerPerson: 2_000_000, deprivations: [], classification: 'middle' });
    expect(household?.nextStandard).toEqual({ date: '2027-01-01', classification: null });
  });

  it('"nha 3 nguoi o thanh pho thu nhap 6tr6, ko co bhyt, ko co nuoc sach": the 2 deprivations told counted for 2027', async () => {
    const { answer } = await askOn('2026-12-06T03:00:00Z', 'nha 3 nguoi o thanh pho thu nhap 6tr6, ko co bhyt, ko co nuoc sach');
    // 6.600.000 ÷ 3 = 2.200.000 ≤ 2.800.000 (urban, 2027): poor from 3 deprivations; BHYT and water are 2027 indicators: 1 more.
    expect(answer).toContain('Bạn đã kể 2 chỉ số thiếu hụt có trong bộ chỉ số từ 01/01/2027 (Bảo hiểm y tế; Nguồn nước sinh hoạt): thiếu hụt thêm 1 chỉ số nữa là hộ nghèo.');
    expect(answer.length).toBeLessThanOrEqual(1000);
  });

  it.each([
    ['01/06/2026', '2026-06-01T03:00:00Z'],
    ['05/01/2027', '2027-01-05T03:00:00Z'],
  ])(`"${HOUSEHOLD}" on %s: no "Từ 01/01/2027" line, no nextStandard`, async (_day, instant) => {
    const { answer, household } = await askOn(instant, HOUSEHOLD);
    expect(answer).not.toContain('Từ 01/01/2027 theo chuẩn mới');
    expect(household).toBeDefined();
    expect(household).not.toHaveProperty('nextStandard');
  });
});
