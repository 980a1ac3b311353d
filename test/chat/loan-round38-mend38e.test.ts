/**
 * Round 38 (mend38e). A policy loan asked with a criminal record ("Đề nghị cho biết hộ nghèo có tiền án tiền sự có được xét hỗ trợ
 * vay vốn không.", "chong tui co tien an thi nha tui co dc vay von ngheo ko") leads with one line: whether it affects the loan is
 * not in the data (chưa rõ), ask Ngân hàng Chính sách xã hội nơi vay or the cadre; then the loan card (in brief for the resident).
 * Was the loan card alone, nothing on the offence. "tien an" folded is also "tiền ăn" (food money): never read so after a negation
 * or of the household itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let harness: Harness;
afterEach(() => harness?.close());

const DEC_06 = () => new Date('2026-12-06T03:00:00Z');
const LEAD =
  'Người có tiền án, tiền sự (hoặc hộ có người như vậy) có ảnh hưởng đến việc vay vốn tín dụng chính sách hay không, dữ liệu của trợ lý chưa có (chưa rõ); ' +
  'bạn hỏi Ngân hàng Chính sách xã hội nơi vay, hoặc cán bộ phụ trách giảm nghèo ở UBND cấp xã.';
const LOAN = 'Vay vốn tín dụng chính sách';

describe('a policy loan asked with a criminal record', () => {
  it('a cadre: the line first, then the whole loan card, whom to ask said once', async () => {
    harness = await openHarness({ now: DEC_06 });
    const text = (await harness.say('Đề nghị cho biết hộ nghèo có tiền án tiền sự có được xét hỗ trợ vay vốn không.')).text;
    expect(text.startsWith(`${LEAD}\n\n${LOAN}`)).toBe(true);
    expect(text).toContain('100.000.000 đồng/hộ');
    expect(text.match(/cán bộ phụ trách giảm nghèo/g)).toHaveLength(1);
  });

  it.each(['chong tui co tien an thi nha tui co dc vay von ngheo ko', 'nguoi co an tich co duoc vay von ko', 'ba tui di tu ve co dc vay von ngheo hok'])(
    '%s: the line first, the loan card in brief',
    async (typed) => {
      harness = await openHarness({ now: DEC_06 });
      const text = (await harness.say(typed)).text;
      expect(text.startsWith(`${LEAD}\n\n${LOAN}`)).toBe(true);
      expect(text).toContain('Xem đủ: gõ “chi tiết”.');
    },
  );

  it.each(['tui ko co tien an, muon vay von ngheo', 'nha tui co tien an co dc vay von ngheo ko', 'ho ngheo vay von dc ko'])(
    'guard: %s (food money, or nothing said) is the loan card alone',
    async (typed) => {
      harness = await openHarness({ now: DEC_06 });
      const text = (await harness.say(typed)).text;
      expect(text).toContain(LOAN);
      expect(text).not.toContain('tiền án');
    },
  );

  it('guard: "nha tui ko co tien an" says nothing of an offence', async () => {
    harness = await openHarness({ now: DEC_06 });
    const text = (await harness.say('nha tui ko co tien an')).text;
    expect(text).not.toMatch(/tiền án|tiền sự|án tích/);
  });
});
