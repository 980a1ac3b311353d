/**
 * Round 38 mend38d, on 06/12/2026: /api/ask routes as the chat does when households' standing under the 2027 standard is asked in a
 * post ("viết bài ngắn: …", "soạn tin: …", "soạn tin cho bà con: …", its post words left out) or with "danh sách" ("sang nam ho ngheo
 * co bi loai khoi danh sach hok"): the list does not change by itself on 01/01/2027; was the card of a household taken off the list.
 */
import { describe, expect, it } from 'vitest';
import { askApiText, conversationsAt } from '../chat/harness.ts';

const DECEMBER = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'round38-mend38d-standing');
const TAKEN_OFF = 'Hộ không có tên (hoặc không còn tên)';

describe('households\' standing on 01/01/2027, asked in a post or with "danh sách"', () => {
  for (const question of [
    'viết bài ngắn: từ 1/1/2027 hộ cận nghèo có bị rớt không',
    'soạn tin: sang năm hộ nghèo có bị loại khỏi danh sách không',
    'soạn tin cho bà con: năm sau có bị cắt hộ cận nghèo không',
    'sang nam ho ngheo co bi loai khoi danh sach hok',
  ]) {
    it(`/api/ask "${question}": 01/01/2027 said, not the card of a household taken off the list`, () => {
      const answer = askApiText(question, '2026-12-06');
      expect(answer).toContain('01/01/2027');
      expect(answer).not.toContain(TAKEN_OFF);
    });
  }

  it('the chat: "sang nam ho ngheo co bi loai khoi danh sach hok" too', async () => {
    const reply = await DECEMBER.first('sang nam ho ngheo co bi loai khoi danh sach hok');
    expect(reply).toContain('01/01/2027');
    expect(reply).not.toContain(TAKEN_OFF);
  });
});
