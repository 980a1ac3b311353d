/**
 * Round 10 (cadres): what a commune cadre sends the API (findings22 K11, C02, C17, C19).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/rules/types.ts';
import { startTestService, type TestService } from './harness.ts';

let server: TestService;

beforeAll(async () => {
  server = await startTestService({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/check takes the date as people write it', () => {
  it('accepts "15/01/2027" as /api/batch and /api/standard do, and answers with 2027-01-15 (was: 400 "không có thật")', async () => {
    // NĐ 351/2025 (2027–2030): 8.400.000 ÷ 3 = 2.800.000 ≤ 2.800.000 (đô thị), 3 known deprivations → hộ nghèo.
    const household = { area: 'urban', members: 3, monthlyIncome: 8_400_000, deprivations: ['health_insurance', 'water_source', 'sanitation'] };
    for (const path of ['/api/check', '/api/check?lean=1']) {
      const written = await server.postJson(path, { ...household, date: '15/01/2027' });
      expect(written.status, path).toBe(200);
      const iso = await server.postJson(path, { ...household, date: '2027-01-15' });
      expect(await written.json(), path).toEqual(await iso.json());
    }
    const full = (await (await server.postJson('/api/check', { ...household, date: '15/01/2027' })).json()) as CheckResult & { asOf: string };
    expect(full.asOf).toBe('2027-01-15');
  });

  it('still refuses a day that does not exist, saying both forms', async () => {
    const response = await server.postJson('/api/check', { area: 'urban', members: 3, monthlyIncome: 8_400_000, date: '31/02/2027' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { field: string; message: string } };
    expect(body.error).toEqual({ field: 'date', message: 'Ngày “31/02/2027” không có thật hoặc sai dạng; hãy ghi yyyy-MM-dd hoặc dd/MM/yyyy, ví dụ 2026-03-15 hoặc 15/03/2026.' });
  });
});
