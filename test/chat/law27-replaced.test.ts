/**
 * Round 17 (law27), 03/12/2026: documents replaced, as rules/replaced.yaml records them from updates-2026.md (NĐ 238/2025
 * replacing NĐ 81/2021 and NĐ 97/2023; QĐ 14/2025 known only by its signing day), asked in residents' and cadres' words.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

/** 03/12/2026 10:00 in Vietnam. */
const NOW = new Date('2026-12-03T03:00:00Z');

const { first } = conversationsAt(NOW, 'law27-replaced');

describe('documents replaced (rules/replaced.yaml, updates-2026.md)', () => {
  it('“nd 97/2023 con hieu luc ko”: replaced by NĐ 238/2025/NĐ-CP from 03/09/2025 (tham khảo)', async () => {
    const text = await first('nd 97/2023 con hieu luc ko');
    expect(text).toContain('Nghị định 97/2023/NĐ-CP được thay bằng Nghị định 238/2025/NĐ-CP từ 03/09/2025 (tham khảo)');
  });

  for (const question of ['qd 28/2014 con ap dung ko', 'quyết định 14/2025 là gì']) {
    it(`“${question}”: QĐ 14/2025/QĐ-TTg's day is the day it was signed, its effective date chưa rõ (no "từ 29/05/2025")`, async () => {
      const text = await first(question);
      expect(text).toContain('ký ngày 29/05/2025; ngày có hiệu lực chưa rõ');
      expect(text).not.toMatch(/(thay bằng|thay thế) Quyết định [^ ]+ từ 29\/05\/2025/);
    });
  }
});
