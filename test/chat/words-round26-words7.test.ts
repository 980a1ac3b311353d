/**
 * Round 26 (words7, 05/12/2026): residents' words during the household check, as typed on Zalo (no diacritics, ko/dc/j/tui,
 * Southern words).
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T17:30:00Z');
const TODAY = '2026-12-05';
const { ask, first } = conversationsAt(DECEMBER, 'round26-words7');

describe('"thu nhập bình quân" with its area and the class asked is the amount\'s question, as its "/người" twin', () => {
  it.each(['hộ thành thị thu nhập bình quân 2,5 triệu là hộ gì', 'ho thanh thi thu nhap binh quan 2,5 trieu la ho gi'])('"%s": the class, how it was read, no check started', async (question) => {
    for (const text of [await first(question), askApiText(question, TODAY)]) {
      // thành thị 2026: > 2.000.000 and ≤ 3.000.000 đồng → hộ có mức sống trung bình (NĐ 07/2021 kept by NĐ 351/2025).
      expect(text).toContain('ở thành thị (mức > 2.000.000 đồng và ≤ 3.000.000 đồng): hộ có mức sống trung bình');
      expect(text).toContain('Mình hiểu 2.500.000 đồng là thu nhập bình quân mỗi người mỗi tháng');
      expect(text).not.toContain('Đồng ý lưu');
    }
  });

  it('guard: "nha tui o que thu nhap binh quan 1tr2 la ho gi" (the speaker\'s own household) still starts the check', async () => {
    expect(await first('nha tui o que thu nhap binh quan 1tr2 la ho gi')).toContain('Đồng ý lưu');
  });
});
