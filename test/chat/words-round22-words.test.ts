/**
 * Round 22 (words): residents' questions while a household check waits for its consent answer, and questions routed to the
 * wrong entry, in the words they type.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-04T03:00:00Z');
const { ask } = conversationsAt(DECEMBER, 'round22-words');
const HOUSEHOLD = 'nha tui 5 nguoi o que thu nhap 6 trieu';

describe('a question asked while the consent question waits is answered, never saved as a household fact', () => {
  it('"ho can ngheo dc ho tro bhyt bao nhieu vay ban": the near-poor BHYT support, the consent reminded (was: "Mình ghi nhận: … Bảo hiểm y tế: không thiếu hụt")', async () => {
    const [, answer] = await ask(HOUSEHOLD, 'ho can ngheo dc ho tro bhyt bao nhieu vay ban');
    expect(answer).not.toContain('Mình ghi nhận');
    expect(answer).toMatch(/^Hỗ trợ đóng bảo hiểm y tế/);
    expect(answer).toContain('Hộ cận nghèo: Ngân sách nhà nước hỗ trợ tối thiểu 70%');
    expect(answer).toContain('“Đồng ý lưu” hoặc “Không lưu”');
  });

  it('"bhyt la gi ban oi" and "co bhyt thi sao ban" at the consent question: answered, nothing recorded', async () => {
    for (const question of ['bhyt la gi ban oi', 'co bhyt thi sao ban']) {
      const [, answer] = await ask(HOUSEHOLD, question);
      expect(answer, question).not.toContain('Mình ghi nhận');
      expect(answer, question).toContain('bảo hiểm y tế');
    }
  });

  it('guard: "nha tui co bhyt roi" at the consent question is a fact of the household, recorded', async () => {
    const [, answer] = await ask(HOUSEHOLD, 'nha tui co bhyt roi');
    expect(answer).toContain('Mình ghi nhận');
    expect(answer).toContain('Bảo hiểm y tế: không thiếu hụt');
  });
});
