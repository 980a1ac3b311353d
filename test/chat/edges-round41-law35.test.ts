/**
 * Round 41 law35: the date edge of 01/01/2027 is Vietnam's midnight (UTC+7), one clock for every answer: a message at 23:59 on
 * 31/12/2026 (16:59 UTC) is answered by the 2026 standard, one at 00:01 on 01/01/2027 (17:01 UTC, still 31/12 in UTC) by the
 * 2027–2030 standard, through the chat core and through POST /api/ask (no clock port there: the API reads the process's Date,
 * faked here alone, timers left real so the server runs).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestService, type TestService } from '../server/harness.ts';
import { conversationsAt } from './harness.ts';

const EVE_2359 = new Date('2026-12-31T16:59:00Z');
const NEW_YEAR_0001 = new Date('2026-12-31T17:01:00Z');
const EVE = conversationsAt(EVE_2359, 'round41-law35-2359');
const NEW_YEAR = conversationsAt(NEW_YEAR_0001, 'round41-law35-0001');

describe('chat core: 23:59 on 31/12/2026 and 00:01 on 01/01/2027, Vietnam time', () => {
  it('"chuan ngheo nong thon bao nhieu": 1.500.000 đồng on 31/12/2026, 2.200.000 đồng on 01/01/2027', async () => {
    const eve = await EVE.first('chuan ngheo nong thon bao nhieu');
    expect(eve).toContain('Chuẩn nghèo nông thôn áp dụng hôm nay, 31/12/2026');
    expect(eve).toContain('≤ 1.500.000 đồng: hộ nghèo');
    const next = await NEW_YEAR.first('chuan ngheo nong thon bao nhieu');
    expect(next).toContain('Chuẩn nghèo nông thôn áp dụng hôm nay, 01/01/2027');
    expect(next).toContain('≤ 2.200.000 đồng: hộ nghèo');
    expect(next).not.toContain('31/12/2026');
  });

  it('"nha tui 4 nguoi o que thu nhap 8tr, la ho gi": 2.000.000 đồng/người against the day\'s rural line', async () => {
    const eve = await EVE.first('nha tui 4 nguoi o que thu nhap 8tr, la ho gi');
    expect(eve).toContain('theo chuẩn áp dụng ngày 31/12/2026');
    expect(eve).not.toContain('theo chuẩn áp dụng ngày 01/01/2027');
    const next = await NEW_YEAR.first('nha tui 4 nguoi o que thu nhap 8tr, la ho gi');
    // Class first (round 43 resid46): 2.000.000 đồng under the 2027 rural line of 2.200.000 đồng, the 2027–2030 standard alone.
    expect(next).toContain('2.000.000 đồng/người/tháng, ở nông thôn, dưới mức 2.200.000 đồng theo chuẩn hiện hành của Nghị định 351/2025/NĐ-CP (tham khảo), hộ bạn là hộ cận nghèo');
    expect(next).not.toContain('07/2021');
    expect(next).not.toContain('31/12/2026');
  });
});

describe('POST /api/ask: the same edge by the process clock', () => {
  let server: TestService;
  beforeAll(async () => {
    server = await startTestService();
  });
  afterAll(async () => {
    vi.useRealTimers();
    await server.close();
  });
  const ask = async (at: Date) => {
    vi.useFakeTimers({ toFake: ['Date'], now: at });
    try {
      const response = await server.postJson('/api/ask', { question: 'chuan ngheo nong thon bao nhieu' });
      return ((await response.json()) as { answer: string }).answer;
    } finally {
      vi.useRealTimers();
    }
  };
  it('23:59 on 31/12/2026: the 2026 line; 00:01 on 01/01/2027: the 2027 line', async () => {
    const eve = await ask(EVE_2359);
    expect(eve).toContain('31/12/2026');
    expect(eve).toContain('1.500.000 đồng');
    const next = await ask(NEW_YEAR_0001);
    expect(next).toContain('01/01/2027');
    expect(next).toContain('2.200.000 đồng');
    expect(next).not.toContain('31/12/2026');
  });
});
