/**
 * Round 14 (follow): residents telling their household in one message, without marks. Two incomes in one sentence are added
 * up and the sum is said back with the class, so a wrong reading can be corrected (N37-10). Asked on 02/12/2026 (the 2026
 * transition standard: NĐ 07/2021/NĐ-CP kept by NĐ 351/2025/NĐ-CP).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DECEMBER = () => new Date('2026-12-02T03:00:00Z');

describe('N37-10: two incomes in one sentence are the household\'s month, and the sum is said with the class', () => {
  it.each([
    ['chong lam ho 5 trieu, vo ban rau dc 2 trieu 1 thang, nha 4 nguoi o que, vay la ho gi', '5.000.000 đồng + 2.000.000 đồng = 7.000.000 đồng'],
    ['ba tui lanh luong huu 3 trieu con tui di lam 4 trieu, nha 4 nguoi o que thi la ho j', '3.000.000 đồng + 4.000.000 đồng = 7.000.000 đồng'],
  ])('"%s": 7.000.000 đồng/tháng for 4 people, 1.750.000 đồng/người/tháng, the sum said', async (said, sum) => {
    harness = await openHarness({ now: DECEMBER });
    const { text } = await harness.say(said);
    const lead = text.split('\n')[0]!;
    expect(lead).toContain('thu nhập 1.750.000 đồng/người/tháng');
    expect(lead).toContain(`Thu nhập cả hộ: 7.000.000 đồng/tháng ÷ 4 người = 1.750.000 đồng/người/tháng (cộng thu nhập của từng người: ${sum})`);
    expect(lead).toContain('Nếu chưa đúng, bạn gõ lại thu nhập cả hộ một tháng.');
    expect(text).toContain('Kết quả sàng lọc (tham khảo): HỘ CÓ MỨC SỐNG TRUNG BÌNH');
    // The sum corrected in the next message is the household's month.
    const corrected = await harness.say('nha 4 nguoi o que thu nhap ca nha 5 trieu 1 thang thoi, la ho gi');
    expect(corrected.text.split('\n')[0]).toContain('thu nhập 1.250.000 đồng/người/tháng');
  });
});
