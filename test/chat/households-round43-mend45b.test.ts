/**
 * Round 43 (mend45b): residents' household and support questions tried in the terminal chat on 07/12/2026 (tryout45).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';
import { readerOn } from '../household/reader.ts';

const { first, after } = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'mend45b');
const { read } = readerOn('2026-12-07');

describe('R22.1: people and floor area told with the housing-area question: the rule applied to them', () => {
  it.each([
    ['nha tui 3 nguoi o can nha 20m2 co bi tinh thieu dien tich ko', '20 m² ÷ 3 người = 6,67 m²/người < 8 m²/người, nên hộ thiếu hụt chỉ số diện tích nhà ở bình quân đầu người'],
    ['nhà tui 4 người ở nhà 28m2 có bị tính thiếu diện tích ko', '28 m² ÷ 4 người = 7 m²/người < 8 m²/người, nên hộ thiếu hụt'],
    ['nha 5 nguoi o 45 met vuong co bi thieu dien tich ko', '45 m² ÷ 5 người = 9 m²/người ≥ 8 m²/người, nên hộ không thiếu hụt'],
  ])('"%s" (was the rule alone, the figures not used)', async (text, sum) => {
    const answer = await first(text);
    expect(answer).toContain(`Với hộ bạn kể: diện tích nhà ở: ${sum}`);
    expect(answer).toContain('Phụ lục (chỉ số diện tích nhà ở bình quân đầu người; tham khảo)');
    expect(answer.length, answer).toBeLessThanOrEqual(1000);
  });

  it('guard: the question without figures is the rule alone', async () => {
    const answer = await first('dien tich nha bao nhieu thi bi tinh thieu hut');
    expect(answer).not.toContain('Với hộ bạn kể');
  });
});

const FAMILY = 'nha 2 vo chong voi 3 dua nho 10, 7, 2 tuoi, chong lam ho 200k/ngay, vo o nha, nha la, ko co bhyt';

describe('R32.3: children never examined (or not known) are not a nutrition lack: "chưa rõ", and what it means', () => {
  it.each(['chua ai dc kham suy dinh duong', 'ko biet tui nho co suy dinh duong ko', 'chua can do nen hong biet nhe can ko'])('"%s" in the check (was "Dinh dưỡng: thiếu hụt")', async (text) => {
    const answer = await after([FAMILY, '2'], text);
    expect(answer).toContain('Dinh dưỡng: chưa rõ');
    expect(answer).not.toContain('Dinh dưỡng: thiếu hụt');
    expect(answer).toContain('Dinh dưỡng “chưa rõ”: chưa được tính là thiếu hụt');
    expect(answer).toContain('trẻ em dưới 16 tuổi bị thấp còi');
  });

  it('the reader: unexamined is unsure, a child said stunted is still a lack', () => {
    expect(read('chua ai dc kham suy dinh duong').understood.unsure).toContain('nutrition');
    expect(read('chua ai dc kham suy dinh duong').understood.deprivations).not.toContain('nutrition');
    expect(read('be 2 tuoi bi suy dinh duong').understood.deprivations).toContain('nutrition');
    expect(read('chua ai bi suy dinh duong').understood.deprivations).not.toContain('nutrition');
  });
});
