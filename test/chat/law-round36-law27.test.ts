/**
 * Round 36 law27: the law of December 2026 / January 2027 on every date. A month asked with its year ("thang 7/2027", "t7/2027",
 * "7/2027", "thang 7 nam 2027", "giua nam 2027") is its first day (was 01/01/2027); "den 1/7/2027 thi ap dung chua" on 20/01/2027
 * with nothing before is the standard's yes (was an explainer).
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

describe('15/12/2026: a month of 2027 asked is its first day', () => {
  const chat = conversationsAt(new Date('2026-12-15T03:00:00Z'), 'law27-dec');
  it.each(['thang 7/2027 ap dung chuan moi chua', 't7/2027 ap dung chua', '7/2027 ap dung chua', 'thang 7 nam 2027 co ap dung chua'])('%s', async (asked) => {
    const answer = await chat.first(asked);
    // Round 36 mend36a: that day's yes first (was "Chưa. …, nên đến 01/07/2027 đã áp dụng chuẩn này").
    expect(answer).toMatch(/^Đến 01\/07\/2027: có — theo dữ liệu chính sách, từ 01\/01\/2027 áp dụng .*; hôm nay, 15\/12\/2026, vẫn áp dụng chuẩn nghèo đa chiều năm 2026/su);
    expect(answer.length).toBeLessThanOrEqual(1_000);
  });
  it.each([
    ['thang 3/2027 chuan ngheo la bn', '01/03/2027'],
    ['giua nam 2027 chuan ngheo bn', '01/07/2027'],
  ])('%s: the card of %s, the 2027 lines', async (asked, day) => {
    const answer = await chat.first(asked);
    expect(answer).toContain(`Chuẩn nghèo áp dụng ngày ${day}`);
    expect(answer).toContain('Nông thôn ≤ 2.200.000 đồng, thành thị ≤ 2.800.000 đồng');
  });
  it('"nd 07/2021 la j" stays a document number, no month asked', async () => {
    expect(await chat.first('nd 07/2021 la j')).not.toContain('07/2021 áp dụng');
  });
});

describe('20/01/2027: a later day of this year asked "áp dụng chưa"', () => {
  const chat = conversationsAt(new Date('2027-01-20T03:00:00Z'), 'law27-jan');
  it.each(['den 1/7/2027 thi ap dung chua', 'thang 7/2027 ap dung chuan moi chua', 't7/2027 ap dung chua'])('%s', async (asked) => {
    const answer = await chat.first(asked);
    expect(answer).toMatch(/^Có\. .*\(hỏi ngày 20\/01\/2027\), từ 01\/01\/2027 đã áp dụng chuẩn nghèo đa chiều giai đoạn 2027–2030.*đến 01\/07\/2027 vẫn áp dụng chuẩn này/su);
    expect(answer.length).toBeLessThanOrEqual(1_000);
  });
});

describe('the procedure card says which year\'s review it is', () => {
  const december = conversationsAt(new Date('2026-12-06T03:00:00Z'), 'law27-review-dec');
  const january = conversationsAt(new Date('2027-01-20T03:00:00Z'), 'law27-review-jan');
  // Written out in full (round 40 short33: typed as residents type, the procedure named is in brief, "chi tiết" this card).
  it('"Quy trình rà soát hộ nghèo thế nào?" on 06/12/2026: the 2026 review\'s days', async () => {
    expect(await december.first('Quy trình rà soát hộ nghèo thế nào?')).toContain('Nếu lịch này được áp dụng, đợt rà soát định kỳ năm 2026 từ 01/09/2026 đến 14/12/2026 (tham khảo).');
  });
  it('"Quy trình rà soát hộ nghèo thế nào?" on 20/01/2027: no day of the 2027 review, said not known', async () => {
    const card = await january.first('Quy trình rà soát hộ nghèo thế nào?');
    expect(card).not.toMatch(/\/2027 đến|01\/09\/2027|14\/12\/2027/u);
    expect(card).toContain('chưa rõ văn bản và lịch rà soát áp dụng năm 2027 (chưa rõ).');
    expect(card).toContain('Rà soát định kỳ gồm 6 bước');
  });
  it('"khi nao ra soat ho ngheo" on 20/01/2027: the 2026 review over, the 2027 schedule not known', async () => {
    const answer = await january.first('khi nao ra soat ho ngheo');
    expect(answer).toContain('đợt rà soát định kỳ năm 2026 theo lịch này đã kết thúc ngày 14/12/2026; lịch rà soát năm 2027 chưa rõ (chưa rõ)');
    expect(answer).not.toMatch(/01\/09\/2027|14\/12\/2027/u);
  });
});

describe('a commune merged: what is not known, dated, and whom to ask', () => {
  const chat = conversationsAt(new Date('2027-01-20T03:00:00Z'), 'law27-merger');
  it.each(['xa tui sap nhap roi thi danh sach ho ngheo tinh sao', 'xa moi co ra soat lai ko'])('%s', async (asked) => {
    const answer = await chat.first(asked);
    expect(answer).toContain('không còn cấp huyện');
    expect(answer).toMatch(/Tính đến ngày 06\/12\/2026 \(ngày dữ liệu được kiểm tra\), danh sách hộ nghèo, hộ cận nghèo của các xã cũ .*cơ quan nào nay làm các việc trước đây của UBND cấp huyện .*\(chưa rõ\)\./u);
    expect(answer).toContain('cán bộ phụ trách giảm nghèo ở UBND cấp xã');
    expect(answer.length).toBeLessThanOrEqual(1_000);
  });
});
