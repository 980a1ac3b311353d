/**
 * Round 12 (findings R16): /api/ask classifies a household told with its figures and "co phai ho ngheo ko", as the chat's lead does
 * (src/chat/settled.ts), instead of a card or a passage.
 */
import { describe, expect, it } from 'vitest';
import { askApiText } from '../chat/harness.ts';

describe('/api/ask: a household told with "co phai ho ngheo ko"', () => {
  it.each([
    ['nha 4 nguoi thu nhap 6 trieu o que co phai ho ngheo ko', 'hộ là hộ cận nghèo hoặc hộ nghèo, tùy số chỉ số thiếu hụt'],
    ['nha tui 4 nguoi o que thu nhap 6 trieu 1 thang, ko co bhyt, nha tam, co phai ho ngheo ko', 'thu nhập 1.500.000 đồng/người/tháng'],
  ])('"%s"', (question, expected) => {
    const answer = askApiText(question, '2026-12-02');
    // Was: the housing card, or a passage explaining what hộ nghèo is.
    expect(answer).toContain('Với số liệu bạn kể');
    expect(answer).toContain(expected);
    expect(answer).toContain('Chủ tịch UBND cấp xã quyết định');
    expect(answer).not.toContain('Giải thích ngắn');
  });
});
