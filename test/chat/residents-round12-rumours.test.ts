/**
 * Round 12 (findings35 N35-09, an outside tester playing residents on Zalo): a figure the data has only in a support's text
 * (the loan's "mức vay tối đa 100.000.000 đồng/hộ", tham khảo) is never "không có khoản 100 triệu", and a loan said to be
 * interest-free is corrected with its rate; a housing amount of the 2026–2035 programme ([?] in updates-2026) is not
 * confirmed, never "Không đúng", and the card is of the day asked. Asked on 03/12/2026.
 */
import { describe, expect, it } from 'vitest';
import { conversationsAt } from './harness.ts';

const DECEMBER = new Date('2026-12-03T03:00:00Z');
const { first } = conversationsAt(DECEMBER, 'round12-rumours');

describe('"nghe noi ho ngheo dc cho 100 trieu ko lai": the loan of up to 100 triệu has interest (N35-09)', () => {
  it.each(['nghe noi ho ngheo dc cho 100 trieu ko lai', 'nghe noi ho ngheo dc cho 100 trieu khong tinh lai phai ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).not.toContain('không có khoản hỗ trợ nào 100.000.000');
    const lead = text.split('\n')[0]!;
    expect(lead).toMatch(/^Không đúng: 100\.000\.000 đồng là khoản vay/);
    expect(lead).toContain('có lãi');
    expect(lead).toContain('lãi suất 6,6%/năm');
    expect(lead).toContain('tham khảo');
    expect(lead).toContain('Ngân hàng Chính sách xã hội');
  });
});

describe('"ho ngheo nam 2027 dc ho tro nha 60 trieu phai ko": not confirmed, the card of 01/01/2027 (N35-09)', () => {
  it.each(['ho ngheo nam 2027 dc ho tro nha 60 trieu phai ko', 'nam 2027 ho ngheo dc ho tro nha 40 trieu dung ko'])('"%s"', async (question) => {
    const text = await first(question);
    expect(text).not.toContain('Không đúng');
    expect(text.split('\n')[0]).toMatch(/^Chưa xác nhận được: mức \d+\.000\.000 đồng của hỗ trợ nhà ở năm 2027/);
    expect(text).toContain('ngày 01/01/2027');
    expect(text).not.toContain('áp dụng ngày 03/12/2026');
  });

  it('"co ho tro nha tui ko" names no housing: the figure is the household\'s', async () => {
    const text = await first('nha tui 4 nguoi o que thang dc 6 trieu, co ho tro nha tui ko');
    expect(text).not.toContain('Chưa xác nhận được');
    expect(text).toContain('1.500.000');
  });
});
