/**
 * Round 34 (helper "mend34a"): follow-ups of the 06/12/2026 residents' tryout that went wrong.
 * 3. "bn tien" after "qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko": the 2027–2030 standard's income lines
 *    (Nghị định 351/2025/NĐ-CP, tham khảo); was search (the electricity explainer), that answer setting no topic.
 * 1/2. "ho ngheo dc ho tro gi nhiu z" ("được hỗ trợ gì nhiều vậy"): the poor household's supports with their statuses, and
 *    "con gi nua ko" after it stays on that list; was an explainer from search ("nhiu" read as "bao nhiêu"), then the goodbye.
 * 2. "con gi nua ko", "the con nha tui" while the consent question of "nha tui co phai ho ngheo ko" waits: the choice again;
 *    was the goodbye ("Dạ. Khi cần hỏi thêm …"), then "Câu hỏi này nằm ngoài phạm vi …".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness, type Turn } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const TRYOUT_DAY = () => new Date('2026-12-06T03:00:00Z');

async function chainTurns(...messages: string[]): Promise<Turn[]> {
  harness = await openHarness({ now: TRYOUT_DAY });
  const turns: Turn[] = [];
  for (const message of messages) turns.push(await harness.say(message));
  return turns;
}

describe('the follow-ups of the household\'s standing in 2027', () => {
  it('"qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko" → "bn tien": the 2027–2030 income lines, not electricity', async () => {
    const [standing, amount] = await chainTurns('qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko', 'bn tien');
    expect(standing!.text).toContain('Từ 01/01/2027 hộ còn là hộ nghèo, hộ cận nghèo không');
    expect(amount!.text).toContain('2.200.000 đồng');
    expect(amount!.text).toContain('2.800.000 đồng');
    expect(amount!.text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(amount!.text).toContain('(tham khảo)');
    expect(amount!.text).not.toContain('tiền điện');
    expect(amount!.text.length).toBeLessThan(1000);
  });

  it('"qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko" → "ap dung khi nao": 01/01/2027 – 31/12/2030', async () => {
    const [, when] = await chainTurns('qua nam 2027 chuan ngheo thay doi sao, nha tui co bi rot ko', 'ap dung khi nao');
    expect(when!.text).toContain('01/01/2027 – 31/12/2030');
    expect(when!.text).toContain('Nghị định 351/2025/NĐ-CP');
    expect(when!.text).not.toContain('tiền điện');
  });
});

describe('the poor household\'s supports asked "gi nhiu z"', () => {
  it('"ho ngheo dc ho tro gi nhiu z" → "con gi nua ko": the poor household\'s list with statuses, then still that list', async () => {
    const [list, more] = await chainTurns('ho ngheo dc ho tro gi nhiu z', 'con gi nua ko');
    expect(list!.text).toContain('Hỗ trợ cho hộ nghèo (áp dụng ngày 06/12/2026)');
    expect(list!.text).toContain('(tham khảo)');
    expect(list!.text).not.toContain('Giải thích ngắn');
    expect(list!.text.length).toBeLessThan(1300);
    expect(more!.text).toContain('hộ nghèo');
    expect(more!.text).not.toContain('Khi cần hỏi thêm');
  });
});

describe('the household\'s check pending while the consent question waits', () => {
  it('"nha tui co phai ho ngheo ko" → "con gi nua ko" → "the con nha tui": the consent choice again, no goodbye, no "ngoài phạm vi"', async () => {
    const [, more, ours] = await chainTurns('nha tui co phai ho ngheo ko', 'con gi nua ko', 'the con nha tui');
    for (const turn of [more!, ours!]) {
      expect(turn.text).toContain('Đồng ý lưu');
      expect(turn.text).toContain('Không lưu');
      expect(turn.text).not.toContain('Khi cần hỏi thêm');
      expect(turn.text).not.toContain('ngoài phạm vi');
    }
  });
});
