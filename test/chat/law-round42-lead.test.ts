import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.js';

// Round 42 (lead, from tryout43): a 2027 change that is reported, not verified, carries its status where it is said.
describe('an indicator the 2027 standard drops is said with the status of that list', () => {
  const chat = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'lead42-dropped');
  it('ti vi voi radio nha tui ko co, nam 2027 co bi tinh thieu hut ko', async () => {
    const answer = await chat.first('ti vi voi radio nha tui ko co, nam 2027 co bi tinh thieu hut ko');
    expect(answer).toContain('Chuẩn nghèo áp dụng năm 2027 không có chỉ số “Phương tiện phục vụ tiếp cận thông tin” (tham khảo), nên');
  });
  it('nha tui ko co tivi, radio, nam 2027 co bi tinh thieu ko', async () => {
    expect(await chat.first('nha tui ko co tivi, radio, nam 2027 co bi tinh thieu ko')).toMatch(/không có chỉ số “Phương tiện phục vụ tiếp cận thông tin” \(tham khảo\)/u);
  });
});
