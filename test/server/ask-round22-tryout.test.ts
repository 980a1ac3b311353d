/**
 * Round 22 (tryout): /api/ask asked as residents type on a phone, the household's own class with nothing told of it.
 */
import { describe, expect, it } from 'vitest';
import { askApiText } from '../chat/harness.ts';

const TODAY = '2026-12-04';

describe('/api/ask: the household\'s own class asked with nothing told of it', () => {
  it.each(['nha tui co phai ho ngheo ko', 'tui muon biet nha tui co phai ho ngheo ko', 'nha tui co thuoc ho can ngheo ko'])(
    '"%s": what to tell for the check, and UBND cấp xã (was: the explainer on vocational training, its 2025 figures)',
    (question) => {
      const answer = askApiText(question, TODAY);
      expect(answer).toMatch(/^Để kiểm tra hộ của bạn, hãy cho biết trong câu hỏi hộ có mấy người/);
      expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
      expect(answer).not.toContain('2.500.000 đồng/người/khóa');
    },
  );

  it('guard: "nha tui ho ngheo co dc vay von ko" (the class told, a support asked) is still the loan card', () => {
    expect(askApiText('nha tui ho ngheo co dc vay von ko', TODAY)).toMatch(/^Vay vốn tín dụng chính sách/);
  });
});
