/**
 * Round 36 staff24, cadres and outreach staff reading the procedure: the statuses of its lines sit inside their sentence,
 * before its full stop ("… nêu rõ lý do (tham khảo)."); were after it ("… nêu rõ lý do. (tham khảo)").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');

describe('cadres: a status said before the full stop of its sentence', () => {
  it.each(['Cho hỏi thủ tục xét hộ nghèo thế nào ạ', 'nộp đơn xin xét hộ cận nghèo bao lâu có kết quả', 'gửi bà con trong nhóm: thủ tục đăng ký hộ cận nghèo'])(
    '“%s”: “… (tham khảo).”, never “…. (tham khảo)”',
    async (question) => {
      harness = await openHarness({ now: DEC_06 });
      const { text } = await harness.say(question);
      expect(text).toMatch(/ \((?:tham khảo|chưa rõ)\)\./);
      expect(text).not.toMatch(/\.\s*\((?:tham khảo|chưa rõ|đã kiểm tra)\)/);
    },
  );
});
