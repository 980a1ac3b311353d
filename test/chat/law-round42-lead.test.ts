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

// Round 42 (lead, from tryout44 oc08.2): "thêm …" after a post adds a line only when there is something to add.
describe('an addition with nothing to add is not pasted into the post', () => {
  const chat = conversationsAt(new Date('2026-12-07T03:00:00Z'), 'lead42-added');
  it('soan tin nhan ho can ngheo dc ho tro gi → them so dien thoai lien he', async () => {
    const [, added] = await chat.ask('soan tin nhan ho can ngheo dc ho tro gi', 'them so dien thoai lien he');
    expect(added).not.toMatch(/So dien thoai lien he\.|Số điện thoại liên hệ\./u);
    // Since round 43 mend45c the post is kept with a contact line to fill (was a short "not in the data" reply, < 600 characters).
    expect(added).toContain('Liên hệ: cán bộ phụ trách giảm nghèo ở UBND cấp xã, điện thoại: [điền số điện thoại].');
    expect(added!.length).toBeLessThanOrEqual(2000);
  });
});
