/**
 * Round 37 staff25: /api/ask answers a resident's question after a commune merger as the chat does, with the commune-merger entry
 * ("xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai"). Was "Có. … vẫn có hộ nghèo": the 2026 standard read
 * as a claim checked before the merger, as if the old list still held.
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

describe('POST /api/ask after a commune merger', () => {
  it.each(['xa tui sap nhap roi, gio danh sach ho ngheo cu con ko hay phai lam lai', 'phuong tui moi sap nhap, ds ho can ngheo cu con hong'])(
    '"%s": the merger entry, what is not known said so, no "Có."',
    async (question) => {
      const { answer } = (await (await server.postJson('/api/ask', { question })).json()) as { answer: string };
      expect(answer).toContain('UBND cấp xã nơi hộ đang cư trú hiện nay (xã sau sắp xếp)');
      expect(answer).toContain('xã mới có rà soát lại riêng hay không');
      expect(answer).not.toMatch(/^Có\./);
    },
  );
});
