/**
 * Round 14: residents tell the household's income as each member's ("ba tui lanh luong huu 3 trieu con tui di lam 4 trieu")
 * or per person with the class asked ("binh quan 1tr2/nguoi la ho gi"): the check starts with it (the sum said, or what the
 * income per person means against the lines) and asks what is missing, never the pension card or the standard's card.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const TODAY = '2026-12-03';
const { ask, first } = conversationsAt(new Date(`${TODAY}T03:00:00Z`), 'round14-incomes');

describe('each member\'s income told, no size: the sum starts the check', () => {
  it('"ba tui lanh luong huu 3 trieu con tui di lam 4 trieu": 7.000.000 đồng/tháng, then area and size asked', async () => {
    const [reply, area, members] = await ask('ba tui lanh luong huu 3 trieu con tui di lam 4 trieu', 'Không lưu', 'o que');
    expect(reply).toContain('Thu nhập cả hộ: 7.000.000 đồng/tháng (cộng thu nhập của từng người: 3.000.000 đồng + 4.000.000 đồng = 7.000.000 đồng)');
    expect(reply).not.toContain('trợ cấp hưu trí xã hội');
    expect(area).toContain('nông thôn hay thành thị');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
  });

  it('"luong huu 3 trieu co dc tro cap ko" still asks about the support', async () => {
    const reply = await first('luong huu 3 trieu co dc tro cap ko');
    expect(reply).toContain('Trợ cấp hưu trí xã hội');
    expect(reply).not.toContain('Mình hiểu');
  });
});

describe('an income per person with the class asked is a household told', () => {
  it.each([
    ['binh quan 1tr2/nguoi la ho gi', '1.200.000'],
    ['moi nguoi 1 trieu ruoi 1 thang thi la ho gi', '1.500.000'],
  ])('"%s": what it means against the lines first, then the rest asked', async (text, amount) => {
    const [reply, area, members] = await ask(text, 'Không lưu', 'o que');
    expect(reply).toMatch(new RegExp(`^Thu nhập bình quân ${amount.replace(/\./g, '\\.')} đồng/người/tháng: theo chuẩn áp dụng ngày 03/12/2026`));
    expect(reply).toContain(`Thu nhập bình quân: ${amount} đồng/người/tháng`);
    expect(reply).not.toContain('Chuẩn nghèo đa chiều năm 2026 (năm chuyển tiếp)');
    expect(reply).not.toContain('ngoài phạm vi');
    expect(area).toContain('nông thôn hay thành thị');
    expect(members).toContain('có bao nhiêu người cùng ăn ở chung');
  });

  it('"binh quan 1tr2/nguoi co dc ho tro gi ko" is not a household told', async () => {
    const reply = await first('binh quan 1tr2/nguoi co dc ho tro gi ko');
    expect(reply).not.toContain('Mình hiểu');
  });
});
